"""The run engine on its own: roles, swaps, Back, branches, privacy, solo runs. No Qt."""

from __future__ import annotations

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.engine import Run, RunError
from couplesdesk.core.library import load_library
from couplesdesk.core.privacy import Viewer
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store


@pytest.fixture
def setup(tmp_path):
    clock = FakeClock()
    store = Store.open(tmp_path / "db.sqlite", clock)
    store.couple.save("Alex", "#1", "Sam", "#2")
    library = load_library(builtin_exercises())
    return store, library, clock


def test_roles_are_bound_at_start_and_swapped_and_back_restores_them(setup):
    store, library, clock = setup
    ex = library.get("mirror-validate-empathize")
    run = Run.start(store, ex, clock, "partner_b")
    assert run.binding == {ex.roles.first: "partner_b", ex.roles.second: "partner_a"}
    swap_index = next(i for i, s in enumerate(ex.steps) if s.kind == "swap_roles")
    while run.screen.index < swap_index:
        if run.screen.kind == "agree":
            run.confirm("partner_a")
            run.confirm("partner_b")
        run.next()
    assert run.binding[ex.roles.first] == "partner_a"
    run.back()
    assert run.binding[ex.roles.first] == "partner_b"
    assert run.screen.index < swap_index


def test_each_steps_in_a_row_are_done_by_one_partner_then_the_other(setup):
    store, library, clock = setup
    ex = library.get("decoding-defenses")
    run = Run.start(store, ex, clock, "partner_b")
    while run.screen.step.who != "each":
        run.next()
    first = run.screen.step.id
    start, end = run.each_block(run.screen.index)
    block = [s.id for s in ex.steps[start : end + 1]]
    assert len(block) >= 3
    # The first role's partner does every private step of the run, then the other: one hand-over.
    order = []
    for _ in range(2 * len(block)):
        screen = run.screen
        assert screen.private_input
        order.append((screen.step.id, screen.actor))
        if screen.step.id == first and screen.actor == "partner_b":
            run.set_answer({"selected": ["withdrawal"]})
        if screen.actor == "partner_a":
            # While Alex writes, Sam's private answers stay Sam's.
            assert run.visible_answer(first, "partner_b", Viewer.alone("partner_a")) is None
            assert run.visible_answer(first, "partner_b", Viewer.alone("partner_b")) == {"selected": ["withdrawal"]}
        run.next()
    assert order == [(sid, "partner_b") for sid in block] + [(sid, "partner_a") for sid in block]
    assert run.screen.kind == "reveal"
    # Back walks Alex's own stretch in reverse (Alex wrote nothing Sam may not see)...
    for expected in reversed(order[len(block) :]):
        run.back()
        assert (run.screen.step.id, run.screen.actor) == expected
    # ...and stops at the hand-over: past it lie Sam's answers, sealed until the reveal.
    assert not run.can_go_back()
    with pytest.raises(RunError, match="Sam's answers stay sealed until you reveal them together"):
        run.back()
    assert (run.screen.step.id, run.screen.actor) == (block[0], "partner_a")


def test_solo_run_needs_someone_and_everything_is_theirs(setup):
    store, library, clock = setup
    ex = library.get("stepping-away")
    with pytest.raises(RunError):
        Run.start(store, ex, clock, None)
    run = Run.start(store, ex, clock, "partner_a")
    assert run.screen.actor == "partner_a"


def test_agree_blocks_until_both_confirm(setup):
    store, library, clock = setup
    ex = library.get("getting-uncomfortable")
    run = Run.start(store, ex, clock)
    while run.screen.kind != "agree":
        if run.screen.kind == "write":
            run.set_answer("We try one honest sentence a day.")
        run.next()
    assert run.blocked()
    with pytest.raises(RunError):
        run.next()
    run.confirm("partner_a")
    assert run.blocked()
    run.confirm("partner_b")
    assert run.blocked() is None
    run.next()
    assert len(store.agreements.list()) == 1


