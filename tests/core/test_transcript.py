"""A run read back (core/transcript.py) and the history list (core/history.py): the prompts as
asked, each answer only for those the privacy rule allows, pauses in words, what the run kept."""

from __future__ import annotations

from datetime import datetime

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.engine import Run
from couplesdesk.core.history import HistoryQuery, read_history
from couplesdesk.core.library import load_library
from couplesdesk.core.privacy import TOGETHER, Viewer
from couplesdesk.core.transcript import read_transcript
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store

A, B = "partner_a", "partner_b"
ALEX, SAM = Viewer.alone(A), Viewer.alone(B)


@pytest.fixture
def setup(tmp_path):
    clock = FakeClock(datetime(2026, 11, 20, 19, 0).astimezone())
    store = Store.open(tmp_path / "db.sqlite", clock)
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    library = load_library(builtin_exercises())
    yield store, library, clock
    store.close()


def share(store, library, clock, a: str, b: str, *, reveal: bool = True) -> str:
    """Share one thing: each writes alone; revealed together only if they get that far."""
    run = Run.start(store, library.get("share-one-thing"), clock)
    run.next()  # welcome
    run.set_answer(a)
    run.next()
    run.set_answer(b)
    if not reveal:
        run.leave()
        return run.id
    run.next()
    run.reveal()  # the reveal screen is shown: both have seen the answers now
    run.next()
    run.set_answer("I heard the walk mattered.")
    run.next()
    run.set_answer("I heard the call helped.")
    run.next()
    run.next()
    return run.id


def said(transcript, step_id):
    moment = next(m for m in transcript.moments if m.step_id == step_id)
    return {s.author: s.words for s in moment.said}


def test_a_revealed_run_reads_back_with_its_prompts_as_asked(setup):
    store, library, clock = setup
    run_id = share(store, library, clock, "The walk at lunch.", "A call with my sister.")
    t = read_transcript(store, run_id, library.get, TOGETHER)
    assert t.title == "Share one thing" and not t.unfinished and not t.changed
    assert [m.step_id for m in t.moments] == ["welcome", "my-thing", "read-both", "heard-a", "heard-b", "thanks"]
    mine = next(m for m in t.moments if m.step_id == "my-thing")
    assert mine.alone and mine.prompt.startswith(("From your day", "A feeling", "Something", "One small"))
    assert said(t, "my-thing") == {A: "The walk at lunch.", B: "A call with my sister."}
    heard = next(m for m in t.moments if m.step_id == "heard-a")
    assert heard.prompt.startswith("Alex, write one line for Sam")  # names filled in, as asked
    assert t.hidden_for == frozenset()


def test_a_sealed_answer_is_only_its_authors(setup):
    store, library, clock = setup
    run_id = share(store, library, clock, "Alex's words, not yet shown.", "Sam's words, not yet shown.", reveal=False)
    together = read_transcript(store, run_id, library.get, TOGETHER)
    assert said(together, "my-thing") == {A: None, B: None}
    assert together.hidden_for == {A, B} and together.unfinished
    alex = read_transcript(store, run_id, library.get, ALEX)
    assert said(alex, "my-thing") == {A: "Alex's words, not yet shown.", B: None}
    sam = read_transcript(store, run_id, library.get, SAM)
    assert said(sam, "my-thing") == {A: None, B: "Sam's words, not yet shown."}
    # Nothing of the words anywhere in what the other may read.
    assert "Alex's words" not in repr(sam) and "Sam's words" not in repr(together)


def test_a_private_screen_left_empty_reads_the_same_as_one_with_words(setup):
    store, library, clock = setup
    run = Run.start(store, library.get("share-one-thing"), clock)
    run.next()
    run.set_answer("Only Alex wrote something.")
    run.next()  # Sam's turn: Sam writes nothing and they stop here
    run.leave()
    together = read_transcript(store, run.id, library.get, TOGETHER)
    assert said(together, "my-thing") == {A: None, B: None}
    sam = read_transcript(store, run.id, library.get, SAM)
    assert said(sam, "my-thing") == {A: None, B: ""}  # Sam's own: nothing written


