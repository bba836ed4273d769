"""Homework plans: importing one (replacing an earlier import of the same plan), the plans the
couple has now, the runs done for their items, and how each homework run went."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from ..core.clock import parse_iso
from ..core.people import PARTNERS
from .base import Repository, new_id, placeholders
from .changes import Changes
from .personal import (
    PREFIX,
    KeptLocked,
    live_key,
    lock_field,
    open_field,
    partner_name,
    review_aad,
    review_how_aad,
)
from .records import HomeworkRun, NewPlan, PlanItemRecord, PlanRecord, ReviewRecord

HOW = ("went_well", "mixed", "hard")
"""The answers to "How did it go?"."""

CURRENT = "replaced_at IS NULL AND deleted_at IS NULL"


def _item(row: dict[str, Any]) -> PlanItemRecord:
    return PlanItemRecord(
        row["id"], row["position"], row["exercise_id"], row["often"], row["times"],
        date.fromisoformat(row["starts"]), date.fromisoformat(row["ends"]), row["note"],
    )  # fmt: skip


class PlanRepository(Repository):
    def current_id(self, plan_id: str) -> str | None:
        """The row of the current import of the plan whose file id is ``plan_id``, if any."""
        found = self._c.values(f"SELECT id FROM plans WHERE plan_id = ? AND {CURRENT}", [plan_id])
        return str(found[0][0]) if found else None

    def add(self, plan: NewPlan) -> str:
        """Import a plan; an earlier import of the same plan id is replaced (kept, marked so),
        and runs done for its items count toward the new items for the same exercise."""
        now, row_id = self._c.now(), new_id()
        with self._c.transaction(Changes.PLANS | Changes.RUNS):
            earlier = self.current_id(plan.plan_id)
            self._c.execute(
                """
                INSERT INTO plans (id, plan_id, title, therapist_name, therapist_contact, recipient, couple_label,
                    starts, ends, note, text, imported_at, created_at, updated_at, device)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [row_id, plan.plan_id, plan.title, plan.therapist_name, plan.therapist_contact, plan.recipient,
                 plan.couple_label, plan.starts.isoformat(), plan.ends.isoformat(), plan.note, plan.text,
                 now, now, now, self._c.device],
            )  # fmt: skip
            for position, (exercise, often, times, starts, ends, note) in enumerate(plan.items):
                self._c.execute(
                    """
                    INSERT INTO plan_items (id, plan_id, position, exercise_id, often, times, starts, ends, note,
                        created_at, updated_at, device)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [new_id(), row_id, position, exercise, often, times, starts.isoformat(), ends.isoformat(),
                     note, now, now, self._c.device],
                )  # fmt: skip
            if earlier is not None:
                self._replace(earlier, row_id, now)
        return row_id

    def _replace(self, earlier: str, row_id: str, now: str) -> None:
        self._c.execute("UPDATE plans SET replaced_at = ?, updated_at = ? WHERE id = ?", [now, now, earlier])
        self._c.execute(
            """
            UPDATE runs SET plan_item_id = (
                SELECT new.id FROM plan_items AS new JOIN plan_items AS old ON old.id = runs.plan_item_id
                WHERE new.plan_id = ? AND new.exercise_id = old.exercise_id ORDER BY new.position LIMIT 1
            ), updated_at = ?, device = ?
            WHERE plan_item_id IN (SELECT id FROM plan_items WHERE plan_id = ?)
            """,
            [row_id, now, self._c.device, earlier],
        )

    def current(self) -> list[PlanRecord]:
        """Every plan the couple has now (not replaced, not deleted), the latest first."""
        plans = self._c.rows(f"SELECT * FROM plans WHERE {CURRENT} ORDER BY imported_at DESC, rowid DESC")
        if not plans:
            return []
        ids = [p["id"] for p in plans]
        rows = self._c.rows(
            f"SELECT * FROM plan_items WHERE plan_id IN ({placeholders(ids)}) AND deleted_at IS NULL "
            "ORDER BY plan_id, position",
            ids,
        )
        return [_plan(p, tuple(_item(r) for r in rows if r["plan_id"] == p["id"])) for p in plans]

    def runs_for(self, item_ids: Collection[str]) -> list[HomeworkRun]:
        """The runs started for these items (finished or not), oldest first."""
        if not item_ids:
            return []
        rows = self._c.values(
            f"SELECT id, plan_item_id, day, status FROM runs WHERE plan_item_id IN ({placeholders(item_ids)}) "
            "AND deleted_at IS NULL ORDER BY day, started_at",
            list(item_ids),
        )
        return [HomeworkRun(r, i, date.fromisoformat(d), s) for r, i, d, s in rows]

    def plan_of_run(self, run_id: str) -> tuple[str, str] | None:
        """(plan title, therapist's name) of the plan a run was done for, if any."""
        found = self._c.values(
            "SELECT plans.title, plans.therapist_name FROM runs JOIN plan_items ON plan_items.id = runs.plan_item_id "
            "JOIN plans ON plans.id = plan_items.plan_id WHERE runs.id = ? AND plans.deleted_at IS NULL",
            [run_id],
        )
        return (str(found[0][0]), str(found[0][1])) if found else None

    # ------------------------------------------------------------------ how it went

    def review(self, run_id: str, author: str, how: str, line: str, private: bool) -> None:
        """Record how a homework run went for ``author``; answering again replaces it. A private
        review of a partner who keeps their private words locked with a personal passphrase is
        written only locked with their key (the tap and the line, never in plain), as their
        private answers are (``personal.stored_answer``): without their open key nothing is
        written (:class:`~.personal.KeptLocked`)."""
        if how not in HOW:
            raise ValueError(f"how it went is one of {HOW}, not {how!r}")
        review_id = self._review_id(run_id, author)
        key_id = live_key(self._c, author) if private and author in PARTNERS else None
        if key_id is not None:
            opened = self._c.vault.get(author)
            if opened is None or opened[0] != key_id:
                raise KeptLocked(partner_name(self._c, author))
            how = lock_field(opened[1], review_how_aad(key_id, review_id), how)
            line = lock_field(opened[1], review_aad(key_id, review_id), line) if line else ""
        now = self._c.now()
        self._c.write(
            Changes.REVIEWS,
            """
            INSERT INTO homework_reviews (id, run_id, author, how, line, private, at, created_at, updated_at, device)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (run_id, author) DO UPDATE SET how = excluded.how, line = excluded.line,
                private = excluded.private, at = excluded.at, updated_at = excluded.updated_at,
                device = excluded.device, deleted_at = NULL
            """,
            [review_id, run_id, author, how, line, int(private), now, now, now, self._c.device],
        )

    def _review_id(self, run_id: str, author: str) -> str:
        """The id of ``author``'s review of the run (kept when it is answered again: a locked
        line names its row), or a new one."""
        found = self._c.values("SELECT id FROM homework_reviews WHERE run_id = ? AND author = ?", [run_id, author])
        return str(found[0][0]) if found else new_id()

    def reviews_of(self, run_id: str) -> list[ReviewRecord]:
        """Every review of a run, with its privacy fact; readers ask ``core.privacy`` before showing one."""
        rows = self._c.values(
            "SELECT run_id, author, how, line, private, at FROM homework_reviews WHERE run_id = ? "
            "AND deleted_at IS NULL ORDER BY at, rowid",
            [run_id],
        )
        found = []
        for run, author, how, line, private, at in rows:
            if how.startswith(PREFIX) or line.startswith(PREFIX):
                # locked with its author's passphrase: read only while their key is open, else as none
                how, line = self._opened(author, run) or ("" if how.startswith(PREFIX) else how, "")
            found.append(ReviewRecord(run, author, how, line, bool(private), parse_iso(at)))
        return found

    def _opened(self, author: str, run_id: str) -> tuple[str, str] | None:
        """(how, line) of ``author``'s locked review of the run, while their key is open; else
        None (a locked review reads as none: no tap, no line)."""
        key_id, key = live_key(self._c, author), self._c.vault.get(author)
        if key_id is None or key is None or key[0] != key_id:
            return None
        review_id, how, line = self._c.values(
            "SELECT id, how, line FROM homework_reviews WHERE run_id = ? AND author = ?", [run_id, author]
        )[0]
        try:
            opened_how = open_field(key[1], review_how_aad(key_id, review_id), how) if how.startswith(PREFIX) else how
            opened_line = open_field(key[1], review_aad(key_id, review_id), line) if line.startswith(PREFIX) else line
        except ValueError:
            return None
        return opened_how, opened_line


def _plan(row: dict[str, Any], items: tuple[PlanItemRecord, ...]) -> PlanRecord:
    return PlanRecord(
        id=row["id"], plan_id=row["plan_id"], title=row["title"], therapist_name=row["therapist_name"],
        therapist_contact=row["therapist_contact"], recipient=row["recipient"], couple_label=row["couple_label"],
        starts=date.fromisoformat(row["starts"]), ends=date.fromisoformat(row["ends"]), note=row["note"],
        text=row["text"], imported_at=parse_iso(row["imported_at"]), items=items,
    )  # fmt: skip
