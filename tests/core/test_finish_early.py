"""A timer that may end early (``can_finish_early``): only once both partners say they are
ready (in a solo run, its one person), and then as if it had run out. A pause never does."""

from __future__ import annotations

from datetime import timedelta

import pytest

from couplesdesk.core import model
from couplesdesk.core.clock import FakeClock, format_time
from couplesdesk.core.engine import Run, RunError
from couplesdesk.core.library import load_library
from couplesdesk.core.loader import ExerciseFileError, parse_exercise
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store

from .test_format_2 import HEAD, exercise

A, B = "partner_a", "partner_b"
TIMER = """
[[steps]]
id = "talk"
kind = "timer"
who = "together"
minutes = 10
can_finish_early = true
"""
AFTER = '\n[[steps]]\nid = "after"\nkind = "read"\nbody = "Thank you both."\n'
SOLO_HEAD = HEAD.split("[roles]")[0].replace('who = "couple"', 'who = "solo"')


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "db.sqlite", FakeClock())
    store.couple.save("Alex", "#1", "Sam", "#2")
    return store


def start(store, *steps: str, head: str = HEAD, first: str = A) -> Run:
    after = AFTER.replace('kind = "read"', 'kind = "read"\nwho = "self"') if head is SOLO_HEAD else AFTER
    ex = parse_exercise(exercise(*steps, after, head=head), "t.toml")
    return Run.start(store, ex, store.clock, first=first)


def test_it_ends_only_once_both_are_ready_and_then_as_if_time_were_up(store):
    run = start(store, TIMER)
    deadline = run.start_timer()
    store.clock.advance(minutes=3)
    assert run.blocked() == f"Next opens at {format_time(deadline)}, or when you're both ready."
    assert run.say_ready_to_finish(A) is False
    assert run.ready_to_finish("talk") == {A}
    assert run.blocked() is not None and run.deadline("talk") == deadline  # Alex alone ends nothing
    with pytest.raises(RunError):
        run.next()
    assert run.say_ready_to_finish(B) is True
    assert run.finished_early("talk") and run.remaining("talk") == timedelta(0)
    assert run.deadline("talk") == store.clock.now()  # it ended now, seven minutes early
    assert run.blocked() is None
    assert run.next().step.id == "after"


def test_a_partner_may_take_it_back_until_both_are_ready(store):
    run = start(store, TIMER)
    run.start_timer()
    run.say_ready_to_finish(A)
    run.say_ready_to_finish(A, ready=False)
    assert run.say_ready_to_finish(B) is False
    assert run.ready_to_finish("talk") == {B} and run.blocked() is not None


def test_who_is_ready_is_kept_when_the_run_is_left_and_resumed(store):
    run = start(store, TIMER)
    run.start_timer()
    run.say_ready_to_finish(B)
    run.leave()
    again = Run.resume(store, run.exercise, store.clock, run.id)
    assert again.ready_to_finish("talk") == {B}
    assert again.say_ready_to_finish(A) is True and again.blocked() is None


def test_the_timer_must_be_running_and_allow_it(store):
    run = start(store, TIMER)
    with pytest.raises(RunError, match="Start the timer first"):
        run.say_ready_to_finish(A)
    plain = start(store, TIMER.replace("can_finish_early = true\n", ""))
    plain.start_timer()
    with pytest.raises(RunError, match="runs to its end"):
        plain.say_ready_to_finish(A)
    assert plain.blocked() == f"Next opens at {format_time(plain.deadline('talk'))}."


def test_in_a_solo_run_its_one_person_finishes_it(store):
    run = start(store, TIMER.replace('who = "together"', 'who = "self"'), head=SOLO_HEAD, first=B)
    run.start_timer()
    assert run.finishers() == (B,)
    assert run.blocked().endswith("or when you're ready.")
    with pytest.raises(RunError):
        run.say_ready_to_finish(A)  # not the one doing it
    assert run.say_ready_to_finish(B) is True and run.blocked() is None


def test_the_validator_refuses_it_on_a_pause():
    with pytest.raises(ExerciseFileError, match="can_finish_early cannot be used on a pause"):
        parse_exercise(exercise(TIMER.replace("minutes = 10", "minutes = 10\nannounce_return = true")), "t.toml")


def test_the_timed_pause_refuses_to_end_early_even_if_told_to(tmp_path):
    """Were can_finish_early to slip past the validator onto a pause, the engine refuses: the
    pause keeps the time it named."""
    clock = FakeClock()
    store = Store.open(tmp_path / "db.sqlite", clock)
    store.couple.save("Alex", "#1", "Sam", "#2")
    pause = load_library(builtin_exercises()).get("timed-pause")
    steps = [
        s.model_copy(update={"can_finish_early": True}) if isinstance(s, model.TimerStep) else s for s in pause.steps
    ]
    run = Run.start(store, pause.model_copy(update={"steps": steps}), clock)
    assert run.screen.step.id == "pause" and run.deadline("pause") is not None  # it runs at once
    at = format_time(run.deadline("pause"))
    for partner in (A, B):
        with pytest.raises(RunError, match=f"A pause keeps the time it named: it ends at {at}"):
            run.say_ready_to_finish(partner)
    assert run.ready_to_finish("pause") == set() and run.blocked() == f"Next opens at {at}."
    (row,) = store.db["pauses"].rows
    assert row["ended_at"] is None
