"""What a search shows: the hits a viewer may see, and each hit's words as plain text with the
ranges to highlight (never markup: a screen draws the ranges itself).

The index (storage, migration 0008) holds only what both partners may see; this module asks
the privacy rule again for every hit before it is shown, so a hit that slipped into the index
by mistake is still never shown to the wrong person.
"""

from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol, TypeVar

from .privacy import AnswerFacts, Viewer, may_see, may_see_run

MARK_START, MARK_END = "\ue000", "\ue001"
"""The characters storage's ``highlight()`` puts around each matched word."""

ELLIPSIS = "…"


class Hit(AnswerFacts, Protocol):
    @property
    def binding(self) -> dict[str, str]: ...


H = TypeVar("H", bound=Hit)


def visible(hits: Iterable[H], viewer: Viewer) -> list[H]:
    """The hits ``viewer`` may see: the answer (or boundary, agreement), and its run."""
    return [h for h in hits if may_see(h, viewer) and may_see_run(h.binding, viewer)]


class Highlighted(NamedTuple):
    """Plain text, and the (start, length) of each part to highlight, in characters."""

    text: str
    ranges: tuple[tuple[int, int], ...]


def highlighted(marked: str, text: str) -> Highlighted:
    """``text`` with the ranges that ``marked`` (the same text with marks around matched words)
    shows. A text that itself holds a mark character is shown whole, without highlights."""
    if MARK_START in text or MARK_END in text:
        return Highlighted(text, ())
    plain: list[str] = []
    ranges: list[tuple[int, int]] = []
    start = -1
    length = 0
    for ch in marked:
        if ch == MARK_START:
            start = length
        elif ch == MARK_END:
            if start >= 0 and length > start:
                ranges.append((start, length - start))
            start = -1
        else:
            plain.append(ch)
            length += 1
    if "".join(plain) != text:
        return Highlighted(text, ())
    return Highlighted(text, tuple(ranges))


def excerpt(found: Highlighted, width: int = 240) -> Highlighted:
    """At most about ``width`` characters of ``found`` on one line, around its first highlight,
    cut between words, with '…' where text was left out; ranges moved to match."""
    flat = " ".join(found.text.split())
    shift = _shifts(found.text)
    ranges = [(shift[s], shift[s + n - 1] - shift[s] + 1) for s, n in found.ranges if shift[s] >= 0]
    if len(flat) <= width:
        return Highlighted(flat, tuple(ranges))
    first = ranges[0][0] if ranges else 0
    begin = max(0, first - width // 3)
    if begin:
        space = flat.find(" ", begin)
        begin = space + 1 if 0 <= space < first else begin
    end = min(len(flat), begin + width)
    if end < len(flat):
        space = flat.rfind(" ", begin, end)
        end = space if space > max(begin, first) else end
    head = ELLIPSIS if begin else ""
    tail = ELLIPSIS if end < len(flat) else ""
    moved = [(s - begin + len(head), min(n, end - s)) for s, n in ranges if begin <= s < end]
    return Highlighted(head + flat[begin:end] + tail, tuple(moved))


def _shifts(text: str) -> list[int]:
    """Where each character of ``text`` lands once runs of white space are one space and the
    ends are trimmed (-1 for a character that goes)."""
    out: list[int] = []
    position = 0
    pending_space = False
    started = False
    for ch in text:
        if ch.isspace():
            out.append(-1)
            pending_space = started
            continue
        if pending_space:
            position += 1
            pending_space = False
        out.append(position)
        position += 1
        started = True
    return out


def matched_words(found: Highlighted) -> Sequence[str]:
    """The highlighted words themselves (for tests and screen readers)."""
    return [found.text[s : s + n] for s, n in found.ranges]
