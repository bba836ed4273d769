"""Homework plans in the database: imported, replaced (runs keep counting), reviewed, forgotten."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.storage import Changes, NewPlan, Store, StoreError, personal

STATE = {"index": 0, "turn": 0, "history": [], "timers": {}, "turns": {}, "confirmed": {}, "finished": True}
DAYS = (date(2026, 12, 1), date(2026, 12, 14))


def plan(title: str = "Homework", items=None) -> NewPlan:
    items = items or (
        ("share-one-thing", "daily", None, *DAYS, None),
        ("appreciations", "weekly", 3, *DAYS, "Any evening"),
    )
    return NewPlan("plan-1", title, "Jo Berger", "jo@example.org", None, "Sam and Alex", *DAYS, "A note", "text", items)


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 12, 2, 19, 0).astimezone())


@pytest.fixture
def store(tmp_path, clock):
    store = Store.open(tmp_path / "db.sqlite", clock)
    yield store
    store.close()


def test_a_plan_is_imported_with_its_items(store):
    heard: list[Changes] = []
    store.subscribe(heard.append)
    row = store.plans.add(plan())
    assert Changes.PLANS in heard[-1]
    (current,) = store.plans.current()
    assert current.id == row and current.therapist_name == "Jo Berger" and current.text == "text"
    assert [(i.exercise_id, i.often, i.times, i.note) for i in current.items] == [
        ("share-one-thing", "daily", None, None),
        ("appreciations", "weekly", 3, "Any evening"),
    ]
    assert store.plans.current_id("plan-1") == row


def test_importing_the_same_plan_again_replaces_it_and_runs_keep_counting(store):
    store.plans.add(plan())
    item = store.plans.current()[0].items[1]
    run = store.runs.create("appreciations", 1, {}, STATE, plan_item_id=item.id)
    store.runs.end(run, "finished")
    newer = store.plans.add(plan("Homework, corrected", items=(("appreciations", "weekly", 2, *DAYS, None),)))
    (current,) = store.plans.current()
    assert current.id == newer and current.title == "Homework, corrected"
    (done,) = store.plans.runs_for([current.items[0].id])
    assert done.run_id == run and done.status == "finished"
    assert store.plans.plan_of_run(run) == ("Homework, corrected", "Jo Berger")
    kept = store.conn.execute("SELECT count(*) FROM plans WHERE replaced_at IS NOT NULL").fetchone()[0]
    assert kept == 1


def test_how_it_went_is_kept_per_partner_and_answering_again_replaces_it(store):
    run = store.runs.create("share-one-thing", 1, {}, STATE)
    store.plans.review(run, "partner_a", "went_well", "", private=False)
    store.plans.review(run, "partner_b", "hard", "We were tired", private=True)
    store.plans.review(run, "partner_a", "mixed", "ok", private=False)
    reviews = {r.author: r for r in store.plans.reviews_of(run)}
    assert (reviews["partner_a"].how, reviews["partner_a"].line) == ("mixed", "ok")
    assert reviews["partner_b"].private and reviews["partner_b"].line == "We were tired"
    with pytest.raises(ValueError):
        store.plans.review(run, "partner_a", "great", "", private=False)


def test_a_private_review_of_a_partner_with_a_passphrase_is_written_only_locked(store, monkeypatch):
    """From a partner with a personal passphrase, a private review (the tap and the line) is
    written only locked with their open key, never in plain; without it nothing is written.
    It reads as none unless their key is open. A shared line and the other's are as typed."""
    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})
    store.couple.save("Alex", "#1", "Sam", "#2")
    store.personal.set("partner_a", "a long passphrase")
    store.personal.forget()
    run = store.runs.create("share-one-thing", 1, {}, STATE)
    with pytest.raises(StoreError, match="Alex's answers are kept locked"):
        store.plans.review(run, "partner_a", "hard", "We were tired", private=True)
    with pytest.raises(StoreError, match="Alex's answers are kept locked"):
        store.plans.review(run, "partner_a", "hard", "", private=True)
    assert store.plans.reviews_of(run) == []
    store.personal.unlock("partner_a", "a long passphrase")
    store.plans.review(run, "partner_a", "mixed", "first words", private=True)
    store.plans.review(run, "partner_a", "hard", "We were tired", private=True)  # answered again: one row
    assert {r.author: (r.how, r.line) for r in store.plans.reviews_of(run)} == {"partner_a": ("hard", "We were tired")}
    store.personal.forget()
    store.plans.review(run, "partner_b", "mixed", "Sam's own line", private=True)
    store.plans.review(run, "together", "went_well", "Said together", private=False)
    stored = {a: (h, t) for a, h, t in store.conn.execute("SELECT author, how, line FROM homework_reviews")}
    assert all(v.startswith(personal.PREFIX) for v in stored["partner_a"]), stored["partner_a"]
    assert "hard" not in stored["partner_a"][0] and "tired" not in stored["partner_a"][1]
    assert stored["partner_b"] == ("mixed", "Sam's own line") and stored["together"] == ("went_well", "Said together")
    lines = {r.author: (r.how, r.line, r.private) for r in store.plans.reviews_of(run)}
    assert lines == {"partner_a": ("", "", True), "partner_b": ("mixed", "Sam's own line", True),
                     "together": ("went_well", "Said together", False)}  # fmt: skip
    store.personal.remove("partner_a", "a long passphrase")
    assert {r.author: (r.how, r.line) for r in store.plans.reviews_of(run)}["partner_a"] == ("hard", "We were tired")


