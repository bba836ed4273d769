"""0009: homework plans from a therapist, their items, the runs done for them, and how each
homework run went.

* ``plans``: one row per imported plan file: the plan's own id (``plan_id``, from the file; a
  plan imported again with the same id replaces the earlier row, which keeps ``replaced_at``),
  the therapist's name, contact and key, the dates, the note, and the whole file (``text``), so
  a report can cite exactly what was asked.
* ``plan_items``: what a plan asks, in its order, with each item's own days.
* ``runs.plan_item_id``: the item a run was started for (NULL for every other run).
* ``homework_reviews``: "How did it go?" after a homework run: one row per partner (or one for
  both together), how it went, an optional line, and whether it is private to its author.

Rows ready to travel like every other: UUID ids, timestamps, device, tombstones.
(Numbered 0009: 0006 and 0008 are taken by changes being made at the same time.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

COMMON = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, device TEXT NOT NULL"


def apply(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conn.execute(
        f"""
        CREATE TABLE plans (
            id TEXT PRIMARY KEY,
            plan_id TEXT NOT NULL,  -- the plan's own id, from its file
            title TEXT NOT NULL,
            therapist_name TEXT NOT NULL,
            therapist_contact TEXT,
            recipient TEXT,  -- the therapist's age public key, if the plan has one
            couple_label TEXT,
            starts TEXT NOT NULL,
            ends TEXT NOT NULL,
            note TEXT,
            text TEXT NOT NULL,  -- the whole plan file, as imported
            imported_at TEXT NOT NULL,
            replaced_at TEXT,  -- a later import of the same plan took its place
            {COMMON}
        )"""
    )
    conn.execute(
        f"""
        CREATE TABLE plan_items (
            id TEXT PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plans (id),
            position INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            often TEXT NOT NULL,  -- daily / weekly / once
            times INTEGER,  -- times a week, for weekly
            starts TEXT NOT NULL,
            ends TEXT NOT NULL,
            note TEXT,
            {COMMON}
        )"""
    )
    conn.execute("ALTER TABLE runs ADD COLUMN plan_item_id TEXT REFERENCES plan_items (id)")
    conn.execute(
        f"""
        CREATE TABLE homework_reviews (
            id TEXT PRIMARY KEY,
            run_id TEXT NOT NULL REFERENCES runs (id),
            author TEXT NOT NULL,  -- partner_a / partner_b / together
            how TEXT NOT NULL,  -- went_well / mixed / hard
            line TEXT NOT NULL DEFAULT '',
            private INTEGER NOT NULL DEFAULT 0,  -- for its author alone
            at TEXT NOT NULL,
            {COMMON}
        )"""
    )
    conn.execute("CREATE INDEX idx_plans_current ON plans (plan_id) WHERE replaced_at IS NULL AND deleted_at IS NULL")
    conn.execute("CREATE INDEX idx_plan_items_of ON plan_items (plan_id, position)")
    conn.execute("CREATE INDEX idx_runs_plan_item ON runs (plan_item_id) WHERE plan_item_id IS NOT NULL")
    # author = id on a tombstone (see forgetting.BLANK): one review per partner per run
    conn.execute("CREATE UNIQUE INDEX idx_homework_reviews_one ON homework_reviews (run_id, author)")
