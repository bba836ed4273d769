"""Daily sharing: which days both partners wrote their one thing, and the streak."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..core.people import PARTNERS
from .base import Repository


class ShareQueries(Repository):
    def days(self, exercise_id: str, step_id: str, since: date | None = None) -> dict[date, set[str]]:
        """For each day, which partners wrote a non-empty answer to ``step_id`` of ``exercise_id``."""
        sql = """
            SELECT runs.day, answers.author
            FROM answers JOIN runs ON runs.id = answers.run_id
            WHERE runs.exercise_id = ? AND answers.step_id = ? AND trim(answers.text) != ''
              AND answers.deleted_at IS NULL AND runs.deleted_at IS NULL
        """
        params: list[Any] = [exercise_id, step_id]
        if since is not None:
            sql += " AND runs.day >= ?"
            params.append(since.isoformat())
        days: dict[date, set[str]] = {}
        for day, author in self._c.values(sql, params):
            days.setdefault(date.fromisoformat(day), set()).add(author)
        return days

    def streak(self, exercise_id: str, step_id: str, today: date) -> int:
        """Consecutive days, up to today, on which both partners shared. Today still counts
        as 'not broken yet' when it has no share: the streak runs to yesterday.

        Reads only as many recent days as the streak needs (a month, then more only while
        the streak reaches back that far), so Today stays quick on years of history."""
        window = 32
        while True:
            window = min(window, 3660)
            since = today - timedelta(days=window)
            days = self.days(exercise_id, step_id, since=since)
            both = {d for d, who in days.items() if set(PARTNERS) <= who}
            day = today if today in both else today - timedelta(days=1)
            streak = 0
            while day in both:
                streak += 1
                day -= timedelta(days=1)
            if day >= since or window >= 3660:
                return streak
            window *= 4
