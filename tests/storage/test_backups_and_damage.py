"""Backups once a day and before changes, rotated; damage found and never written to; a
restore that keeps what it replaces; and salvage of what a damaged file still holds."""

from __future__ import annotations

import hashlib
import os
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.storage import Store, StoreError, Trouble
from couplesdesk.storage.backups import backup_name, backups_in, rotate
from couplesdesk.storage.health import check, restore, salvage

NOW = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    return FakeClock(NOW)


def filled(path: Path, clock, answers: int = 300) -> None:
    """A database with a couple, a boundary and ``answers`` answers (about 1 MB for 3,000)."""
    store = Store.open(path, clock, check=False)
    store.couple.save("Alex", "#1", "Sam", "#2")
    run = store.runs.create("share-one-thing", 1, {}, {})
    with store.batch():
        for n in range(answers):
            text = f"Answer number {n}: " + "a walk, a talk, a cup of tea. " * 8
            store.answers.save(run, f"step-{n}", "partner_a", "write", text, text, private=False, sealed=True)
    store.boundaries.add(run, "partner_a", "I need a quiet hour after work.")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def opened_and_checked(path: Path, clock) -> Store:
    store = Store.open(path, clock)
    store.connection.gate.checked.wait(10)
    return store


# --------------------------------------------------------------------------- backups


def test_a_daily_backup_is_made_on_open_at_most_once_a_day(tmp_path, clock):
    path = tmp_path / "couplesdesk.db"
    Store.open(path, clock).close()  # a new database: nothing to back up yet
    assert backups_in(tmp_path / "backups") == []
    filled(path, clock)
    opened_and_checked(path, clock).close()
    [first] = backups_in(tmp_path / "backups")
    assert first.reason == "daily" and check(first.path).counts["answers"] == 300
    clock.advance(hours=20)
    opened_and_checked(path, clock).close()
    assert len(backups_in(tmp_path / "backups")) == 1  # the same day: no second copy
    clock.advance(hours=5)
    opened_and_checked(path, clock).close()
    assert len(backups_in(tmp_path / "backups")) == 2


def test_rotation_keeps_a_week_of_days_a_month_of_weeks_and_half_a_year_of_months(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    ages = list(range(0, 400, 1))  # a backup every day for more than a year
    for days in ages:
        (folder / backup_name(NOW - timedelta(days=days, hours=1), "daily")).write_bytes(b"x")
    (folder / backup_name(NOW - timedelta(days=300), "before-0004_stable_ids")).write_bytes(b"x")
    rotate(folder, NOW)
    kept = sorted((NOW - b.taken_at).days for b in backups_in(folder))
    assert kept[:7] == [0, 1, 2, 3, 4, 5, 6]  # the last seven days
    weekly = [d for d in kept if 7 <= d < 35]
    assert 4 <= len(weekly) <= 5  # one a week (the week a backup falls in, by the calendar)
    monthly = [d for d in kept if d >= 35]
    assert 5 <= len(monthly) <= 7 and max(monthly) < 35 + 31 * 6
    assert 300 not in kept  # an old migration copy goes too: deleted text does not live forever
    assert len(kept) <= 7 + 5 + 7


# --------------------------------------------------------------------------- damage


def test_random_bytes_in_the_middle_are_found_and_the_file_is_never_written_to(tmp_path, clock):
    path = tmp_path / "couplesdesk.db"
    filled(path, clock, answers=3000)
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(random.Random(8).randbytes(8192))
    before = digest(path)
    store = Store.open(path, clock)
    with pytest.raises(StoreError) as caught:
        store.couple.save("Alex", "#3", "Sam", "#4")  # waits for the check, which finds the damage
    assert caught.value.trouble is Trouble.DAMAGED
    store.close()
    assert digest(path) == before
    assert not any(b.reason == "daily" for b in backups_in(tmp_path / "backups"))  # no copy of a damaged file


def test_a_truncated_file_is_found_and_left_alone(tmp_path, clock):
    path = tmp_path / "couplesdesk.db"
    filled(path, clock, answers=3000)
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    before = digest(path)
    try:
        store = Store.open(path, clock)
    except StoreError as exc:
        assert exc.trouble is Trouble.DAMAGED
    else:
        with pytest.raises(StoreError):
            store.couple.save("Alex", "#3", "Sam", "#4")
        store.close()
    assert digest(path) == before
    assert not check(path).sound


@pytest.mark.parametrize("state", ["zero-bytes", "missing"])
def test_an_empty_or_missing_database_with_backups_is_damage_not_a_first_run(tmp_path, clock, state):
    path = tmp_path / "couplesdesk.db"
    filled(path, clock)
    opened_and_checked(path, clock).close()  # makes a daily backup
    if state == "zero-bytes":
        path.write_bytes(b"")
    else:
        path.unlink()
    with pytest.raises(StoreError) as caught:
        Store.open(path, clock)
    assert caught.value.trouble is Trouble.DAMAGED
    assert ("is empty" if state == "zero-bytes" else "is missing") in str(caught.value)
    assert not path.exists() or path.stat().st_size == 0  # nothing was created or written


def test_an_empty_file_without_backups_is_a_first_run(tmp_path, clock):
    path = tmp_path / "couplesdesk.db"
    path.write_bytes(b"")
    store = Store.open(path, clock)
    assert store.couple.get() is None


# --------------------------------------------------------------------------- restore and salvage


def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(tmp_path, clock):
    path, folder = tmp_path / "couplesdesk.db", tmp_path / "backups"
    filled(path, clock, answers=10)
    opened_and_checked(path, clock).close()
    [daily] = backups_in(folder)
    store = Store.open(path, clock)
    store.boundaries.add(None, "partner_b", "Written after the backup.")
    store.close()
    clock.advance(hours=1)
    aside = restore(path, daily.path, folder, clock.now())
    assert aside is not None and aside.exists()  # the replaced database is kept, renamed
    assert check(aside).counts["boundaries"] == 2
    assert check(path).counts["boundaries"] == 1
    assert any(b.reason == "before-restore" for b in backups_in(folder))


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path, clock):
    path = tmp_path / "couplesdesk.db"
    filled(path, clock, answers=10)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 100)
    before = digest(path)
    with pytest.raises(ValueError, match="not a CouplesDesk database"):
        restore(path, bad, tmp_path / "backups", NOW)
    assert digest(path) == before


def test_salvage_saves_what_a_damaged_file_still_holds(tmp_path, clock):
    path = tmp_path / "couplesdesk.db"
    filled(path, clock, answers=3000)
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(random.Random(8).randbytes(8192))
    assert not check(path).sound
    fresh = tmp_path / "fresh.db"
    Store.open(fresh, clock, check=False).close()
    saved = salvage(path, fresh)
    assert 2000 < saved["answers"] < 3000  # most of it; the ruined pages are skipped
    assert saved["partners"] == 2 and saved["boundaries"] == 1
    restored = Store.open(fresh, clock)
    assert restored.couple.get().a.name == "Alex"
    assert check(fresh).sound
    assert os.path.getsize(path) == size  # the damaged file itself was only read
