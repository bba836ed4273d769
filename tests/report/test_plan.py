"""The plan a report goes back to: the one the couple imported, its items' times done and
missed in the report's days (a day or week still under way is never missed), and "How did it
go?" reviews that could go in (never a private one)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.report import PROGRESS, Choice, ItemProgress, compose, gather
from couplesdesk.report.plan import current_plan, tally
from couplesdesk.storage.records import NewPlan

from .helpers import NOW, make_store

MON = date(2026, 11, 30)  # a Monday; the plan runs two weeks from it


def _item(often: str, times: int | None = None) -> ItemProgress:
    return ItemProgress("share-one-thing", "Share one thing", often, times, MON, MON + timedelta(days=13), 0, 0)


@pytest.mark.parametrize(
    ("often", "times", "done_on", "start", "end", "expected"),
    [
        ("daily", None, [0, 1, 3], 0, 4, (3, 1)),  # day 2 missed; day 4 (the last) still under way
        ("daily", None, [0, 1, 3, 4], 0, 4, (4, 1)),
        ("daily", None, [0, 5], 3, 6, (1, 2)),  # days 3 and 4 missed; only days 3-6 counted
        ("daily", None, [], -5, -1, (0, 0)),  # before the plan: nothing asked
        ("weekly", 3, [0, 2], 0, 8, (2, 1)),  # the first week is over: one of three not done
        ("weekly", 3, [0, 2, 8], 0, 10, (3, 1)),  # the second week is under way
        ("weekly", 2, [0, 1, 7, 9], 0, 14, (4, 0)),
        ("weekly", 2, [1], 3, 14, (0, 2)),  # the first week began before the report (not counted); the second had none
        ("once", None, [], 0, 20, (0, 1)),
        ("once", None, [], 0, 13, (0, 0)),  # its last day is the report's last: still under way
        ("once", None, [5], 0, 20, (1, 0)),
        ("once", None, [5], 8, 20, (0, 0)),  # done before the report's days
    ],
)
def test_times_done_and_missed(often, times, done_on, start, end, expected):
    days = [MON + timedelta(days=n) for n in done_on]
    assert tally(_item(often, times), days, MON + timedelta(days=start), MON + timedelta(days=end)) == expected


def _import(store, recipient="age1example"):
    return store.plans.add(NewPlan(
        "6f1c-plan", "Two weeks", "Jo Berger", None, recipient, "Sam and Alex", MON, MON + timedelta(days=13), None,
        "format_version = 1", (("share-one-thing", "daily", None, MON, MON + timedelta(days=13), None),
                               ("appreciations", "weekly", 2, MON, MON + timedelta(days=13), None)),
    ))  # fmt: skip


def test_the_report_goes_back_to_the_imported_plan_with_its_progress(tmp_path):
    clock = FakeClock(NOW.replace(year=2026, month=11, day=30))
    store = make_store(tmp_path / "db.sqlite", clock)
    assert current_plan(store, clock.today()) is None
    _import(store)
    plan = current_plan(store, clock.today())
    assert plan is not None and (plan.therapist, plan.recipient, plan.couple) == (
        "Jo Berger",
        "age1example",
        "Sam and Alex",
    )
    share, _ = plan.items
    for day in (0, 1, 3):
        clock.set(NOW.replace(month=11, day=30) + timedelta(days=day))
        run = store.runs.create("share-one-thing", 1, {}, {}, plan_item_id=share.item_id)
        store.answers.save(run, "plan", "together", "write", "", f"Day {day}", private=False, sealed=False)
        store.runs.end(run, "finished")
        store.plans.review(run, "partner_a", "went_well", "We laughed", private=False)
        store.plans.review(run, "partner_b", "hard", "Private line", private=True)
    clock.set(NOW.replace(month=11, day=30) + timedelta(days=4))
    offer = gather(store, None, MON, clock.today(), plan)
    store.close()
    progress = {i.exercise_id: (i.done, i.missed) for i in offer.plan.items}
    assert progress == {"share-one-thing": (3, 1), "appreciations": (0, 0)}
    reviews = [c for c in offer.candidates if c.kind == "review"]
    assert [(c.author, c.text) for c in reviews] == [("partner_a", "It went well: We laughed")] * 3
    assert "Private line" not in " ".join(c.text for c in offer.candidates)
    choices = {
        "partner_a": Choice("partner_a", NOW, frozenset({PROGRESS, reviews[0].id})),
        "partner_b": Choice("partner_b", NOW, frozenset({PROGRESS})),
    }
    report = compose(offer, choices, NOW)
    assert [i["kind"] for i in report["items"]] == ["review"]
    assert [(p["exercise_id"], p["done"], p["missed"]) for p in report["plan"]["progress"]] == [
        ("share-one-thing", 3, 1), ("appreciations", 0, 0)]  # fmt: skip
