"""What a couple does, for the tests of the Progress page: weekly check-ins walked through the
real run engine (so every answer, rating, consent and reveal is written as the app writes
it), shares, pauses and boundaries through the store's own API, each on a given day."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.engine import Run
from couplesdesk.core.library import Library
from couplesdesk.storage import Store

A, B = "partner_a", "partner_b"


@contextmanager
def at(store: Store, clock: FakeClock, moment: datetime) -> Iterator[None]:
    """Write as of ``moment`` (local): the clock is put back before the writes are announced,
    so a page that reads again on the change reads as of now."""
    now = clock.now()
    with store.batch():
        clock.set(moment.astimezone())
        try:
            yield
        finally:
            clock.set(now)


def check_in(
    store: Store, library: Library, clock: FakeClock, when: datetime, closeness: dict[str, tuple[int, str]],
    ease: dict[str, int] | None = None,
) -> str:  # fmt: skip
    """A weekly check-in on ``when``, from start to 'Not this week': ``closeness`` gives each
    partner's number and their choice for it ('show', 'keep' or 'say'); ``ease`` each one's
    private number. Returns the run's id."""
    exercise = library.get("weekly-check-in")
    assert exercise is not None
    with at(store, clock, when):
        run = Run.start(store, exercise, clock, first=A)
        _walk(run, closeness, ease or {A: 3, B: 9})
    return run.id


def _walk(run: Run, closeness: dict[str, tuple[int, str]], ease: dict[str, int]) -> None:
    for _ in range(60):
        screen = run.screen
        step, actor = screen.step, screen.actor
        if step.kind == "reveal":
            run.reveal()
        elif step.kind == "write":
            run.set_answer(f"Words of {actor} for {step.id}")
        elif step.kind == "rate" and step.id == "closeness":
            value, choice = closeness[actor]
            run.set_answer(value)
            run.set_consent(step.id, actor, choice)
        elif step.kind == "rate":
            run.set_answer(ease[actor])
        elif step.kind == "choose":
            run.set_answer({"selected": ["no"]})
        if run.next() is None:
            break
    assert run.finished


def share(store: Store, clock: FakeClock, when: datetime, *authors: str) -> None:
    """One thing shared on ``when``'s day by ``authors``, as the share exercise saves it."""
    words = "A small thing"
    with at(store, clock, when):
        run = store.runs.create("share-one-thing", 1, {}, {})
        for author in authors:
            store.answers.save(run, "my-thing", author, "write", words, words, private=False, sealed=True)
        store.runs.end(run, "finished")


def pause(store: Store, clock: FakeClock, when: datetime, minutes: float, back_after: float | None,
          outcome: str = "completed") -> str:  # fmt: skip
    """A pause called at ``when`` for ``minutes``, ended ``back_after`` minutes after it began
    (None: never ended), as the timed pause writes it. Returns the run's id."""
    with at(store, clock, when):
        run = store.runs.create("timed-pause", 1, {}, {})
        pause_id = store.pauses.start(run, "pause", None, minutes, clock.now() + timedelta(minutes=minutes))
        if back_after is not None:
            clock.advance(minutes=back_after)
            store.pauses.end(pause_id, outcome)
    return run