def test_private_lines_written_before_a_passphrase_are_locked_with_it_and_opened_when_it_goes(store, monkeypatch):
    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})
    store.couple.save("Alex", "#1", "Sam", "#2")
    run = store.runs.create("share-one-thing", 1, {}, STATE)
    store.plans.review(run, "partner_a", "hard", "We were tired", private=True)
    store.plans.review(run, "together", "went_well", "Said together", private=False)
    store.personal.set("partner_a", "a long passphrase")
    stored = {a: (h, t) for a, h, t in store.conn.execute("SELECT author, how, line FROM homework_reviews")}
    assert "tired" not in stored["partner_a"][1] and "hard" not in stored["partner_a"][0]
    assert stored["together"] == ("went_well", "Said together")
    store.personal.forget()
    assert {r.author: r.line for r in store.plans.reviews_of(run)} == {"partner_a": "", "together": "Said together"}
    store.personal.remove("partner_a", "a long passphrase")
    assert {r.author: r.line for r in store.plans.reviews_of(run)}["partner_a"] == "We were tired"


def test_forgetting_a_run_or_private_answers_takes_the_reviews_without_a_word(store):
    run = store.runs.create("share-one-thing", 1, {}, STATE)
    store.plans.review(run, "partner_b", "hard", "We were tired", private=True)
    store.plans.review(run, "partner_a", "went_well", "lovely", private=False)
    store.forgetting.private_answers("partner_b")
    assert [r.author for r in store.plans.reviews_of(run)] == ["partner_a"]
    store.forgetting.run(run)
    assert store.plans.reviews_of(run) == []
    rows = store.conn.execute("SELECT author = id, how, line, deleted_at IS NOT NULL FROM homework_reviews").fetchall()
    assert rows == [(1, "", "", 1), (1, "", "", 1)]


def test_forgetting_a_plan_leaves_a_tombstone_without_words_and_unlinks_its_runs(store):
    row = store.plans.add(plan())
    item = store.plans.current()[0].items[0]
    run = store.runs.create("share-one-thing", 1, {}, STATE, plan_item_id=item.id)
    store.forgetting.plan(row)
    assert store.plans.current() == []
    assert store.plans.plan_of_run(run) is None
    title, text, name = store.conn.execute("SELECT title, text, therapist_name FROM plans").fetchone()
    assert (title, text, name) == ("", "", "")
    assert store.conn.execute("SELECT plan_item_id FROM runs").fetchone()[0] is None
