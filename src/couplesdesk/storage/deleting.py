"""Forget everything: every row blanked to a tombstone (:mod:`.forgetting`), the database
rebuilt (VACUUM) and its log emptied, then every backup and every copy kept aside in the data
folder overwritten and removed (:mod:`.scrubbing`).

It runs with no other connection open: the window stands down first, and opens the data
again afterwards, on the first-run page. (A run, a boundary, an agreement or one partner's
private answers are deleted through ``store.forgetting``, on any connection.)
"""

from __future__ import annotations

from pathlib import Path

from ..core.clock import Clock
from . import therapist_key
from .scrubbing import remove_copies
from .store import Store


def forget_everything(database: Path, backups: Path, clock: Clock, key: bytes | None = None) -> list[Path]:
    """Every row of the database blanked to a tombstone, the file rebuilt and its log emptied,
    then every backup and copy kept aside overwritten and removed, and the therapist's key files
    beside the database too (``therapist_key.forget``). No other connection may be open. The
    app then starts as on a first run (the encryption key file, if any, stays: the database is
    still encrypted with the same passphrase). Returns the files that could not be removed."""
    store = Store.open(database, clock, backups, check=False, key=key)
    try:
        store.forgetting.everything()
        store.forgetting.settle(compact=True)
    finally:
        store.close()
    return remove_copies(database, backups).left + therapist_key.forget(database.parent)
