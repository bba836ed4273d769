"""The one privacy rule: who may see an answer, from stored facts; and the exercise that leaked."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.engine import Run, RunError
from couplesdesk.core.library import load_library
from couplesdesk.core.loader import ExerciseFileError, parse_exercise
from couplesdesk.core.model import Exercise
from couplesdesk.core.privacy import TOGETHER, Viewer, may_see
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store

A, B = "partner_a", "partner_b"


def facts(author=A, private=False, sealed=False, revealed=False):
    return SimpleNamespace(author=author, private=private, sealed=sealed, revealed=revealed)


@pytest.mark.parametrize(
    ("answer", "viewer", "visible"),
    [
        # Written together, on the shared screen: everyone.
        (facts(author="together"), TOGETHER, True),
        (facts(author="together"), Viewer.export(), True),
        # Sealed (written alone), not yet revealed: only its author, or an export/report they chose.
        (facts(sealed=True), Viewer.alone(A), True),
        (facts(sealed=True), Viewer.alone(B), False),
        (facts(sealed=True), TOGETHER, False),
        (facts(sealed=True), Viewer.export(), False),
        (facts(sealed=True), Viewer.export(frozenset({B})), False),
        (facts(sealed=True), Viewer.export(frozenset({A})), True),
        (facts(sealed=True), Viewer.report(frozenset({A})), True),
        # Sealed and revealed: both have seen it.
        (facts(sealed=True, revealed=True), Viewer.alone(B), True),
        (facts(sealed=True, revealed=True), TOGETHER, True),
        # Private for good: its author; an export only by the author's choice; never a report.
        (facts(private=True, sealed=True), Viewer.alone(A), True),
        (facts(private=True, sealed=True), Viewer.alone(B), False),
        (facts(private=True, sealed=True, revealed=True), TOGETHER, False),
        (facts(private=True, sealed=True), Viewer.export(frozenset({A})), True),
        (facts(private=True, sealed=True), Viewer.report(frozenset({A})), False),
        # Written by one partner on a shared screen: everyone.
        (facts(), Viewer.alone(B), True),
        (facts(), TOGETHER, True),
    ],
)
def test_the_rule(answer, viewer, visible):
    assert may_see(answer, viewer) is visible


LEAKY = b"""
format_version = 1
id = "leaky"
version = 1
title = "A branch that skips the reveal"
summary = "Built to leak: a way around the reveal."
category = "test"
minutes = 5
who = "couple"
cadence_hint = "once"

[[steps]]
id = "fear"
kind = "write"
who = "each"
prompt = "What are you afraid of?"

[[steps]]
id = "check"
kind = "branch"
otherwise = "agree-on-it"

[[steps]]
id = "show"
kind = "reveal"
steps = ["fear"]

[[steps]]
id = "agree-on-it"
kind = "agree"
source = "fear"
"""


def test_the_leaking_exercise_is_refused_naming_the_step_and_the_reveal_it_skips():
    with pytest.raises(ExerciseFileError) as caught:
        parse_exercise(LEAKY, "leaky.toml")
    [problem] = caught.value.problems
    assert problem.field == "steps[4](agree-on-it).source"
    assert problem.line == 31
    assert "shows the answer to step 'fear' to both of you" in problem.message
    assert "through branch 'check'" in problem.message
    assert "without the reveal 'show'" in problem.message


def test_couplesdesk_validate_refuses_it_too(tmp_path):
    path = tmp_path / "leaky.toml"
    path.write_bytes(LEAKY)
    out = subprocess.run(
        [sys.executable, "-m", "couplesdesk", "validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 1
    assert "leaky.toml:31: [steps[4](agree-on-it).source] shows the answer to step 'fear'" in out.stdout


def test_a_way_that_always_passes_the_reveal_is_accepted():
    fixed = LEAKY.replace(b'otherwise = "agree-on-it"', b'otherwise = "show"')
    assert parse_exercise(fixed, "fixed.toml").id == "leaky"


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "db.sqlite", FakeClock())
    store.couple.save("Alex", "#1", "Sam", "#2")
    return store


def test_a_file_that_slips_past_the_validator_still_leaks_nothing(store):
    """Built without the validator's checks, the same exercise runs, and the agree screen
    gets no sealed words: the engine asks the rule at run time too."""
    import tomli

    exercise = Exercise.model_validate(tomli.loads(LEAKY.decode()))
    run = Run.start(store, exercise, store.clock)
    for text in ("Alex's secret fear", "Sam's secret fear"):
        run.set_answer(text)
        run.next()
    assert run.screen.step.id == "agree-on-it"
    assert run.agree_statement(run.screen.step) == ""
    assert run.sealed_from_both("fear")
    assert run.visible_answer("fear", A, TOGETHER) is None
    assert run.visible_answer("fear", A, Viewer.alone(A)) == "Alex's secret fear"


def test_back_from_a_shared_screen_stops_before_sealed_answers_until_they_are_revealed(store):
    exercise = load_library(builtin_exercises()).get("share-one-thing")
    run = Run.start(store, exercise, store.clock)
    while run.screen.step.who != "each":
        run.next()
    run.set_answer("Alex's thing")
    run.next()
    run.set_answer("Sam's thing")
    run.next()
    assert run.screen.kind == "reveal"
    with pytest.raises(RunError, match="Sam's answers stay sealed"):
        run.back()
    run.reveal()  # the reveal screen is shown: both have now seen them
    run.back()
    assert (run.screen.step.id, run.screen.actor) == ("my-thing", B)
    run.back()  # and on into Alex's stretch: revealed too
    assert run.screen.actor == A
