"""The therapist's key: an age X25519 identity, kept on disk only sealed by a passphrase.

Reports come back sealed to the public key (the *recipient*, ``age1...``), which goes into
every plan; only the private key (the *identity*, ``AGE-SECRET-KEY-1...``) opens them.

Two files in the data folder, both readable by this user alone (0600):

* ``therapist-key.age``: the identity file, exactly as ``age-keygen`` writes it, encrypted
  with age's own passphrase encryption (scrypt). So the backup a therapist keeps is a
  standard age file: ``age -d therapist-key.age > key.txt`` opens it with the stock tool on
  any computer, even without CouplesDesk.
* ``therapist-key.pub``: the public key, nothing secret, so a plan can be made without the
  passphrase.

Exporting writes the identity in the clear (``age -d -i key.txt report.age`` then works):
only when the therapist asks, after the passphrase. Qt-free; ``pyrage`` is imported only here.
"""

from __future__ import annotations

import logging
import shutil
from datetime import datetime
from pathlib import Path

import pyrage

from ..whole_files import write_whole
from .encryption import passphrase_problem
from .errors import StoreError, Trouble
from .scrubbing import shred

log = logging.getLogger("couplesdesk.storage")

KEY_FILE = "therapist-key.age"
PUBLIC_FILE = "therapist-key.pub"
IDENTITY_PREFIX = "AGE-SECRET-KEY-1"
RECIPIENT_PREFIX = "age1"


class TherapistKeyError(StoreError):
    """Something about the key, in words a therapist understands (a StoreError, so the
    background jobs that unlock it report it as worded, like a database passphrase)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, Trouble.LOCKED)


class WrongKeyPassphrase(TherapistKeyError):
    def __init__(self) -> None:
        super().__init__(
            "That passphrase does not open your key. Check Caps Lock and the keyboard layout, and try again."
        )


def key_path(root: Path) -> Path:
    return root / KEY_FILE


def public_path(root: Path) -> Path:
    return root / PUBLIC_FILE


def has_key(root: Path) -> bool:
    """Whether this data folder holds a therapist's key."""
    return key_path(root).exists()


def recipient(root: Path) -> str | None:
    """The public key (``age1...``) that goes into every plan, or None before a key is made."""
    try:
        text = public_path(root).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeError) as exc:
        raise TherapistKeyError(f"Your public key in {public_path(root)} cannot be read ({exc}).") from None
    return _checked_recipient(text)


def make_key(root: Path, passphrase: str, now: datetime) -> str:
    """A new key pair, its identity sealed by ``passphrase``; returns the public key.
    Never replaces a key already there (reports sealed to it would become unreadable)."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise TherapistKeyError(problem)
    if has_key(root):
        raise TherapistKeyError("There is already a key in this data folder; it is kept as it is.")
    identity = pyrage.x25519.Identity.generate()
    public = str(identity.to_public())
    text = f"# created: {now.astimezone().isoformat(timespec='seconds')}\n# public key: {public}\n{identity}\n"
    sealed = bytes(pyrage.passphrase.encrypt(text.encode("ascii"), passphrase))
    _write_private(key_path(root), sealed)
    _write_private(public_path(root), (public + "\n").encode("ascii"))
    return public


def unlock(root: Path, passphrase: str) -> str:
    """The identity file's text (``AGE-SECRET-KEY-1...`` with its comment lines);
    :class:`WrongKeyPassphrase` when ``passphrase`` is not the one."""
    try:
        sealed = key_path(root).read_bytes()
    except FileNotFoundError:
        raise TherapistKeyError("There is no key in this data folder yet.") from None
    except OSError as exc:
        raise TherapistKeyError(f"Your key in {key_path(root)} cannot be read ({exc}).") from None
    return _opened(sealed, passphrase)


def identity_of(text: str) -> str:
    """The ``AGE-SECRET-KEY-1...`` line of an identity file."""
    for line in text.splitlines():
        if line.strip().startswith(IDENTITY_PREFIX):
            return line.strip()
    raise TherapistKeyError("This is not an age key: it holds no line starting with AGE-SECRET-KEY-1.")


def export_identity(root: Path, passphrase: str, target: Path) -> None:
    """The identity in the clear at ``target`` (0600), for ``age -d -i target report.age``."""
    text = unlock(root, passphrase)
    _write_private(target, text.encode("ascii"))


def backup(root: Path, target: Path) -> None:
    """A copy of the sealed key (still needs the passphrase; opens with ``age -d`` too)."""
    if not has_key(root):
        raise TherapistKeyError("There is no key in this data folder yet.")
    _write_private(target, key_path(root).read_bytes())


def restore(root: Path, source: Path, passphrase: str) -> str:
    """Take a backed-up key into this data folder (on a new computer); returns its public key.
    The passphrase is checked first, and a key already here is never replaced."""
    if has_key(root):
        raise TherapistKeyError("There is already a key in this data folder; it is kept as it is.")
    try:
        sealed = source.read_bytes()
    except OSError as exc:
        raise TherapistKeyError(f"{source.name} cannot be read ({exc.strerror or exc}).") from None
    text = _opened(sealed, passphrase)
    public = str(pyrage.x25519.Identity.from_str(identity_of(text)).to_public())
    _write_private(key_path(root), sealed)
    _write_private(public_path(root), (public + "\n").encode("ascii"))
    return public


def decrypt(identity_text: str, sealed: bytes) -> bytes:
    """What was sealed to this identity's public key (for opening reports)."""
    identity = pyrage.x25519.Identity.from_str(identity_of(identity_text))
    try:
        return bytes(pyrage.decrypt(sealed, [identity]))
    except pyrage.DecryptError:
        raise TherapistKeyError(
            "This file was not sealed to your key, or it was changed after it was sealed."
        ) from None


def forget(root: Path) -> list[Path]:
    """Forget everything: the key files (and any a crash left half written) overwritten and
    removed. Returns those that could not be removed (the reason is logged)."""
    doomed = [key_path(root), public_path(root)]
    doomed += [p for name in (KEY_FILE, PUBLIC_FILE) for p in sorted(root.glob(f".{name}.*.partial"))]
    left = []
    for path in doomed:
        if not path.is_file():
            continue
        try:
            shred(path)
        except OSError as exc:
            log.warning("Could not remove %s: %s", path.name, exc)
            left.append(path)
    return left


def _opened(sealed: bytes, passphrase: str) -> str:
    if not sealed.startswith(b"age-encryption.org/"):
        raise TherapistKeyError("This is not a CouplesDesk key file (nor any age file).")
    try:
        text = bytes(pyrage.passphrase.decrypt(sealed, passphrase)).decode("ascii")
    except pyrage.DecryptError:
        raise WrongKeyPassphrase() from None
    except UnicodeError:
        raise TherapistKeyError("This age file holds something other than a key.") from None
    identity_of(text)  # it is a key
    return text


def _checked_recipient(text: str) -> str:
    try:
        pyrage.x25519.Recipient.from_str(text)
    except pyrage.RecipientError:
        raise TherapistKeyError(f"'{text[:20]}' is not an age public key.") from None
    return text


def _write_private(target: Path, data: bytes) -> None:
    """Written to a new file of its own beside ``target`` (created 0600, never through a file
    or link already there), flushed and renamed: never half a key, never readable by others
    for a moment."""
    write_whole(target, data)


def stock_age() -> str | None:
    """The path of the stock ``age`` tool, if it is installed (said in the export's words)."""
    return shutil.which("age")
