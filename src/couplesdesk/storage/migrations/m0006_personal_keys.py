"""0006: personal passphrases. A partner may keep their private and still-sealed answers
locked with a passphrase only they know (see :mod:`couplesdesk.storage.personal`).

* ``partner_keys``: a partner's personal key, wrapped by their passphrase (salt, nonce,
  wrapped key, the key derivation's parameters). One live row per partner; a passphrase
  removed or let go leaves a tombstone, with its wrapped key blanked.
* ``answers.locked_with``: the id of the personal key an answer is stored locked with (its
  ``text`` and ``value`` then hold ciphertext); NULL for an answer stored as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def apply(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE partner_keys (
            id TEXT PRIMARY KEY, partner TEXT NOT NULL, kdf TEXT NOT NULL, salt TEXT NOT NULL,
            nonce TEXT NOT NULL, wrapped TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, device TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX idx_partner_keys_live ON partner_keys (partner) WHERE deleted_at IS NULL")
    db.execute("ALTER TABLE answers ADD COLUMN locked_with TEXT")
    db.execute("CREATE INDEX idx_answers_locked ON answers (locked_with) WHERE locked_with IS NOT NULL")
