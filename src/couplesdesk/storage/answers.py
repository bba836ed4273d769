"""Answers: what each partner (or both together) wrote or chose on a step of a run.

Each answer keeps the facts the privacy rule (:mod:`couplesdesk.core.privacy`) decides
from: who wrote it, whether it is private for good, whether it was written alone (sealed),
and when it was revealed to both.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from ..core.clock import parse_iso
from .base import Repository, new_id, placeholders
from .changes import Changes
from .records import AnswerRecord


def _answer(r: dict[str, Any]) -> AnswerRecord:
    return AnswerRecord(
        id=r["id"],
        run_id=r["run_id"],
        step_id=r["step_id"],
        author=r["author"],
        kind=r["kind"],
        value=json.loads(r["value"]) if r["value"] is not None else None,
        text=r["text"] or "",
        private=bool(r["private"]),
        sealed=bool(r["sealed"]),
        revealed_at=parse_iso(r["revealed_at"]) if r["revealed_at"] else None,
        updated_at=parse_iso(r["updated_at"]),
    )


class AnswerRepository(Repository):
    def save(
        self,
        run_id: str,
        step_id: str,
        author: str,
        kind: str,
        value: Any,
        text: str,
        *,
        private: bool,
        sealed: bool,
    ) -> None:
        """Insert or update one answer. Called on every autosave, so it is one statement."""
        now = self._c.now()
        self._c.write(
            Changes.ANSWERS,
            """
            INSERT INTO answers (id, run_id, step_id, author, kind, value, text, private, sealed,
                                 created_at, updated_at, device)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (run_id, step_id, author) DO UPDATE SET
                value = excluded.value, text = excluded.text, kind = excluded.kind,
                private = excluded.private, sealed = excluded.sealed, updated_at = excluded.updated_at,
                device = excluded.device, deleted_at = NULL
            """,
            [new_id(), run_id, step_id, author, kind, json.dumps(value), text, int(private), int(sealed),
             now, now, self._c.device],
        )  # fmt: skip

    def mark_revealed(self, run_id: str, step_ids: Collection[str], authors: Collection[str] | None = None) -> None:
        """Both partners have now seen these answers (of ``authors``, or everyone's): they are
        no longer sealed from either. Answers private for good are never revealed."""
        if not step_ids:
            return
        sql = (
            "UPDATE answers SET revealed_at = ?, updated_at = ?, device = ? "
            f"WHERE run_id = ? AND private = 0 AND revealed_at IS NULL AND step_id IN ({placeholders(step_ids)})"
        )
        now = self._c.now()
        params: list[Any] = [now, now, self._c.device, run_id, *step_ids]
        if authors is not None:
            sql += f" AND author IN ({placeholders(authors)})"
            params += list(authors)
        self._c.write(Changes.ANSWERS, sql, params)

    def of_run(self, run_id: str) -> dict[tuple[str, str], AnswerRecord]:
        """Every answer of a run, by (step id, author)."""
        rows = self._c.rows("SELECT * FROM answers WHERE run_id = ? AND deleted_at IS NULL", [run_id])
        return {(r["step_id"], r["author"]): _answer(r) for r in rows}
