"""Runs and what was answered in them: one couple doing one exercise, from start to finish
(or left, to resume later); each answer with the stored facts the privacy rule decides from
(who wrote it, private for good, written alone and sealed, when it was revealed); and the
days both partners shared.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date
from typing import Any

from ..core.clock import parse_iso
from .base import Repository, new_id, placeholders
from .changes import Changes
from .personal import Opener, stored_answer, unlock_for_reveal
from .records import AnswerRecord, RunRecord

UNFINISHED = "status IN ('active', 'left') AND deleted_at IS NULL"
OF_TWO = "json_extract(binding, '$.self') IS NULL"
"""Not a solo run: a solo run is bound to its one person as 'self' (no role may be named so)."""


def _run(row: dict[str, Any]) -> RunRecord:
    """A run from its row (a row read without its ``state`` column has an empty state)."""
    return RunRecord(
        id=row["id"],
        exercise_id=row["exercise_id"],
        exercise_version=row["exercise_version"],
        day=date.fromisoformat(row["day"]),
        binding=json.loads(row["binding"] or "{}"),
        state=json.loads(row.get("state") or "{}"),
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
        plan_item_id: str | None = None,
    ) -> str:
        """A new active run, started today (for a homework plan's item, if given); returns its id."""
        now, run_id = self._c.now(), new_id()
        self._c.write(
            Changes.RUNS,
            """
            INSERT INTO runs (id, exercise_id, exercise_version, title, day, binding, state, status,
                              started_at, created_at, updated_at, device, plan_item_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)
            """,
            [run_id, exercise_id, exercise_version, title, self._c.clock.today().isoformat(),
             json.dumps(binding), json.dumps(state), now, now, now, self._c.device, plan_item_id],
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

    def started_any(self) -> bool:
        """Whether the couple has ever started an exercise together (a solo run, its author's
        alone, changes nothing a shared screen shows). One short look, however long the history."""
        return bool(self._c.values(f"SELECT 1 FROM runs WHERE deleted_at IS NULL AND {OF_TWO} LIMIT 1"))

    def in_period(self, start: date | None = None, end: date | None = None) -> list[RunRecord]:
        """Every run of the days from ``start`` to ``end`` (both included; None: no limit), oldest
        first; without the engine's state (an empty one: it is for resuming, not for reading)."""
        columns = "id, exercise_id, exercise_version, title, day, binding, status, started_at, updated_at"
        rows = self._c.rows(
            f"SELECT {columns} FROM runs WHERE deleted_at IS NULL AND day >= ? AND day <= ? "
            "ORDER BY day, started_at, rowid",
            [(start or date.min).isoformat(), (end or date.max).isoformat()],
        )
        return [_run(r) for r in rows]

    def of_exercise(self, exercise_id: str) -> list[RunRecord]:
        rows = self._c.rows(
            "SELECT * FROM runs WHERE exercise_id = ? AND deleted_at IS NULL ORDER BY started_at, rowid", [exercise_id]
        )
        return [_run(r) for r in rows]

    # Cheap reads for the Today page: each one indexed query with a limit, so Today opens as
    # fast on ten years of history as on an empty database.

    def unfinished_counts(self, skip_runs: Collection[str] = ()) -> dict[str, int]:
        """How many runs of two are unfinished (active or left), by exercise id; ``skip_runs`` are
        not counted, and nor are solo runs (their author's alone, never on a shared screen)."""
        sql = f"SELECT exercise_id, count(*) FROM runs WHERE {UNFINISHED} AND {OF_TWO}"
        params = list(skip_runs)
        if params:
            sql += f" AND id NOT IN ({placeholders(params)})"
        return {eid: n for eid, n in self._c.values(sql + " GROUP BY exercise_id", params)}

    def recent_unfinished(
        self, limit: int, *, skip_exercises: Collection[str] = (), skip_runs: Collection[str] = ()
    ) -> list[RunRecord]:
        """The ``limit`` most recently touched unfinished runs of two, newest first, leaving out the
        runs of ``skip_exercises`` (e.g. exercises no longer in the library), the runs ``skip_runs``
        and solo runs (their author's alone: see :meth:`unfinished_solo`)."""
        where, params = f"{UNFINISHED} AND {OF_TWO}", []
        if skip_exercises:
            where += f" AND exercise_id NOT IN ({placeholders(skip_exercises)})"
            params += list(skip_exercises)
        if skip_runs:
            where += f" AND id NOT IN ({placeholders(skip_runs)})"
            params += list(skip_runs)
        sql = f"SELECT * FROM runs WHERE {where} ORDER BY updated_at DESC, rowid DESC LIMIT ?"
        return [_run(r) for r in self._c.rows(sql, [*params, limit])]

    def unfinished_solo(self, exercise_id: str, author: str) -> RunRecord | None:
        """The most recently touched unfinished solo run of ``exercise_id`` by ``author``, if any:
        offered to its author alone, once they have said who they are."""
        rows = self._c.rows(
            f"SELECT * FROM runs WHERE exercise_id = ? AND json_extract(binding, '$.self') = ? AND {UNFINISHED} "
            "ORDER BY updated_at DESC, rowid DESC LIMIT 1",
            [exercise_id, author],
        )
        return _run(rows[0]) if rows else None

    def unfinished_on(self, exercise_id: str, day: date) -> RunRecord | None:
        """The most recently touched unfinished run of ``exercise_id`` started on ``day``, if any."""
        rows = self._c.rows(
            f"SELECT * FROM runs WHERE exercise_id = ? AND day = ? AND {UNFINISHED} "
            "ORDER BY updated_at DESC, rowid DESC LIMIT 1",
            [exercise_id, day.isoformat()],
        )
        return _run(rows[0]) if rows else None


def _answer(r: dict[str, Any]) -> AnswerRecord:
    """One answer, from a row as :class:`~.personal.Opener` left it (opened if it can be). A row
    read without an opener that holds an answer kept locked comes out unreadable: a reader
    that forgot to open it shows nothing, never its ciphertext."""
    if "unreadable" not in r:
        locked = r.get("locked_with") is not None
        r = {**r, "unreadable": "locked", "text": "", "value": None} if locked else {**r, "unreadable": ""}
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
        locked_with=r.get("locked_with"),
        unreadable=r["unreadable"],
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
    ) -> str | None:
        """Insert or update one answer. Called on every autosave, so it is one statement (and,
        for an author with a personal passphrase, a look or two at what to lock it with: an
        answer to keep locked is encrypted before it is written, see :mod:`.personal`).
        Returns the personal key it is stored locked with, if any."""
        now = self._c.now()
        where = {"run_id": run_id, "step_id": step_id, "author": author}
        locked_with, text, stored = stored_answer(
            self._c, where, text, json.dumps(value), private=private, sealed=sealed
        )
        self._c.write(
            Changes.ANSWERS,
            """
            INSERT INTO answers (id, run_id, step_id, author, kind, value, text, private, sealed,
                                 created_at, updated_at, device, locked_with)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (run_id, step_id, author) DO UPDATE SET
                value = excluded.value, text = excluded.text, kind = excluded.kind,
                private = excluded.private, sealed = excluded.sealed, updated_at = excluded.updated_at,
                device = excluded.device, deleted_at = NULL, locked_with = excluded.locked_with
            """,
            [new_id(), run_id, step_id, author, kind, stored, text, int(private), int(sealed),
             now, now, self._c.device, locked_with],
        )  # fmt: skip
        return locked_with

    def discard(self, run_id: str, step_id: str, author: str) -> None:
        """Throw one answer away, quietly (quick hide: nothing is logged): its words are blanked
        (and, with secure_delete, overwritten on disk), the log is emptied so no old page keeps
        them, and the row stays only as a tombstone."""
        now = self._c.now()
        self._c.write(
            Changes.ANSWERS,
            "UPDATE answers SET text = '', value = 'null', locked_with = NULL, deleted_at = ?, updated_at = ?, "
            "device = ? WHERE run_id = ? AND step_id = ? AND author = ?",
            [now, now, self._c.device, run_id, step_id, author],
        )
        self._c.guard(lambda: self._c.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())

    def mark_revealed(self, run_id: str, step_ids: Collection[str], authors: Collection[str] | None = None) -> None:
        """Both partners have now seen these answers (of ``authors``, or everyone's): they are
        no longer sealed from either. Answers private for good are never revealed.

        An answer kept locked with its author's passphrase is stored as ordinary shared text
        now; that needs its author's key open (:class:`~.personal.KeptLocked` otherwise, and
        nothing is written). One that nobody can open any more stays sealed."""
        if not step_ids:
            return
        where = f"WHERE run_id = ? AND private = 0 AND revealed_at IS NULL AND step_id IN ({placeholders(step_ids)})"
        params: list[Any] = [run_id, *step_ids]
        if authors is not None:
            where += f" AND author IN ({placeholders(authors)})"
            params += list(authors)
        now = self._c.now()
        with self._c.transaction(Changes.ANSWERS | Changes.RATINGS):
            locked = self._c.rows(f"SELECT * FROM answers {where} AND locked_with IS NOT NULL", params)
            lost = unlock_for_reveal(self._c, locked)
            if lost:
                where += f" AND id NOT IN ({placeholders(lost)})"
                params += list(lost)
            self._c.execute(f"UPDATE answers SET revealed_at = ?, updated_at = ?, device = ? {where}",
                            [now, now, self._c.device, *params])  # fmt: skip

    def of_run(self, run_id: str) -> dict[tuple[str, str], AnswerRecord]:
        """Every answer of a run, by (step id, author)."""
        rows = self._c.rows("SELECT * FROM answers WHERE run_id = ? AND deleted_at IS NULL", [run_id])
        opener = Opener(self._c)
        return {(r["step_id"], r["author"]): _answer(opener.open(r)) for r in rows}

    def in_period(self, start: date | None = None, end: date | None = None) -> list[AnswerRecord]:
        """Every answer of the runs of the days from ``start`` to ``end`` (None: no limit); those
        kept locked are opened when their author's key is open (the export asks for it)."""
        # For some days, the runs of those days first, then their answers by the (run_id, ...) index:
        # a quarter of a ten-year history in a fifth of the time a scan of every answer takes.
        join = "JOIN" if start is None and end is None else "CROSS JOIN"
        rows = self._c.rows(
            f"SELECT answers.* FROM runs {join} answers ON runs.id = answers.run_id "
            "WHERE answers.deleted_at IS NULL AND runs.deleted_at IS NULL AND runs.day >= ? AND runs.day <= ? "
            "ORDER BY answers.rowid",
            [(start or date.min).isoformat(), (end or date.max).isoformat()],
        )
        opener = Opener(self._c)
        return [_answer(opener.open(r)) for r in rows]


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