def test_timer_cannot_be_skipped_or_set_below_its_minimum(setup):
    store, library, clock = setup
    ex = library.get("timed-pause")
    run = Run.start(store, ex, clock)
    assert run.screen.step.id == "pause"  # running at once: called in one tap
    with pytest.raises(RunError, match="between 20 and 60"):
        run.choose_minutes(10)
    with pytest.raises(RunError):
        run.next()
    clock.advance(minutes=29, seconds=59)
    assert run.blocked()
    clock.advance(seconds=1)
    assert run.blocked() is None


def answer(run: Run, clock: FakeClock) -> None:
    """Do what the current screen asks, simply: a calm rating, a first choice, a few words."""
    screen = run.screen
    step = screen.step
    if screen.kind == "timer":
        run.start_timer()
        clock.advance(hours=2)
    elif screen.kind == "agree":
        run.confirm("partner_a")
        run.confirm("partner_b")
    elif screen.kind == "turns":
        while not run.turns_done(step):
            run.next_turn()
    elif screen.kind == "write":
        run.set_answer("words")
    elif screen.kind == "rate":
        run.set_answer(step.min)
    elif screen.kind == "choose" and step.sensitive:
        run.set_answer({"selected": [step.options[0].id]})


def test_every_shipped_exercise_runs_to_the_end(setup):
    """Walk every exercise with simple answers: no crash, no loop, it finishes."""
    store, library, clock = setup
    for entry in library:
        ex = entry.exercise
        run = Run.start(store, ex, clock, "partner_a" if (ex.roles or ex.who == "solo") else None)
        for _ in range(400):
            answer(run, clock)
            if run.next() is None:
                break
        assert run.finished, ex.id
        assert store.runs.get(run.id).status == "finished"


def test_agree_statement_never_uses_an_unrevealed_private_answer(setup, tmp_path):
    """Even if a file slipped past validation, the engine only shows what both may see."""
    store, library, clock = setup
    from couplesdesk.core import model

    ex = library.get("getting-uncomfortable")
    write_index = next(i for i, s in enumerate(ex.steps) if s.kind == "write")
    sealed = ex.steps[write_index].model_copy(update={"who": "each", "id": "sealed-note"})
    agree = model.AgreeStep(id="agree-sealed", kind="agree", who="together", source="sealed-note")
    ex2 = ex.model_copy(update={"steps": [sealed, agree]})
    run = Run.start(store, ex2, clock)
    run.set_answer("only mine")
    run.next()
    run.set_answer("only yours")
    run.next()
    assert run.screen.kind == "agree"
    assert run.agree_statement(run.screen.step) == ""


def test_progress_counts_steps_taken_and_never_jumps(setup):
    store, library, clock = setup
    run = Run.start(store, library.get("timed-pause"), clock)
    seen = [run.progress()]
    clock.advance(hours=1)
    run.next()  # check-in, first partner
    seen.append(run.progress())
    run.set_answer(3)  # calm
    run.next()  # second partner, same step: still the same step number
    run.set_answer(2)
    seen.append(run.progress())
    run.next()  # both calm: the branch skips to the gentle start
    seen.append(run.progress())
    positions = [p for p, _ in seen]
    assert positions == [1, 2, 2, 3]
    assert seen[-1] == (3, 3)  # the last step: the total has come down to meet it
    assert all(p <= t for p, t in seen)


def test_on_last_screen_agrees_with_next_finishing(setup):
    """Finish is shown exactly when Next ends the run, for every shipped exercise."""
    store, library, clock = setup
    for entry in library:
        ex = entry.exercise
        run = Run.start(store, ex, clock, "partner_a" if (ex.roles or ex.who == "solo") else None)
        for _ in range(400):
            screen = run.screen
            answer(run, clock)
            last = run.on_last_screen()
            finished = run.next() is None
            assert last == finished, (ex.id, screen.step.id, screen.turn)
            if finished:
                break


