"""Runs: one couple doing one exercise, from start to finish (or left, to resume later)."""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date
from typing import Any

from ..core.clock import parse_iso
from .base import Repository, new_id, placeholders
from .changes import Changes
from .records import RunRecord

UNFINISHED = "status IN ('active', 'left') AND deleted_at IS NULL"


def _run(row: dict[str, Any]) -> RunRecord:
    return RunRecord(
        id=row["id"],
        exercise_id=row["exercise_id"],
        exercise_version=row["exercise_version"],
        day=date.fromisoformat(row["day"]),
        binding=json.loads(row["binding"] or "{}"),
        state=json.loads(row["state"] or "{}"),
        status=row["status"],
        started_at=parse_iso(row["started_at"]),
        updated_at=parse_iso(row["updated_at"]),
        title=row.get("title"),
    )


class RunRepository(Repository):
    def create(
        self,
        exercise_id: str,
        exercise_version: int,
        binding: dict[str, str],
        state: dict[str, Any],
        title: str | None = None,
    ) -> str:
        """A new active run, started today; returns its id."""
        now, run_id = self._c.now(), new_id()
        self._c.write(
            Changes.RUNS,
            """
            INSERT INTO runs (id, exercise_id, exercise_version, title, day, binding, state, status,
                              started_at, created_at, updated_at, device)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)
            """,
            [run_id, exercise_id, exercise_version, title, self._c.clock.today().isoformat(),
             json.dumps(binding), json.dumps(state), now, now, now, self._c.device],
        )  # fmt: skip
        return run_id

    def _update(self, run_id: str, values: dict[str, Any]) -> None:
        values = {**values, "updated_at": self._c.now(), "device": self._c.device}
        assignments = ", ".join(f"{column} = ?" for column in values)
        self._c.write(Changes.RUNS, f"UPDATE runs SET {assignments} WHERE id = ?", [*values.values(), run_id])

    def save_state(self, run_id: str, state: dict[str, Any], binding: dict[str, str] | None = None) -> None:
        values: dict[str, Any] = {"state": json.dumps(state)}
        if binding is not None:
            values["binding"] = json.dumps(binding)
        self._update(run_id, values)

    def end(self, run_id: str, status: str) -> None:
        if status not in ("finished", "left"):
            raise ValueError(f"a run ends as 'finished' or 'left', not {status!r}")
        values: dict[str, Any] = {"status": status}
        if status == "finished":
            values["finished_at"] = self._c.now()
        self._update(run_id, values)

    def reopen(self, run_id: str) -> None:
        self._update(run_id, {"status": "active"})

    def fill_titles(self, titles: dict[str, str]) -> int:
        """Give runs that have no title yet (started before titles were kept) the title of their
        exercise, from ``titles`` (exercise id -> title). Returns how many runs got one.

        Cheap when there is nothing to do: a partial index holds only the untitled runs."""
        untitled = [eid for (eid,) in self._c.values("SELECT DISTINCT exercise_id FROM runs WHERE title IS NULL")]
        wanted = [eid for eid in untitled if eid in titles]
        if not wanted:
            return 0
        changed = 0
        with self._c.transaction(Changes.RUNS):
            for eid in wanted:
                changed += self._c.execute(
                    "UPDATE runs SET title = ? WHERE exercise_id = ? AND title IS NULL", [titles[eid], eid]
                )
        return changed

    def get(self, run_id: str) -> RunRecord:
        rows = self._c.rows("SELECT * FROM runs WHERE id = ? AND deleted_at IS NULL", [run_id])
        if not rows:
            raise KeyError(run_id)
        return _run(rows[0])

    def unfinished(self, limit: int = 20) -> list[RunRecord]:
        rows = self._c.rows(f"SELECT * FROM runs WHERE {UNFINISHED} ORDER BY updated_at DESC LIMIT ?", [limit])
        return [_run(r) for r in rows]

    def of_exercise(self, exercise_id: str) -> list[RunRecord]:
        rows = self._c.rows(
            "SELECT * FROM runs WHERE exercise_id = ? AND deleted_at IS NULL ORDER BY started_at, rowid", [exercise_id]
        )
        return [_run(r) for r in rows]

    # Cheap reads for the Today page: each one indexed query with a limit, so Today opens as
    # fast on ten years of history as on an empty database.

    def unfinished_counts(self, skip_runs: Collection[str] = ()) -> dict[str, int]:
        """How many runs are unfinished (active or left), by exercise id; ``skip_runs`` are not counted."""
        sql = f"SELECT exercise_id, count(*) FROM runs WHERE {UNFINISHED}"
        params = list(skip_runs)
        if params:
            sql += f" AND id NOT IN ({placeholders(params)})"
        return {eid: n for eid, n in self._c.values(sql + " GROUP BY exercise_id", params)}

    def recent_unfinished(
        self, limit: int, *, skip_exercises: Collection[str] = (), skip_runs: Collection[str] = ()
    ) -> list[RunRecord]:
        """The ``limit`` most recently touched unfinished runs, newest first, leaving out the runs of
        ``skip_exercises`` (e.g. exercises no longer in the library) and the runs ``skip_runs``."""
        where, params = UNFINISHED, []
        if skip_exercises:
            where += f" AND exercise_id NOT IN ({placeholders(skip_exercises)})"
            params += list(skip_exercises)
        if skip_runs:
            where += f" AND id NOT IN ({placeholders(skip_runs)})"
            params += list(skip_runs)
        sql = f"SELECT * FROM runs WHERE {where} ORDER BY updated_at DESC, rowid DESC LIMIT ?"
        return [_run(r) for r in self._c.rows(sql, [*params, limit])]

    def unfinished_on(self, exercise_id: str, day: date) -> RunRecord | None:
        """The most recently touched unfinished run of ``exercise_id`` started on ``day``, if any."""
        rows = self._c.rows(
            f"SELECT * FROM runs WHERE exercise_id = ? AND day = ? AND {UNFINISHED} "
            "ORDER BY updated_at DESC, rowid DESC LIMIT 1",
            [exercise_id, day.isoformat()],
        )
        return _run(rows[0]) if rows else None
