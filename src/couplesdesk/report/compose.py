"""A session report: what each partner chose to send, as one JSON document.

Nothing is in it by default. A candidate goes in only when every partner it needs ticked it
in their own turn (its author; both, for what was written together, and for the plan's
progress). Each item says who consented and when. A partner may add a note and a flag for the
therapist alone: they are in the therapist's report only, never in the couple's copy.

What was left out is not listed anywhere: no count, no gap, no "withheld" (care.md section 8).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .. import __version__
from ..core.clock import iso
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.people import PARTNERS
from .gather import PROGRESS, Candidate, Offer
from .pictures import to_json
from .plan import ReportPlan

FORMAT = "couplesdesk-report"
VERSION = 1
FLAG_WORDS = QT_TRANSLATE_NOOP("report/compose", "I'd like to talk about something with you on my own.")
"""What a partner's flag says to the therapist."""

Report = dict[str, Any]


@dataclass(frozen=True)
class Choice:
    """One partner's choices, made in their own turn behind the hand-over."""

    partner: str
    at: datetime  # when they confirmed their choices
    included: frozenset[str] = field(default=frozenset())  # candidate ids ticked
    note: str = ""  # for the therapist alone
    flag: bool = False  # "I'd like to talk about something on my own", for the therapist alone


def included(candidate: Candidate, choices: Mapping[str, Choice]) -> bool:
    """Whether every partner ``candidate`` needs ticked it."""
    return all(p in choices and candidate.id in choices[p].included for p in candidate.needs)


def compose(offer: Offer, choices: Mapping[str, Choice], now: datetime, pictures: bool = False) -> Report:
    """The therapist's report: what was chosen, with who consented and when, and the notes and
    flags addressed to the therapist; with ``pictures`` (chosen by both, in the shared preview),
    the Progress page's pictures as the numbers they are drawn from (report/pictures.py)."""
    chosen = [c for c in offer.candidates if included(c, choices)]
    progress = next((c for c in chosen if c.id == PROGRESS), None)
    report: Report = {
        "format": FORMAT,
        "version": VERSION,
        "made_at": iso(now),
        "app": f"CouplesDesk {__version__}",
        "copy": "therapist",
        "period": {"from": offer.start.isoformat(), "to": offer.end.isoformat()},
        "couple": offer.plan.couple if offer.plan else None,
        "partners": {p: {"name": offer.names.get(p, p)} for p in PARTNERS},
        "plan": _plan(offer.plan, progress, choices),
        "items": [_item(c, choices) for c in chosen if c.id != PROGRESS],
        "for_therapist": [_note(choices[p], offer.names) for p in PARTNERS if p in choices and _has_note(choices[p])],
    }
    if pictures and offer.progress is not None:
        report["pictures"] = to_json(offer.progress)
    return report


def couple_copy(report: Report) -> Report:
    """The couple's own copy: the same report without anything private to one of them (no
    note, no flag, not even that there was one)."""
    copy = {k: v for k, v in report.items() if k != "for_therapist"}
    copy["copy"] = "couple"
    return copy


def _has_note(choice: Choice) -> bool:
    return choice.flag or bool(choice.note.strip())


def _consented(candidate: Candidate, choices: Mapping[str, Choice]) -> list[dict[str, str]]:
    return [{"partner": p, "at": iso(choices[p].at)} for p in candidate.needs]


def _plan(plan: ReportPlan | None, progress: Candidate | None, choices: Mapping[str, Choice]) -> Any:
    if plan is None:
        return None
    return {
        "id": plan.plan_id,
        "title": plan.title,
        "therapist": plan.therapist,
        "starts": plan.starts.isoformat(),
        "ends": plan.ends.isoformat(),
        "progress": [
            {"exercise_id": i.exercise_id, "title": i.title, "often": i.often, "times": i.times,
             "starts": i.starts.isoformat(), "ends": i.ends.isoformat(), "done": i.done, "missed": i.missed}
            for i in plan.items
        ] if progress is not None else [],
        "progress_consented": _consented(progress, choices) if progress is not None else [],
    }  # fmt: skip


def _item(c: Candidate, choices: Mapping[str, Choice]) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind,
        "author": c.author,
        "run_id": c.run_id,
        "exercise_id": c.exercise_id,
        "exercise_version": c.exercise_version,
        "exercise_title": c.exercise_title,
        "day": (c.day or date.min).isoformat(),
        "step": c.step,
        "asked": c.asked,
        "prompt": c.prompt,
        "text": c.text,
        "value": c.value,
        "scale": c.scale,
        "written_at": iso(c.written_at) if c.written_at else None,
        "consented": _consented(c, choices),
    }


def _note(choice: Choice, names: Mapping[str, str]) -> dict[str, Any]:
    return {
        "partner": choice.partner,
        "name": names.get(choice.partner, choice.partner),
        "flag": choice.flag,
        "flag_words": translate("report/compose", FLAG_WORDS) if choice.flag else None,
        "note": choice.note.strip(),
        "at": iso(choice.at),
    }
