"""The export document written as JSON, Markdown (a journal) and CSV (the ratings).

What partners wrote is data, never markup: in Markdown every character that could start a
heading, a list, a link, an image, HTML or emphasis is escaped, so a file opened in any
Markdown viewer shows the words as typed and fetches nothing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from ..core.i18n import translate
from .journal import clock_time, exported_line, journal, private_line, title_of, who

_INLINE = re.compile(r"([\\`*_\[\]<>&~|#])")
_LINE_START = re.compile(r"([-+=])|(\d+)([.)])")


def md_text(text: str) -> str:
    """One line of plain ``text``, safe in Markdown: what could start emphasis, code, a link or
    an image, HTML, an entity, a table or a heading is backslash-escaped; so is what would make
    the line a list item or an underline; leading spaces (which would make code) become
    no-break spaces."""
    escaped = _INLINE.sub(r"\\\1", text)
    body = escaped.lstrip(" \t")
    lead = len(escaped) - len(body)
    start = _LINE_START.match(body)
    if start and start.group(1):
        body = "\\" + body
    elif start:
        body = start.group(2) + "\\" + body[len(start.group(2)) :]
    return "\u00a0" * lead + body


def _quoted(text: str) -> list[str]:
    """A block quote of ``text``, its line breaks kept (each line ends with a hard break)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [f"> {md_text(line)}  " if line.strip() else ">" for line in lines]


def to_json(document: dict[str, Any]) -> str:
    """The document as JSON: one line for each of its fields, and one for each item of its lists
    (a run, a boundary...), so that it reads line by line and is quick to write."""

    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    fields = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            items = ",\n".join(compact(item) for item in value)
            fields.append(f"{compact(key)}:[\n{items}\n]")
        else:
            fields.append(f"{compact(key)}:{compact(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


def to_markdown(document: dict[str, Any]) -> str:
    out = [f"# {md_text(title_of(document))}", "", md_text(exported_line(document))]
    private = private_line(document)
    if private:
        out += ["", md_text(private)]
    days = journal(document)
    if not days:
        out += ["", translate("export/formats", "Nothing was written in these days.")]
    for day in days:
        out += ["", f"## {md_text(day.heading)}"]
        for entry in day.entries:
            unfinished = translate("export/formats", " (not finished)") if entry.unfinished else ""
            out += ["", f"### {md_text(entry.title)}, {entry.time}{unfinished}"]
            for line in entry.lines:
                out += ["", f"**{md_text(line.heading)}** ({md_text(line.who)})", "", *_quoted(line.text)]
            for note in entry.notes:
                out += ["", f"*{md_text(note)}*"]
    return "\n".join(out) + "\n"


RATING_COLUMNS = ("date", "time", "exercise", "scale", "who", "value", "step", "run_id")


def to_csv(document: dict[str, Any]) -> str:
    """One row per rating the export holds, oldest first; a cell that a spreadsheet would read
    as a formula starts with an apostrophe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(RATING_COLUMNS)
    for r in sorted(document["ratings"], key=lambda r: r["at"]):
        writer.writerow(
            [_cell(v) for v in (r["day"], clock_time(r["at"]), r["exercise"], r["scale"], who(document, r["author"]),
                                r["value"], r["step"], r["run_id"])]
        )  # fmt: skip
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
