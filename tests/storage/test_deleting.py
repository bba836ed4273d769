"""Deleting for good: a run, a boundary, an agreement, one partner's private answers, or
everything. Each leaves tombstones that keep no word, and no file in the data folder (the
database, its log, backups, copies kept aside) holds the deleted words afterwards; what was
not deleted is still there, word for word."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.storage import Changes, Store, connection, encryption, forgetting
from couplesdesk.storage.backups import backups_in, make_backup
from couplesdesk.storage.deleting import forget_everything
from couplesdesk.storage.forgetting import BLANK
from couplesdesk.storage.health import move_aside

from .watch import Watch

NOW = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
KEY_COLUMNS = {
    "id",
    "created_at",
    "updated_at",
    "deleted_at",
    "device",
    "key",
    "run_id",
    "boundary_id",
    "agreement_id",
    "plan_id",
}
"""What a tombstone may keep: its id, its times, its device, the slot it fills, the run (or plan) it was in."""


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


def holds(folder: Path, words: str) -> list[str]:
    """The files in the data folder (anywhere in it) whose bytes contain ``words``."""
    return [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and words.encode() in p.read_bytes()]


def a_run(store: Store, marker: str, exercise: str = "boundary-statement") -> str:
    """A run holding words of ``marker`` everywhere a run keeps words: answers of both partners
    (shared, private, sealed), a rating, a pause, a planned talk, a boundary and an agreement."""
    run = store.runs.create(exercise, 2, {"speaker": "partner_a"}, {"index": 3}, title=f"Title {marker}")
    a, b = "partner_a", "partner_b"
    store.answers.save(run, "shared", "together", "write", f"{marker} shared", f"{marker} shared", private=False, sealed=False)  # fmt: skip
    store.answers.save(run, "alone", a, "write", f"{marker} sealed of A", f"{marker} sealed of A", private=False, sealed=True)  # fmt: skip
    store.answers.save(run, "alone", b, "write", f"{marker} sealed of B", f"{marker} sealed of B", private=False, sealed=True)  # fmt: skip
    store.answers.save(run, "mine", a, "write", f"{marker} private of A", f"{marker} private of A", private=True, sealed=True)  # fmt: skip
    store.answers.save(run, "calm", a, "rate", 3, f"3 {marker} calm", private=True, sealed=True)
    store.ratings.add(run, "calm", a, "calm", 3)
    store.pauses.start(run, "pause", a, 20, NOW + timedelta(minutes=20))
    store.talks.schedule(run, NOW + timedelta(hours=2))
    store.boundaries.add(run, a, f"{marker} boundary")
    store.agreements.add(run, f"{marker} agreement")
    return run


def _tombstones_keep_no_word(store: Store) -> None:
    for table in BLANK:
        cursor = store.conn.execute(f"SELECT * FROM {table} WHERE deleted_at IS NOT NULL")
        columns = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            kept = {c: v for c, v in zip(columns, row, strict=True) if c not in KEY_COLUMNS}
            assert all(v in ("", None, 0, "{}") or v == row[0] for v in kept.values()), (table, kept)


def test_deleting_a_run_takes_every_word_of_it_from_every_file_and_keeps_the_others(folder, clock):
    store = Store.open(folder / "couplesdesk.db", clock)
    store.couple.save("Alex", "#1", "Sam", "#2")
    gone, kept = a_run(store, "Zanzibar"), a_run(store, "Kilimanjaro")
    make_backup(store.conn, folder / "backups", clock.now(), "daily")
    connection.backup(store.conn, folder / "couplesdesk-replaced-20261129-100000.db")  # a copy kept aside
    clock.advance(minutes=5)
    assert holds(folder, "Zanzibar")
    heard: list[Changes] = []
    store.subscribe(heard.append)

    store.forgetting.run(gone)

    assert heard and all(
        heard[0] & flag for flag in (Changes.RUNS, Changes.ANSWERS, Changes.BOUNDARIES, Changes.AGREEMENTS)
    )
    assert holds(folder, "Zanzibar") == []
    assert sorted(holds(folder, "Kilimanjaro private of A")) == sorted(
        [
            "couplesdesk.db",
            "couplesdesk-replaced-20261129-100000.db",
            f"backups/{backups_in(folder / 'backups')[0].path.name}",
        ]  # fmt: skip
    )
    with pytest.raises(KeyError):
        store.runs.get(gone)
    assert len(store.answers.of_run(kept)) == 5 and store.answers.of_run(gone) == {}
    assert [b.statement for b in store.boundaries.list()] == ["Kilimanjaro boundary"]
    assert [a.statement for a in store.agreements.list()] == ["Kilimanjaro agreement"]
    assert store.pauses.active() is not None and store.pauses.active().run_id == kept
    assert [r.value for r in store.ratings.of_scale("calm")] == [3]
    # Tombstones stay for another device to learn of the deletion, and keep nothing else.
    assert store.conn.execute("SELECT count(*) FROM answers WHERE deleted_at IS NOT NULL").fetchone()[0] == 5
    _tombstones_keep_no_word(store)
    # The backup still opens, and holds the same tombstones.
    backup = Store.open(backups_in(folder / "backups")[0].path, clock, check=False)
    assert backup.answers.of_run(gone) == {} and len(backup.answers.of_run(kept)) == 5


def test_a_partners_private_data_goes_in_every_run_and_nothing_else(folder, clock):
    store = Store.open(folder / "couplesdesk.db", clock)
    first, second = a_run(store, "Zanzibar"), a_run(store, "Kilimanjaro")
    store.answers.mark_revealed(second, ["alone"])  # Alex's sealed answer in the second run was shown
    make_backup(store.conn, folder / "backups", clock.now(), "daily")
    assert store.forgetting.private_runs("partner_a") == 2
    clock.advance(minutes=5)

    assert store.forgetting.private_answers("partner_a") == 5

    for gone in ("Zanzibar sealed of A", "Zanzibar private of A", "Zanzibar calm", "Kilimanjaro private of A"):
        assert holds(folder, gone) == [], gone
    for stays in ("Kilimanjaro sealed of A", "Zanzibar sealed of B", "Zanzibar shared", "Zanzibar boundary"):
        assert "couplesdesk.db" in holds(folder, stays), stays
    assert {key for key in store.answers.of_run(first)} == {("shared", "together"), ("alone", "partner_b")}
    assert ("alone", "partner_a") in store.answers.of_run(second)
    assert store.ratings.of_scale("calm") == []  # the ratings given in private went with them
    assert store.forgetting.private_runs("partner_a") == 0
    assert store.forgetting.private_runs("partner_b") == 1  # Sam's unrevealed answer is Sam's to delete
    assert store.runs.get(first).status == "active"  # and the runs themselves stay
    _tombstones_keep_no_word(store)


def test_a_boundary_or_an_agreement_goes_alone(folder, clock):
    store = Store.open(folder / "couplesdesk.db", clock)
    run = a_run(store, "Zanzibar")
    boundary = store.boundaries.add(run, "partner_b", "Please knock first, Quetzal.")
    agreement = store.agreements.add(run, "We walk on Sundays, Quetzal.")
    make_backup(store.conn, folder / "backups", clock.now(), "daily")
    clock.advance(minutes=5)

    store.boundaries.delete(boundary)  # the repositories' own delete goes all the way too
    assert "Please knock first" not in "".join(b.statement for b in store.boundaries.list())
    assert holds(folder, "Please knock") == [] and holds(folder, "We walk on Sundays")
    store.forgetting.agreement(agreement)
    assert holds(folder, "Quetzal") == []
    assert [a.statement for a in store.agreements.list()] == ["Zanzibar agreement"]
    assert "couplesdesk.db" in holds(folder, "Zanzibar boundary")
    store.boundaries.set_status(boundary, "heard")  # a late status change does not touch a tombstone
    assert store.conn.execute("SELECT status FROM boundaries WHERE id = ?", [boundary]).fetchone()[0] == ""
    _tombstones_keep_no_word(store)


def test_forgetting_everything_leaves_a_first_run_and_no_copy(folder, clock):
    path = folder / "couplesdesk.db"
    store = Store.open(path, clock)
    store.couple.save("Quillon", "#1", "Marisol", "#2")
    store.couple.acknowledge_safety()
    store.settings.set("lock_after_minutes", 15)
    a_run(store, "Zanzibar")
    make_backup(store.conn, folder / "backups", clock.now(), "daily")
    store.close()
    move_aside(path.with_name("spare.db"), clock.now(), "damaged")  # nothing there: nothing happens
    Path(folder / "couplesdesk-damaged-20261101-100000.db").write_bytes((folder / "couplesdesk.db").read_bytes())
    assert len(holds(folder, "Quillon")) == 3

    assert forget_everything(path, folder / "backups", clock) == []

    assert holds(folder, "Quillon") == [] and holds(folder, "Zanzibar") == []
    assert sorted(p.name for p in folder.rglob("*")) == ["backups", "couplesdesk.db"]
    again = Store.open(path, clock)
    assert again.couple.get() is None  # the first-run page shows
    assert again.settings.get("lock_after_minutes") is None
    assert again.runs.unfinished() == [] and again.boundaries.list() == []
    _tombstones_keep_no_word(again)
    again.couple.save("Ana", "#1", "Ben", "#2")  # and the couple can begin again
    assert again.couple.get() is not None


def test_an_encrypted_folder_is_scrubbed_and_forgotten_too(folder, clock):
    path = folder / "couplesdesk.db"
    store = Store.open(path, clock)
    store.couple.save("Alex", "#1", "Sam", "#2")
    gone = a_run(store, "Zanzibar")
    a_run(store, "Kilimanjaro")
    make_backup(store.conn, folder / "backups", clock.now(), "daily")
    store.close()
    code = encryption.encrypt_folder(folder, path, "a long enough passphrase")
    key = encryption.parse_recovery_code(code)
    clock.advance(minutes=5)
    store = Store.open(path, clock, key=key)
    store.forgetting.run(gone)
    store.close()
    [backup] = backups_in(folder / "backups")
    copy = Store.open(backup.path, clock, check=False, key=key)
    texts = " ".join(r[0] for r in copy.conn.execute("SELECT text FROM answers"))
    assert "Zanzibar" not in texts and "Kilimanjaro private of A" in texts
    copy.close()

    assert forget_everything(path, folder / "backups", clock, key) == []
    assert list((folder / "backups").iterdir()) == []
    assert encryption.is_encrypted(folder) and not connection.is_plain(path)  # still encrypted, same key
    assert Store.open(path, clock, key=key).couple.get() is None


def test_the_daily_rotation_carries_a_deletion_into_older_backups(folder, clock, monkeypatch):
    """A deletion whose scrub never ran (the app closed at once) is carried into the backups
    the next time a daily backup is made."""
    path = folder / "couplesdesk.db"
    store = Store.open(path, clock)
    gone = a_run(store, "Zanzibar")
    make_backup(store.conn, folder / "backups", clock.now(), "daily")
    clock.advance(minutes=5)
    with monkeypatch.context() as cut_short:
        cut_short.setattr(forgetting, "scrub_copies", lambda *args: [])
        store.forgetting.run(gone)  # the rows and the log only
    store.close()
    assert holds(folder, "Zanzibar") == [f"backups/{backups_in(folder / 'backups')[0].path.name}"]
    clock.advance(hours=25)
    store = Store.open(path, clock)
    store.connection.gate.checked.wait(10)
    store.close()
    assert len(backups_in(folder / "backups")) == 2
    assert holds(folder, "Zanzibar") == []


def test_a_damaged_copy_kept_aside_is_never_written_to(folder, clock):
    path = folder / "couplesdesk.db"
    store = Store.open(path, clock)
    gone = a_run(store, "Zanzibar")
    aside = folder / "couplesdesk-damaged-20261101-100000.db"
    connection.backup(store.conn, aside)
    data = bytearray(aside.read_bytes())
    data[4096 * 2 : 4096 * 2 + 64] = b"\xff" * 64  # a page broken
    aside.write_bytes(bytes(data))
    store.forgetting.run(gone)
    assert aside.read_bytes() == bytes(data)


def test_every_deletion_announces_what_it_changed(folder, clock):
    watch = Watch()
    store = watch.watch(Store.open(folder / "couplesdesk.db", clock))
    run = a_run(store, "Zanzibar")
    store.forgetting.private_answers("partner_a")
    store.forgetting.boundary(store.boundaries.list()[0].id)
    store.forgetting.agreement(store.agreements.list()[0].id)
    store.forgetting.run(run)
    store.forgetting.everything()
    watch.assert_clean()


def test_every_table_that_keeps_tombstones_has_a_rule_that_blanks_every_column(folder, clock):
    """A new table, or a new column in one, fails here until forgetting.BLANK says how a
    deletion blanks it (so a tombstone can never keep a word by oversight)."""
    store = Store.open(folder / "couplesdesk.db", clock)
    tables = [n for (n,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = {r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")}
        if "deleted_at" not in columns:
            continue
        assert table in BLANK, table
        blanked = {part.split("=")[0].strip() for part in BLANK[table].split(",")}
        assert columns - KEY_COLUMNS - {"key"} <= blanked, (table, columns - KEY_COLUMNS - blanked)
    assert set(BLANK) <= set(tables)
