"""The export document: everything an export holds, as plain JSON values, gathered once.

Every format is written from this document alone (JSON is the document itself; Markdown, CSV
and PDF read it), so what a JSON export holds is what the others show. It is gathered for a
:class:`~couplesdesk.core.privacy.Viewer` of kind "export": every answer passes
``may_see`` and every run ``may_see_run``, so by default it holds no answer private for good
and none still sealed, and nothing of a solo run; a partner's own are in it only when that
partner chose to include them (``Viewer.export(including=...)``).

What was left out leaves no trace: no count, no gap, no "withheld".
"""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from .. import __version__
from ..core.clock import iso
from ..core.i18n import translate
from ..core.library import Library
from ..core.model import Exercise, StepBase
from ..core.people import PARTNERS
from ..core.privacy import Viewer, may_see, may_see_run
from ..core.progress_data import CHECKIN_EXERCISE, ProgressData, read_progress, scales_of
from ..storage import AnswerRecord, RunRecord, Store

FORMAT = "couplesdesk-export"
VERSION = 1

Document = dict[str, Any]


def answer_words(record: AnswerRecord) -> str:
    """The words of an answer, as an export reads them: the one place an export reads answer
    text (answers kept locked with a personal passphrase are opened by the reader the store
    hands out; point this at it)."""
    return record.text


def collect(
    store: Store,
    viewer: Viewer,
    library: Library | None,
    now: datetime,
    start: date | None = None,
    end: date | None = None,
    read: Callable[[AnswerRecord], str] = answer_words,
) -> Document:
    """The document for ``viewer`` (an export; or both together, for a screen that shows a run
    as the journal tells it), of the days from ``start`` to ``end`` (both included)."""
    couple = store.couple.get()
    names = couple.names() if couple is not None else {p: p for p in PARTNERS}
    runs = [r for r in store.runs.in_period(start, end) if may_see_run(r.binding, viewer)]
    shown = {r.id for r in runs}
    answers: dict[str, list[AnswerRecord]] = defaultdict(list)
    for record in store.answers.in_period(start, end):
        # An answer kept locked with a personal passphrase that is not open now has no words to give.
        if record.run_id in shown and may_see(record, viewer) and not record.unreadable:
            answers[record.run_id].append(record)
    pauses = defaultdict(list)
    for pause in store.pauses.all():
        if pause.run_id in shown:
            pauses[pause.run_id].append(pause)
    document: Document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": iso(now),
        "app": f"CouplesDesk {__version__}",
        "period": {"from": start.isoformat() if start else None, "to": end.isoformat() if end else None},
        "includes_private_of": sorted(viewer.including),
        "partners": {p.key: {"name": p.name, "color": p.color} for p in (couple.a, couple.b)} if couple else {},
        "runs": [],
        "boundaries": [],
        "agreements": [],
        "ratings": [],
    }
    asked = StepWords(names)
    for run in runs:
        exercise = library.get(run.exercise_id) if library is not None else None
        document["runs"].append(_run(run, exercise, answers[run.id], pauses[run.id], asked, read))
        document["ratings"] += _ratings(run, exercise, answers[run.id])
    document["boundaries"] = _boundaries(store, viewer, shown, start, end)
    document["agreements"] = _agreements(store, viewer, shown, start, end)
    return document


def locked_out(store: Store, viewer: Viewer, start: date | None = None, end: date | None = None) -> set[str]:
    """The partners whose answers ``viewer`` may see but that are kept locked with their
    personal passphrase, not open now: :func:`collect` leaves them out, and the screen that
    asked for them says so (the document itself keeps no trace of them)."""
    runs = {r.id for r in store.runs.in_period(start, end) if may_see_run(r.binding, viewer)}
    return {
        record.author
        for record in store.answers.in_period(start, end)
        if record.run_id in runs and record.unreadable == "locked" and may_see(record, viewer)
    }


def _hidden(store: Store, viewer: Viewer, run_id: str | None, shown: set[str]) -> bool:
    """Whether ``run_id`` names a run ``viewer`` may not know of (a solo run not its to see)."""
    if run_id is None or run_id in shown:
        return False
    try:
        return not may_see_run(store.runs.get(run_id).binding, viewer)
    except KeyError:  # deleted: nothing of it is told
        return False


def _in_period(moment: datetime, start: date | None, end: date | None) -> bool:
    day = moment.astimezone().date()
    return (start is None or day >= start) and (end is None or day <= end)


def _boundaries(store: Store, viewer: Viewer, shown: set[str], start: date | None, end: date | None) -> list[Any]:
    return [
        {"id": b.id, "run_id": b.run_id if b.run_id in shown else None, "author": b.author, "statement": b.statement,
         "status": b.status, "created_at": iso(b.created_at), "updated_at": iso(b.updated_at)}
        for b in reversed(store.boundaries.list())
        if _in_period(b.created_at, start, end) and not _hidden(store, viewer, b.run_id, shown)
    ]  # fmt: skip


def _agreements(store: Store, viewer: Viewer, shown: set[str], start: date | None, end: date | None) -> list[Any]:
    return [
        {"id": a.id, "run_id": a.run_id if a.run_id in shown else None, "statement": a.statement,
         "created_at": iso(a.created_at)}
        for a in store.agreements.list()
        if _in_period(a.created_at, start, end) and not _hidden(store, viewer, a.run_id, shown)
    ]  # fmt: skip


