"""What the Progress page reads (no Qt): the days both shared, the check-in numbers both of you
may see (the privacy rule on each rating's answer), pauses by week and how they ended, and
boundaries by status. Check-ins are walked through the real run engine."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from couplesdesk.core import rhythm
from couplesdesk.core.clock import FakeClock
from couplesdesk.core.library import load_library
from couplesdesk.core.progress_data import DEFAULT_SCALES, read_progress, scales_of, shown_together
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store

from ..progress_helpers import A, B, check_in, pause, share

NOW = datetime(2026, 11, 20, 20, 0)  # a Friday; the week began on Monday 16 November
TODAY = NOW.date()


@pytest.fixture(scope="module")
def library():
    return load_library(builtin_exercises(), None)


@pytest.fixture
def clock():
    return FakeClock(NOW.astimezone())


@pytest.fixture
def store(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    yield store
    store.close()


def day(d: int, month: int = 11) -> datetime:
    return datetime(2026, month, d, 20, 0)


# --------------------------------------------------------------------------- the calendar


def test_the_calendar_marks_exactly_the_days_both_shared(store, clock):
    share(store, clock, day(16), A, B)
    share(store, clock, day(17), A)  # one of you: not marked, and nobody is named for it
    share(store, clock, day(18), B)
    share(store, clock, day(18), A)  # both, in two runs: still a day both shared
    share(store, clock, day(20), A, B)
    share(store, clock, day(19, 10), A, B)  # the Monday of the first week shown
    share(store, clock, day(18, 10), A, B)  # the day before it: not shown
    calendar = read_progress(store, TODAY).calendar
    assert calendar.first == date(2026, 10, 19) and calendar.days[-1] == date(2026, 11, 22)
    assert calendar.both == {date(2026, 11, 16), date(2026, 11, 18), date(2026, 11, 20), date(2026, 10, 19)}
    assert calendar.breaks == frozenset()


def test_a_blank_share_is_no_share_and_a_break_is_shown_as_a_break(store, clock):
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "my-thing", A, "write", "  ", "  ", private=False, sealed=True)
    store.answers.save(run, "my-thing", B, "write", "Mine", "Mine", private=False, sealed=True)
    rhythm.start_break(store, date(2026, 11, 9))
    rhythm.end_break(store, date(2026, 11, 12))
    calendar = read_progress(store, TODAY).calendar
    assert calendar.both == frozenset()
    assert calendar.breaks == {date(2026, 11, 9), date(2026, 11, 10), date(2026, 11, 11)}


# --------------------------------------------------------------------------- check-in ratings


def points(store: Store) -> dict[str, list[tuple[date, int]]]:
    [series] = read_progress(store, TODAY).checkins
    return {line.author: list(line.points) for line in series.lines}


def test_a_rating_appears_only_where_its_author_chose_to_show_it(store, clock, library):
    check_in(store, library, clock, day(1), {A: (7, "show"), B: (4, "keep")})
    check_in(store, library, clock, day(8), {A: (8, "say"), B: (6, "show")})
    check_in(store, library, clock, day(15), {A: (9, "show"), B: (5, "show")})
    assert points(store) == {
        A: [(date(2026, 11, 1), 7), (date(2026, 11, 15), 9)],
        B: [(date(2026, 11, 8), 6), (date(2026, 11, 15), 5)],
    }
    # What the database holds: the numbers kept back are there, sealed, never revealed.
    kept = [r for r in store.ratings.with_facts("weekly-check-in", date(2026, 1, 1)) if r.value in (4, 8)]
    assert len(kept) == 2 and all(r.sealed and not r.revealed and not shown_together(r) for r in kept)


def test_a_private_rating_never_appears(store, clock, library):
    """Ease is private for good: each partner's own number, never on a shared picture."""
    check_in(store, library, clock, day(15), {A: (7, "show"), B: (6, "show")}, ease={A: 2, B: 10})
    facts = store.ratings.with_facts("weekly-check-in", date(2026, 1, 1))
    ease = [r for r in facts if r.scale == "ease"]
    assert sorted(r.value for r in ease) == [2, 10] and all(r.private for r in ease)
    ease_scale = DEFAULT_SCALES[0]._replace(key="ease", title="Ease")
    progress = read_progress(store, TODAY, scales=(*DEFAULT_SCALES, ease_scale))  # even when asked for
    assert progress.checkins[1].lines == ()
    assert {v for line in progress.checkins[0].lines for _, v in line.points} == {7, 6}


