"""What the Today page shows, read in one go (Qt-free, so it can run on the database worker).

Every read here is one small indexed query, because Today is the page shown at start-up,
also on ten years of history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from ..storage import BoundaryRecord, Couple, PauseRecord, RunRecord, Store
from .rhythm import Rhythm, read_rhythm

if TYPE_CHECKING:
    from .library import Library  # the exercise models: not needed for the first frame

SHARE_EXERCISE = "share-one-thing"
"""The daily exercise whose private write step counts as 'shared today'."""
SHARE_STEP = "my-thing"
"""The id of its private write step (exercises/share-one-thing.toml)."""
BOUNDARIES_SHOWN = 3


class RunLine(NamedTuple):
    """An unfinished run as Today lists it."""

    id: str
    title: str
    updated_at: datetime


class TodayData(NamedTuple):
    """Read at start-up: a NamedTuple, not a frozen dataclass, which costs a millisecond to define."""

    couple: Couple | None
    pause: PauseRecord | None
    shared_today: frozenset[str]
    rhythm: Rhythm
    share_run: RunRecord | None
    runs: list[RunLine]
    resumable: int  # unfinished runs that can be resumed, shown or not
    missing: int  # unfinished runs of exercises no longer in the library
    boundaries: list[BoundaryRecord]
    talk: datetime | None


class LibraryAccess(NamedTuple):
    """How Today gets at the exercise library without making start-up wait for it."""

    if_loaded: Callable[[], Library | None]
    waiting: Callable[[], Library]


def read_today(store: Store, today: date, now: datetime, runs_limit: int, library: LibraryAccess) -> TodayData:
    """Everything Today shows. Until the library has loaded (just after start-up), runs are
    named by the title they keep; a run from before titles were kept waits for the library."""
    pause = store.pauses.active()
    share_run = store.runs.unfinished_on(SHARE_EXERCISE, today)
    # The pause and today's sharing have their own buttons: not listed twice.
    skip_runs = [r for r in (pause and pause.run_id, share_run and share_run.id) if r]
    counts = store.runs.unfinished_counts(skip_runs)
    loaded = library.if_loaded()
    missing = {eid for eid in counts if loaded is not None and loaded.get(eid) is None}
    runs = store.runs.recent_unfinished(runs_limit, skip_exercises=missing, skip_runs=skip_runs)
    if loaded is None and any(run.title is None for run in runs):
        loaded = library.waiting()
        missing = {eid for eid in counts if loaded.get(eid) is None}
        runs = store.runs.recent_unfinished(runs_limit, skip_exercises=missing, skip_runs=skip_runs)
    return TodayData(
        couple=store.couple.get(),
        pause=pause,
        shared_today=frozenset(store.shares.days(SHARE_EXERCISE, SHARE_STEP, since=today).get(today, set())),
        rhythm=read_rhythm(store, today, SHARE_EXERCISE, SHARE_STEP),
        share_run=share_run,
        runs=_lines(runs, loaded),
        resumable=sum(n for eid, n in counts.items() if eid not in missing),
        missing=sum(counts[eid] for eid in missing),
        boundaries=store.boundaries.list(limit=BOUNDARIES_SHOWN),
        talk=store.talks.next(now),
    )


def _lines(runs: list[RunRecord], library: Library | None) -> list[RunLine]:
    """Each run by its exercise's title in the language shown now (the same words as the title
    it was started under, before and after the library has loaded, unless the language was
    changed since; see ``Exercise.run_title``)."""
    lines = []
    for run in runs:
        exercise = library.get(run.exercise_id) if library is not None else None
        if library is not None and exercise is None:
            continue  # the library changed since the counts were read
        title = exercise.run_title(run.title) if exercise else run.title
        if title is not None:
            lines.append(RunLine(run.id, title, run.updated_at))
    return lines
