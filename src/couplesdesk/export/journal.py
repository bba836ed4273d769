"""An export document as a journal: days, newest last, each with the exercises done that
day and, for each, what was asked and what was answered, in words (Markdown and PDF are
written from this; so is the search page's view of a run)."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from ..core.clock import parse_iso
from ..core.i18n import DAY_MONTH_YEAR, date_words, translate


def pause_outcome(outcome: str) -> str:
    """How a pause ended, in words ('' when it has not)."""
    outcomes = {
        "completed": translate("export/journal", "you came back together"),
        "extended": translate("export/journal", "you made it longer"),
        "left": translate("export/journal", "the exercise was left during it"),
    }
    return outcomes.get(outcome, "")


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
    """'Sunday 3 March 2026' (a date pattern in QLocale's letters: weekday, day, month, year)."""
    return date_words(day, translate("export/journal", "dddd d MMMM yyyy"))


def who(document: dict[str, Any], author: str | None) -> str:
    partner = document.get("partners", {}).get(author or "")
    return partner["name"] if partner else translate("export/journal", "Together")


def _minutes(value: float) -> str:
    whole = round(value)
    if whole == 1:
        return translate("export/journal", "1 minute")
    return translate("export/journal", "{count} minutes").format(count=whole)


def _pause_note(document: dict[str, Any], pause: dict[str, Any]) -> str:
    outcome = pause_outcome(pause.get("outcome") or "")
    if pause.get("caller"):
        note = translate("export/journal", "A pause of {minutes}, called by {name}")
    else:
        note = translate("export/journal", "A pause of {minutes}")
    note = note.format(minutes=_minutes(pause["minutes"]), name=who(document, pause.get("caller")))
    return note + (f"; {outcome}." if outcome else ".")


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
    boundary, agreement = _boundary_kept(), _agreement_kept()
    notes += [boundary.format(words=b["statement"]) for b in document["boundaries"] if b["run_id"] == run["id"]]
    notes += [agreement.format(words=a["statement"]) for a in document["agreements"] if a["run_id"] == run["id"]]
    return Entry(run["id"], run["title"], clock_time(run["started_at"]), run["status"] != "finished", lines, notes)


def journal(document: dict[str, Any]) -> list[Day]:
    """Every day of the document that has something to tell, oldest first."""
    days: dict[date, list[Entry]] = {}
    for run in document["runs"]:
        told = entry(document, run)
        if told.lines or told.notes:
            days.setdefault(date.fromisoformat(run["day"]), []).append(told)
    boundaries = (document["boundaries"], translate("export/journal", "Boundary"), _boundary_kept())
    agreements = (document["agreements"], translate("export/journal", "Agreement"), _agreement_kept())
    for kept, label, words in (boundaries, agreements):
        for item in kept:
            if item["run_id"] is None:  # kept on its own (not from an exercise in this export)
                day = parse_iso(item["created_at"]).astimezone().date()
                note = words.format(words=item["statement"])
                days.setdefault(day, []).append(Entry("", label, clock_time(item["created_at"]), False, [], [note]))
    return [Day(day, day_heading(day), entries) for day, entries in sorted(days.items())]


def exported_line(document: dict[str, Any]) -> str:
    """'Exported on 3 March 2026, from 1 January 2026 to 3 March 2026.'"""
    when = parse_iso(document["exported_at"]).astimezone()
    period = document["period"]
    if period["from"] and period["to"]:
        line = translate("export/journal", "Exported on {day}, from {start} to {end}.")
    elif period["from"]:
        line = translate("export/journal", "Exported on {day}, from {start} on.")
    elif period["to"]:
        line = translate("export/journal", "Exported on {day}, up to {end}.")
    else:
        line = translate("export/journal", "Exported on {day}.")
    return line.format(
        day=date_words(when.date(), DAY_MONTH_YEAR), start=_long(period["from"]), end=_long(period["to"])
    )


def _long(day: str | None) -> str:
    return date_words(date.fromisoformat(day), DAY_MONTH_YEAR) if day else ""


def _boundary_kept() -> str:
    return translate("export/journal", "Boundary kept: {words}")


def _agreement_kept() -> str:
    return translate("export/journal", "Agreement kept: {words}")


def _both(names: list[str]) -> str:
    """'Alex and Sam' (or one name)."""
    if len(names) == 2:
        return translate("export/journal", "{first} and {second}").format(first=names[0], second=names[1])
    return ", ".join(names)


def title_of(document: dict[str, Any]) -> str:
    names = [p["name"] for p in document.get("partners", {}).values()]
    if names:
        return translate("export/journal", "{names}: our journal").format(names=_both(names))
    return translate("export/journal", "Our journal")


def private_line(document: dict[str, Any]) -> str | None:
    """Whose own private answers this export holds, if anyone's."""
    names = [who(document, p) for p in document["includes_private_of"]]
    if not names:
        return None
    return translate("export/journal", "Holds private answers of {names}, by their own choice.").format(
        names=_both(names)
    )
