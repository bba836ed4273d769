"""0004: a schema ready for two computers: stable text ids, timestamps, tombstones, no singleton.

* Every row that may one day travel between a couple's devices gets a UUID as its id, and
  refers to other rows by theirs (the integer ids meant nothing outside this file).
* Every table has ``created_at``, ``updated_at`` (UTC) and ``device`` (the device that made
  the last change); a deletion sets ``deleted_at`` and leaves a tombstone.
* The one-row ``couple`` table becomes a row per partner (``partners``) and a row per
  setting (``settings``).
* ``local_device`` names this computer; it never travels.

Every table is rebuilt (create the new one, copy, drop the old, rename), so this runs inside
the migration's transaction with foreign keys not yet enforced.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils

COMMON = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, device TEXT NOT NULL"

TABLES = {
    "partners": f"""
        id TEXT PRIMARY KEY, key TEXT NOT NULL, name TEXT NOT NULL, color TEXT NOT NULL, {COMMON}""",
    "settings": f"""
        id TEXT PRIMARY KEY, key TEXT NOT NULL, value TEXT, {COMMON}""",
    "runs": f"""
        id TEXT PRIMARY KEY, exercise_id TEXT NOT NULL, exercise_version INTEGER NOT NULL, title TEXT,
        day TEXT NOT NULL, binding TEXT NOT NULL DEFAULT '{{}}', state TEXT NOT NULL DEFAULT '{{}}',
        status TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, {COMMON}""",
    "answers": f"""
        id TEXT PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs (id), step_id TEXT NOT NULL,
        author TEXT NOT NULL, kind TEXT NOT NULL, value TEXT, text TEXT NOT NULL DEFAULT '',
        private INTEGER NOT NULL DEFAULT 0, sealed INTEGER NOT NULL DEFAULT 0, revealed_at TEXT, {COMMON}""",
    "pauses": f"""
        id TEXT PRIMARY KEY, run_id TEXT REFERENCES runs (id), step_id TEXT, caller TEXT, minutes REAL NOT NULL,
        started_at TEXT NOT NULL, return_at TEXT NOT NULL, ended_at TEXT, outcome TEXT, {COMMON}""",
    "boundaries": f"""
        id TEXT PRIMARY KEY, run_id TEXT REFERENCES runs (id), author TEXT NOT NULL, statement TEXT NOT NULL,
        status TEXT NOT NULL, {COMMON}""",
    "agreements": f"""
        id TEXT PRIMARY KEY, run_id TEXT REFERENCES runs (id), statement TEXT NOT NULL, {COMMON}""",
    "ratings": f"""
        id TEXT PRIMARY KEY, run_id TEXT REFERENCES runs (id), step_id TEXT NOT NULL, author TEXT NOT NULL,
        scale TEXT NOT NULL, value INTEGER NOT NULL, at TEXT NOT NULL, {COMMON}""",
    "scheduled_talks": f"""
        id TEXT PRIMARY KEY, run_id TEXT REFERENCES runs (id), at TEXT NOT NULL, done_at TEXT, {COMMON}""",
}

INDEXES = (
    "CREATE UNIQUE INDEX idx_partners_key ON partners (key)",
    "CREATE UNIQUE INDEX idx_settings_key ON settings (key)",
    "CREATE INDEX idx_runs_status ON runs (status, updated_at)",
    "CREATE INDEX idx_runs_exercise_day ON runs (exercise_id, day)",
    "CREATE INDEX idx_runs_untitled ON runs (exercise_id) WHERE title IS NULL",
    "CREATE UNIQUE INDEX idx_answers_step ON answers (run_id, step_id, author)",
    "CREATE INDEX idx_pauses_open ON pauses (ended_at)",
    "CREATE INDEX idx_pauses_run ON pauses (run_id)",
    "CREATE INDEX idx_boundaries_created ON boundaries (created_at)",
    "CREATE INDEX idx_agreements_created ON agreements (created_at)",
    "CREATE UNIQUE INDEX idx_ratings_step ON ratings (run_id, step_id, author)",
    "CREATE INDEX idx_ratings_scale ON ratings (scale, at)",
    "CREATE UNIQUE INDEX idx_talks_run ON scheduled_talks (run_id)",
    "CREATE INDEX idx_talks_at ON scheduled_talks (at)",
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _new_id() -> str:
    return str(uuid.uuid4())


def _rows(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table}_v4 ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    conn.executemany(sql, [[row[c] for c in columns] for row in rows])


def _stamp(row: dict[str, Any], device: str, created: str | None, updated: str | None = None) -> dict[str, Any]:
    created = created or _now()
    row.update(created_at=created, updated_at=updated or created, deleted_at=None, device=device)
    return row


class _Ids:
    """Old integer ids to new UUIDs, per table."""

    def __init__(self) -> None:
        self.by_table: dict[str, dict[int, str]] = {}

    def new(self, table: str, old: int) -> str:
        value = _new_id()
        self.by_table.setdefault(table, {})[old] = value
        return value

    def of(self, table: str, old: int | None) -> str | None:
        return None if old is None else self.by_table.get(table, {}).get(old)


def apply(db: sqlite_utils.Database) -> None:
    conn = db.conn
    device = _new_id()
    conn.execute("CREATE TABLE local_device (id TEXT PRIMARY KEY, created_at TEXT NOT NULL)")
    conn.execute("INSERT INTO local_device (id, created_at) VALUES (?, ?)", [device, _now()])
    for table, columns in TABLES.items():
        conn.execute(f"CREATE TABLE {table}_v4 ({columns})")
    ids = _Ids()
    _copy_couple(conn, device)
    _copy_runs(conn, device, ids)
    _copy_children(conn, device, ids)
    for table in ("couple", "runs", "answers", "pauses", "boundaries", "agreements", "ratings", "scheduled_talks"):
        conn.execute(f"DROP TABLE {table}")
    for table in TABLES:
        conn.execute(f"ALTER TABLE {table}_v4 RENAME TO {table}")
    for sql in INDEXES:
        conn.execute(sql)


def _copy_couple(conn: sqlite3.Connection, device: str) -> None:
    cursor = conn.execute("SELECT * FROM couple ORDER BY id LIMIT 1")
    row = cursor.fetchone()
    if row is None:
        return
    couple = dict(zip([d[0] for d in cursor.description], row, strict=True))
    created = couple["created_at"]
    partners = [
        _stamp(
            {"id": _new_id(), "key": key, "name": couple[f"{key}_name"], "color": couple[f"{key}_color"]},
            device,
            created,
        )
        for key in ("partner_a", "partner_b")
    ]
    _insert(conn, "partners", partners)
    if couple["safety_acknowledged_at"]:
        acknowledged = couple["safety_acknowledged_at"]
        setting = {"id": _new_id(), "key": "safety_acknowledged_at", "value": json.dumps(acknowledged)}
        _insert(conn, "settings", [_stamp(setting, device, acknowledged)])


def _copy_runs(conn: sqlite3.Connection, device: str, ids: _Ids) -> None:
    pauses = {row["id"]: ids.new("pauses", row["id"]) for row in _rows(conn, "pauses")}
    runs = []
    for row in _rows(conn, "runs"):
        state = json.loads(row["state"] or "{}")
        for timer in state.get("timers", {}).values():
            if isinstance(timer, dict) and timer.get("pause_id") in pauses:
                timer["pause_id"] = pauses[timer["pause_id"]]
        new = {
            "id": ids.new("runs", row["id"]),
            "exercise_id": row["exercise_id"],
            "exercise_version": row["exercise_version"],
            "title": row.get("title"),
            "day": row["day"],
            "binding": row["binding"] or "{}",
            "state": json.dumps(state),
            "status": row["status"],
            "started_at": row["started_at"],
            "finished_at": row["finished_at"],
        }
        runs.append(_stamp(new, device, row["started_at"], row["updated_at"]))
    _insert(conn, "runs", runs)


def _copy_children(conn: sqlite3.Connection, device: str, ids: _Ids) -> None:
    """Every table that belongs to runs, with its run's new id."""
    answers = []
    for row in _rows(conn, "answers"):
        new = {k: row[k] for k in ("step_id", "author", "kind", "value", "private", "sealed", "revealed_at")}
        new.update(id=_new_id(), run_id=ids.of("runs", row["run_id"]), text=row["text"] or "")
        answers.append(_stamp(new, device, row["created_at"], row["updated_at"]))
    _insert(conn, "answers", answers)
    pauses = []
    for row in _rows(conn, "pauses"):
        new = {k: row[k] for k in ("step_id", "caller", "minutes", "started_at", "return_at", "ended_at", "outcome")}
        new.update(id=ids.of("pauses", row["id"]), run_id=ids.of("runs", row["run_id"]))
        pauses.append(_stamp(new, device, row["started_at"], row["ended_at"]))
    _insert(conn, "pauses", pauses)
    boundaries = []
    for row in _rows(conn, "boundaries"):
        new = {"id": _new_id(), "run_id": ids.of("runs", row["run_id"]), "author": row["author"]}
        new.update(statement=row["statement"] or "", status=row["status"] or "stated")
        boundaries.append(_stamp(new, device, row["created_at"], row["updated_at"]))
    _insert(conn, "boundaries", boundaries)
    agreements = [
        _stamp(
            {"id": _new_id(), "run_id": ids.of("runs", r["run_id"]), "statement": r["statement"] or ""},
            device,
            r["created_at"],
        )
        for r in _rows(conn, "agreements")
    ]
    _insert(conn, "agreements", agreements)
    ratings: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in _rows(conn, "ratings"):  # one per run, step and author: the latest
        new = {k: row[k] for k in ("step_id", "author", "scale", "value", "at")}
        new.update(id=_new_id(), run_id=ids.of("runs", row["run_id"]))
        ratings[(row["run_id"], row["step_id"], row["author"])] = _stamp(new, device, row["at"])
    _insert(conn, "ratings", list(ratings.values()))
    talks: dict[Any, dict[str, Any]] = {}
    for row in _rows(conn, "scheduled_talks"):  # one per run: the latest
        new = {"id": _new_id(), "run_id": ids.of("runs", row["run_id"]), "at": row["at"], "done_at": row["done_at"]}
        talks[row["run_id"]] = _stamp(new, device, row["created_at"], row["done_at"])
    _insert(conn, "scheduled_talks", list(talks.values()))
