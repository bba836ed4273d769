"""Homework plans: importing one (replacing an earlier import of the same plan), the plans the
couple has now, the runs done for their items, and how each homework run went."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from ..core.clock import parse_iso
from ..core.i18n import translate
from ..core.people import PARTNERS
from .base import Repository, new_id, placeholders
from .changes import Changes
from .errors import StoreError, Trouble
from .personal import PREFIX, live_key, partner_name
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
        line is kept as typed, so it is refused (nothing written) from a partner who keeps their
        private words locked with a personal passphrase."""
        if how not in HOW:
            raise ValueError(f"how it went is one of {HOW}, not {how!r}")
        if private and line and author in PARTNERS and live_key(self._c, author) is not None:
            name = partner_name(self._c, author)
            words = translate(
                "storage/plans", "{name}'s line could not be locked with {name}'s passphrase, so nothing was saved."
            )
            raise StoreError(words.format(name=name), Trouble.OTHER)
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
            [new_id(), run_id, author, how, line, int(private), now, now, now, self._c.device],
        )

    def reviews_of(self, run_id: str) -> list[ReviewRecord]:
        """Every review of a run, with its privacy fact; readers ask ``core.privacy`` before showing one."""
        rows = self._c.values(
            "SELECT run_id, author, how, line, private, at FROM homework_reviews WHERE run_id = ? "
            "AND deleted_at IS NULL ORDER BY at, rowid",
            [run_id],
        )
        # a private line locked with its author's passphrase reads as none
        return [ReviewRecord(r, a, h, "" if t.startswith(PREFIX) else t, bool(p), parse_iso(at))
                for r, a, h, t, p, at in rows]  # fmt: skip


def _plan(row: dict[str, Any], items: tuple[PlanItemRecord, ...]) -> PlanRecord:
    return PlanRecord(
        id=row["id"], plan_id=row["plan_id"], title=row["title"], therapist_name=row["therapist_name"],
        therapist_contact=row["therapist_contact"], recipient=row["recipient"], couple_label=row["couple_label"],
        starts=date.fromisoformat(row["starts"]), ends=date.fromisoformat(row["ends"]), note=row["note"],
        text=row["text"], imported_at=parse_iso(row["imported_at"]), items=items,
    )  # fmt: skip
