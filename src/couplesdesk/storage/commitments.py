"""What a couple keeps from their exercises: boundaries and agreements."""

from __future__ import annotations

from typing import Any

from ..core.clock import parse_iso
from .base import Repository, new_id
from .changes import Changes
from .forgetting import Forgetting
from .records import BOUNDARY_STATUSES, AgreementRecord, BoundaryRecord


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

    def delete(self, boundary_id: str) -> None:
        """Forget a boundary: its words are cleared, a tombstone stays (so another device learns of it)."""
        Forgetting(self._c).boundary(boundary_id)

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

    def delete(self, agreement_id: str) -> None:
        """Forget an agreement: its words are cleared, a tombstone stays."""
        Forgetting(self._c).agreement(agreement_id)

    def list(self) -> list[AgreementRecord]:
        """Oldest first."""
        rows = self._c.rows("SELECT * FROM agreements WHERE deleted_at IS NULL ORDER BY created_at, rowid")
        return [AgreementRecord(r["id"], r["run_id"], r["statement"], parse_iso(r["created_at"])) for r in rows]
