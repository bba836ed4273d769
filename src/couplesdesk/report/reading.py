"""A report read as a calm document: its lines in order, each with its style, Qt-free.

The PDF (``gui/report_pdf.py``) and the therapist's document view draw these lines, so what
the PDF says is what the view shows. What was left out is not mentioned: no count, no gap.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from ..core.clock import parse_iso
from ..export.journal import day_heading

OFTEN = {"daily": "every day", "once": "once"}


class Line(NamedTuple):
    style: str  # title / note / section / day / run / asked / words / flag / pictures
    text: str


def _long(day: str) -> str:
    d = date.fromisoformat(day)
    return f"{d.day} {d:%B %Y}"


def names_of(report: dict[str, Any]) -> str:
    names = [str(p.get("name", key)) for key, p in report.get("partners", {}).items() if isinstance(p, dict)]
    return " and ".join(names)


def names_by_key(report: dict[str, Any]) -> dict[str, str]:
    """The partners' names by key (``partner_a``...), as the report gives them."""
    partners = report.get("partners", {})
    return {key: str(p.get("name", key)) for key, p in partners.items() if isinstance(p, dict)}


def who(report: dict[str, Any], author: str) -> str:
    partner = report.get("partners", {}).get(author)
    return str(partner.get("name", author)) if isinstance(partner, dict) else "Together"


def title_of(report: dict[str, Any]) -> str:
    plan = report.get("plan") or {}
    therapist = plan.get("therapist")
    return f"For our session with {therapist}" if therapist else "For our session"


def lines(report: dict[str, Any]) -> list[Line]:
    """The whole report, in reading order."""
    period = report.get("period", {})
    made = parse_iso(report["made_at"]).astimezone()
    out = [Line("title", title_of(report))]
    label = report.get("couple") or names_of(report)
    out.append(Line("note", f"{label} · from {_long(period['from'])} to {_long(period['to'])}"))
    out.append(Line("note", f"Prepared on {made.day} {made:%B %Y}; each of them chose what is in it."))
    out += _for_therapist(report)
    out += _homework(report)
    if report.get("pictures"):  # drawn where this line stands (gui/report_pdf.py), from the numbers
        out.append(Line("pictures", "How it has been going"))
    out += _shared(report)
    return out


def _for_therapist(report: dict[str, Any]) -> list[Line]:
    notes = report.get("for_therapist") or []
    if not notes:
        return []
    out = [Line("section", "For you alone")]
    for note in notes:
        name = str(note.get("name") or who(report, str(note.get("partner"))))
        out.append(Line("run", f"From {name}"))
        if note.get("flag"):
            out.append(Line("flag", str(note.get("flag_words") or "")))
        if note.get("note"):
            out.append(Line("words", str(note["note"])))
    return out


def progress_words(item: dict[str, Any]) -> str:
    often = OFTEN.get(item.get("often", ""), f"{item.get('times')} times a week")
    done, missed = int(item.get("done", 0)), int(item.get("missed", 0))
    done_words = "done once" if done == 1 else f"done {done} times"
    missed_words = "" if not missed else (", not done once" if missed == 1 else f", not done {missed} times")
    return f"{item.get('title', item.get('exercise_id', ''))} ({often}): {done_words}{missed_words}"


def _homework(report: dict[str, Any]) -> list[Line]:
    plan = report.get("plan") or {}
    progress = plan.get("progress") or []
    if not plan:
        return []
    out = [
        Line("section", "The homework"),
        Line("note", f"{plan.get('title', '')} ({_long(plan['starts'])} to {_long(plan['ends'])})"),
    ]
    out += [Line("words", progress_words(item)) for item in progress]
    return out


def _shared(report: dict[str, Any]) -> list[Line]:
    items = report.get("items") or []
    if not items:
        return [Line("section", "What we chose to share"), Line("note", "Nothing from the exercises this time.")]
    out = [Line("section", "What we chose to share")]
    day, run = "", ""
    for item in items:
        if item.get("day") != day:
            day = str(item.get("day"))
            out.append(Line("day", day_heading(date.fromisoformat(day))))
            run = ""
        if item.get("run_id") != run:
            run = str(item.get("run_id"))
            out.append(Line("run", str(item.get("exercise_title") or item.get("exercise_id"))))
        out.append(Line("asked", f"{item.get('asked', '')} · {who(report, str(item.get('author')))}"))
        out.append(Line("words", str(item.get("text", ""))))
    return out
