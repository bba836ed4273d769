"""Encryption at rest: the database, its WAL and every backup, with SQLCipher.

The database is keyed with a random 256-bit key, never with the passphrase itself. The key
file (``encryption.json`` in the data folder, holding nothing secret) keeps that key wrapped
by the passphrase: scrypt derives a key-encryption key, AES-GCM seals the database key. So:

* changing the passphrase rewraps 32 bytes; nothing is re-encrypted;
* the **recovery key** printed once when encryption is turned on *is* the database key
  (base32, with a checksum for typing mistakes): it opens the database even if the
  passphrase is forgotten or the key file is lost;
* a backup is keyed like the database, and opens with the same passphrase.

Turning encryption on or off rewrites every database file in the folder (the live one,
backups, copies kept aside) through ``sqlcipher_export``, verifies each copy, replaces the
original and overwrites the original's bytes. The key file records what is under way, so a
conversion cut short (power loss) is finished when the folder is next opened.

Qt-free; ``sqlcipher3`` and ``cryptography`` are imported only when encryption is used.
"""

from __future__ import annotations

import base64
import json
import logging
import os  # os.urandom: what secrets.token_bytes returns
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.i18n import translate
from . import connection as connections
from .errors import StoreError, Trouble, database_errors

log = logging.getLogger("couplesdesk.storage")

KEY_FILE = "encryption.json"
KEY_BYTES = 32
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
"""About a quarter of a second and 32 MiB per try: slow for someone guessing, quick to open."""
_WRAP_AAD = b"couplesdesk database key v1"
_CHECK_BYTES = 3
MIN_PASSPHRASE = 8

ON, ENCRYPTING, DECRYPTING = "on", "encrypting", "decrypting"


class WrongPassphrase(StoreError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "storage/encryption",
                "That passphrase does not open this data folder. Check Caps Lock and the keyboard "
                "layout, and try again, or use the recovery key.",
            ),
            Trouble.LOCKED,
        )


# --------------------------------------------------------------------------- the recovery key


def _checksum(key: bytes) -> bytes:
    """The last letters of a recovery code: they catch a typo."""
    from hashlib import sha256  # hashlib loads OpenSSL: not at start-up, where no key is needed

    return sha256(key).digest()[:_CHECK_BYTES]