def test_role_placeholders_in_turns_follow_the_speaker_from_round_to_round(setup, tmp_path):
    """With swap_each_round, {speaker} names whoever speaks this round, not who spoke first."""
    from couplesdesk.core.loader import load_exercise

    store, _library, clock = setup
    path = tmp_path / "swap.toml"
    path.write_text(
        """
format_version = 1
id = "swap-test"
version = 1
title = "Swap test"
summary = "Turns that swap."
category = "listening"
minutes = 10
who = "couple"
cadence_hint = "when_needed"
[roles]
first = "speaker"
second = "listener"
question = "Who speaks first?"
[[steps]]
id = "talk"
kind = "turns"
who = "together"
rounds = 2
turn_minutes = 2
swap_each_round = true
speaker_prompt = "{speaker}, say one thing; {listener} listens."
listener_prompt = "{listener}, listen to {speaker}."
[[steps]]
id = "end"
kind = "end"
""",
        encoding="utf-8",
    )
    ex = load_exercise(path)
    run = Run.start(store, ex, clock, "partner_a")
    step = run.screen.step
    said = []
    for _ in range(2):
        names = run.turn_names(step)
        said.append(run.render(step.speaker_prompt, names))
        run.next_turn()  # speak
        run.next_turn()  # say back
    assert said == ["Alex, say one thing; Sam listens.", "Sam, say one thing; Alex listens."]
    assert run.binding == {"speaker": "partner_a", "listener": "partner_b"}  # the roles themselves stay


def test_turns_without_say_back_go_straight_from_turn_to_turn(setup):
    """The stress-reducing chat has no say-back: two turns, one each, and done."""
    store, library, clock = setup
    ex = library.get("stress-reducing-chat")
    step = next(s for s in ex.steps if s.kind == "turns")
    assert step.say_back is False and step.rounds == 2
    run = Run.start(store, ex, clock, "partner_b")
    while run.screen.step.id != step.id:
        run.next()
    seen = []
    while not run.turns_done(step):
        seen.append(run.turn_info(step))
        run.next_turn()
    speaker = seen[0][2]
    other = "partner_a" if speaker == "partner_b" else "partner_b"
    assert seen == [(1, "speak", speaker, other), (2, "speak", other, speaker)]
    # With the say-back (the default), each round has a second screen for it.
    ex2 = library.get("speaker-listener")
    talk = next(s for s in ex2.steps if s.kind == "turns")
    assert talk.say_back is True and talk.phases() == 2


def test_who_goes_first_can_be_asked_after_the_calm_check(setup):
    """After a hard moment: the private safety question and the calm check come first; 'who
    tells their version first?' is asked only at 'feelings' (roles.ask_before), once both
    have said they are settled, and Back undoes it."""
    store, library, clock = setup
    ex = library.get("after-a-hard-moment")
    assert ex.roles is not None and ex.roles.ask_before == "feelings"
    run = Run.start(store, ex, clock)  # nobody has been asked anything yet
    assert run.binding == {} and not run.roles_pending
    seen = []
    while run.screen.step.id != "feelings":
        assert not run.roles_pending
        seen.append(run.screen.step.id)
        if run.screen.kind == "rate":
            run.set_answer(2)  # calm enough to go on
        elif run.screen.step.sensitive:
            run.set_answer({"selected": ["no"]})
        run.next()
    assert "calm-check" in seen
    assert run.roles_pending
    assert run.blocked() == "Who would like to tell their version first?"
    with pytest.raises(RunError):
        run.next()
    run.bind_roles("partner_b")
    assert not run.roles_pending
    assert run.binding == {"speaker": "partner_b", "listener": "partner_a"}
    assert run.screen.actor == "partner_b"  # the one who tells first also writes first
    assert Run.resume(store, ex, clock, run.id).binding == run.binding  # kept in the store
    run.back()
    assert run.binding == {}  # back before the question: it is asked again on the way forward
    run.next()
    assert run.roles_pending
