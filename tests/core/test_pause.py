"""The timed pause on its own (no Qt): it starts the moment it is called, its details are
optional and can change while it runs, each partner checks in alone afterwards, and after the
extra 20 minutes they check in again. Also the format fields behind it, and the evening hour
offered when a talk is scheduled."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from couplesdesk.core.clock import FakeClock, evening_hour, parse_iso
from couplesdesk.core.engine import Run, RunError
from couplesdesk.core.library import load_library
from couplesdesk.core.model import UNSAID, ScheduleStep
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store

from .test_format_2 import exercise, refused

A, B = "partner_a", "partner_b"


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 11, 20, 19, 0).astimezone())


@pytest.fixture
def store(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    store.couple.save("Alex", "#1", "Sam", "#2")
    return store


@pytest.fixture
def pause(store, clock):
    return Run.start(store, load_library(builtin_exercises()).get("timed-pause"), clock)


def check_in(run: Run, first, second) -> None:
    """Each partner's private check-in, one after the other."""
    assert run.screen.step.who == "each"
    run.set_answer(first)
    run.next()
    run.set_answer(second)
    run.next()


# --------------------------------------------------------------------------- one tap


def test_starting_the_run_starts_the_pause_and_stores_its_return_time(pause, store, clock):
    """No question first: who called it, how long, how flooded all wait (care.md section 2)."""
    assert pause.screen.step.id == "pause"
    (row,) = store.db["pauses"].rows
    assert parse_iso(row["return_at"]) == clock.now() + timedelta(minutes=30)
    assert store.pauses.active().return_at == clock.now() + timedelta(minutes=30)
    assert store.pauses.active().caller is None
    assert pause.render("{return_time}") == (clock.now() + timedelta(minutes=30)).astimezone().strftime("%H:%M")
    assert pause.blocked() == f"Next opens at {pause.render('{return_time}')}."


def test_the_details_are_optional_and_change_while_it_runs(pause, store, clock):
    clock.advance(minutes=5)
    pause.say_caller(B)
    assert store.pauses.active().caller == B
    pause.choose_minutes(45)  # from when it started: the return time moves to 19:45
    assert store.pauses.active().return_at == pause.deadline("pause") == clock.now() + timedelta(minutes=40)
    assert store.pauses.active().minutes == 45
    assert pause.answer("pause", "together") == {"caller": B, "minutes": 45}
    with pytest.raises(RunError, match="between 20 and 60"):
        pause.choose_minutes(10)
    pause.say_caller(None)
    assert store.pauses.active().caller is None
    clock.advance(minutes=20)  # 19:25: a 20-minute pause would have ended at 19:20
    with pytest.raises(RunError, match="19:20"):
        pause.choose_minutes(20)
    assert store.pauses.active().return_at == pause.deadline("pause")
    clock.advance(minutes=20)
    with pytest.raises(RunError, match="over"):
        pause.choose_minutes(60)


def test_details_are_never_screens_and_a_rating_given_there_is_the_callers_own(pause, store, clock):
    flooded = pause.exercise.step("how-flooded")
    pause.set_answer(8, author="together", step=flooded)
    pause.set_answer(["racing-heart"], author="together", step=pause.exercise.step("signs"))
    pause.say_caller(B)
    position, total = pause.progress()
    clock.advance(minutes=30)
    pause.next()
    assert pause.screen.step.id == "check-in"  # not the details, which were asked on the pause
    assert pause.progress() == (position + 1, total)
    assert [(r.author, r.value) for r in store.ratings.of_scale("flooding")] == [(B, 8)]
    assert store.pauses.all()[0].outcome == "completed"


def test_a_rating_given_before_anyone_said_who_called_is_nobodys_chart(pause, store, clock):
    pause.set_answer(8, author="together", step=pause.exercise.step("how-flooded"))
    clock.advance(minutes=30)
    pause.next()
    assert store.ratings.of_scale("flooding") == []


# --------------------------------------------------------------------------- afterwards


def test_calm_after_the_pause_goes_to_a_gentle_start(pause, clock):
    clock.advance(minutes=30)
    pause.next()
    check_in(pause, 2, 3)
    assert pause.screen.step.id == "gentle-start"


def test_prefer_not_to_say_counts_as_not_ready(pause, clock):
    clock.advance(minutes=30)
    pause.next()
    check_in(pause, UNSAID, 1)
    assert pause.screen.step.id == "extend-or-schedule"


def test_after_the_extra_20_minutes_each_checks_in_again(pause, store, clock):
    """care.md's table: re-check after the extra 20 minutes (it used to skip that)."""
    clock.advance(minutes=30)
    pause.next()
    check_in(pause, 8, 2)
    pause.set_answer({"selected": ["extend"]})
    pause.next()
    assert pause.screen.step.id == "extend"
    assert store.pauses.active().return_at == clock.now() + timedelta(minutes=20)  # it runs at once
    clock.advance(minutes=20)
    pause.next()
    assert pause.screen.step.id == "check-in-again"
    check_in(pause, 3, 2)
    assert pause.screen.step.id == "gentle-start"


def test_still_flooded_after_the_extra_time_schedules_the_talk_and_offers_no_more_extending(pause, store, clock):
    clock.advance(minutes=30)
    pause.next()
    check_in(pause, 8, 2)
    pause.set_answer({"selected": ["extend"]})
    pause.next()
    clock.advance(minutes=20)
    pause.next()
    check_in(pause, 2, UNSAID)
    assert pause.screen.step.id == "schedule"
    offered = pause.screen.step.first_offer(clock.now())
    pause.set_answer(offered.isoformat())
    pause.next()
    assert pause.screen.step.id == "scheduled"
    assert store.talks.next(clock.now()) == offered
    assert pause.next() is None
    assert [p.outcome for p in store.pauses.all()] == ["completed", "completed"]


