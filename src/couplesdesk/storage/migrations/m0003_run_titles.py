"""0003: each run keeps the title it was started under (released; never edit it).

So Today and history can name a run without loading the exercise library. Older runs get
theirs when the library is next loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def apply(db: sqlite_utils.Database) -> None:
    db.table("runs").add_column("title", str)
    db.execute("CREATE INDEX idx_runs_untitled ON runs (exercise_id) WHERE title IS NULL")
