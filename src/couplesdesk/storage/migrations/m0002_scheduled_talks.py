"""0002: talks scheduled after a pause (released; never edit it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def apply(db: sqlite_utils.Database) -> None:
    db.table("scheduled_talks").create(
        {"id": int, "run_id": int, "at": str, "created_at": str, "done_at": str},
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("scheduled_talks").create_index(["at"])
