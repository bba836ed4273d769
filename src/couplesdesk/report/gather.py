"""What could go in a session report: gathered from history through the one privacy rule.

A report may hold only what both partners have already seen: answers written together or on
the shared screen, answers revealed to both, and ratings shared that way. Each candidate
names whose consent it needs: its author's, or both partners' for what was written together
(care.md section 8: "per-item consent from each author; joint items need both partners").

Every answer is asked of ``core.privacy.may_see`` for a report viewer that includes nobody's
own: an answer private for good, or sealed and never revealed, is not a candidate at all, and
nothing of a solo run is (``may_see_run``). Words are read as the export reads them
(``export.collect.answer_words``); an answer that cannot be read now is never a candidate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from ..core.i18n import translate
from ..core.library import Library
from ..core.model import Exercise
from ..core.people import PARTNERS
from ..core.privacy import Viewer, may_see, may_see_run
from ..core.progress_data import ProgressData
from ..export.collect import StepWords, answer_words
from ..storage import AnswerRecord, RunRecord, Store
from .pictures import report_progress
from .plan import ReportPlan, with_progress

REPORT_VIEWER = Viewer.report()
"""A report, with nobody's private or still-sealed answers: those can never be included."""

PROGRESS = "plan-progress"
"""The id of the one candidate that is the plan's progress (done and missed), a joint item."""


@dataclass(frozen=True)
class Candidate:
    """One thing that could go in the report, and whose consent it needs."""

    id: str  # the answer's id (or PROGRESS)
    kind: str  # "answer" | "rating" | "review" | "progress"
    author: str  # partner_a / partner_b / together
    needs: tuple[str, ...]  # the partners who must each tick it: its author, or both
    run_id: str = ""
    exercise_id: str = ""
    exercise_version: int = 0
    exercise_title: str = ""
    day: date | None = None
    step: str = ""
    asked: str = ""  # the step's title, as it was asked
    prompt: str | None = None
    text: str = ""
    value: int | None = None  # a rating's number
    scale: str | None = None
    written_at: datetime | None = None


@dataclass(frozen=True)
class Offer:
    """Everything that could go in a report of the days from ``start`` to ``end``."""

    start: date
    end: date
    names: dict[str, str]
    plan: ReportPlan | None
    candidates: tuple[Candidate, ...] = field(default=())
    progress: ProgressData | None = None  # the Progress page's pictures, as they stood on ``end`` (report/pictures.py)

    def of(self, partner: str) -> list[Candidate]:
        """What ``partner`` may tick: their own, and what was written together."""
        return [c for c in self.candidates if partner in c.needs]

    def by_id(self) -> dict[str, Candidate]:
        return {c.id: c for c in self.candidates}


def needs_of(author: str) -> tuple[str, ...]:
    return (author,) if author in PARTNERS else PARTNERS


def gather(
    store: Store,
    library: Library | None,
    start: date,
    end: date,
    plan: ReportPlan | None = None,
    read: Callable[[AnswerRecord], str] = answer_words,
) -> Offer:
    """What could go in a report of the days from ``start`` to ``end`` (both included)."""
    couple = store.couple.get()
    names = couple.names() if couple is not None else {p: p for p in PARTNERS}
    runs = {r.id: r for r in store.runs.in_period(start, end) if may_see_run(r.binding, REPORT_VIEWER)}
    asked = StepWords(names)
    exercises: dict[str, Exercise | None] = {}
    found: list[Candidate] = []
    for record in store.answers.in_period(start, end):
        run = runs.get(record.run_id)
        if run is None or record.unreadable or not may_see(record, REPORT_VIEWER):
            continue
        if run.exercise_id not in exercises:
            exercises[run.exercise_id] = library.get(run.exercise_id) if library is not None else None
        candidate = _candidate(record, run, exercises[run.exercise_id], asked, read)
        if candidate is not None:
            found.append(candidate)
    if plan is not None:
        titles = {e: x.text(x.title) for e, x in exercises.items() if x is not None}
        for item in plan.items if library is not None else ():
            known = library.get(item.exercise_id) if library is not None else None
            if known is not None:
                titles[item.exercise_id] = known.text(known.title)
        plan = with_progress(store, plan, start, end, {k: v for k, v in titles.items() if v})
        found += _reviews(store, plan, runs, names)
    found.sort(key=lambda c: (c.day or date.min, c.written_at or datetime.min))
    if plan is not None and plan.items:
        found.insert(0, Candidate(PROGRESS, "progress", "together", PARTNERS, exercise_title=plan.title))
    return Offer(start, end, names, plan, tuple(found), report_progress(store, names, end))


def how_words() -> dict[str, str]:
    """The three taps of "How did it go?", in the interface's language."""
    return {
        "went_well": translate("report/gather", "It went well"),
        "mixed": translate("report/gather", "Mixed"),
        "hard": translate("report/gather", "It was hard"),
    }


@dataclass(frozen=True)
class _ReviewFacts:
    author: str
    private: bool
    sealed: bool = False
    revealed: bool = False


def _reviews(store: Store, plan: ReportPlan, runs: dict[str, RunRecord], names: dict[str, str]) -> list[Candidate]:
    """ "How did it go?" after the plan's runs in these days: what both may see (never a private one)."""
    done = store.plans.runs_for([i.item_id for i in plan.items if i.item_id])
    found, how = [], how_words()
    for homework in done:
        run = runs.get(homework.run_id)
        if run is None:
            continue
        for review in store.plans.reviews_of(run.id):
            if not may_see(_ReviewFacts(review.author, review.private), REPORT_VIEWER):
                continue
            tap = how.get(review.how, review.how)
            line = review.line.strip()
            words = translate("report/gather", "{how}: {line}").format(how=tap, line=line) if line else tap
            found.append(Candidate(
                id=f"review-{run.id}-{review.author}", kind="review", author=review.author,
                needs=needs_of(review.author), run_id=run.id, exercise_id=run.exercise_id,
                exercise_version=run.exercise_version, exercise_title=run.title or run.exercise_id, day=run.day,
                step="how-did-it-go", asked=translate("report/gather", "How did it go?"), text=words, written_at=review.at,
            ))  # fmt: skip
    return found


def _candidate(
    record: AnswerRecord,
    run: RunRecord,
    exercise: Exercise | None,
    asked: StepWords,
    read: Callable[[AnswerRecord], str],
) -> Candidate | None:
    text = read(record).strip()
    rating = record.kind == "rate" and isinstance(record.value, int) and not isinstance(record.value, bool)
    if not text and not rating:
        return None
    words = asked.of(exercise, record.step_id, record.kind, run)
    step = exercise.step(record.step_id) if exercise is not None and _has(exercise, record.step_id) else None
    title = run.title or (exercise.text(exercise.title) if exercise is not None else run.exercise_id)
    return Candidate(
        id=record.id,
        kind="rating" if rating else "answer",
        author=record.author,
        needs=needs_of(record.author),
        run_id=run.id,
        exercise_id=run.exercise_id,
        exercise_version=run.exercise_version,
        exercise_title=title,
        day=run.day,
        step=record.step_id,
        asked=str(words.get("title") or record.step_id),
        prompt=words.get("prompt"),
        text=text,
        value=record.value if rating else None,
        scale=(getattr(step, "scale", None) or record.step_id) if rating else None,
        written_at=record.updated_at,
    )


def _has(exercise: Exercise, step_id: str) -> bool:
    try:
        exercise.step(step_id)
    except KeyError:
        return False
    return True
