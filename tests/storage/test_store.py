"""The store: migrations, backups, refusing newer databases, errors by code, a schema ready for sync."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.storage import Changes, Store, StoreError, Trouble, connection, migrations, schema_version
from couplesdesk.storage.errors import friendly, trouble_of

from .old_databases import insert, make_database, make_version_3, old_run

TRAVELLING_TABLES = (
    "partners",
    "settings",
    "runs",
    "answers",
    "pauses",
    "boundaries",
    "agreements",
    "ratings",
    "scheduled_talks",
    "boundary_wordings",
    "agreement_wordings",
    "partner_keys",
)


@pytest.fixture
def clock():
    return FakeClock()


def test_new_database_is_migrated_with_wal_and_version(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema_version() == 9  # 0001-0009
    assert set(TRAVELLING_TABLES) <= set(store.db.table_names())
    assert "couple" not in store.db.table_names()  # no singleton row any more
    # A first open has nothing to back up.
    assert not (tmp_path / "backups").exists()


def test_every_table_that_may_travel_is_ready_for_sync(tmp_path, clock):
    """Stable text ids, UTC timestamps, the device of the last change, and room for a tombstone."""
    store = Store.open(tmp_path / "db.sqlite", clock)
    for table in TRAVELLING_TABLES:
        columns = {r[1]: (r[2], r[5]) for r in store.conn.execute(f"PRAGMA table_info({table})")}
        assert columns["id"] == ("TEXT", 1), table  # the primary key is text
        assert {"created_at", "updated_at", "deleted_at", "device"} <= set(columns), table


def test_rows_get_uuids_and_the_device_that_wrote_them(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    run = store.runs.create("share-one-thing", 1, {}, {})
    uuid.UUID(run)  # a real UUID, not a counter
    device = store.conn.execute("SELECT id FROM local_device").fetchone()[0]
    assert store.conn.execute("SELECT device FROM runs WHERE id = ?", [run]).fetchone()[0] == device
    assert Store.open(tmp_path / "db.sqlite", clock).connection.device == device  # the same device next time


def test_deleting_leaves_a_tombstone_not_the_words(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    run = store.runs.create("boundary-statement", 1, {}, {})
    kept = store.boundaries.add(run, "partner_a", "I need quiet after work.")
    gone = store.boundaries.add(run, "partner_b", "Please knock first.")
    store.boundaries.delete(gone)
    assert [b.id for b in store.boundaries.list()] == [kept]
    row = store.conn.execute("SELECT statement, deleted_at FROM boundaries WHERE id = ?", [gone]).fetchone()
    assert row[0] == "" and row[1] is not None


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path, clock):
    path = tmp_path / "db.sqlite"
    Store.open(path, clock).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of CouplesDesk") as caught:
        Store.open(path, clock)
    assert caught.value.trouble is Trouble.NEWER
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
    return (*migrations.MIGRATIONS, (name, fn))


def test_pending_migration_copies_the_database_aside_first(tmp_path, clock, monkeypatch):
    path = tmp_path / "db.sqlite"
    store = Store.open(path, clock)
    store.couple.save("Alex", "#111111", "Sam", "#222222")
    store.close()

    def _add(db):
        db["partners"].add_column("nickname", str)

    monkeypatch.setattr(migrations, "MIGRATIONS", _migrations_plus("9001_test_column", _add))
    store = Store.open(path, clock, tmp_path / "backups")
    assert "nickname" in store.db["partners"].columns_dict
    backups = list((tmp_path / "backups").glob("*.db"))
    assert len(backups) == 1 and "before-9001_test_column" in backups[0].name
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT name FROM partners WHERE key = 'partner_a'").fetchone()[0] == "Alex"
        assert "nickname" not in [r[1] for r in conn.execute("PRAGMA table_info(partners)")]


def test_backups_are_made_through_the_one_place_that_opens_connections(tmp_path, clock, monkeypatch):
    """So the day the database is encrypted, its copies are keyed the same way."""
    path = tmp_path / "db.sqlite"
    Store.open(path, clock).close()
    opened = []
    real = connection.connect

    def spy(target, key=None):
        opened.append(target)
        return real(target, key)

    monkeypatch.setattr(connection, "connect", spy)
    monkeypatch.setattr(migrations, "MIGRATIONS", _migrations_plus("9001_noop", lambda db: None))
    Store.open(path, clock, tmp_path / "backups").close()
    assert [p.parent.name for p in opened] == [tmp_path.name, "backups"]


def test_failed_migration_rolls_back_and_reports(tmp_path, clock, monkeypatch):
    path = tmp_path / "db.sqlite"
    Store.open(path, clock).close()

    def _broken(db):
        db["partners"].add_column("half_done", str)
        db.execute("THIS IS NOT SQL")

    monkeypatch.setattr(migrations, "MIGRATIONS", _migrations_plus("9001_broken", _broken))
    with pytest.raises(StoreError):
        Store.open(path, clock)
    with sqlite3.connect(path) as conn:
        assert "half_done" not in [r[1] for r in conn.execute("PRAGMA table_info(partners)")]


def test_damaged_database_gets_a_message_not_a_traceback(tmp_path, clock):
    path = tmp_path / "db.sqlite"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError, match="damaged") as caught:
        Store.open(path, clock)
    assert caught.value.trouble is Trouble.DAMAGED


def test_locked_database_gets_a_message(tmp_path, clock):
    path = tmp_path / "db.sqlite"
    store = Store.open(path, clock)
    store.couple.save("Alex", "#111111", "Sam", "#222222")
    other = sqlite3.connect(path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    store.conn.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(StoreError, match="in use by another program") as caught:
            store.couple.save("Alex", "#333333", "Sam", "#222222")
        assert caught.value.trouble is Trouble.BUSY
    finally:
        other.rollback()
        other.close()


def test_unwritable_folder_gets_a_message(tmp_path, clock):
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "missing" / "deeper" / "db.sqlite", clock)
    assert caught.value.trouble is Trouble.CANNOT_OPEN


@pytest.mark.parametrize(
    ("code", "trouble"),
    [(5, Trouble.BUSY), (517, Trouble.BUSY), (13, Trouble.FULL), (10, Trouble.IO), (3850, Trouble.IO),
     (11, Trouble.DAMAGED), (26, Trouble.DAMAGED), (8, Trouble.READ_ONLY), (14, Trouble.CANNOT_OPEN), (1, Trouble.OTHER)],
)  # fmt: skip
def test_errors_are_classified_by_sqlite_code_not_by_their_words(tmp_path, code, trouble):
    # The words say "locked"; only the code is believed (extended codes: 517 is SQLITE_BUSY_SNAPSHOT).
    exc = sqlite3.OperationalError("database is locked, or the disk is full, or it is malformed")
    exc.sqlite_errorcode = code
    assert trouble_of(exc) is trouble
    assert friendly(exc, tmp_path / "db.sqlite").trouble is trouble


def test_names_must_differ_and_not_be_empty(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    with pytest.raises(ValueError, match="name"):
        store.couple.save("  ", "#1", "Sam", "#2")
    with pytest.raises(ValueError, match="different"):
        store.couple.save("Sam", "#1", "sam", "#2")
    store.couple.save(" Alex ", "#1", "Sam", "#2")
    assert store.couple.get().a.name == "Alex"
    assert not store.couple.get().safety_acknowledged
    store.couple.acknowledge_safety()
    assert store.couple.get().safety_acknowledged


def test_boundary_status_changes_and_unknown_status_is_refused(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    run = store.runs.create("boundary-statement", 1, {}, {})
    bid = store.boundaries.add(run, "partner_a", "I need a text.")
    clock.advance(days=2)
    store.boundaries.set_status(bid, "talked_through")
    b = store.boundaries.list()[0]
    assert b.status == "talked_through" and b.updated_at > b.created_at
    with pytest.raises(ValueError):
        store.boundaries.set_status(bid, "won")


def test_every_write_announces_what_it_changed(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    heard: list[Changes] = []
    store.subscribe(heard.append)
    store.couple.save("Alex", "#1", "Sam", "#2")
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "my-thing", "partner_a", "write", "hi", "hi", private=False, sealed=True)
    with store.batch():
        store.ratings.add(run, "calm", "partner_a", "calm", 3)
        store.runs.end(run, "finished")
    assert heard == [Changes.COUPLE, Changes.RUNS, Changes.ANSWERS, Changes.RATINGS | Changes.RUNS]


def test_a_filled_version_3_database_is_upgraded_with_a_backup_and_nothing_lost(tmp_path, clock):
    """Today's couples' databases (schema 3) open in this release: copied aside, then every row
    moved to text ids, with every reference (and the pause a run's state points to) kept."""
    path = tmp_path / "db.sqlite"
    make_version_3(path)

    store = Store.open(path, clock, tmp_path / "backups")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    backups = list((tmp_path / "backups").glob("*before-0004_stable_ids.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 3

    couple = store.couple.get()
    assert (couple.a.name, couple.a.color, couple.b.name, couple.safety_acknowledged) == (
        "Alex",
        "#B0583E",
        "Sam",
        True,
    )
    pause_run, share = store.runs.unfinished()[0], store.runs.of_exercise("share-one-thing")[0]
    assert (pause_run.exercise_id, pause_run.title, pause_run.status) == ("timed-pause", "A timed pause", "active")
    assert pause_run.binding == {"speaker": "partner_a", "listener": "partner_b"}
    assert share.status == "finished" and share.title is None
    pause = store.pauses.active()
    assert pause.run_id == pause_run.id and pause.caller == "partner_b" and pause.minutes == 30
    assert pause_run.state["timers"]["pause"]["pause_id"] == pause.id  # the run still finds its pause
    answers = store.answers.of_run(share.id)
    a, b, note = answers[("my-thing", "partner_a")], answers[("my-thing", "partner_b")], answers[("note", "partner_a")]
    assert (a.value, a.sealed, a.revealed) == ("A walk at lunch", True, True)
    assert (b.value, b.sealed, b.revealed) == ("I missed you", True, False)
    assert (note.value, note.private) == ("only mine", True)
    [boundary] = store.boundaries.list()
    assert (boundary.run_id, boundary.statement, boundary.status) == (share.id, "I need a text.", "heard")
    assert [x.statement for x in store.agreements.list()] == ["We practise at home."]
    assert [(r.author, r.value) for r in store.ratings.of_scale("closeness")] == [("partner_b", 7)]
    assert store.talks.next(pause.started_at) is not None
    for table in TRAVELLING_TABLES:
        for (row_id,) in store.conn.execute(f"SELECT id FROM {table}"):
            uuid.UUID(row_id)


def test_a_version_1_database_is_upgraded_too(tmp_path, clock):
    path = tmp_path / "db.sqlite"
    conn = make_database(path, 1)
    run = old_run(conn, "share-one-thing")
    conn.close()
    store = Store.open(path, clock, tmp_path / "backups")
    assert "scheduled_talks" in store.db.table_names()
    [record] = store.runs.unfinished()
    assert record.title is None and record.exercise_id == "share-one-thing"
    assert run == 1
    assert len(list((tmp_path / "backups").glob("*before-0002_scheduled_talks.db"))) == 1


def test_runs_keep_their_title_and_old_runs_get_theirs_from_the_library(tmp_path, clock):
    """Today names unfinished runs without loading the library: each run keeps its title.
    Runs from before titles were kept get them once the library has loaded."""
    path = tmp_path / "db.sqlite"
    conn = make_database(path, 2)
    for exercise in ("share-one-thing", "share-one-thing", "share-one-thing", "an-exercise-since-removed"):
        old_run(conn, exercise)
    conn.close()

    store = Store.open(path, clock)
    new = store.runs.create("timed-pause", 3, {}, {}, title="A timed pause")
    assert store.runs.get(new).title == "A timed pause"
    shares = [r.id for r in store.runs.of_exercise("share-one-thing")]
    [gone] = [r.id for r in store.runs.of_exercise("an-exercise-since-removed")]
    assert [store.runs.get(r).title for r in shares] == [None, None, None]
    titles = {"share-one-thing": "Share one thing", "timed-pause": "Something else now"}
    assert store.runs.fill_titles(titles) == 3
    assert [store.runs.get(r).title for r in shares] == ["Share one thing"] * 3
    assert store.runs.get(new).title == "A timed pause"  # a run keeps the title it was started under
    assert store.runs.get(gone).title is None  # no exercise of that id: nothing to fill in
    assert store.runs.fill_titles(titles) == 0
    # The partial index holds only untitled runs, so the check costs nothing once all are filled.
    plan = " ".join(
        str(r)
        for r in store.conn.execute("EXPLAIN QUERY PLAN SELECT DISTINCT exercise_id FROM runs WHERE title IS NULL")
    )
    assert "idx_runs_untitled" in plan


def test_a_second_connection_sees_the_same_data_and_device(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    other = Store.attach(store)
    store.couple.save("Alex", "#1", "Sam", "#2")
    assert other.couple.get().a.name == "Alex"
    assert other.connection.device == store.connection.device
    assert json.loads(json.dumps(other.runs.unfinished())) == []


def test_boundaries_kept_as_talked_through_before_any_talk_become_to_talk(tmp_path, clock):
    """Format 1 kept "let's talk about it" as 'talked_through' the moment it was agreed. Those
    records now say 'to_talk'; one the couple set to 'talked_through' by hand stays so."""
    path = tmp_path / "db.sqlite"
    conn = make_database(path, 3)
    run = old_run(conn, "boundary-statement", status="finished")
    same, later = "2026-11-01T20:05:00.000+00:00", "2026-11-03T09:00:00.000+00:00"
    for statement, updated in (("Kept after 'let's talk'", same), ("Marked as talked through later", later)):
        insert(conn, "boundaries", {"run_id": run, "author": "partner_a", "statement": statement,
                                    "status": "talked_through", "created_at": same, "updated_at": updated})  # fmt: skip
    conn.close()
    store = Store.open(path, clock)
    statuses = {b.statement: b.status for b in store.boundaries.list()}
    assert statuses == {"Kept after 'let's talk'": "to_talk", "Marked as talked through later": "talked_through"}
