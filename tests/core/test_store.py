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


def _old_run(store, exercise_id):
    """A run as a release before titles were kept wrote it."""
    now = "2026-11-01T20:00:00+00:00"
    row = {
        "exercise_id": exercise_id,
        "exercise_version": 1,
        "day": "2026-11-01",
        "binding": "{}",
        "state": "{}",
        "status": "left",
        "started_at": now,
        "updated_at": now,
    }
    return store.db["runs"].insert(row).last_pk


def _migrations_plus(name, fn):
    """This release's migrations with one more after them, as a later release would ship."""
    return (*store_module.MIGRATIONS, (name, fn))


def test_pending_migration_copies_the_database_aside_first(tmp_path, clock, monkeypatch):
    path = tmp_path / "db.sqlite"
    store = Store.open(path, clock)
    store.save_couple("Alex", "#111111", "Sam", "#222222")
    store.close()

    def _add(db):
        db["couple"].add_column("nickname", str)

    monkeypatch.setattr(store_module, "MIGRATIONS", _migrations_plus("9001_test_column", _add))
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

    monkeypatch.setattr(store_module, "MIGRATIONS", _migrations_plus("9001_broken", _broken))
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
    store.conn.execute("PRAGMA busy_timeout = 50")
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
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:1])
    old = Store.open(path, clock)
    old.save_couple("Alex", "#111111", "Sam", "#222222")
    old_run = _old_run(old, "share-one-thing")
    old.close()
    monkeypatch.undo()

    store = Store.open(path, clock, tmp_path / "backups")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    assert "scheduled_talks" in store.db.table_names()
    assert store.couple().a.name == "Alex"
    assert store.run(old_run).title is None
    backups = list((tmp_path / "backups").glob("*before-0002_scheduled_talks.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_runs_keep_their_title_and_old_runs_get_theirs_from_the_library(tmp_path, clock, monkeypatch):
    """Today names unfinished runs without loading the library: each run keeps its title.
    Runs from before titles were kept get them once the library has loaded."""
    path = tmp_path / "db.sqlite"
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:2])
    old = Store.open(path, clock)
    shares = [_old_run(old, "share-one-thing") for _ in range(3)]
    gone = _old_run(old, "an-exercise-since-removed")
    old.close()
    monkeypatch.undo()

    store = Store.open(path, clock)
    new = store.create_run("timed-pause", 3, {}, {}, title="A timed pause")
    assert store.run(new).title == "A timed pause"
    assert [store.run(r).title for r in shares] == [None, None, None]
    titles = {"share-one-thing": "Share one thing", "timed-pause": "Something else now"}
    assert store.fill_run_titles(titles) == 3
    assert [store.run(r).title for r in shares] == ["Share one thing"] * 3
    assert store.run(new).title == "A timed pause"  # a run keeps the title it was started under
    assert store.run(gone).title is None  # no exercise of that id: nothing to fill in
    assert store.fill_run_titles(titles) == 0
    # The partial index holds only untitled runs, so the check costs nothing once all are filled.
    plan = " ".join(
        str(r)
        for r in store.conn.execute("EXPLAIN QUERY PLAN SELECT DISTINCT exercise_id FROM runs WHERE title IS NULL")
    )
    assert "idx_runs_untitled" in plan