def test_a_rating_whose_answer_is_private_or_unknown_never_appears(store, clock):
    """Whatever the scale: the privacy rule decides, on the facts of the rating's answer."""
    run = store.runs.create("weekly-check-in", 3, {}, {})
    store.answers.save(run, "closeness", A, "rate", 3, "3", private=True, sealed=True)
    store.ratings.add(run, "closeness", A, "closeness", 3)
    store.ratings.add(run, "closeness", B, "closeness", 9)  # no answer holds its facts
    store.answers.save(run, "closeness", B, "rate", 9, "9", private=False, sealed=True)
    store.answers.mark_revealed(run, ["closeness"])  # revealed, but its author kept it: never
    store.answers.save(run, "closeness.consent", B, "consent", "keep", "", private=True, sealed=True)
    assert points(store) == {}
    store.answers.save(run, "closeness.consent", B, "consent", "show", "", private=True, sealed=True)
    assert points(store) == {B: [(TODAY, 9)]}
    store.answers.discard(run, "closeness", B)  # its answer thrown away: nothing is known any more
    assert points(store) == {}


def test_older_check_ins_revealed_to_both_appear_and_six_months_are_shown(store, clock):
    """Runs from before the author chose (closeness was revealed to both) keep showing."""
    for weeks_ago in (0, 25, 26):
        moment = NOW - timedelta(weeks=weeks_ago)
        clock.set(moment.astimezone())
        run = store.runs.create("weekly-check-in", 2, {}, {})
        store.answers.save(run, "closeness", A, "rate", 5, "5", private=False, sealed=True)
        store.ratings.add(run, "closeness", A, "closeness", 5)
        store.answers.mark_revealed(run, ["closeness"])
    clock.set(NOW.astimezone())
    assert [d for d, _ in points(store)[A]] == [date(2026, 5, 29), TODAY]  # 26 weeks ago is not shown


def test_the_scales_come_from_the_exercise_and_leave_out_the_private_ones(library):
    assert scales_of(library.get("weekly-check-in")) == DEFAULT_SCALES
    assert scales_of(None) == DEFAULT_SCALES


# --------------------------------------------------------------------------- pauses


def test_pauses_by_week_and_whether_you_came_back_by_the_time_you_named(store, clock):
    pause(store, clock, day(16), 30, 30)  # on time
    pause(store, clock, day(17), 30, 44)  # on time: within a quarter of an hour
    pause(store, clock, day(18), 30, 50)  # later
    pause(store, clock, day(19), 30, 2, outcome="left")  # taken back at once: no pause
    pause(store, clock, day(9), 20, None)  # never closed in the app
    run = pause(store, clock, day(2), 30, 31, outcome="extended")  # another 20 minutes...
    clock.set((day(2) + timedelta(minutes=31)).astimezone())
    extra = store.pauses.start(run, "extend", None, 20, clock.now() + timedelta(minutes=20))
    clock.advance(minutes=22)
    store.pauses.end(extra, "completed")  # ...and back by the time named last
    clock.set(NOW.astimezone())
    pause(store, clock, NOW - timedelta(weeks=12), 30, 30)  # too long ago to show
    weeks = read_progress(store, TODAY).pauses
    assert len(weeks) == 12 and weeks[0].start == date(2026, 8, 31) and weeks[-1].start == date(2026, 11, 16)
    shown = {w.start: (w.on_time, w.later, w.open) for w in weeks if w.total}
    assert shown == {date(2026, 11, 16): (2, 1, 0), date(2026, 11, 9): (0, 0, 1), date(2026, 11, 2): (1, 0, 0)}


# --------------------------------------------------------------------------- boundaries


def test_boundaries_by_status_in_the_order_statuses_go(store):
    for status in ("needs_time", "heard", "heard", "not_agreed", "stated"):
        store.boundaries.add(None, A, "Words", status)
    gone = store.boundaries.add(None, B, "Gone", "heard")
    store.boundaries.delete(gone)
    assert read_progress(store, TODAY).boundaries == (("stated", 1), ("heard", 2), ("needs_time", 1), ("not_agreed", 1))
