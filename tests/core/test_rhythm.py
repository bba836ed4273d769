"""The rhythm on its own (no Qt): days both shared this week, the couple's intention, and
breaks kept as settings rows; nothing here can go wrong in a way that reads as a failure."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.rhythm import (
    BREAKS,
    DEFAULT_INTENTION,
    INTENTION,
    Break,
    end_break,
    read_breaks,
    read_rhythm,
    rhythm_of,
    set_intention,
    start_break,
)
from couplesdesk.storage import Store

BOTH, ALEX = {"partner_a", "partner_b"}, {"partner_a"}
MON, TUE, WED, THU, FRI, SUN = (date(2026, 11, d) for d in (16, 17, 18, 19, 20, 22))


@pytest.fixture
def store(tmp_path):
    return Store.open(tmp_path / "db.sqlite", FakeClock(datetime(2026, 11, 20, 20, 0).astimezone()))


def test_the_week_runs_monday_to_today_and_counts_days_both_shared():
    days = {date(2026, 11, 15): BOTH, MON: BOTH, TUE: ALEX, WED: BOTH}
    assert rhythm_of(days, FRI, 4, []).shared_days == 2  # Sunday the 15th was last week
    assert rhythm_of(days, date(2026, 11, 23), 4, []).shared_days == 0  # a new week owes nothing
    assert rhythm_of({SUN: BOTH}, SUN, 4, []).shared_days == 1


def test_a_break_holds_from_its_first_day_to_the_day_before_they_came_back():
    trip = Break(TUE, THU)
    assert [trip.holds(d) for d in (MON, TUE, WED, THU)] == [False, True, True, False]
    now = rhythm_of({MON: BOTH, WED: BOTH}, WED, 4, [Break(TUE, None)])
    assert now.on_break_since == TUE
    after = rhythm_of({MON: BOTH, WED: BOTH}, THU, 4, [trip])
    assert after.on_break_since is None and after.break_this_week and after.shared_days == 2  # nothing lost


def test_intention_and_breaks_are_settings_rows_and_odd_values_are_ignored(store):
    assert read_rhythm(store, FRI, "share-one-thing", "my-thing").intention == DEFAULT_INTENTION
    set_intention(store, 6)
    assert store.settings.get(INTENTION) == 6
    with pytest.raises(ValueError):
        set_intention(store, 0)
    start_break(store, TUE)
    start_break(store, WED)  # already on a break: nothing changes
    end_break(store, THU)
    start_break(store, FRI)
    end_break(store, FRI)  # a change of mind the same day: no day on a break
    assert store.settings.get(BREAKS) == [
        {"from": "2026-11-17", "until": "2026-11-19"},
        {"from": "2026-11-20", "until": "2026-11-20"},
    ]
    store.settings.set(BREAKS, [{"from": "someday"}, {"until": "2026-11-01"}, *store.settings.get(BREAKS)])
    store.settings.set(INTENTION, "lots")
    assert len(read_breaks(store.settings.get)) == 2
    assert read_rhythm(store, FRI, "share-one-thing", "my-thing").intention == DEFAULT_INTENTION