def test_a_solo_run_is_its_authors_alone(setup):
    store, library, clock = setup
    run = Run.start(store, library.get("stepping-away"), clock, B)
    run.next()
    run.leave()
    assert read_transcript(store, run.id, library.get, TOGETHER) is None
    assert read_transcript(store, run.id, library.get, ALEX) is None
    assert read_transcript(store, run.id, library.get, SAM) is not None
    assert [r.id for r in read_history(store, HistoryQuery(), TOGETHER).runs] == []
    assert [r.id for r in read_history(store, HistoryQuery(), SAM).runs] == [run.id]


def test_words_from_a_partner_never_count_words_the_viewer_may_not_see(setup):
    store, library, clock = setup
    shown = share(store, library, clock, "Shown words.", "Shown too.")
    clock.advance(hours=1)
    sealed = share(store, library, clock, "Sealed words.", "Sealed too.", reveal=False)
    runs = lambda viewer: [r.id for r in read_history(store, HistoryQuery(words_of=A), viewer).runs]  # noqa: E731
    assert runs(TOGETHER) == [shown]
    assert runs(SAM) == [shown]
    assert runs(ALEX) == [sealed, shown]


def test_a_pause_reads_as_it_went_and_the_kept_boundary_keeps_its_first_words(setup):
    store, library, clock = setup
    run = Run.start(store, library.get("timed-pause"), clock)  # the pause runs at once
    run.say_caller(A)
    clock.advance(minutes=33)
    run.next()
    run.leave()
    boundary = store.boundaries.add(run.id, A, "I need a text when plans change.", "heard")
    store.boundaries.reword(boundary, "I need a text as soon as you know plans change.")
    t = read_transcript(store, run.id, library.get, TOGETHER)
    pause = next(m for m in t.moments if m.step_id == "pause")
    assert pause.kind == "timer" and pause.note.startswith("Alex called a pause of ")
    assert pause.note.endswith(", to be back at 19:30. You came back together at 19:33.")
    assert t.extra_pauses == ()
    [kept] = t.kept
    assert kept.words == "I need a text when plans change."
    assert kept.now == "I need a text as soon as you know plans change."
    # Without the exercise, the pause is still told.
    assert read_transcript(store, run.id, lambda _id: None, TOGETHER).extra_pauses == (pause.note,)


def test_a_run_of_an_exercise_that_changed_shows_its_answers_as_it_can(setup):
    store, library, clock = setup
    run_id = share(store, library, clock, "Old words.", "Older words.")
    store.conn.execute("UPDATE runs SET exercise_version = 999")
    t = read_transcript(store, run_id, library.get, TOGETHER)
    assert t.changed
    assert said(t, "my-thing") == {A: "Old words.", B: "Older words."}
    gone = read_transcript(store, run_id, lambda _id: None, TOGETHER)
    assert gone.changed and said(gone, "heard-a") == {A: "I heard the walk mattered."}
    assert said(read_transcript(store, run_id, lambda _id: None, TOGETHER), "my-thing")[A] == "Old words."


def test_an_answer_locked_with_a_personal_passphrase_reads_as_locked_never_as_ciphertext(setup):
    """Read on a connection where Alex's key is not open (as the history page's worker reads),
    Alex's own sealed answer says it is locked; it never shows its stored ciphertext."""
    store, library, clock = setup
    store.personal.set(A, "a long harbour passphrase")
    run = Run.start(store, library.get("share-one-thing"), clock)
    run.next()  # welcome; then Alex's private turn, which Alex's passphrase opens
    store.personal.unlock(A, "a long harbour passphrase")
    run.set_answer("Alex's words, not yet shown.")
    run.next()  # Sam's turn: Alex's key closes at the hand-over
    run.set_answer("Sam's words.")
    run.leave()
    run_id = run.id
    assert not store.personal.is_open(A)
    alex = read_transcript(store, run_id, library.get, ALEX)
    assert said(alex, "my-thing") == {A: "Kept locked with Alex's passphrase.", B: None}
    assert "locked:v1" not in repr(alex)
    store.personal.unlock(A, "a long harbour passphrase")
    assert said(read_transcript(store, run_id, library.get, ALEX), "my-thing")[A] == "Alex's words, not yet shown."
