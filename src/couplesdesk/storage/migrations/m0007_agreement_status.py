"""0007: agreements have a status; boundaries and agreements keep their earlier wordings; history
pages through the runs by when they started.

* ``agreements.status``: 'keeping' (every agreement made so far), 'needs_another_look' or
  'retired', changed by the couple on the Agreements page.
* ``boundary_wordings`` and ``agreement_wordings``: one row per earlier wording of a boundary
  or an agreement, kept when the couple changes the words (the current wording stays in
  ``statement``). Rows ready to travel, like every other (UUID ids, timestamps, device,
  tombstones).
* Indexes: runs by start (the History page reads them newest first, a page at a time, on
  ten years of history), and boundaries and agreements by the run that made them.

(Numbered 0007: 0006 was taken by another change being made at the same time.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

COMMON = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, device TEXT NOT NULL"


def _wordings(owner: str, table: str) -> str:
    return f"""
        CREATE TABLE {owner}_wordings (
            id TEXT PRIMARY KEY,
            {owner}_id TEXT NOT NULL REFERENCES {table} (id),
            statement TEXT NOT NULL,  -- the words as they were
            worded_at TEXT NOT NULL,  -- since when they read so
            replaced_at TEXT NOT NULL,  -- when other words took their place
            {COMMON}
        )"""


def apply(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conn.execute("ALTER TABLE agreements ADD COLUMN status TEXT NOT NULL DEFAULT 'keeping'")
    conn.execute(_wordings("boundary", "boundaries"))
    conn.execute(_wordings("agreement", "agreements"))
    conn.execute("CREATE INDEX idx_boundary_wordings_of ON boundary_wordings (boundary_id, replaced_at)")
    conn.execute("CREATE INDEX idx_agreement_wordings_of ON agreement_wordings (agreement_id, replaced_at)")
    conn.execute("CREATE INDEX idx_runs_started ON runs (started_at, id)")
    conn.execute("CREATE INDEX idx_boundaries_run ON boundaries (run_id)")
    conn.execute("CREATE INDEX idx_agreements_run ON agreements (run_id)")
