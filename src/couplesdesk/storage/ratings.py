"""Ratings: a number on a scale (calm, closeness, ease...) from one partner in one run."""

from __future__ import annotations

import json
from datetime import date

from ..core.clock import parse_iso
from .base import Repository, new_id
from .changes import Changes
from .personal import withheld
from .records import RatingFacts, RatingRecord


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

    def with_facts(self, exercise_id: str, since: date) -> list[RatingFacts]:
        """The ratings given in runs of ``exercise_id`` from ``since`` on, oldest first, each with
        the facts of its answer (the same run, step and author) and its author's consent for
        the step (the answer '<step>.consent'), for the privacy rule to decide from."""
        rows = self._c.values(
            """
            SELECT runs.day, ratings.step_id, ratings.author, ratings.scale, ratings.value,
                   answers.id IS NOT NULL, answers.private, answers.sealed, answers.revealed_at, consent.value
            FROM runs
            JOIN ratings ON ratings.run_id = runs.id AND ratings.deleted_at IS NULL
            LEFT JOIN answers ON answers.run_id = ratings.run_id AND answers.step_id = ratings.step_id
                AND answers.author = ratings.author AND answers.deleted_at IS NULL
            LEFT JOIN answers AS consent ON consent.run_id = ratings.run_id
                AND consent.step_id = ratings.step_id || '.consent' AND consent.author = ratings.author
                AND consent.deleted_at IS NULL
            WHERE runs.exercise_id = ? AND runs.day >= ? AND runs.deleted_at IS NULL
            ORDER BY runs.day, ratings.at, ratings.rowid
            """,
            [exercise_id, since.isoformat()],
        )
        return [
            RatingFacts(
                day=date.fromisoformat(day),
                step_id=step_id,
                author=author,
                scale=scale,
                value=value,
                answered=bool(answered),
                private=bool(private) if answered else True,
                sealed=bool(sealed) if answered else True,
                revealed_at=parse_iso(revealed_at) if revealed_at else None,
                consent=_choice(consent),
            )
            for day, step_id, author, scale, value, answered, private, sealed, revealed_at, consent in rows
        ]


def _choice(value: str | None) -> str | None:
    """A consent answer as stored (JSON text), as the word chosen."""
    if value is None:
        return None
    try:
        choice = json.loads(value)
    except ValueError:
        return None
    return choice if isinstance(choice, str) else None
