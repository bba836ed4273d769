"""The reads behind the History page: runs newest first, a page at a time, and what a run's
transcript needs beyond its answers (its pauses).

Paging is by key, not by offset: each page starts after the last run of the one before
(``started_at``, then ``id``), along an index, so the thousandth page costs what the first does.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from ..core.clock import parse_iso
from .base import Repository, placeholders
from .pauses import _pause
from .records import AnswerRecord, HistoryRun, PauseRecord
from .runs import _answer

Cursor = tuple[str, str]
"""Where a page of history ends: the last run's ``started_at`` (as stored) and id."""

SOLO = "json_extract(binding, '$.self')"
"""The partner doing a solo exercise alone ('self' is never a role's name), else NULL."""


def _history_run(r: dict[str, Any]) -> HistoryRun:
    return HistoryRun(
        id=r["id"],
        exercise_id=r["exercise_id"],
        title=r["title"],
        day=date.fromisoformat(r["day"]),
        status=r["status"],
        started_at=parse_iso(r["started_at"]),
        finished_at=parse_iso(r["finished_at"]) if r["finished_at"] else None,
        solo=r["solo"],
    )


class HistoryQueries(Repository):
    def runs(
        self,
        limit: int,
        after: Cursor | None = None,
        *,
        exercise_ids: Collection[str] | None = None,
        since: date | None = None,
        until: date | None = None,
        solo_of: str | None = None,
    ) -> tuple[list[HistoryRun], Cursor | None]:
        """Up to ``limit`` runs that started before ``after``, newest first, and the cursor of
        the last one (None when there are no more). Solo runs are left out, but for those of
        ``solo_of``; ``exercise_ids`` (when given), ``since`` and ``until`` (days, inclusive) narrow it."""
        where = [f"deleted_at IS NULL AND ({SOLO} IS NULL OR {SOLO} = ?)"]
        params: list[Any] = [solo_of or ""]
        if exercise_ids is not None:
            where.append(f"exercise_id IN ({placeholders(exercise_ids)})" if exercise_ids else "0")
            params += list(exercise_ids)
        if since is not None:
            where.append("day >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("day <= ?")
            params.append(until.isoformat())
        if after is not None:
            where.append("(started_at, id) < (?, ?)")
            params += list(after)
        rows = self._c.rows(
            "SELECT id, exercise_id, title, day, status, started_at, finished_at, "
            f"{SOLO} AS solo FROM runs WHERE {' AND '.join(where)} ORDER BY started_at DESC, id DESC LIMIT ?",
            [*params, limit],
        )
        cursor = (rows[-1]["started_at"], rows[-1]["id"]) if len(rows) == limit else None
        return [_history_run(r) for r in rows], cursor

    def words_of(self, run_ids: Collection[str], author: str) -> list[AnswerRecord]:
        """The answers of ``author`` with words in them, in these runs (choices that record
        who may reveal what are not answers)."""
        if not run_ids:
            return []
        rows = self._c.rows(
            f"SELECT * FROM answers WHERE run_id IN ({placeholders(run_ids)}) AND author = ? "
            "AND deleted_at IS NULL AND trim(text) != '' AND kind != 'consent'",
            [*run_ids, author],
        )
        return [_answer(r) for r in rows]

    def pauses_of(self, run_id: str) -> list[PauseRecord]:
        """The pauses taken in a run, in the order they began."""
        rows = self._c.rows(
            "SELECT * FROM pauses WHERE run_id = ? AND deleted_at IS NULL ORDER BY started_at, rowid", [run_id]
        )
        return [_pause(r) for r in rows]