def recovery_code(key: bytes) -> str:
    """The database key as 14 groups of 4 letters and digits (the last ones a checksum)."""
    text = base64.b32encode(key + _checksum(key)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_code(text: str) -> bytes | None:
    """The key a recovery code stands for, or None if ``text`` is not one (or has a typo)."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    letters = letters.replace("0", "O").replace("1", "I").replace("8", "B")  # base32 has none of these
    if len(letters) != 56:
        return None
    try:
        raw = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except ValueError:
        return None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    return key if len(key) == KEY_BYTES and _checksum(key) == check else None


# --------------------------------------------------------------------------- the key file


@dataclass
class KeyFile:
    """``encryption.json``: the database key wrapped by the passphrase, and the state."""

    state: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: dict[str, int] = field(default_factory=lambda: dict(SCRYPT))

    @staticmethod
    def path(folder: Path) -> Path:
        return folder / KEY_FILE

    @classmethod
    def load(cls, folder: Path) -> KeyFile | None:
        path = cls.path(folder)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            slot = data["passphrase"]
            return cls(
                state=str(data["state"]),
                salt=base64.b64decode(slot["salt"]),
                nonce=base64.b64decode(slot["nonce"]),
                wrapped=base64.b64decode(slot["wrapped"]),
                kdf={k: int(slot[k]) for k in ("n", "r", "p")},
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(
                translate(
                    "storage/encryption",
                    "The key file {path} cannot be read ({reason}). The recovery key still opens your data.",
                ).format(path=path, reason=exc),
                Trouble.LOCKED,
            ) from None

    def save(self, folder: Path) -> None:
        """Written to a temporary name, flushed to disk and renamed: never half a key file."""
        slot = {"kdf": "scrypt", **self.kdf, "aead": "AES-256-GCM"}
        slot |= {k: base64.b64encode(getattr(self, k)).decode("ascii") for k in ("salt", "nonce", "wrapped")}
        text = json.dumps({"format": 1, "cipher": "SQLCipher 4", "state": self.state, "passphrase": slot}, indent=2)
        target = self.path(folder)
        partial = target.with_name(target.name + ".partial")
        with open(partial, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(partial, 0o600)
        os.replace(partial, target)

    @classmethod
    def wrap(cls, key: bytes, passphrase: str, state: str) -> KeyFile:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce = os.urandom(16), os.urandom(12)
        kek = _derive(passphrase, salt, SCRYPT)
        return cls(state, salt, nonce, AESGCM(kek).encrypt(nonce, key, _WRAP_AAD))

    def unwrap(self, passphrase: str) -> bytes:
        """The database key; :class:`WrongPassphrase` when ``passphrase`` is not the one."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            return AESGCM(_derive(passphrase, self.salt, self.kdf)).decrypt(self.nonce, self.wrapped, _WRAP_AAD)
        except InvalidTag:
            raise WrongPassphrase() from None


def _derive(passphrase: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    import hashlib
    import unicodedata

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hashlib.scrypt(secret, salt=salt, n=kdf["n"], r=kdf["r"], p=kdf["p"], maxmem=2**26, dklen=KEY_BYTES)


def is_encrypted(folder: Path) -> bool:
    """Whether the data folder is (or is becoming) encrypted: it has a key file."""
    return KeyFile.path(folder).exists()


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase will not do, in words, or None."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        return translate(
            "storage/encryption",
            "A passphrase needs at least {count} characters. A few words you will remember work well.",
        ).format(count=MIN_PASSPHRASE)
    return None


# --------------------------------------------------------------------------- opening


def unlock(folder: Path, secret: str) -> bytes:
    """The database key, from the passphrase or the recovery key. :class:`WrongPassphrase`
    when it is neither. (AES-GCM proves a passphrase right; a recovery key is tried on the
    folder's databases, since it works without the key file.)"""
    keyfile = KeyFile.load(folder)
    if keyfile is not None:
        try:
            return keyfile.unwrap(secret)
        except WrongPassphrase:
            pass
    key = parse_recovery_code(secret)
    if key is not None and any(opens(path, key) for path in _databases(folder)):
        return key
    raise WrongPassphrase()


def unlock_with_key(folder: Path, key: bytes) -> bytes:
    """``key`` if it opens one of the folder's databases (a key remembered by this computer may
    be from before encryption was turned off and on again)."""
    if any(opens(path, key) for path in _databases(folder)):
        return key
    raise WrongPassphrase()


def opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` opens the (encrypted) database at ``path``."""
    if not path.exists() or connections.is_plain(path):
        return False
    try:
        conn = connections.read_only(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            conn.close()
    except database_errors():
        return False


# --------------------------------------------------------------------------- turning it on and off


def encrypt_folder(folder: Path, database: Path, passphrase: str, progress: Progress | None = None) -> str:
    """Encrypt every database file in the data folder (no connection may be open). Returns the
    recovery code, to be shown once."""
    if KeyFile.load(folder) is not None:
        raise StoreError(translate("storage/encryption", "This data folder is encrypted already."), Trouble.OTHER)
    key = os.urandom(KEY_BYTES)
    KeyFile.wrap(key, passphrase, ENCRYPTING).save(folder)
    finish(folder, database, key, progress)
    return recovery_code(key)


def decrypt_folder(folder: Path, database: Path, key: bytes, progress: Progress | None = None) -> None:
    """Turn encryption off: every database file in plain SQLite again, the key file removed."""
    keyfile = KeyFile.load(folder)
    if keyfile is None:
        return
    keyfile.state = DECRYPTING
    keyfile.save(folder)
    finish(folder, database, key, progress)


def change_passphrase(folder: Path, key: bytes, passphrase: str) -> None:
    """A new passphrase for the same key: nothing is re-encrypted, the recovery key still works."""
    keyfile = KeyFile.load(folder)
    if keyfile is None:
        raise StoreError(translate("storage/encryption", "This data folder is not encrypted."), Trouble.OTHER)
    KeyFile.wrap(key, passphrase, keyfile.state).save(folder)


def finish(folder: Path, database: Path, key: bytes, progress: Progress | None = None) -> None:
    """Complete what the key file says is under way (a no-op when the state is 'on')."""
    keyfile = KeyFile.load(folder)
    if keyfile is None or keyfile.state == ON:
        return
    encrypting = keyfile.state == ENCRYPTING
    files = [p for p in _databases(folder) if connections.is_plain(p) == encrypting]
    for done, path in enumerate(files):
        if progress is not None:
            progress(done, len(files), path)
        convert(path, None if encrypting else key, key if encrypting else None)
    if encrypting:
        keyfile.state = ON
        keyfile.save(folder)
    else:
        KeyFile.path(folder).unlink()
    if progress is not None:
        progress(len(files), len(files), None)
    log.info("Encryption is %s for %d file(s)", "on" if encrypting else "off", len(files))


Progress = Callable[[int, int, "Path | None"], None]


def _databases(folder: Path) -> Iterator[Path]:
    """Every database file of the folder: the live one, copies kept aside, backups."""
    for place in (folder, folder / "backups"):
        if place.is_dir():
            for path in sorted(place.glob("*.db")):
                if path.is_file() and path.stat().st_size > 0:
                    yield path


def convert(path: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    """Rewrite one database file with a new key (None: plain), verify the copy, put it in
    place, and overwrite the old bytes."""
    conn = connections.connect(path, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _facts(conn)
    finally:
        conn.close()
    converting = path.with_name(path.name + ".converting")
    for leftover in (converting, Path(f"{converting}-journal")):
        leftover.unlink(missing_ok=True)
    connections.export(path, old_key, converting, new_key)
    copy = connections.connect(converting, new_key)
    try:
        after = _facts(copy)
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok" or after != before:
            raise StoreError(
                translate(
                    "storage/encryption", "The converted copy of {file} did not match; nothing was changed."
                ).format(file=path.name)
            )
        copy.execute("PRAGMA journal_mode = WAL")
    finally:
        copy.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with open(path, "r+b") as old:
        os.replace(converting, path)
        _overwrite(old)


def _facts(conn: Any) -> tuple[int, dict[str, int]]:
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    counts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    return int(conn.execute("PRAGMA user_version").fetchone()[0]), counts


def _overwrite(fh: Any) -> None:
    """Zeros over a file that has just been replaced. On a copy-on-write file system or an SSD
    the old blocks may survive elsewhere; this is the best a program can do."""
    size = os.fstat(fh.fileno()).st_size
    fh.seek(0)
    chunk = b"\0" * (1 << 20)
    left = size
    while left > 0:
        fh.write(chunk[: min(left, len(chunk))])
        left -= min(left, len(chunk))
    fh.flush()
    os.fsync(fh.fileno())
