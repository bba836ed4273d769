"""The engine with personal passphrases: whose passphrase a screen or a move needs, keys that
close when a turn ends, a branch that never decides on an answer it cannot read, and a reveal
that opens locked answers only with their author's key."""

from __future__ import annotations

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.engine import Run
from couplesdesk.core.loader import parse_exercise
from couplesdesk.storage import Store, personal

from .test_engine_care import RATING
from .test_format_2 import CHILDHOOD, exercise

A, B = "partner_a", "partner_b"
PASS = "lanterns over the river"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})
    store = Store.open(tmp_path / "db.sqlite", FakeClock())
    store.couple.save("Alex", "#1", "Sam", "#2")
    store.personal.set(A, PASS)
    return store


def start(store, *steps: str) -> Run:
    ex = parse_exercise(exercise(*steps, '\n[[steps]]\nid = "end"\nkind = "read"\nbody = "Thank you."\n'), "t.toml")
    return Run.start(store, ex, store.clock, first=A)


def unlock(run: Run, partner: str) -> None:
    run.store.personal.unlock(partner, PASS)
    run.opened()


def test_a_branch_on_locked_answers_asks_for_their_author_and_never_guesses_them_calm(store):
    """Alex is flooded (9); Sam is calm (1). Alex's number is locked once Alex's turn is over:
    Next must ask for Alex's passphrase, so that the branch sees the 9 and stops."""
    run = start(store, RATING)
    assert run.passphrases_needed() == [A]  # Alex's own private screen
    unlock(run, A)
    assert run.passphrases_needed() == []
    run.set_answer(9)
    assert run.passphrases_to_move() == []  # Sam's turn comes next: no branch yet
    run.next()
    run.close_keys()  # the hand-over to Sam
    assert run.answer("calm", A) is None and run.unreadable("calm", A) == "locked"
    assert run.passphrases_needed() == []  # Sam has no passphrase
    run.set_answer(1)
    assert run.passphrases_to_move() == [A]
    unlock(run, A)
    assert run.passphrases_to_move() == []
    run.next()
    assert run.screen.step.id == "not-yet"


def test_a_branch_that_cannot_read_a_locked_answer_counts_it_as_unsaid(store):
    """Should a move ever happen without the passphrase, a locked flooding check counts as
    'Prefer not to say' (not ready): never as calm."""
    run = start(store, RATING)
    unlock(run, A)
    run.set_answer(1)
    run.next()
    run.close_keys()
    run.set_answer(1)
    run.next()
    assert run.screen.step.id == "not-yet"


def test_a_reveal_needs_the_locked_authors_passphrase_and_then_shows_shared_text(store):
    reveal = '\n[[steps]]\nid = "both"\nkind = "reveal"\nsteps = ["childhood"]\n'
    run = start(store, CHILDHOOD, reveal)
    unlock(run, A)
    run.set_answer("my grandmother's kitchen")
    run.set_consent("childhood", A, "show")
    run.next()
    run.close_keys()
    run.set_answer("the long summers")
    run.set_consent("childhood", B, "show")
    run.next()
    assert run.screen.step.id == "both"
    assert run.passphrases_needed() == [A]  # only Alex's answer and choice are locked
    [(_, values)] = run.reveal_values()  # (the screen asks first; without the key, nothing of Alex's)
    assert values == {B: "the long summers"}
    assert not store.answers.of_run(run.id)[("childhood", A)].revealed
    unlock(run, A)
    assert run.passphrases_needed() == []
    [(_, values)] = run.reveal_values()
    assert values == {A: "my grandmother's kitchen", B: "the long summers"}
    run.close_keys()
    assert run.answer("childhood", A) == "my grandmother's kitchen"  # shared text now: no key needed
    assert store.answers.of_run(run.id)[("childhood", A)].locked_with is None
    assert run.unreadable("childhood.consent", A) == "locked"  # the choice itself stays Alex's


def test_keys_close_when_a_run_is_left_or_another_begins(store):
    run = start(store, RATING)
    unlock(run, A)
    assert store.personal.is_open(A)
    run.leave()
    assert not store.personal.is_open(A)
    store.personal.unlock(A, PASS)
    Run.resume(store, run.exercise, store.clock, run.id)
    assert not store.personal.is_open(A)
