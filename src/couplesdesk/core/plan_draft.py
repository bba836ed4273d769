"""A homework plan as the therapist builds it on screen: checked as it grows, in words a
therapist can act on, and turned into a :class:`~couplesdesk.core.plan.Plan` to save.

Qt-free. The plan file itself (its model, ``dump_plan``, ``load_plan``) is ``core/plan``;
this module only holds what the builder is editing and says what is missing or does not fit.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import DAY_MONTH, QT_TRANSLATE_NOOP, date_words, translate
from .loader import ExerciseFileError, Problem, load_exercise_with_warnings
from .plan import PLAN_FORMAT_VERSION, BundledExercise, Often, Plan, PlanItem, Therapist
from .safe_text import UNSAFE, character_words

OFTEN_WORDS: dict[Often, str] = {
    "daily": QT_TRANSLATE_NOOP("core/plan_draft", "Every day"),
    "weekly": QT_TRANSLATE_NOOP("core/plan_draft", "Every week"),
    "once": QT_TRANSLATE_NOOP("core/plan_draft", "Once"),
}
"""How often, in words (marked here, translated where shown: :func:`often_words`)."""
DEFAULT_DAYS = 14
MAX_LINE = 200
MAX_NOTE = 4000
MAX_ITEMS = 50
MAX_FILE_NAME = 120


@dataclass
class DraftItem:
    """One exercise in the plan: how often, between which days (None: the plan's), a note."""

    exercise: str
    title: str
    often: Often = "daily"
    times: int = 3
    starts: dt.date | None = None
    ends: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class Bundled:
    """The therapist's own exercise file, checked by the exercise loader, travelling in the plan."""

    file: str
    text: str
    exercise: str
    title: str


@dataclass(frozen=True)
class Mistake:
    """Something to put right before saving: ``where`` names the field ("couple", "dates",
    "items", "name", "item" with ``index``) so the screen can show it beside it."""

    where: str
    message: str
    index: int | None = None


@dataclass
class Draft:
    """The plan on the builder's screen."""

    id: str
    starts: dt.date
    ends: dt.date
    title: str = ""
    couple: str = ""
    note: str = ""
    name: str = ""
    contact: str = ""
    recipient: str | None = None
    items: list[DraftItem] = field(default_factory=list)
    bundled: list[Bundled] = field(default_factory=list)

    @classmethod
    def new(cls, today: dt.date, name: str = "", contact: str = "", recipient: str | None = None) -> Draft:
        """An empty plan from today, for two weeks, from this therapist."""
        ends = today + dt.timedelta(days=DEFAULT_DAYS - 1)
        return cls(str(uuid.uuid4()), today, ends, name=name, contact=contact, recipient=recipient)

    def add(self, exercise: str, title: str) -> DraftItem:
        item = DraftItem(exercise, title)
        self.items.append(item)
        return item

    def add_bundled(self, bundled: Bundled) -> DraftItem:
        """The file travels with the plan (a newer copy of the same exercise replaces the
        older one), and the couple is asked to do it."""
        self.bundled = [b for b in self.bundled if b.exercise != bundled.exercise] + [bundled]
        existing = next((item for item in self.items if item.exercise == bundled.exercise), None)
        return existing if existing is not None else self.add(bundled.exercise, bundled.title)

    def remove(self, index: int) -> None:
        """The item goes; a bundled file no other item asks for goes with it."""
        gone = self.items.pop(index)
        if all(item.exercise != gone.exercise for item in self.items):
            self.bundled = [b for b in self.bundled if b.exercise != gone.exercise]

    @property
    def shown_title(self) -> str:
        return self.title.strip() or default_title(self.ends)


def often_words(often: Often) -> str:
    return translate("core/plan_draft", OFTEN_WORDS[often])


def default_title(ends: dt.date) -> str:
    return translate("core/plan_draft", "Homework until {day}").format(day=_day(ends))


def bundle_file(path: Path) -> Bundled:
    """A file of the therapist's own, checked as the library checks it:
    :class:`ExerciseFileError` with every problem when it is broken."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExerciseFileError(
            [
                Problem(
                    path.name,
                    translate("core/plan_draft", "cannot be read ({reason})").format(reason=exc.strerror or exc),
                )
            ]
        ) from None
    if len(path.name) > MAX_FILE_NAME or UNSAFE.search(path.name):
        raise ExerciseFileError(
            [
                Problem(
                    path.name[:40],
                    translate(
                        "core/plan_draft",
                        "has a name the plan cannot carry: please rename it (at most {limit} characters)",
                    ).format(limit=MAX_FILE_NAME),
                )
            ]
        )
    loaded = load_exercise_with_warnings(path, data)
    try:
        text = data.decode("utf-8")
    except UnicodeError:  # the loader refuses such a file first; kept for safety
        raise ExerciseFileError([Problem(path.name, translate("core/plan_draft", "is not UTF-8 text"))]) from None
    title = loaded.exercise.text(loaded.exercise.title)
    return Bundled(path.name, text, loaded.exercise.id, title)


def mistakes(draft: Draft, today: dt.date) -> list[Mistake]:
    """Everything to put right before the plan can be saved, in the order of the screen."""
    found: list[Mistake] = []
    if not draft.couple.strip():
        found.append(
            Mistake(
                "couple",
                translate("core/plan_draft", "Give the couple a name you will recognise, such as their first names."),
            )
        )
    if draft.ends < draft.starts:
        found.append(
            Mistake(
                "dates",
                translate(
                    "core/plan_draft", "The plan ends before it starts: choose an end on or after the first day."
                ),
            )
        )
    elif draft.ends < today:
        found.append(
            Mistake(
                "dates", translate("core/plan_draft", "The plan ends before today: give the couple some days ahead.")
            )
        )
    for where, text, limit in (("couple", draft.couple, MAX_LINE), ("title", draft.title, MAX_LINE)):
        if len(text.strip()) > limit:
            words = translate("core/plan_draft", "Please keep this under {limit} characters.")
            found.append(Mistake(where, words.format(limit=limit)))
    if len(draft.note) > MAX_NOTE:
        found.append(Mistake("note", _long_note()))
    if not draft.items:
        found.append(Mistake("items", translate("core/plan_draft", "Pick at least one exercise for the couple.")))
    elif len(draft.items) > MAX_ITEMS:
        words = translate("core/plan_draft", "A plan holds at most {limit} exercises.")
        found.append(Mistake("items", words.format(limit=MAX_ITEMS)))
    for index, item in enumerate(draft.items):
        found.extend(_item_mistakes(draft, index, item))
    found.extend(_unseen(draft))
    if not draft.name.strip():
        words = translate("core/plan_draft", "Say who the plan is from: the couple sees your name with it.")
        found.append(Mistake("name", words))
    elif len(draft.name.strip()) > MAX_LINE or len(draft.contact.strip()) > MAX_LINE:
        words = translate("core/plan_draft", "Please keep your name and contact under {limit} characters.")
        found.append(Mistake("name", words.format(limit=MAX_LINE)))
    return found


def _long_note() -> str:
    return translate("core/plan_draft", "The note is long: please keep it under {limit} characters.").format(
        limit=MAX_NOTE
    )


def _item_mistakes(draft: Draft, index: int, item: DraftItem) -> list[Mistake]:
    found: list[Mistake] = []
    first, last = item.starts or draft.starts, item.ends or draft.ends
    if last < first:
        found.append(Mistake("item", translate("core/plan_draft", "These days end before they start."), index))
    elif draft.starts <= draft.ends and not (draft.starts <= first and last <= draft.ends):
        words = translate("core/plan_draft", "These days need to lie inside the plan's ({first} to {last}).")
        found.append(Mistake("item", words.format(first=_day(draft.starts), last=_day(draft.ends)), index))
    if any(other.exercise == item.exercise for other in draft.items[:index]):
        words = translate("core/plan_draft", "“{title}” is in the plan twice: one is enough.")
        found.append(Mistake("item", words.format(title=item.title), index))
    if len(item.note) > MAX_NOTE:
        found.append(Mistake("item", _long_note(), index))
    return found


def _unseen(draft: Draft) -> list[Mistake]:
    """Characters no one can see that would reorder the words on the couple's screen (or
    cannot be shown at all): the plan file refuses them, so the builder names them first."""
    fields: list[tuple[str, str, str, int | None]] = [
        ("couple", QT_TRANSLATE_NOOP("core/plan_draft", "The couple's name"), draft.couple, None),
        ("title", QT_TRANSLATE_NOOP("core/plan_draft", "The title"), draft.title, None),
        ("note", QT_TRANSLATE_NOOP("core/plan_draft", "The note"), draft.note, None),
        ("name", QT_TRANSLATE_NOOP("core/plan_draft", "Your name"), draft.name, None),
        ("name", QT_TRANSLATE_NOOP("core/plan_draft", "How to reach you"), draft.contact, None),
    ]
    fields += [
        ("item", QT_TRANSLATE_NOOP("core/plan_draft", "The note"), item.note, index)
        for index, item in enumerate(draft.items)
    ]
    found = []
    for where, label, text, index in fields:
        char = UNSAFE.search(text)
        if char is not None:
            words = translate(
                "core/plan_draft",
                "{field} holds {character}, which can change how the words around it read. "
                "Please delete it, or type the words again.",
            ).format(field=translate("core/plan_draft", label), character=character_words(char[0]))
            found.append(Mistake(where, words, index))
    return found


def _day(day: dt.date) -> str:
    return date_words(day, DAY_MONTH)


def to_plan(draft: Draft) -> Plan:
    """The plan file's model (check :func:`mistakes` first): the bundled files the items ask
    for, and the therapist's public key."""
    asked = {item.exercise for item in draft.items}
    return Plan(
        format_version=PLAN_FORMAT_VERSION,
        id=draft.id,
        title=draft.shown_title,
        couple=draft.couple.strip() or None,
        starts=draft.starts,
        ends=draft.ends,
        note=draft.note.strip() or None,
        therapist=Therapist(name=draft.name.strip(), contact=draft.contact.strip() or None, recipient=draft.recipient),
        items=[_plan_item(item) for item in draft.items],
        bundled=[BundledExercise(file=b.file, text=b.text) for b in draft.bundled if b.exercise in asked],
    )


