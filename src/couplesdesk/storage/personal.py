"""Personal passphrases: a partner may keep their private and still-sealed answers locked with
a passphrase (or a PIN) that only they know (care.md: "a per-partner space encrypted with that
partner's own passphrase, because anyone at the computer can read the data folder").

* **The personal key.** A partner who sets a passphrase gets a random 256-bit key. The
  database keeps it wrapped as :mod:`.encryption` wraps the database key: scrypt over the
  NFC-normalised passphrase with a random salt derives a key-encryption key, and AES-256-GCM
  seals the personal key, with associated data naming the partner's row and the key's id (a
  wrapped key copied to another row does not open). The row travels with the data
  (sync.md): another computer opens the same answers with the same passphrase. Changing the
  passphrase rewraps 32 bytes; removing it (with the passphrase) stores the answers as they are
  again; letting a forgotten one go leaves what it locked unreadable for good.
* **Locked answers.** An answer of a partner with a personal key that is private, or sealed
  and not yet revealed, is stored locked (:func:`stored_answer`): ``text`` and ``value`` hold
  ``locked:v1:`` and base64 of a nonce and the AES-GCM ciphertext, with associated data
  naming the key, run, step, author and field, so a ciphertext moved to another answer does
  not open; ``locked_with`` names the key. Such an answer is never written in plain, not
  even for an instant: without its author's open key the write is refused
  (:class:`KeptLocked`). A rating copied from it is withheld (no number) while it is locked.
  A private "How did it go?" (its tap and its line) is locked the same way: written before the
  passphrase, it is locked when the passphrase is set; after it, ``store.plans.review`` writes
  it only locked, with the author's open key (it reads as none without it).
* **Open keys** live in the connection's :class:`~.vault.Vault`, in memory only, while their
  partner's turn lasts (or a reveal is made); a reveal stores the answers it shows as
  ordinary shared text, since both have now seen them.

What this does not do: an answer written before the passphrase was set stays readable in
backups made before then (until rotation removes them); and a short PIN can be guessed by
someone who copies the data folder and is patient, which a phrase of a few words resists.
"""

from __future__ import annotations

import base64
import json
import logging
import os  # os.urandom: what secrets.token_bytes returns, without importing secrets at start-up
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..core.people import PARTNERS
from .base import Connection, Repository, new_id
from .changes import Changes
from .encryption import KEY_BYTES, SCRYPT, _derive
from .errors import StoreError, Trouble, database_errors

log = logging.getLogger("couplesdesk.storage")

PREFIX = "locked:v1:"
KDF = dict(SCRYPT)
"""scrypt's cost for a new personal key (kept with each key, so it can change later)."""
MIN_PIN_DIGITS = 6
MIN_PHRASE = 8
_WRAP_AAD = "couplesdesk personal key v1"
_ANSWER_AAD = "couplesdesk answer v1"
LOCKABLE = "(private = 1 OR (sealed = 1 AND revealed_at IS NULL))"
"""The answers that a personal key locks: private for good, or sealed and not yet revealed."""


class WrongPersonalPassphrase(StoreError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"That isn't {name}'s passphrase. Nothing was shown. Check Caps Lock, and try again.", Trouble.LOCKED
        )


class TryLater(StoreError):
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(
            f"Several tries in a row did not match, so this slows down a little: you can try again in "
            f"{seconds} seconds.",
            Trouble.LOCKED,
        )


