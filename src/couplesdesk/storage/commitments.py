"""What a couple keeps from their exercises: boundaries and agreements.

Both can be worded again: the words they had are kept as history, one row per earlier
wording (``boundary_wordings``, ``agreement_wordings``), and the current words stay in
``statement``. Forgetting a boundary or an agreement clears its words and every earlier
wording of it; tombstones stay (so another device learns of it).
"""

from __future__ import annotations

from typing import Any

from ..core.clock import parse_iso
from .base import Connection, Repository, new_id, placeholders
from .changes import Changes
from .forgetting import Forgetting
from .records import AGREEMENT_STATUSES, BOUNDARY_STATUSES, AgreementRecord, BoundaryRecord, WordingRecord


class _Kept:
    """Where one kind of kept thing lives: its table, its wordings' table and its change flag."""

    def __init__(self, table: str, owner: str, changes: Changes):
        self.table, self.owner, self.changes = table, owner, changes
        self.wordings = f"{owner}_wordings"

    def reword(self, c: Connection, row_id: str, statement: str) -> bool:
        """New words for a row; the old ones are kept as an earlier wording. Returns False when
        the words are the same as before (nothing is written). Raises ValueError for no words,
        KeyError for a row that does not exist (or was deleted)."""
        statement = statement.strip()
        if not statement:
            raise ValueError("new words are needed; the old ones are kept")
        with c.transaction(self.changes):
            rows = c.rows(
                f"SELECT statement, created_at FROM {self.table} WHERE id = ? AND deleted_at IS NULL", [row_id]
            )
            if not rows:
                raise KeyError(row_id)
            old = rows[0]["statement"]
            if old == statement:
                return False
            [(last,)] = c.values(
                f"SELECT max(replaced_at) FROM {self.wordings} WHERE {self.owner}_id = ? AND deleted_at IS NULL",
                [row_id],
            )
            now = c.now()
            c.execute(
                f"INSERT INTO {self.wordings} (id, {self.owner}_id, statement, worded_at, replaced_at, "
                "created_at, updated_at, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [new_id(), row_id, old, last or rows[0]["created_at"], now, now, now, c.device],
            )
            c.execute(
                f"UPDATE {self.table} SET statement = ?, updated_at = ?, device = ? WHERE id = ?",
                [statement, now, c.device, row_id],
            )
        return True

    def earlier(self, c: Connection, row_id: str) -> list[WordingRecord]:
        """The earlier wordings of a row, oldest first."""
        rows = c.rows(
            f"SELECT id, statement, worded_at, replaced_at FROM {self.wordings} "
            f"WHERE {self.owner}_id = ? AND deleted_at IS NULL ORDER BY worded_at, rowid",
            [row_id],
        )
        return [
            WordingRecord(r["id"], r["statement"], parse_iso(r["worded_at"]), parse_iso(r["replaced_at"])) for r in rows
        ]

    def first_words(self, c: Connection, row_ids: list[str]) -> dict[str, str]:
        """For each of ``row_ids`` that was worded again, the words it was first kept with."""
        if not row_ids:
            return {}
        rows = c.values(
            f"SELECT {self.owner}_id, statement FROM {self.wordings} "
            f"WHERE {self.owner}_id IN ({placeholders(row_ids)}) AND deleted_at IS NULL ORDER BY worded_at DESC, rowid DESC",
            row_ids,
        )
        return dict(rows)  # the oldest wording of each, written last, wins


BOUNDARIES = _Kept("boundaries", "boundary", Changes.BOUNDARIES)
AGREEMENTS = _Kept("agreements", "agreement", Changes.AGREEMENTS)


def _boundary(r: dict[str, Any]) -> BoundaryRecord:
    return BoundaryRecord(
        id=r["id"],
        run_id=r["run_id"],
        author=r["author"],
        statement=r["statement"],
        status=r["status"],
        created_at=parse_iso(r["created_at"]),
        updated_at=parse_iso(r["updated_at"]),
    )


def _agreement(r: dict[str, Any]) -> AgreementRecord:
    return AgreementRecord(
        id=r["id"],
        run_id=r["run_id"],
        statement=r["statement"],
        created_at=parse_iso(r["created_at"]),
        status=r["status"],
        updated_at=parse_iso(r["updated_at"]),
        run_title=r.get("run_title"),
    )


