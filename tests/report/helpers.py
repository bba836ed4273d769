"""A couple's history for report tests: one run holding every kind of answer the privacy rule
tells apart, and a solo run; words that appear in exactly one answer each."""

from __future__ import annotations

from datetime import date, datetime

from couplesdesk.core.clock import FakeClock
from couplesdesk.report import ItemProgress, ReportPlan
from couplesdesk.storage import Store

NOW = datetime(2026, 12, 10, 19, 0).astimezone()
A_SHARED, B_SHARED, TOGETHER = "lanternfish", "harbourlight", "riverstone"
A_PRIVATE, B_SEALED, B_SOLO = "quillwort", "zephyrine", "marrowfat"
B_FLAG_NOTE = "something about the weekend"


def make_store(path, clock: FakeClock | None = None) -> Store:
    store = Store.open(path, clock or FakeClock(NOW))
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    return store


def history(store: Store) -> dict[str, str]:
    """Answer ids by name."""
    run = store.runs.create("share-one-thing", 1, {}, {}, title="Share one thing")
    save = store.answers.save
    save(run, "my-thing", "partner_a", "write", "", f"A wrote {A_SHARED}", private=False, sealed=True)
    save(run, "their-thing", "partner_b", "write", "", f"B wrote {B_SHARED}", private=False, sealed=False)
    save(run, "plan", "together", "write", "", f"Together {TOGETHER}", private=False, sealed=False)
    save(run, "note", "partner_a", "write", "", f"Private {A_PRIVATE}", private=True, sealed=True)
    save(run, "hidden", "partner_b", "write", "", f"Sealed {B_SEALED}", private=False, sealed=True)
    save(run, "close", "partner_a", "rate", 7, "7, between far (0) and close (10)", private=False, sealed=True)
    store.answers.mark_revealed(run, ["my-thing", "close"])
    store.runs.end(run, "finished")
    solo = store.runs.create("stepping-away", 1, {"self": "partner_b"}, {})
    save(solo, "urge", "partner_b", "write", "", f"Solo {B_SOLO}", private=False, sealed=True)
    ids = {(a.step_id, a.author): a.id for a in store.answers.in_period()}
    return {
        "a_shared": ids[("my-thing", "partner_a")],
        "b_shared": ids[("their-thing", "partner_b")],
        "together": ids[("plan", "together")],
        "a_private": ids[("note", "partner_a")],
        "b_sealed": ids[("hidden", "partner_b")],
        "a_rating": ids[("close", "partner_a")],
        "b_solo": ids[("urge", "partner_b")],
    }


def plan(recipient: str | None) -> ReportPlan:
    return ReportPlan(
        plan_id="6f1c-plan", title="Homework until 14 December", couple="Sam and Alex", therapist="Jo Berger",
        recipient=recipient, starts=date(2026, 12, 1), ends=date(2026, 12, 14),
        items=(ItemProgress("share-one-thing", "Share one thing", "daily", None, date(2026, 12, 1),
                            date(2026, 12, 14), 7, 3),),
    )  # fmt: skip
