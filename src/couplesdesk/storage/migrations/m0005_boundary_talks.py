"""0005: boundaries say truthfully whether the talk has happened.

Until now, choosing "Let's talk about it" at the end of a Boundary statement kept the
boundary as 'talked_through' at once, before any talk. Since format 2 such a boundary is
'to_talk' until the couple marks the talk as done. A boundary still 'talked_through' from
the day it was kept (never changed since on the Boundaries page) was recorded that way, so
it becomes 'to_talk'; one the couple set to 'talked_through' themselves stays as it is.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def apply(db: sqlite_utils.Database) -> None:
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    db.conn.execute(
        "UPDATE boundaries SET status = 'to_talk', updated_at = ? "
        "WHERE status = 'talked_through' AND run_id IS NOT NULL AND updated_at = created_at AND deleted_at IS NULL",
        [now],
    )
