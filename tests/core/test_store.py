"""The store: migrations, backups, refusing newer databases, and errors people can act on."""

from __future__ import annotations

import sqlite3

import pytest

from couplesdesk.core import store as store_module
from couplesdesk.core.clock import FakeClock
from couplesdesk.core.store import SCHEMA_VERSION, Store, StoreError


@pytest.fixture
def clock():
    return FakeClock()


def test_new_database_is_migrated_with_wal_and_version(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {"couple", "runs", "answers", "pauses", "boundaries", "agreements", "ratings"} <= set(store.db.table_names())
    # A first open has nothing to back up.
    assert not (tmp_path / "backups").exists()


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path, clock):
    path = tmp_path / "db.sqlite"
    Store.open(path, clock).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of CouplesDesk"):
        Store.open(path, clock)
    assert path.read_bytes() == before


def test_unknown_applied_migration_is_refused(tmp_path, clock):
    path = tmp_path / "db.sqlite"
    store = Store.open(path, clock)
    store.db["_sqlite_migrations"].insert({"migration_set": "couplesdesk", "name": "9999_future", "applied_at": "x"})
    store.close()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(path, clock)


def _migrations_plus(name, fn):
    """This release's migrations with one more after them, as a later release would ship."""
    migrations = store_module.Migrations("couplesdesk")
    for m in store_module.migrations._migrations:
        migrations(name=m.name)(m.fn)
    migrations(name=name)(fn)
    return migrations


def test_pending_migration_copies_the_database_aside_first(tmp_path, clock, monkeypatch):
    path = tmp_path / "db.sqlite"
    store = Store.open(path, clock)
    store.save_couple("Alex", "#111111", "Sam", "#222222")
    store.close()

    def _add(db):
        db["couple"].add_column("nickname", str)

    monkeypatch.setattr(store_module, "migrations", _migrations_plus("9001_test_column", _add))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    store = Store.open(path, clock, tmp_path / "backups")
    assert "nickname" in store.db["couple"].columns_dict
    backups = list((tmp_path / "backups").glob("*.db"))
    assert len(backups) == 1 and "before-9001_test_column" in backups[0].name
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT partner_a_name FROM couple").fetchone()[0] == "Alex"
        assert "nickname" not in [r[1] for r in conn.execute("PRAGMA table_info(couple)")]


def test_failed_migration_rolls_back_and_reports(tmp_path, clock, monkeypatch):
    path = tmp_path / "db.sqlite"
    Store.open(path, clock).close()
    def _broken(db):
        db["couple"].add_column("half_done", str)
        db.execute("THIS IS NOT SQL")

    monkeypatch.setattr(store_module, "migrations", _migrations_plus("9001_broken", _broken))
    with pytest.raises(StoreError):
        Store.open(path, clock)
    with sqlite3.connect(path) as conn:
        assert "half_done" not in [r[1] for r in conn.execute("PRAGMA table_info(couple)")]


def test_damaged_database_gets_a_message_not_a_traceback(tmp_path, clock):
    path = tmp_path / "db.sqlite"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(path, clock)


def test_locked_database_gets_a_message(tmp_path, clock):
    path = tmp_path / "db.sqlite"
    store = Store.open(path, clock)
    store.save_couple("Alex", "#111111", "Sam", "#222222")
    other = sqlite3.connect(path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    store.db.conn.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(StoreError, match="in use by another program"):
            store.save_couple("Alex", "#333333", "Sam", "#222222")
    finally:
        other.rollback()
        other.close()


def test_unwritable_folder_gets_a_message(tmp_path, clock):
    with pytest.raises(StoreError):
        Store.open(tmp_path / "missing" / "deeper" / "db.sqlite", clock)


def test_names_must_differ_and_not_be_empty(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    with pytest.raises(ValueError, match="name"):
        store.save_couple("  ", "#1", "Sam", "#2")
    with pytest.raises(ValueError, match="different"):
        store.save_couple("Sam", "#1", "sam", "#2")
    store.save_couple(" Alex ", "#1", "Sam", "#2")
    assert store.couple().a.name == "Alex"


def test_boundary_status_changes_and_unknown_status_is_refused(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    run = store.create_run("boundary-statement", 1, {}, {})
    bid = store.add_boundary(run, "partner_a", "I need a text.")
    clock.advance(days=2)
    store.set_boundary_status(bid, "talked_through")
    b = store.boundaries()[0]
    assert b.status == "talked_through" and b.updated_at > b.created_at
    with pytest.raises(ValueError):
        store.set_boundary_status(bid, "won")


def test_a_version_1_database_is_upgraded_with_a_backup_first(tmp_path, clock, monkeypatch):
    """A couple's database from the first release opens in this one: copied aside, then migrated."""
    path = tmp_path / "db.sqlite"
    first_release = store_module.Migrations("couplesdesk")
    first_release(name="0001_initial")(store_module.migrations._migrations[0].fn)
    monkeypatch.setattr(store_module, "migrations", first_release)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 1)
    old = Store.open(path, clock)
    old.save_couple("Alex", "#111111", "Sam", "#222222")
    old.close()
    monkeypatch.undo()

    store = Store.open(path, clock, tmp_path / "backups")
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    assert "scheduled_talks" in store.db.table_names()
    assert store.couple().a.name == "Alex"
    backups = list((tmp_path / "backups").glob("*before-0002_scheduled_talks.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