def _plan_item(item: DraftItem) -> PlanItem:
    return PlanItem(
        exercise=item.exercise,
        often=item.often,
        times=item.times if item.often == "weekly" else None,
        starts=item.starts,
        ends=item.ends,
        note=item.note.strip() or None,
    )


def from_plan(plan: Plan, title_of: Callable[[str], str | None], bundled_titles: dict[str, Bundled]) -> Draft:
    """A saved plan back on the builder's screen, to change it (its id stays, so the couple's
    copy is replaced when they import the new one)."""
    draft = Draft(
        plan.id,
        plan.starts,
        plan.ends,
        title=plan.title if plan.title != default_title(plan.ends) else "",
        couple=plan.couple or "",
        note=plan.note or "",
        name=plan.therapist.name,
        contact=plan.therapist.contact or "",
        recipient=plan.therapist.recipient,
        bundled=list(bundled_titles.values()),
    )
    for item in plan.items:
        bundled = bundled_titles.get(item.exercise)
        title = bundled.title if bundled is not None else (title_of(item.exercise) or item.exercise)
        draft.items.append(
            DraftItem(item.exercise, title, item.often, item.times or 3, item.starts, item.ends, item.note or "")
        )
    return draft


def write_plan(path: Path, plan: Plan) -> None:
    """The plan file at ``path``: written beside it, flushed and renamed, so a plan file is
    never half written (a full disk leaves the old file as it was)."""
    from .plan import dump_plan

    text = dump_plan(plan)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