class BoundaryRepository(Repository):
    def add(self, run_id: str | None, author: str, statement: str, status: str = "stated") -> str:
        if status not in BOUNDARY_STATUSES:
            raise ValueError(f"unknown boundary status {status!r}")
        now, boundary_id = self._c.now(), new_id()
        self._c.write(
            Changes.BOUNDARIES,
            "INSERT INTO boundaries (id, run_id, author, statement, status, created_at, updated_at, device) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [boundary_id, run_id, author, statement, status, now, now, self._c.device],
        )
        return boundary_id

    def set_status(self, boundary_id: str, status: str) -> None:
        if status not in BOUNDARY_STATUSES:
            raise ValueError(f"unknown boundary status {status!r}")
        self._c.write(
            Changes.BOUNDARIES,
            "UPDATE boundaries SET status = ?, updated_at = ?, device = ? WHERE id = ? AND deleted_at IS NULL",
            [status, self._c.now(), self._c.device, boundary_id],
        )

    def reword(self, boundary_id: str, statement: str) -> bool:
        """New words for a boundary; its old words are kept as history (see :meth:`earlier_wordings`)."""
        return BOUNDARIES.reword(self._c, boundary_id, statement)

    def earlier_wordings(self, boundary_id: str) -> list[WordingRecord]:
        return BOUNDARIES.earlier(self._c, boundary_id)

    def first_words(self, boundary_ids: list[str]) -> dict[str, str]:
        """The words each boundary was first kept with, for those worded again since."""
        return BOUNDARIES.first_words(self._c, boundary_ids)

    def delete(self, boundary_id: str) -> None:
        """Forget a boundary: its words and earlier wordings are cleared everywhere (the log and
        every backup too), a tombstone stays (so another device learns of it)."""
        Forgetting(self._c).boundary(boundary_id)

    def of_run(self, run_id: str) -> list[BoundaryRecord]:
        """The boundaries a run kept, in the order it kept them."""
        rows = self._c.rows(
            "SELECT * FROM boundaries WHERE run_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid", [run_id]
        )
        return [_boundary(r) for r in rows]

    def list(self, limit: int | None = None) -> list[BoundaryRecord]:
        """Newest first."""
        rows = self._c.rows(
            "SELECT * FROM boundaries WHERE deleted_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT ?",
            [limit if limit is not None else -1],
        )
        return [_boundary(r) for r in rows]


class AgreementRepository(Repository):
    def add(self, run_id: str | None, statement: str) -> str:
        now, agreement_id = self._c.now(), new_id()
        self._c.write(
            Changes.AGREEMENTS,
            "INSERT INTO agreements (id, run_id, statement, created_at, updated_at, device) VALUES (?, ?, ?, ?, ?, ?)",
            [agreement_id, run_id, statement, now, now, self._c.device],
        )
        return agreement_id

    def set_status(self, agreement_id: str, status: str) -> None:
        if status not in AGREEMENT_STATUSES:
            raise ValueError(f"unknown agreement status {status!r}")
        self._c.write(
            Changes.AGREEMENTS,
            "UPDATE agreements SET status = ?, updated_at = ?, device = ? WHERE id = ?",
            [status, self._c.now(), self._c.device, agreement_id],
        )

    def reword(self, agreement_id: str, statement: str) -> bool:
        """New words for an agreement; its old words are kept as history."""
        return AGREEMENTS.reword(self._c, agreement_id, statement)

    def earlier_wordings(self, agreement_id: str) -> list[WordingRecord]:
        return AGREEMENTS.earlier(self._c, agreement_id)

    def first_words(self, agreement_ids: list[str]) -> dict[str, str]:
        return AGREEMENTS.first_words(self._c, agreement_ids)

    def delete(self, agreement_id: str) -> None:
        """Forget an agreement: its words and earlier wordings are cleared everywhere, a tombstone stays."""
        Forgetting(self._c).agreement(agreement_id)

    def of_run(self, run_id: str) -> list[AgreementRecord]:
        rows = self._c.rows(
            "SELECT * FROM agreements WHERE run_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid", [run_id]
        )
        return [_agreement(r) for r in rows]

    def list(self) -> list[AgreementRecord]:
        """Oldest first, each with the title of the run it came from."""
        rows = self._c.rows(
            "SELECT agreements.*, runs.title AS run_title FROM agreements LEFT JOIN runs ON runs.id = agreements.run_id "
            "WHERE agreements.deleted_at IS NULL ORDER BY agreements.created_at, agreements.rowid"
        )
        return [_agreement(r) for r in rows]
