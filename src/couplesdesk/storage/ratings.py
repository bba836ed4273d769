"""Ratings: a number on a scale (calm, closeness, ease...) from one partner in one run."""

from __future__ import annotations

from ..core.clock import parse_iso
from .base import Repository, new_id
from .changes import Changes
from .personal import withheld
from .records import RatingRecord


class RatingRepository(Repository):
    def add(self, run_id: str, step_id: str, author: str, scale: str, value: int) -> None:
        """Record a rating; a later change of the same rating in the same run replaces it. A
        rating whose answer is kept locked with its author's passphrase is withheld: a row
        without its number, until the passphrase is removed (see :mod:`.personal`)."""
        now = self._c.now()
        gone = now if withheld(self._c, run_id, step_id, author) else None
        self._c.write(
            Changes.RATINGS,
            """
            INSERT INTO ratings (id, run_id, step_id, author, scale, value, at, created_at, updated_at, device,
                                 deleted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (run_id, step_id, author) DO UPDATE SET scale = excluded.scale, value = excluded.value,
                at = excluded.at, updated_at = excluded.updated_at, device = excluded.device,
                deleted_at = excluded.deleted_at
            """,
            [new_id(), run_id, step_id, author, scale, 0 if gone else value, now, now, now, self._c.device, gone],
        )

    def of_scale(self, scale: str) -> list[RatingRecord]:
        rows = self._c.values(
            "SELECT at, author, value FROM ratings WHERE scale = ? AND deleted_at IS NULL ORDER BY at", [scale]
        )
        return [RatingRecord(parse_iso(at), author, value) for at, author, value in rows]
