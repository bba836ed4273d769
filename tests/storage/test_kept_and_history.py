"""Boundaries and agreements worded again (the old words kept as history), agreements' status,
and the History page's paging through runs newest first."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.storage import Changes, Store

from .old_databases import make_database

STATE = {"index": 0, "turn": 0, "history": [], "timers": {}, "turns": {}, "confirmed": {}, "finished": True}


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 11, 20, 19, 0).astimezone())


@pytest.fixture
def store(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    yield store
    store.close()


def test_a_boundary_worded_again_keeps_its_old_words_as_history(store, clock):
    run = store.runs.create("boundary-statement", 1, {}, STATE)
    boundary = store.boundaries.add(run, "partner_a", "I need quiet after work.", "heard")
    heard: list[Changes] = []
    store.subscribe(heard.append)
    clock.advance(days=3)
    assert store.boundaries.reword(boundary, "  I need half an hour of quiet after work.  ")
    clock.advance(days=2)
    assert store.boundaries.reword(boundary, "I need an hour of quiet after work, most days.")
    assert heard == [Changes.BOUNDARIES, Changes.BOUNDARIES]
    [now] = store.boundaries.list()
    assert now.statement == "I need an hour of quiet after work, most days." and now.status == "heard"
    earlier = store.boundaries.earlier_wordings(boundary)
    assert [w.statement for w in earlier] == ["I need quiet after work.", "I need half an hour of quiet after work."]
    assert earlier[0].worded_at == now.created_at  # current from the day it was kept...
    assert earlier[0].replaced_at == earlier[1].worded_at  # ...until the next words took its place
    assert earlier[1].replaced_at == now.updated_at
    assert store.boundaries.first_words([boundary]) == {boundary: "I need quiet after work."}
    # Rows ready to travel, like every other.
    row = store.conn.execute("SELECT id, device, created_at FROM boundary_wordings LIMIT 1").fetchone()
    assert len(row[0]) == 36 and row[1] == store.connection.device and row[2]


def test_the_same_words_again_change_nothing_and_no_words_are_refused(store):
    boundary = store.boundaries.add(None, "partner_b", "Please knock first.")
    assert not store.boundaries.reword(boundary, "Please knock first.")
    with pytest.raises(ValueError):
        store.boundaries.reword(boundary, "   ")
    with pytest.raises(KeyError):
        store.boundaries.reword("no-such-boundary", "Words")
    assert store.boundaries.earlier_wordings(boundary) == []
    assert store.boundaries.list()[0].statement == "Please knock first."


def test_forgetting_a_boundary_clears_its_earlier_words_too(store):
    boundary = store.boundaries.add(None, "partner_a", "The first words.")
    store.boundaries.reword(boundary, "The second words.")
    store.boundaries.delete(boundary)
    assert store.boundaries.list() == [] and store.boundaries.earlier_wordings(boundary) == []
    rows = store.conn.execute("SELECT statement, deleted_at FROM boundary_wordings").fetchall()
    assert rows and all(text == "" and deleted for text, deleted in rows)
    assert store.conn.execute("SELECT statement FROM boundaries").fetchone()[0] == ""


def test_agreements_have_a_status_history_of_words_and_the_run_they_came_from(store, clock):
    run = store.runs.create("getting-uncomfortable", 1, {}, STATE, title="Getting uncomfortable together")
    agreement = store.agreements.add(run, "We say when something feels like too much.")
    loose = store.agreements.add(None, "We eat together on Sundays.")
    heard: list[Changes] = []
    store.subscribe(heard.append)
    store.agreements.set_status(agreement, "needs_another_look")
    with pytest.raises(ValueError):
        store.agreements.set_status(agreement, "broken")
    store.agreements.reword(loose, "We eat together on Sundays, phones away.")
    assert heard == [Changes.AGREEMENTS, Changes.AGREEMENTS]
    records = {a.id: a for a in store.agreements.list()}
    assert records[agreement].status == "needs_another_look" and records[loose].status == "keeping"
    assert records[agreement].run_title == "Getting uncomfortable together" and records[loose].run_title is None
    assert [w.statement for w in store.agreements.earlier_wordings(loose)] == ["We eat together on Sundays."]
    assert [a.id for a in store.agreements.of_run(run)] == [agreement]
    store.agreements.delete(loose)
    assert [a.id for a in store.agreements.list()] == [agreement]


def test_agreements_made_before_statuses_are_kept(tmp_path, clock):
    """A database from the release before: every agreement it holds is one the couple keeps."""
    path = tmp_path / "db.sqlite"
    conn = make_database(path, 5)
    conn.execute(
        "INSERT INTO agreements (id, statement, created_at, updated_at, device) VALUES ('a1', 'We walk on Sundays.', "
        "'2026-01-01T10:00:00.000+00:00', '2026-01-01T10:00:00.000+00:00', 'd')"
    )
    conn.close()
    store = Store.open(path, clock, tmp_path / "backups")
    [agreement] = store.agreements.list()
    assert (agreement.statement, agreement.status) == ("We walk on Sundays.", "keeping")
    store.close()
    with sqlite3.connect(path) as check:
        names = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"idx_runs_started", "idx_boundary_wordings_of", "idx_agreement_wordings_of"} <= names


def _runs(store: Store, clock: FakeClock, count: int, exercise: str = "share-one-thing", **binding: str) -> list[str]:
    ids = []
    for _ in range(count):
        clock.advance(hours=7)
        ids.append(store.runs.create(exercise, 1, dict(binding), STATE))
    return ids


def test_history_pages_through_every_run_newest_first(store, clock):
    made = _runs(store, clock, 130)
    seen, cursor, pages = [], None, 0
    while True:
        runs, cursor = store.history.runs(50, cursor)
        seen += [r.id for r in runs]
        pages += 1
        if cursor is None:
            break
    assert seen == made[::-1] and pages == 3
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM runs WHERE deleted_at IS NULL AND (started_at, id) < (?, ?) "
        "ORDER BY started_at DESC, id DESC LIMIT 50",
        ["z", "z"],
    ).fetchall()
    assert "idx_runs_started" in str(plan)


def test_runs_started_in_the_same_moment_are_neither_lost_nor_repeated(store):
    made = [store.runs.create("share-one-thing", 1, {}, STATE) for _ in range(7)]  # the clock never moves
    seen, cursor = [], None
    while True:
        runs, cursor = store.history.runs(3, cursor)
        seen += [r.id for r in runs]
        if cursor is None:
            break
    assert sorted(seen) == sorted(made) and len(seen) == 7


def test_history_filters_by_exercise_and_days_and_keeps_solo_runs_to_their_author(store, clock):
    shares = _runs(store, clock, 3)
    pause = _runs(store, clock, 1, "timed-pause")
    alex_alone = _runs(store, clock, 1, "stepping-away", self="partner_a")
    ids = lambda **kw: [r.id for r in store.history.runs(100, **kw)[0]]  # noqa: E731
    assert ids() == (shares + pause)[::-1]  # no solo run in the history both look at
    assert ids(solo_of="partner_b") == (shares + pause)[::-1]
    assert ids(solo_of="partner_a") == (shares + pause + alex_alone)[::-1]
    assert ids(exercise_ids=["timed-pause"]) == pause
    assert ids(exercise_ids=[]) == []
    day = store.runs.get(shares[1]).day
    assert ids(since=day, until=day) == [r for r in shares + pause if store.runs.get(r).day == day][::-1]
    assert ids(until=day - timedelta(days=30)) == []
    assert store.history.runs(100, since=date(2020, 1, 1))[0][0].started_at.tzinfo is not None


def test_pauses_of_a_run_say_which_step_they_belong_to(store, clock):
    run = store.runs.create("timed-pause", 1, {}, STATE)
    pause = store.pauses.start(run, "pause", "partner_a", 20, clock.now() + timedelta(minutes=20))
    store.pauses.end(pause, "completed")
    [record] = store.history.pauses_of(run)
    assert (record.step_id, record.caller, record.outcome) == ("pause", "partner_a", "completed")
    assert json.loads(store.conn.execute("SELECT binding FROM runs").fetchone()[0]) == {}