def _run(
    run: RunRecord,
    exercise: Exercise | None,
    answers: list[AnswerRecord],
    pauses: list[Any],
    asked: StepWords,
    read: Callable[[AnswerRecord], str],
) -> dict[str, Any]:
    order = {s.id: i for i, s in enumerate(exercise.steps)} if exercise is not None else {}
    authors = {"partner_a": 0, "partner_b": 1}
    answers = sorted(answers, key=lambda a: (order.get(a.step_id, len(order)), a.updated_at, authors.get(a.author, 2)))
    steps = {}
    for a in answers:
        if a.step_id not in steps:
            steps[a.step_id] = asked.of(exercise, a.step_id, a.kind, run)
    return {
        "id": run.id,
        "exercise_id": run.exercise_id,
        "exercise_version": run.exercise_version,
        "title": exercise.run_title(run.title) if exercise else run.title or run.exercise_id,
        "day": run.day.isoformat(),
        "status": run.status,
        "started_at": iso(run.started_at),
        "updated_at": iso(run.updated_at),
        "roles": dict(run.binding),
        "steps": steps,
        "answers": [
            {"id": a.id, "step": a.step_id, "author": a.author, "kind": a.kind, "value": a.value, "text": read(a),
             "private": a.private, "sealed": a.sealed, "revealed": a.revealed,
             "revealed_at": iso(a.revealed_at) if a.revealed_at else None, "written_at": iso(a.updated_at)}
            for a in answers
        ],
        "pauses": [
            {"id": p.id, "caller": p.caller, "minutes": p.minutes, "started_at": iso(p.started_at),
             "return_at": iso(p.return_at), "ended_at": iso(p.ended_at) if p.ended_at else None, "outcome": p.outcome}
            for p in pauses
        ],
    }  # fmt: skip


class StepWords:
    """Steps as they were asked, worked out once for each exercise, step, roles and prompt."""

    def __init__(self, names: dict[str, str]):
        self.names = names
        self._known: dict[tuple[Any, ...], Any] = {}
        self._pools: dict[tuple[str, str], int] = {}

    def of(self, exercise: Exercise | None, step_id: str, kind: str, run: RunRecord) -> Any:
        place = (run.exercise_id, step_id)
        if place not in self._pools:
            self._pools[place] = len(getattr(_step(exercise, step_id), "prompts", None) or ())
        pool = self._pools[place]
        key = (*place, kind, tuple(sorted(run.binding.items())), run.day.toordinal() % pool if pool else 0)
        if key not in self._known:
            self._known[key] = step_words(exercise, step_id, kind, self.names, run)
        return dict(self._known[key])


def step_words(exercise: Exercise | None, step_id: str, kind: str, names: dict[str, str], run: RunRecord) -> Any:
    """A step as it was asked: its title and prompt, with the partners' names filled in. A step
    no longer in the library (or an exercise removed) keeps its id as its title."""
    step = _step(exercise, step_id)
    if exercise is None or step is None:
        return {"kind": kind, "title": step_id.replace("-", " ").capitalize(), "prompt": None}
    values: defaultdict[str, str] = defaultdict(str, names)
    for role, partner in run.binding.items():
        values[role] = names.get(partner, partner)
    values["return_time"] = translate("export/collect", "the agreed time")

    def fill(text: Any) -> str | None:
        if text is None:
            return None
        raw = exercise.text(text)
        try:
            return string.Formatter().vformat(raw, (), values)
        except (ValueError, IndexError, KeyError):
            return raw

    prompt = getattr(step, "prompt", None)
    pool = getattr(step, "prompts", None)
    if prompt is None and pool:
        prompt = pool[run.day.toordinal() % len(pool)]
    title = fill(step.title) or fill(prompt) or step.words.capitalize()
    return {"kind": step.kind, "title": title, "prompt": fill(prompt)}


def _step(exercise: Exercise | None, step_id: str) -> StepBase | None:
    if exercise is None:
        return None
    try:
        return exercise.step(step_id)
    except KeyError:
        return None


def _ratings(run: RunRecord, exercise: Exercise | None, answers: list[AnswerRecord]) -> list[dict[str, Any]]:
    """The numbers of the run's rate answers that the export holds (never one it leaves out)."""
    out = []
    for a in answers:
        if a.kind != "rate" or not isinstance(a.value, int) or isinstance(a.value, bool):
            continue
        step = _step(exercise, a.step_id)
        scale = getattr(step, "scale", None) or a.step_id
        out.append({"run_id": run.id, "day": run.day.isoformat(), "exercise": exercise.run_title(run.title) if exercise else run.title or run.exercise_id,
                    "step": a.step_id, "scale": scale, "author": a.author, "value": a.value,
                    "at": iso(a.updated_at)})  # fmt: skip
    return out


def progress_until(store: Store, library: Library | None, day: date) -> ProgressData:
    """The Progress page's facts as they stood on ``day``, for the PDF's pictures (what both may see)."""
    scales = scales_of(library.get(CHECKIN_EXERCISE) if library is not None else None)
    return read_progress(store, day, scales)
