"""What the storage package hands out: plain typed values, never rows or cursors.

Ids are text (UUIDs): rows may one day travel between a couple's two computers, so an id
must mean the same row everywhere.
"""

from datetime import date, datetime
from typing import Any, NamedTuple

from ..core.people import PARTNERS

BOUNDARY_STATUSES = ("stated", "heard", "needs_time", "to_talk", "talked_through", "not_agreed")
"""What happened to a boundary; 'talked_through' only once the couple says the talk happened."""

AGREEMENT_STATUSES = ("keeping", "needs_another_look", "retired")
"""Where an agreement stands: kept to, to be looked at again together, or no longer needed."""


class Partner(NamedTuple):
    key: str
    name: str
    color: str


class Couple(NamedTuple):
    a: Partner
    b: Partner
    safety_acknowledged: bool

    def partner(self, key: str) -> Partner:
        return self.a if key == PARTNERS[0] else self.b

    def names(self) -> dict[str, str]:
        return {self.a.key: self.a.name, self.b.key: self.b.name}


class RunRecord(NamedTuple):
    id: str
    exercise_id: str
    exercise_version: int
    day: date
    binding: dict[str, str]
    state: dict[str, Any]
    status: str
    started_at: datetime
    updated_at: datetime
    title: str | None = None
    """The exercise's title when the run started (None for runs from before titles were kept,
    until the library fills it in)."""


class AnswerRecord(NamedTuple):
    """One answer, with the stored facts the privacy rule decides from."""

    id: str
    run_id: str
    step_id: str
    author: str  # partner_a / partner_b / together
    kind: str
    value: Any
    text: str
    private: bool  # private for good: never shown to the partner, never exported
    sealed: bool  # written alone: hidden from the partner until revealed
    revealed_at: datetime | None
    updated_at: datetime
    locked_with: str | None = None
    """The personal key this answer is stored locked with (see ``storage.personal``), or None."""
    unreadable: str = ""
    """'' when ``value`` and ``text`` are here; 'locked' while its author's personal key is not
    open (their passphrase opens it); 'lost' when nobody can open it any more (the passphrase
    was let go). An unreadable answer has ``value`` None and ``text`` ''."""

    @property
    def revealed(self) -> bool:
        return self.revealed_at is not None


class PauseRecord(NamedTuple):
    id: str
    run_id: str
    caller: str | None
    minutes: float
    started_at: datetime
    return_at: datetime
    ended_at: datetime | None
    outcome: str | None
    step_id: str | None = None


class BoundaryRecord(NamedTuple):
    id: str
    run_id: str | None
    author: str
    statement: str
    status: str
    created_at: datetime
    updated_at: datetime


class AgreementRecord(NamedTuple):
    id: str
    run_id: str | None
    statement: str
    created_at: datetime
    status: str = "keeping"
    updated_at: datetime | None = None
    run_title: str | None = None
    """The title of the run it came from (None without a run, or for a run from before titles)."""


class WordingRecord(NamedTuple):
    """An earlier wording of a boundary or an agreement: the words, and when they were current."""

    id: str
    statement: str
    worded_at: datetime
    replaced_at: datetime


class HistoryRun(NamedTuple):
    """A run as the History page lists it (without its state, which can be long)."""

    id: str
    exercise_id: str
    title: str | None
    day: date
    status: str  # active / left / finished
    started_at: datetime
    finished_at: datetime | None
    solo: str | None  # the partner doing it alone, for a solo exercise


class RatingRecord(NamedTuple):
    at: datetime
    author: str
    value: int


class RatingFacts(NamedTuple):
    """A rating with the privacy facts of the answer it was given as (a rating keeps none of
    its own): whoever shows a rating asks ``core.privacy.may_see`` of these."""

    day: date  # the day of its run
    step_id: str
    author: str
    scale: str
    value: int
    answered: bool  # whether an answer holds its facts (without one, nothing is known: keep it private)
    private: bool
    sealed: bool
    revealed_at: datetime | None
    consent: str | None  # its author's choice for the step ('show', 'keep', 'say'), when asked

    @property
    def revealed(self) -> bool:
        return self.revealed_at is not None


class PlanItemRecord(NamedTuple):
    """One thing a homework plan asks."""

    id: str
    position: int
    exercise_id: str
    often: str  # daily / weekly / once
    times: int | None
    starts: date
    ends: date
    note: str | None


class PlanRecord(NamedTuple):
    """An imported homework plan (the current import of its plan id)."""

    id: str
    plan_id: str
    title: str
    therapist_name: str
    therapist_contact: str | None
    recipient: str | None
    couple_label: str | None
    starts: date
    ends: date
    note: str | None
    text: str
    imported_at: datetime
    items: tuple[PlanItemRecord, ...]


class NewPlan(NamedTuple):
    """A plan to import: the values of its file (see ``core.homework.new_plan``)."""

    plan_id: str
    title: str
    therapist_name: str
    therapist_contact: str | None
    recipient: str | None
    couple_label: str | None
    starts: date
    ends: date
    note: str | None
    text: str
    items: tuple[tuple[str, str, int | None, date, date, str | None], ...]
    """(exercise id, often, times, starts, ends, note) for each item, in order."""


class HomeworkRun(NamedTuple):
    """A run done for a plan item (finished ones count toward it)."""

    run_id: str
    plan_item_id: str
    day: date
    status: str


class ReviewRecord(NamedTuple):
    """How a homework run went, for one partner (or both together)."""

    run_id: str
    author: str
    how: str  # went_well / mixed / hard
    line: str
    private: bool
    at: datetime
