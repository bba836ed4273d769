"""A report read as a calm document: its lines in order, each with its style, Qt-free.

The PDF (``gui/report_pdf.py``) and the therapist's document view draw these lines, so what
the PDF says is what the view shows. What was left out is not mentioned: no count, no gap.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from ..core.clock import parse_iso
from ..core.i18n import DAY_MONTH_YEAR, date_words, translate
from ..export.journal import day_heading


class Line(NamedTuple):
    style: str  # title / note / section / day / run / asked / words / flag / pictures
    text: str


def _long(day: str) -> str:
    return date_words(date.fromisoformat(day), DAY_MONTH_YEAR)


def names_of(report: dict[str, Any]) -> str:
    names = [str(p.get("name", key)) for key, p in report.get("partners", {}).items() if isinstance(p, dict)]
    if len(names) == 2:
        return translate("report/reading", "{first} and {second}").format(first=names[0], second=names[1])
    return ", ".join(names)


def names_by_key(report: dict[str, Any]) -> dict[str, str]:
    """The partners' names by key (``partner_a``...), as the report gives them."""
    partners = report.get("partners", {})
    return {key: str(p.get("name", key)) for key, p in partners.items() if isinstance(p, dict)}


def who(report: dict[str, Any], author: str) -> str:
    partner = report.get("partners", {}).get(author)
    return str(partner.get("name", author)) if isinstance(partner, dict) else translate("report/reading", "Together")


def title_of(report: dict[str, Any]) -> str:
    plan = report.get("plan") or {}
    therapist = plan.get("therapist")
    if therapist:
        return translate("report/reading", "For our session with {therapist}").format(therapist=therapist)
    return translate("report/reading", "For our session")


def lines(report: dict[str, Any]) -> list[Line]:
    """The whole report, in reading order."""
    period = report.get("period", {})
    made = parse_iso(report["made_at"]).astimezone()
    out = [Line("title", title_of(report))]
    label = report.get("couple") or names_of(report)
    days = translate("report/reading", "{couple} · from {first} to {last}")
    out.append(Line("note", days.format(couple=label, first=_long(period["from"]), last=_long(period["to"]))))
    made_words = translate("report/reading", "Prepared on {day}; each of them chose what is in it.")
    out.append(Line("note", made_words.format(day=date_words(made.date(), DAY_MONTH_YEAR))))
    out += _for_therapist(report)
    out += _homework(report)
    if report.get("pictures"):  # drawn where this line stands (gui/report_pdf.py), from the numbers
        out.append(Line("pictures", translate("report/reading", "How it has been going")))
    out += _shared(report)
    return out


def _for_therapist(report: dict[str, Any]) -> list[Line]:
    notes = report.get("for_therapist") or []
    if not notes:
        return []
    out = [Line("section", translate("report/reading", "For you alone"))]
    for note in notes:
        name = str(note.get("name") or who(report, str(note.get("partner"))))
        out.append(Line("run", translate("report/reading", "From {name}").format(name=name)))
        if note.get("flag"):
            out.append(Line("flag", str(note.get("flag_words") or "")))
        if note.get("note"):
            out.append(Line("words", str(note["note"])))
    return out


def progress_words(item: dict[str, Any]) -> str:
    """'Share one thing (every day): done 7 times, not done 3 times'."""
    often = {"daily": translate("report/reading", "every day"), "once": translate("report/reading", "once")}.get(
        str(item.get("often", ""))
    )
    if often is None:
        times = int(item.get("times") or 1)  # a plain name: pyside6-lupdate drops a call whose count is an expression
        often = translate("report/reading", "%n times a week", None, times)
    done, missed = int(item.get("done", 0)), int(item.get("missed", 0))
    done_words = (
        translate("report/reading", "done once")
        if done == 1
        else translate("report/reading", "done %n times", None, done)
    )
    title = item.get("title", item.get("exercise_id", ""))
    if not missed:
        return translate("report/reading", "{title} ({often}): {done}").format(
            title=title, often=often, done=done_words
        )
    missed_words = (
        translate("report/reading", "not done once")
        if missed == 1
        else translate("report/reading", "not done %n times", None, missed)
    )
    return translate("report/reading", "{title} ({often}): {done}, {missed}").format(
        title=title, often=often, done=done_words, missed=missed_words
    )


def _homework(report: dict[str, Any]) -> list[Line]:
    plan = report.get("plan") or {}
    progress = plan.get("progress") or []
    if not plan:
        return []
    out = [
        Line("section", translate("report/reading", "The homework")),
        Line(
            "note",
            translate("report/reading", "{title} ({first} to {last})").format(
                title=plan.get("title", ""), first=_long(plan["starts"]), last=_long(plan["ends"])
            ),
        ),
    ]
    out += [Line("words", progress_words(item)) for item in progress]
    return out


def _shared(report: dict[str, Any]) -> list[Line]:
    items = report.get("items") or []
    if not items:
        return [
            Line("section", translate("report/reading", "What we chose to share")),
            Line("note", translate("report/reading", "Nothing from the exercises this time.")),
        ]
    out = [Line("section", translate("report/reading", "What we chose to share"))]
    day, run = "", ""
    for item in items:
        if item.get("day") != day:
            day = str(item.get("day"))
            out.append(Line("day", day_heading(date.fromisoformat(day))))
            run = ""
        if item.get("run_id") != run:
            run = str(item.get("run_id"))
            out.append(Line("run", str(item.get("exercise_title") or item.get("exercise_id"))))
        asked = translate("report/reading", "{asked} · {who}")
        out.append(Line("asked", asked.format(asked=item.get("asked", ""), who=who(report, str(item.get("author"))))))
        out.append(Line("words", str(item.get("text", ""))))
    return out
