"""0001: the first schema (released; never edit it, add a migration instead)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def apply(db: sqlite_utils.Database) -> None:
    db.table("couple").create(
        {
            "id": int,
            "partner_a_name": str,
            "partner_a_color": str,
            "partner_b_name": str,
            "partner_b_color": str,
            "created_at": str,
            "safety_acknowledged_at": str,
        },
        pk="id",
    )
    db.table("runs").create(
        {
            "id": int,
            "exercise_id": str,
            "exercise_version": int,
            "day": str,  # local date the run started, for daily streaks
            "binding": str,  # JSON: role -> partner key, as bound when the run started
            "state": str,  # JSON: the run engine's position, history and timers
            "status": str,  # active / finished / left
            "started_at": str,
            "updated_at": str,
            "finished_at": str,
        },
        pk="id",
        not_null={"exercise_id", "exercise_version", "day", "status", "started_at", "updated_at"},
    )
    db.table("runs").create_index(["status"])
    db.table("runs").create_index(["exercise_id", "day"])
    db.table("answers").create(
        {
            "id": int,
            "run_id": int,
            "step_id": str,
            "author": str,  # partner_a / partner_b / together
            "kind": str,
            "value": str,  # JSON
            "text": str,  # plain words, for search and reports
            "private": int,  # private for good: never revealed, never exported
            "sealed": int,  # written in private, hidden until a reveal step shows it
            "revealed_at": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
        not_null={"run_id", "step_id", "author", "kind", "created_at", "updated_at"},
    )
    db.table("answers").create_index(["run_id", "step_id", "author"], unique=True)
    db.table("pauses").create(
        {
            "id": int,
            "run_id": int,
            "step_id": str,
            "caller": str,
            "minutes": float,
            "started_at": str,
            "return_at": str,
            "ended_at": str,
            "outcome": str,  # resumed / extended / scheduled / left
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("pauses").create_index(["ended_at"])
    db.table("boundaries").create(
        {
            "id": int,
            "run_id": int,
            "author": str,
            "statement": str,
            "status": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("agreements").create(
        {"id": int, "run_id": int, "statement": str, "created_at": str},
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("ratings").create(
        {
            "id": int,
            "run_id": int,
            "step_id": str,
            "author": str,
            "scale": str,  # calm / closeness / safety / the step id
            "value": int,
            "at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("ratings").create_index(["scale", "at"])