class KeptLocked(StoreError):
    """An answer that is kept locked with its author's passphrase cannot be written (or shown
    to both) now: their key is not open."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name}'s answers are kept locked with {name}'s passphrase, and it is not open now, so this was "
            f"not saved. {name}, please type your passphrase first.",
            Trouble.LOCKED,
        )


def passphrase_problem(secret: str) -> str | None:
    """Why a new personal passphrase will not do, in words, or None."""
    typed = secret.strip()
    if typed.isdigit():
        if len(typed) < MIN_PIN_DIGITS:
            return f"A PIN needs at least {MIN_PIN_DIGITS} digits."
        return None
    if len(typed) < MIN_PHRASE:
        return f"A passphrase needs at least {MIN_PHRASE} characters (or use a PIN of {MIN_PIN_DIGITS} digits or more)."
    return None


# --------------------------------------------------------------------------- the crypto


def _aesgcm(key: bytes) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Slot:
    """One partner's personal key as the database keeps it: wrapped by their passphrase."""

    id: str
    partner: str
    kdf: dict[str, int]
    salt: bytes
    nonce: bytes
    wrapped: bytes

    @staticmethod
    def aad(partner_row: str, key_id: str) -> bytes:
        return json.dumps([_WRAP_AAD, partner_row, key_id]).encode("utf-8")

    @classmethod
    def wrap(cls, key: bytes, key_id: str, partner: str, partner_row: str, passphrase: str) -> Slot:
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = _derive(passphrase, salt, KDF)
        wrapped = _aesgcm(kek).encrypt(nonce, key, cls.aad(partner_row, key_id))
        return cls(key_id, partner, dict(KDF), salt, nonce, wrapped)

    def unwrap(self, passphrase: str, partner_row: str) -> bytes | None:
        """The personal key, or None when ``passphrase`` is not the one."""
        from cryptography.exceptions import InvalidTag

        try:
            kek = _derive(passphrase, self.salt, self.kdf)
            key: bytes = _aesgcm(kek).decrypt(self.nonce, self.wrapped, self.aad(partner_row, self.id))
        except (InvalidTag, ValueError):
            return None
        return key


def answer_aad(key_id: str, run_id: str, step_id: str, author: str, field: str) -> bytes:
    return json.dumps([_ANSWER_AAD, key_id, run_id, step_id, author, field]).encode("utf-8")


def lock_field(key: bytes, aad: bytes, plain: str) -> str:
    nonce = os.urandom(12)
    return PREFIX + _b64(nonce + _aesgcm(key).encrypt(nonce, plain.encode("utf-8"), aad))


def open_field(key: bytes, aad: bytes, stored: str) -> str:
    """The plain text of a locked field; ValueError if it does not open (another key, another
    answer's ciphertext, damage)."""
    from cryptography.exceptions import InvalidTag

    if not stored.startswith(PREFIX):
        raise ValueError("not a locked field")
    try:
        raw = base64.b64decode(stored[len(PREFIX) :], validate=True)
        return str(_aesgcm(key).decrypt(raw[:12], raw[12:], aad).decode("utf-8"))
    except (InvalidTag, ValueError) as exc:
        raise ValueError("the locked field does not open") from exc


def review_aad(key_id: str, review_id: str) -> bytes:
    return json.dumps(["couplesdesk review line v1", key_id, review_id]).encode("utf-8")


def review_how_aad(key_id: str, review_id: str) -> bytes:
    """A private review's tap (how it went), locked as its line is."""
    return json.dumps(["couplesdesk review how v1", key_id, review_id]).encode("utf-8")


def lock_answer(key: bytes, key_id: str, row: dict[str, Any], text: str, value_json: str) -> tuple[str, str]:
    """(text, value) of an answer as they are stored locked. An empty text stays empty, as
    the days both partners shared are counted from it."""
    where = (key_id, row["run_id"], row["step_id"], row["author"])
    locked_text = lock_field(key, answer_aad(*where, "text"), text) if text.strip() else ""
    return locked_text, json.dumps(lock_field(key, answer_aad(*where, "value"), value_json))


def open_answer(key: bytes, key_id: str, row: dict[str, Any]) -> tuple[str, str]:
    """(text, value JSON) of a locked answer row; ValueError if it does not open."""
    where = (key_id, row["run_id"], row["step_id"], row["author"])
    stored_value = json.loads(row["value"])
    if not isinstance(stored_value, str):
        raise ValueError("not a locked value")
    value_json = open_field(key, answer_aad(*where, "value"), stored_value)
    text = open_field(key, answer_aad(*where, "text"), row["text"]) if row["text"] else ""
    return text, value_json


# --------------------------------------------------------------------------- answers, written and read


def live_key(c: Connection, partner: str) -> str | None:
    """The id of ``partner``'s personal key, if they have set a passphrase."""
    rows = c.values("SELECT id FROM partner_keys WHERE partner = ? AND deleted_at IS NULL", [partner])
    return str(rows[0][0]) if rows else None


def partner_name(c: Connection, partner: str) -> str:
    rows = c.values("SELECT name FROM partners WHERE key = ? AND deleted_at IS NULL", [partner])
    return str(rows[0][0]) if rows else partner


