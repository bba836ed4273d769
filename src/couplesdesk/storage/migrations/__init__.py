"""Every schema change, in order, each in its own module. Never edit or reorder a released
migration; add a new one at the end.

Only the names are needed to open a database that is up to date; a migration's module is
imported when it is about to run (start-up stays quick).
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils import Migrations

MigrationFunction = Callable[["sqlite_utils.Database"], None]
Migration = tuple[str, "str | MigrationFunction"]
"""(name, what applies it): a function, or the name of a module here with an ``apply`` function."""

MIGRATIONS: tuple[Migration, ...] = (
    ("0001_initial", "m0001_initial"),
    ("0002_scheduled_talks", "m0002_scheduled_talks"),
    ("0003_run_titles", "m0003_run_titles"),
    ("0004_stable_ids", "m0004_stable_ids"),
    ("0005_boundary_talks", "m0005_boundary_talks"),
    ("0006_personal_keys", "m0006_personal_keys"),
    ("0007_agreement_status", "m0007_agreement_status"),
    ("0008_search", "m0008_search"),
    ("0009_homework", "m0009_homework"),
)

MIGRATION_SET = "couplesdesk"
"""The name sqlite-utils records applied migrations under, in ``_sqlite_migrations``."""


def function_of(migration: Migration) -> MigrationFunction:
    """The function that applies a migration (importing its module now)."""
    _, how = migration
    if callable(how):
        return how
    module = importlib.import_module(f"{__name__}.{how}")
    apply: MigrationFunction = module.apply
    return apply


def migration_set(steps: tuple[Migration, ...]) -> Migrations:
    """``steps`` as a sqlite-utils migration set (imports sqlite-utils and the steps' modules)."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in steps:
        migrations(name=step[0])(function_of(step))
    return migrations


def applied(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations already applied (sqlite-utils' own table), oldest first."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone()
    if not exists:
        return []
    rows = conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])
    return [name for (name,) in rows]
