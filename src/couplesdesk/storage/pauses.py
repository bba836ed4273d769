"""Timed pauses, and talks scheduled for later."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ..core.clock import iso, parse_iso
from .base import Repository, new_id
from .changes import Changes
from .records import PauseRecord


def _pause(r: dict[str, Any]) -> PauseRecord:
    return PauseRecord(
        id=r["id"],
        run_id=r["run_id"],
        caller=r["caller"],
        minutes=r["minutes"],
        started_at=parse_iso(r["started_at"]),
        return_at=parse_iso(r["return_at"]),
        ended_at=parse_iso(r["ended_at"]) if r["ended_at"] else None,
        outcome=r["outcome"],
        step_id=r["step_id"],
    )


class PauseRepository(Repository):
    def start(self, run_id: str, step_id: str, caller: str | None, minutes: float, return_at: datetime) -> str:
        now, pause_id = self._c.now(), new_id()
        self._c.write(
            Changes.PAUSES,
            """
            INSERT INTO pauses (id, run_id, step_id, caller, minutes, started_at, return_at,
                                created_at, updated_at, device)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [pause_id, run_id, step_id, caller, minutes, now, iso(return_at), now, now, self._c.device],
        )
        return pause_id

    def retime(self, pause_id: str, minutes: float, return_at: datetime) -> None:
        """A running pause made longer or shorter: its new length and return time."""
        self._c.write(
            Changes.PAUSES,
            "UPDATE pauses SET minutes = ?, return_at = ?, updated_at = ?, device = ? WHERE id = ?",
            [minutes, iso(return_at), self._c.now(), self._c.device, pause_id],
        )

    def set_caller(self, pause_id: str, caller: str | None) -> None:
        """Who called the pause, said (or unsaid) after it started."""
        self._c.write(
            Changes.PAUSES,
            "UPDATE pauses SET caller = ?, updated_at = ?, device = ? WHERE id = ?",
            [caller, self._c.now(), self._c.device, pause_id],
        )

    def end(self, pause_id: str, outcome: str) -> None:
        now = self._c.now()
        self._c.write(
            Changes.PAUSES,
            "UPDATE pauses SET ended_at = ?, outcome = ?, updated_at = ?, device = ? WHERE id = ?",
            [now, outcome, now, self._c.device, pause_id],
        )

    def end_all_of_run(self, run_id: str, outcome: str) -> None:
        now = self._c.now()
        self._c.write(
            Changes.PAUSES,
            "UPDATE pauses SET ended_at = ?, outcome = ?, updated_at = ?, device = ? "
            "WHERE run_id = ? AND ended_at IS NULL",
            [now, outcome, now, self._c.device, run_id],
        )

    def active(self) -> PauseRecord | None:
        rows = self._c.rows(
            "SELECT * FROM pauses WHERE ended_at IS NULL AND deleted_at IS NULL ORDER BY started_at DESC, rowid DESC LIMIT 1"
        )
        return _pause(rows[0]) if rows else None

    def all(self) -> list[PauseRecord]:
        rows = self._c.rows("SELECT * FROM pauses WHERE deleted_at IS NULL ORDER BY started_at, rowid")
        return [_pause(r) for r in rows]

    def since(self, moment: datetime) -> list[PauseRecord]:
        """The pauses started from ``moment`` on, oldest first."""
        rows = self._c.rows(
            "SELECT * FROM pauses WHERE started_at >= ? AND deleted_at IS NULL ORDER BY started_at, rowid",
            [iso(moment)],
        )
        return [_pause(r) for r in rows]


class TalkRepository(Repository):
    """A time a couple chose to pick a conversation up again (one per run)."""

    def schedule(self, run_id: str, at: datetime) -> None:
        now = self._c.now()
        self._c.write(
            Changes.TALKS,
            """
            INSERT INTO scheduled_talks (id, run_id, at, created_at, updated_at, device) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (run_id) DO UPDATE SET at = excluded.at, done_at = NULL, updated_at = excluded.updated_at,
                device = excluded.device, deleted_at = NULL
            """,
            [new_id(), run_id, iso(at), now, now, self._c.device],
        )

    def next(self, now: datetime, grace: timedelta = timedelta(hours=1)) -> datetime | None:
        """The next planned talk still ahead (or begun less than ``grace`` ago), if any."""
        rows = self._c.values(
            "SELECT at FROM scheduled_talks WHERE done_at IS NULL AND deleted_at IS NULL AND at >= ? ORDER BY at LIMIT 1",
            [iso(now - grace)],
        )
        return parse_iso(rows[0][0]) if rows else None

    def upcoming(self, since: datetime, limit: int = 10) -> list[datetime]:
        """The times of the talks still planned from ``since`` on, soonest first."""
        rows = self._c.values(
            "SELECT DISTINCT at FROM scheduled_talks WHERE done_at IS NULL AND deleted_at IS NULL AND at >= ? "
            "ORDER BY at LIMIT ?",
            [iso(since), limit],
        )
        return [parse_iso(row[0]) for row in rows]
