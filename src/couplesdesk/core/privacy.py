"""Who may see an answer: the one rule, asked everywhere, decided from stored facts only.

Every reader of the couple's answers (the run engine and its screens, and later history,
search, export and session reports) asks :func:`may_see`. It decides from what the
database records about the answer (who wrote it, whether it is private for good, whether it
was written alone and sealed, and whether it has been revealed), never from where a run
stands in its exercise.

The rule:

* an answer is always visible to its author;
* an answer written together (on the shared screen) is visible to everyone;
* an answer **private for good** is never shown to the other partner or to both together;
  it leaves the machine only in an export, and only when its author chose to include it;
* a **sealed** answer (written alone) is shown to the other partner or to both together only
  once it has been revealed; before that, an export or a report holds it only when its
  author chose to include it;
* anything else (written on a shared screen by one partner) is visible to everyone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

from .people import PARTNERS

ViewerKind = Literal["partner", "together", "export", "report"]


class AnswerFacts(Protocol):
    """What the database records about an answer (storage's ``AnswerRecord`` has all of it)."""

    @property
    def author(self) -> str: ...

    @property
    def private(self) -> bool: ...

    @property
    def sealed(self) -> bool: ...

    @property
    def revealed(self) -> bool: ...


@dataclass(frozen=True)
class Viewer:
    """Who is looking: one partner alone, both together at the screen, an export, or a report.

    ``including``: for an export or a report, the partners who chose to include their own
    private or still-sealed answers (asked of each of them, behind their hand-over)."""

    kind: ViewerKind
    partner: str | None = None
    including: frozenset[str] = frozenset()

    @classmethod
    def alone(cls, partner: str) -> Viewer:
        if partner not in PARTNERS:
            raise ValueError(f"{partner!r} is not a partner")
        return cls("partner", partner)

    @classmethod
    def export(cls, including: frozenset[str] = frozenset()) -> Viewer:
        return cls("export", including=including)

    @classmethod
    def report(cls, including: frozenset[str] = frozenset()) -> Viewer:
        return cls("report", including=including)

    def __str__(self) -> str:
        return self.partner if self.kind == "partner" and self.partner else self.kind


TOGETHER = Viewer("together")
"""Both partners at the screen: what a shared screen may show."""


def may_see(facts: AnswerFacts, viewer: Viewer) -> bool:
    """Whether ``viewer`` may see the answer these facts describe."""
    author = facts.author
    if author not in PARTNERS:
        return True  # written together, on the shared screen
    if viewer.kind == "partner" and viewer.partner == author:
        return True
    chosen = author in viewer.including
    if facts.private:
        return viewer.kind == "export" and chosen
    if facts.sealed and not facts.revealed:
        return viewer.kind in ("export", "report") and chosen
    return True


def may_see_run(binding: Mapping[str, str], viewer: Viewer) -> bool:
    """Whether ``viewer`` may know that a run happened at all. A solo run (its binding names
    only ``self``) is its author's alone: it never appears in shared history, search, or an
    export or report unless its author chose to include their own."""
    author = binding.get("self")
    if author is None:
        return True
    if viewer.kind == "partner":
        return viewer.partner == author
    return viewer.kind in ("export", "report") and author in viewer.including


def viewer_of_screen(actor: str, private_input: bool) -> Viewer:
    """Who a run's screen is meant for: the actor alone on a private step, else both together."""
    return Viewer.alone(actor) if private_input and actor in PARTNERS else TOGETHER


def is_sealed(who: str, private: bool, solo: bool) -> bool:
    """Whether an answer written on a step is sealed when it is written: on an 'each' step
    (each partner alone), on a private step, and in a solo run (its author's alone)."""
    return who == "each" or private or solo


def locked_words(unreadable: str, name: str) -> str:
    """What a screen shows in place of an answer it may show but cannot read: one kept locked
    with its author's personal passphrase ('locked': their passphrase opens it), or with a
    passphrase that was let go ('lost': nobody can open it). Whether an answer may be shown at
    all is still :func:`may_see`'s to say; the passphrase is a second gate, not a new rule."""
    if unreadable == "lost":
        return f"Kept locked with a passphrase {name} has since let go. Nobody can open it now."
    return f"Kept locked with {name}'s passphrase."
