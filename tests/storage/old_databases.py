"""Databases as earlier releases of CouplesDesk wrote them, for the upgrade tests.

Built with the released migrations (up to a given one) and filled with plain SQL, the way
those releases' own code wrote rows, so a test can open them with today's store.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import sqlite_utils

from couplesdesk.storage import migrations


def make_database(path: Path, upto: int) -> sqlite3.Connection:
    """An empty database with the first ``upto`` migrations applied, as release ``upto`` left it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.migration_set(migrations.MIGRATIONS[:upto]).apply(sqlite_utils.Database(conn))
    conn.execute(f"PRAGMA user_version = {upto}")
    return conn


def insert(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def old_run(conn: sqlite3.Connection, exercise_id: str, *, status: str = "left", state: dict | None = None) -> int:
    """A run as a release before 0004 wrote it (and before 0003: no title)."""
    now = "2026-11-01T20:00:00.000+00:00"
    row = {
        "exercise_id": exercise_id,
        "exercise_version": 1,
        "day": "2026-11-01",
        "binding": json.dumps({"speaker": "partner_a", "listener": "partner_b"}),
        "state": json.dumps(state or {}),
        "status": status,
        "started_at": now,
        "updated_at": now,
    }
    return insert(conn, "runs", row)


def make_version_3(path: Path) -> dict[str, int]:
    """A version-3 database holding one of everything; returns the old integer ids it used."""
    conn = make_database(path, 3)
    t = "2026-11-01T20:{:02d}:00.000+00:00".format
    insert(conn, "couple", {"id": 1, "partner_a_name": "Alex", "partner_a_color": "#B0583E",
                            "partner_b_name": "Sam", "partner_b_color": "#4F7358",
                            "created_at": t(0), "safety_acknowledged_at": t(1)})  # fmt: skip
    pause_run = old_run(conn, "timed-pause", status="active")
    pause = insert(conn, "pauses", {"run_id": pause_run, "step_id": "pause", "caller": "partner_b", "minutes": 30.0,
                                    "started_at": t(2), "return_at": t(32)})  # fmt: skip
    state = {
        "index": 3,
        "turn": 0,
        "history": [[0, 0, {}]],
        "timers": {"pause": {"deadline": t(32), "pause_id": pause}},
    }
    conn.execute("UPDATE runs SET state = ?, title = 'A timed pause' WHERE id = ?", [json.dumps(state), pause_run])
    share = old_run(conn, "share-one-thing", status="finished")
    for author, text, revealed in (("partner_a", "A walk at lunch", t(5)), ("partner_b", "I missed you", None)):
        insert(conn, "answers", {"run_id": share, "step_id": "my-thing", "author": author, "kind": "write",
                                 "value": json.dumps(text), "text": text, "private": 0, "sealed": 1,
                                 "revealed_at": revealed, "created_at": t(3), "updated_at": t(4)})  # fmt: skip
    insert(conn, "answers", {"run_id": share, "step_id": "note", "author": "partner_a", "kind": "write",
                             "value": json.dumps("only mine"), "text": "only mine", "private": 1, "sealed": 1,
                             "created_at": t(3), "updated_at": t(3)})  # fmt: skip
    boundary = insert(conn, "boundaries", {"run_id": share, "author": "partner_a", "statement": "I need a text.",
                                           "status": "heard", "created_at": t(6), "updated_at": t(7)})  # fmt: skip
    insert(conn, "agreements", {"run_id": share, "statement": "We practise at home.", "created_at": t(8)})
    insert(conn, "ratings", {"run_id": share, "step_id": "closeness", "author": "partner_b", "scale": "closeness",
                             "value": 7, "at": t(9)})  # fmt: skip
    insert(conn, "scheduled_talks", {"run_id": pause_run, "at": t(50), "created_at": t(10)})
    conn.close()
    return {"pause_run": pause_run, "pause": pause, "share": share, "boundary": boundary}
