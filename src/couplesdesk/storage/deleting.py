"""Deleting, all the way: the rows (tombstones that keep no word, see :mod:`.forgetting`),
the old pages in the write-ahead log, and the same words in every backup and every copy kept
aside in the data folder (:mod:`.scrubbing`).

The window runs the first four as jobs on the database worker. :func:`forget_everything`
runs with no other connection open (the window stands down first), so the database can be
rebuilt (VACUUM) and every copy removed at once.
"""

from __future__ import annotations

from pathlib import Path

from ..core.clock import Clock
from .scrubbing import remove_copies, scrub_copies
from .store import Store


def _everywhere(store: Store, backups: Path) -> None:
    """After a deletion: the log emptied, and the deletion carried into every copy."""
    store.forgetting.settle()
    store.connection.guard(scrub_copies, store.conn, store.path, backups, store.connection.key)


def delete_run(store: Store, run_id: str, backups: Path) -> None:
    """A run and everything written in it, by both partners (see ``Forgetting.run``)."""
    store.forgetting.run(run_id)
    _everywhere(store, backups)


def delete_boundary(store: Store, boundary_id: str, backups: Path) -> None:
    store.forgetting.boundary(boundary_id)
    _everywhere(store, backups)


def delete_agreement(store: Store, agreement_id: str, backups: Path) -> None:
    store.forgetting.agreement(agreement_id)
    _everywhere(store, backups)


def delete_private_answers(store: Store, author: str, backups: Path) -> int:
    """Everything ``author`` wrote or chose in private and never revealed, in every run."""
    count = store.forgetting.private_answers(author)
    _everywhere(store, backups)
    return count


def forget_everything(database: Path, backups: Path, clock: Clock, key: bytes | None = None) -> list[Path]:
    """Every row of the database blanked to a tombstone, the file rebuilt and its log emptied,
    then every backup and copy kept aside overwritten and removed. No other connection may be
    open. The app then starts as on a first run (the key file, if any, stays: the database is
    still encrypted with the same passphrase). Returns the files that could not be removed."""
    store = Store.open(database, clock, backups, check=False, key=key)
    try:
        store.forgetting.everything()
        store.forgetting.settle(compact=True)
    finally:
        store.close()
    return remove_copies(database, backups).left