def stored_answer(
    c: Connection, row: dict[str, Any], text: str, value_json: str, *, private: bool, sealed: bool
) -> tuple[str | None, str, str]:
    """(locked_with, text, value JSON) of an answer as it is to be written: locked when its
    author has a personal key and it is private, or sealed and not revealed. :class:`KeptLocked`
    when it must be locked and its author's key is not open (nothing is written then)."""
    author = row["author"]
    if author not in PARTNERS or not (private or sealed):
        return None, text, value_json
    key_id = live_key(c, author)
    if key_id is None:
        return None, text, value_json
    if not private:
        revealed = c.values(
            "SELECT 1 FROM answers WHERE run_id = ? AND step_id = ? AND author = ? AND revealed_at IS NOT NULL",
            [row["run_id"], row["step_id"], author],
        )
        if revealed:
            return None, text, value_json  # both have seen it: shared text now
    opened = c.vault.get(author)
    if opened is None or opened[0] != key_id:
        raise KeptLocked(partner_name(c, author))
    return (key_id, *lock_answer(opened[1], key_id, row, text, value_json))


class Opener:
    """Opens the locked answers it can (their author's key is open), for one read."""

    def __init__(self, c: Connection):
        self._c = c
        self._live = {key_id for (key_id,) in c.values("SELECT id FROM partner_keys WHERE deleted_at IS NULL")}

    def open(self, row: dict[str, Any]) -> dict[str, Any]:
        """``row`` with ``text`` and ``value`` readable, and ``unreadable`` ('', 'locked', 'lost')."""
        key_id = row.get("locked_with")
        if key_id is None:
            return {**row, "unreadable": ""}
        blank = {**row, "text": "", "value": None}
        if key_id not in self._live:
            return {**blank, "unreadable": "lost"}
        opened = self._c.vault.get(row["author"])
        if opened is None or opened[0] != key_id:
            return {**blank, "unreadable": "locked"}
        try:
            text, value_json = open_answer(opened[1], key_id, row)
        except ValueError:
            log.warning("A locked answer (%s) does not open with its author's key", row.get("id"))
            return {**blank, "unreadable": "lost"}
        return {**row, "text": text, "value": value_json, "unreadable": ""}


def unlock_for_reveal(c: Connection, rows: Iterable[dict[str, Any]]) -> set[str]:
    """Store locked answers about to be revealed as they are (inside a transaction), with the
    number of a rating withheld from them; returns the ids of those nobody can open (they stay
    sealed). :class:`KeptLocked`, and nothing written, if an author's key is needed."""
    opener = Opener(c)
    plain, lost = [], set()
    for row in rows:
        opened = opener.open(row)
        if opened["unreadable"] == "lost":
            lost.add(row["id"])
        elif opened["unreadable"]:
            raise KeptLocked(partner_name(c, row["author"]))
        else:
            plain.append(opened)
    for row in plain:
        c.execute("UPDATE answers SET text = ?, value = ?, locked_with = NULL WHERE id = ?",
                  [row["text"], row["value"], row["id"]])  # fmt: skip
        restore_rating(c, row, row["value"])
    return lost


def restore_rating(c: Connection, row: dict[str, Any], value_json: str) -> None:
    """The number of a rating withheld while its answer was locked, back in its row (inside a
    transaction), now that the answer is stored as it is."""
    value = json.loads(value_json)
    if row["kind"] != "rate" or not isinstance(value, int) or isinstance(value, bool):
        return
    c.execute(
        "UPDATE ratings SET value = ?, deleted_at = NULL, updated_at = ?, device = ? "
        "WHERE run_id = ? AND step_id = ? AND author = ? AND deleted_at IS NOT NULL AND value = 0",
        [value, c.now(), c.device, row["run_id"], row["step_id"], row["author"]],
    )


def withheld(c: Connection, run_id: str, step_id: str, author: str) -> bool:
    """Whether the answer a rating is copied from is stored locked (its number is then withheld)."""
    return bool(
        c.values(
            "SELECT 1 FROM answers WHERE run_id = ? AND step_id = ? AND author = ? AND locked_with IS NOT NULL "
            "AND deleted_at IS NULL",
            [run_id, step_id, author],
        )
    )


# --------------------------------------------------------------------------- the passphrases


