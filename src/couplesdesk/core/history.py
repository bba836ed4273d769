"""What the History page lists: every run, newest first, a page at a time, as one viewer may
see it (Qt-free, so it runs on the database worker).

* A solo run belongs to the partner who did it: it is listed only in that partner's own view,
  never in the history the two of them look at together (care brief, "stepping-away").
* "Words from" a partner lists the runs in which that partner wrote something the viewer may
  see, asked of the one privacy rule (:func:`~couplesdesk.core.privacy.may_see`) for every
  answer: a run is never listed because of words the viewer may not read.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ..storage import HistoryRun, Store
from ..storage.history import Cursor
from .privacy import Viewer, may_see

PAGE = 60
"""Runs per page: more than a tall window shows, few enough to read in a few milliseconds."""
SCAN = 1200
"""At most this many runs are looked at for one page when a filter on words drops most of
them: the page comes back short, and the next one carries on where it stopped."""


class HistoryQuery(NamedTuple):
    """Which runs to list. ``exercise_ids``: None for every exercise (an empty tuple lists
    nothing: a category with no exercise in it). ``since`` and ``until``: days, inclusive.
    ``words_of``: only runs with words of this partner's that the viewer may see."""

    exercise_ids: tuple[str, ...] | None = None
    since: date | None = None
    until: date | None = None
    words_of: str | None = None


class HistoryPage(NamedTuple):
    runs: list[HistoryRun]
    cursor: Cursor | None
    """Where the next page starts; None when there is nothing more."""


def read_history(
    store: Store, query: HistoryQuery, viewer: Viewer, after: Cursor | None = None, limit: int = PAGE
) -> HistoryPage:
    """The next page of runs after ``after`` (the first page without it) that ``viewer`` may
    see and ``query`` asks for."""
    solo_of = viewer.partner if viewer.kind == "partner" else None

    def page(size: int, start: Cursor | None) -> tuple[list[HistoryRun], Cursor | None]:
        return store.history.runs(
            size,
            start,
            exercise_ids=query.exercise_ids,
            since=query.since,
            until=query.until,
            solo_of=solo_of,
        )

    if query.words_of is None:
        runs, cursor = page(limit, after)
        return HistoryPage(runs, cursor)
    found: list[HistoryRun] = []
    cursor, looked = after, 0
    while len(found) < limit and looked < SCAN:
        runs, cursor = page(limit * 2, cursor)
        looked += len(runs)
        words = store.history.words_of([r.id for r in runs], query.words_of)
        with_words = {answer.run_id for answer in words if may_see(answer, viewer)}
        found += [r for r in runs if r.id in with_words]
        if cursor is None:
            break
    return HistoryPage(found, cursor)