def test_back_from_a_running_extension_takes_it_back(pause, store, clock):
    clock.advance(minutes=30)
    pause.next()
    check_in(pause, 8, 8)
    pause.set_answer({"selected": ["extend"]})
    pause.next()
    assert store.pauses.active() is not None
    pause.back()
    assert pause.screen.step.id == "extend-or-schedule"
    assert store.pauses.active() is None and store.pauses.all()[-1].outcome == "left"
    clock.advance(minutes=3)
    pause.next()  # chose extend again, three minutes later: a fresh 20 minutes
    assert store.pauses.active().return_at == clock.now() + timedelta(minutes=20)


# --------------------------------------------------------------------------- the format

PAUSE = """
[[steps]]
id = "pause"
kind = "timer"
minutes = 20
start_at_once = true
announce_return = true
ask_caller = true
details = ["how"]
"""

HOW = """
[[steps]]
id = "how"
kind = "rate"
prompt = "How flooded?"
low_label = "calm"
high_label = "flooded"
"""


def test_a_pause_with_details_is_accepted():
    from couplesdesk.core.loader import parse_exercise

    ex = parse_exercise(exercise(PAUSE, HOW), "care.toml")
    assert ex.details() == {"how"}


@pytest.mark.parametrize(
    ("pause", "how", "expected"),
    [
        (PAUSE.replace('["how"]', '["nowhere"]'), HOW, "refers to a step 'nowhere' that does not exist"),
        (PAUSE, HOW.replace('kind = "rate"', 'kind = "rate"\nwho = "each"'), 'needs who = "together"'),
        (PAUSE, HOW.replace('kind = "rate"', 'kind = "rate"\nprivate = true'), 'needs who = "together"'),
        (PAUSE, '\n[[steps]]\nid = "how"\nkind = "read"\nbody = "Hi."\n', "collects no answer"),
        (PAUSE, HOW + '\n[[steps]]\nid = "jump"\nkind = "branch"\notherwise = "how"\n', "a branch goes to step 'how'"),
        (PAUSE.replace("start_at_once = true\n", ""), HOW, "details are asked while the timer runs"),
        (PAUSE.replace("announce_return = true\n", ""), HOW, "ask_caller is for a pause"),
        (PAUSE + PAUSE.replace('id = "pause"', 'id = "again"'), HOW, "already a detail of another timer"),
    ],
)
def test_details_are_for_both_at_the_screen_and_reached_only_there(pause, how, expected):
    problems = refused(exercise(pause, how))
    assert any(expected in p for p in problems), problems


# --------------------------------------------------------------------------- the evening hour


def at(hour: int, minute: int = 0, day: int = 20) -> datetime:
    return datetime(2026, 11, day, hour, minute).astimezone()


@pytest.mark.parametrize(
    ("now", "offered"),
    [
        (at(10), at(18)),  # a morning: this evening
        (at(17, 30), at(19)),  # 18:00 is under an hour away
        (at(19), at(20)),
        (at(20), at(21)),
        (at(20).replace(second=30), at(21)),  # an hour from the minute it is
        (at(20, 30), at(19, day=21)),  # too late tonight: tomorrow evening
        (at(23, 45), at(19, day=21)),  # never "23:45"
        (at(1), at(18)),  # small hours: this evening, not at once
    ],
)
def test_a_talk_is_offered_at_the_next_free_evening_hour(now, offered):
    step = ScheduleStep(id="schedule", kind="schedule", prompt="When?", within_hours=24)
    assert step.first_offer(now) == offered


def test_the_offer_stays_within_the_steps_limit():
    short = ScheduleStep(id="schedule", kind="schedule", prompt="When?", within_hours=3)
    assert short.first_offer(at(10)) == at(13)
    assert evening_hour(at(10, 5), at(13, 5)) == at(13)  # to the quarter hour before the limit
    fixed = ScheduleStep(id="schedule", kind="schedule", prompt="When?", default_hours=2)
    assert fixed.first_offer(at(10, 5)) == at(12, 15)  # as the file asks, rounded up to a quarter


def test_a_change_the_database_refuses_half_way_is_not_kept_anywhere(pause, store, clock, monkeypatch):
    from couplesdesk.storage import StoreError

    def refuse(*_args):
        raise StoreError("The disk is full.")

    deadline = pause.deadline("pause")
    monkeypatch.setattr(store.pauses, "retime", refuse)
    with pytest.raises(StoreError):
        pause.choose_minutes(50)  # the answer was written first; the pause's row refused
    assert pause.deadline("pause") == deadline and pause.chosen_minutes(pause.screen.step) == 30
    assert store.answers.of_run(pause.id).get(("pause", "together")) is None
    assert store.runs.get(pause.id).state["timers"]["pause"]["minutes"] == 30


def test_steps_at_a_glance_say_the_details_are_optional(pause):
    from couplesdesk.core.describe import step_outline

    ex = pause.exercise
    lines = [step_outline(ex, step) for step in ex.steps]
    assert "Pausing (together)" in lines
    assert "How flooded (together, if you like, while it runs)" in lines
    assert "Checking in (each of you, in private, kept private)" in lines