class PersonalKeys(Repository):
    """Each partner's personal passphrase: set, change, remove, let go; open and forget."""

    def holders(self) -> set[str]:
        """The partners who have set a personal passphrase."""
        return {p for (p,) in self._c.values("SELECT partner FROM partner_keys WHERE deleted_at IS NULL")}

    def has(self, partner: str) -> bool:
        return live_key(self._c, partner) is not None

    def is_open(self, partner: str) -> bool:
        """Whether ``partner``'s key is open now (or they have none to open)."""
        key_id = live_key(self._c, partner)
        opened = self._c.vault.get(partner)
        return key_id is None or (opened is not None and opened[0] == key_id)

    def wait(self, partner: str) -> int:
        """Seconds before ``partner``'s passphrase may be tried again, after several wrong tries."""
        return self._c.vault.wait(partner, self._c.clock.now())

    def unlock(self, partner: str, passphrase: str) -> None:
        """Open ``partner``'s key for now. :class:`WrongPersonalPassphrase` (or :class:`TryLater`)."""
        key_id, key = self._unwrap(partner, passphrase)
        self._c.vault.put(partner, key_id, key)

    def forget(self, partner: str | None = None) -> None:
        """Forget ``partner``'s open key (or everyone's): their locked answers are locked again."""
        self._c.vault.forget(partner)

    def set(self, partner: str, passphrase: str) -> int:
        """A new personal passphrase for ``partner``, who has none. Their private and still-sealed
        answers are locked with it at once. Returns how many answers it locked."""
        problem = passphrase_problem(passphrase)
        if problem is not None:
            raise StoreError(problem, Trouble.OTHER)
        if self.has(partner):
            raise StoreError(f"{partner_name(self._c, partner)} has a personal passphrase already.", Trouble.OTHER)
        key, key_id, now = os.urandom(KEY_BYTES), new_id(), self._c.now()
        slot = Slot.wrap(key, key_id, partner, self._partner_row(partner), passphrase)
        with self._c.transaction(Changes.PERSONAL_KEYS | Changes.ANSWERS | Changes.RATINGS | Changes.REVIEWS):
            self._review_lines(partner, key, key_id, lock=True)
            rows = self._c.rows(
                f"SELECT * FROM answers WHERE author = ? AND locked_with IS NULL AND deleted_at IS NULL AND {LOCKABLE}",
                [partner],
            )
            self._c.execute(
                "INSERT INTO partner_keys (id, partner, kdf, salt, nonce, wrapped, created_at, updated_at, device) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [key_id, partner, json.dumps(slot.kdf), _b64(slot.salt), _b64(slot.nonce), _b64(slot.wrapped),
                 now, now, self._c.device],
            )  # fmt: skip
            for row in rows:
                text, value = lock_answer(key, key_id, row, row["text"] or "", row["value"] or "null")
                self._rewrite(row["id"], text, value, key_id)
                self._withhold_rating(row)
        self._checkpoint()
        return len(rows)

    def change(self, partner: str, current: str, new: str) -> None:
        """A new passphrase for the same key: nothing is re-encrypted."""
        problem = passphrase_problem(new)
        if problem is not None:
            raise StoreError(problem, Trouble.OTHER)
        key_id, key = self._unwrap(partner, current)
        slot = Slot.wrap(key, key_id, partner, self._partner_row(partner), new)
        self._c.write(
            Changes.PERSONAL_KEYS,
            "UPDATE partner_keys SET kdf = ?, salt = ?, nonce = ?, wrapped = ?, updated_at = ?, device = ? "
            "WHERE id = ?",
            [json.dumps(slot.kdf), _b64(slot.salt), _b64(slot.nonce), _b64(slot.wrapped), self._c.now(),
             self._c.device, key_id],
        )  # fmt: skip

    def remove(self, partner: str, passphrase: str) -> int:
        """No personal passphrase any more: the answers it locked are stored as they are again
        (still shown only as the privacy rule allows). Returns how many."""
        key_id, key = self._unwrap(partner, passphrase)
        with self._c.transaction(Changes.PERSONAL_KEYS | Changes.ANSWERS | Changes.RATINGS | Changes.REVIEWS):
            self._review_lines(partner, key, key_id, lock=False)
            rows = self._c.rows("SELECT * FROM answers WHERE locked_with = ?", [key_id])
            for row in rows:
                try:
                    text, value = open_answer(key, key_id, row)
                except ValueError:
                    log.warning("A locked answer (%s) does not open; it stays locked", row["id"])
                    continue
                self._rewrite(row["id"], text, value, None)
                restore_rating(self._c, row, value)
            self._retire(key_id)
        self._c.vault.forget(partner)
        return len(rows)

    def let_go(self, partner: str) -> None:
        """For a forgotten passphrase: ``partner`` has none any more, and what it locked stays
        unreadable for good (nobody, not even the other partner, can open it)."""
        key_id = live_key(self._c, partner)
        if key_id is None:
            return
        with self._c.transaction(Changes.PERSONAL_KEYS):
            self._retire(key_id)
        self._c.vault.forget(partner)

    # ------------------------------------------------------------------ inside

    def _slot(self, partner: str) -> Slot | None:
        rows = self._c.rows("SELECT * FROM partner_keys WHERE partner = ? AND deleted_at IS NULL", [partner])
        if not rows:
            return None
        r = rows[0]
        kdf = {k: int(v) for k, v in json.loads(r["kdf"]).items() if k in ("n", "r", "p")}
        raw = {k: base64.b64decode(r[k]) for k in ("salt", "nonce", "wrapped")}
        return Slot(r["id"], partner, kdf, raw["salt"], raw["nonce"], raw["wrapped"])

    def _partner_row(self, partner: str) -> str:
        rows = self._c.values("SELECT id FROM partners WHERE key = ? AND deleted_at IS NULL", [partner])
        if not rows:
            raise StoreError("Set up both partners' names first.", Trouble.OTHER)
        return str(rows[0][0])

    def _unwrap(self, partner: str, passphrase: str) -> tuple[str, bytes]:
        vault, now = self._c.vault, self._c.clock.now()
        wait = vault.wait(partner, now)
        if wait:
            raise TryLater(wait)
        slot = self._slot(partner)
        if slot is None:
            raise StoreError(f"{partner_name(self._c, partner)} has no personal passphrase.", Trouble.OTHER)
        key = slot.unwrap(passphrase, self._partner_row(partner))
        if key is None:
            vault.wrong(partner, now)
            raise WrongPersonalPassphrase(partner_name(self._c, partner))
        return slot.id, key

    def _rewrite(self, answer_id: str, text: str, value: str, key_id: str | None) -> None:
        self._c.execute(
            "UPDATE answers SET text = ?, value = ?, locked_with = ?, updated_at = ?, device = ? WHERE id = ?",
            [text, value, key_id, self._c.now(), self._c.device, answer_id],
        )

    def _review_lines(self, partner: str, key: bytes, key_id: str, *, lock: bool) -> None:
        """Lock ``partner``'s private "How did it go?" reviews (the tap and the line) written
        before their passphrase, or store them as typed again when it is removed. A locked
        review reads as none."""
        rows = self._c.values(
            "SELECT id, how, line FROM homework_reviews WHERE author = ? AND private = 1 AND deleted_at IS NULL",
            [partner],
        )
        for review_id, how, line in rows:
            fields = ((how, review_how_aad(key_id, review_id)), (line, review_aad(key_id, review_id)))
            try:
                kept = [self._review_field(key, aad, value, lock) for value, aad in fields]
            except ValueError:
                continue  # another key's review: it stays locked
            if kept != [how, line]:
                self._c.execute("UPDATE homework_reviews SET how = ?, line = ?, updated_at = ?, device = ? WHERE id = ?",
                                [*kept, self._c.now(), self._c.device, review_id])  # fmt: skip

    @staticmethod
    def _review_field(key: bytes, aad: bytes, value: str, lock: bool) -> str:
        locked = value.startswith(PREFIX)
        if not value or locked == lock:
            return value  # empty, or already as it should be
        return lock_field(key, aad, value) if lock else open_field(key, aad, value)

    def _withhold_rating(self, row: dict[str, Any]) -> None:
        now = self._c.now()
        self._c.execute(
            "UPDATE ratings SET value = 0, deleted_at = ?, updated_at = ?, device = ? "
            "WHERE run_id = ? AND step_id = ? AND author = ? AND deleted_at IS NULL",
            [now, now, self._c.device, row["run_id"], row["step_id"], row["author"]],
        )

    def _retire(self, key_id: str) -> None:
        """A tombstone for a personal key, its wrapped key blanked."""
        now = self._c.now()
        self._c.execute(
            "UPDATE partner_keys SET partner = '', kdf = '', salt = '', nonce = '', wrapped = '', deleted_at = ?, "
            "updated_at = ?, device = ? WHERE id = ?",
            [now, now, self._c.device, key_id],
        )

    def _checkpoint(self) -> None:
        """Answers just locked leave no plain copy in the write-ahead log (best effort: a
        reader on another connection may keep part of it until later)."""
        try:
            self._c.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except database_errors() as exc:
            log.info("The checkpoint after locking answers waits: %s", exc)
