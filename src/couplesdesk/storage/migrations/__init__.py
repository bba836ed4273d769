"""Every schema change, in order, each in its own module. Never edit or reorder a released
migration; add a new one at the end."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import m0001_initial, m0002_scheduled_talks, m0003_run_titles, m0004_stable_ids

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils import Migrations

Migration = tuple[str, Callable[["sqlite_utils.Database"], None]]

MIGRATIONS: tuple[Migration, ...] = (
    ("0001_initial", m0001_initial.apply),
    ("0002_scheduled_talks", m0002_scheduled_talks.apply),
    ("0003_run_titles", m0003_run_titles.apply),
    ("0004_stable_ids", m0004_stable_ids.apply),
)

MIGRATION_SET = "couplesdesk"
"""The name sqlite-utils records applied migrations under, in ``_sqlite_migrations``."""


def migration_set(steps: tuple[Migration, ...]) -> Migrations:
    """``steps`` as a sqlite-utils migration set (imports sqlite-utils)."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in steps:
        migrations(name=name)(fn)
    return migrations


def applied(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations already applied (sqlite-utils' own table), oldest first."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone()
    if not exists:
        return []
    rows = conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])
    return [name for (name,) in rows]
