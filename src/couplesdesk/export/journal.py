"""An export document as a journal: days, newest last, each with the exercises done that
day and, for each, what was asked and what was answered, in words (Markdown and PDF are
written from this; so is the search page's view of a run)."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from ..core.clock import parse_iso

PAUSE_OUTCOMES = {
    "completed": "you came back together",
    "extended": "you made it longer",
    "left": "the exercise was left during it",
}


class Line(NamedTuple):
    heading: str  # the step, as it was asked
    who: str  # a partner's name, or 'Together'
    text: str  # what was written or chosen, as plain text
    answer_id: str


class Entry(NamedTuple):
    run_id: str
    title: str
    time: str  # when it was started, e.g. '19:20'
    unfinished: bool
    lines: list[Line]
    notes: list[str]  # pauses, and what the run kept (boundaries, agreements)


class Day(NamedTuple):
    day: date
    heading: str  # e.g. 'Sunday 3 March 2026'
    entries: list[Entry]


def day_heading(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def who(document: dict[str, Any], author: str | None) -> str:
    partner = document.get("partners", {}).get(author or "")
    return partner["name"] if partner else "Together"


def _minutes(value: float) -> str:
    whole = round(value)
    return "1 minute" if whole == 1 else f"{whole} minutes"


def _pause_note(document: dict[str, Any], pause: dict[str, Any]) -> str:
    called = f", called by {who(document, pause['caller'])}" if pause.get("caller") else ""
    outcome = PAUSE_OUTCOMES.get(pause.get("outcome") or "", "")
    return f"A pause of {_minutes(pause['minutes'])}{called}" + (f"; {outcome}." if outcome else ".")


def clock_time(moment: str) -> str:
    """'19:20': the local time of an ISO moment."""
    return f"{parse_iso(moment).astimezone():%H:%M}"


def entry(document: dict[str, Any], run: dict[str, Any]) -> Entry:
    """One run, as the journal tells it."""
    steps = run["steps"]
    lines = [
        Line(steps.get(a["step"], {}).get("title") or a["step"], who(document, a["author"]), a["text"], a["id"])
        for a in run["answers"]
        if a["text"].strip()
    ]
    notes = [_pause_note(document, p) for p in run["pauses"]]
    notes += [f"Boundary kept: {b['statement']}" for b in document["boundaries"] if b["run_id"] == run["id"]]
    notes += [f"Agreement kept: {a['statement']}" for a in document["agreements"] if a["run_id"] == run["id"]]
    return Entry(run["id"], run["title"], clock_time(run["started_at"]), run["status"] != "finished", lines, notes)


def journal(document: dict[str, Any]) -> list[Day]:
    """Every day of the document that has something to tell, oldest first."""
    days: dict[date, list[Entry]] = {}
    for run in document["runs"]:
        told = entry(document, run)
        if told.lines or told.notes:
            days.setdefault(date.fromisoformat(run["day"]), []).append(told)
    for kept, label in ((document["boundaries"], "Boundary"), (document["agreements"], "Agreement")):
        for item in kept:
            if item["run_id"] is None:  # kept on its own (not from an exercise in this export)
                day = parse_iso(item["created_at"]).astimezone().date()
                note = f"{label} kept: {item['statement']}"
                days.setdefault(day, []).append(Entry("", label, clock_time(item["created_at"]), False, [], [note]))
    return [Day(day, day_heading(day), entries) for day, entries in sorted(days.items())]


def exported_line(document: dict[str, Any]) -> str:
    """'Exported on 3 March 2026, from 1 January 2026 to 3 March 2026.'"""
    when = parse_iso(document["exported_at"]).astimezone()
    period = document["period"]
    span = ""
    if period["from"] and period["to"]:
        span = f", from {_long(period['from'])} to {_long(period['to'])}"
    elif period["from"]:
        span = f", from {_long(period['from'])} on"
    elif period["to"]:
        span = f", up to {_long(period['to'])}"
    return f"Exported on {when.day} {when:%B %Y}{span}."


def _long(day: str) -> str:
    d = date.fromisoformat(day)
    return f"{d.day} {d:%B %Y}"


def title_of(document: dict[str, Any]) -> str:
    names = [p["name"] for p in document.get("partners", {}).values()]
    return f"{' and '.join(names)}: our journal" if names else "Our journal"


def private_line(document: dict[str, Any]) -> str | None:
    """Whose own private answers this export holds, if anyone's."""
    names = [who(document, p) for p in document["includes_private_of"]]
    if not names:
        return None
    return f"Holds private answers of {' and '.join(names)}, by their own choice."
