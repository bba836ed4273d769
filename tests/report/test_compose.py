"""What could go in a report, and what goes in: only what both have seen, only by its
author's tick (both partners' for what was written together), notes and flags for the
therapist alone, and nothing said about what was left out."""

from __future__ import annotations

import json
from datetime import date, timedelta

import jsonschema

from couplesdesk.report import PROGRESS, Choice, compose, couple_copy, gather
from couplesdesk.report.period import default_period, remember_report
from couplesdesk.report.reading import lines
from couplesdesk.report.schema import report_schema

from .helpers import (
    A_PRIVATE,
    A_SHARED,
    B_FLAG_NOTE,
    B_SEALED,
    B_SHARED,
    B_SOLO,
    NOW,
    TOGETHER,
    history,
    make_store,
    plan,
)

DAY = NOW.date()


def _offer(tmp_path, with_plan=True):
    store = make_store(tmp_path / "db.sqlite")
    ids = history(store)
    offer = gather(store, None, DAY - timedelta(days=7), DAY, plan("age1x") if with_plan else None)
    store.close()
    return offer, ids


def test_only_what_both_have_seen_could_go_in(tmp_path):
    offer, ids = _offer(tmp_path)
    found = {c.id for c in offer.candidates}
    assert found == {PROGRESS, ids["a_shared"], ids["b_shared"], ids["together"], ids["a_rating"]}
    texts = " ".join(c.text for c in offer.candidates)
    for word in (A_PRIVATE, B_SEALED, B_SOLO):
        assert word not in texts
    assert {c.id for c in offer.of("partner_a")} == {PROGRESS, ids["a_shared"], ids["together"], ids["a_rating"]}
    assert {c.id for c in offer.of("partner_b")} == {PROGRESS, ids["b_shared"], ids["together"]}
    rating = offer.by_id()[ids["a_rating"]]
    assert (rating.kind, rating.value) == ("rating", 7)


def test_nothing_is_included_by_default(tmp_path):
    offer, _ = _offer(tmp_path)
    choices = {p: Choice(p, NOW) for p in ("partner_a", "partner_b")}
    report = compose(offer, choices, NOW)
    assert report["items"] == [] and report["for_therapist"] == []
    assert report["plan"]["progress"] == []
    text = json.dumps(report)
    for word in (A_SHARED, B_SHARED, TOGETHER):
        assert word not in text


def test_each_partner_includes_only_their_own_and_joint_items_need_both(tmp_path):
    offer, ids = _offer(tmp_path)
    later = NOW + timedelta(minutes=4)
    everything = frozenset(c.id for c in offer.candidates)
    choices = {
        "partner_a": Choice("partner_a", NOW, everything),  # ticking B's answer does not include it
        "partner_b": Choice("partner_b", later, frozenset({ids["together"]})),
    }
    report = compose(offer, choices, later)
    got = {i["id"]: i for i in report["items"]}
    assert set(got) == {ids["a_shared"], ids["a_rating"], ids["together"]}
    assert got[ids["together"]]["consented"] == [
        {"partner": "partner_a", "at": NOW.isoformat(timespec="milliseconds")},
        {"partner": "partner_b", "at": later.isoformat(timespec="milliseconds")},
    ]
    assert got[ids["a_shared"]]["exercise_id"] == "share-one-thing" and got[ids["a_shared"]]["exercise_version"] == 1
    assert report["plan"]["progress"] == []  # the plan's progress is joint: B did not tick it
    jsonschema.validate(report, report_schema())


def test_notes_and_flags_are_for_the_therapist_alone(tmp_path):
    offer, ids = _offer(tmp_path)
    choices = {
        "partner_a": Choice("partner_a", NOW, frozenset({ids["a_shared"], PROGRESS})),
        "partner_b": Choice("partner_b", NOW, frozenset({PROGRESS}), note=B_FLAG_NOTE, flag=True),
    }
    report = compose(offer, choices, NOW)
    assert [n["partner"] for n in report["for_therapist"]] == ["partner_b"]
    assert report["plan"]["progress"][0]["done"] == 7
    shown = "\n".join(line.text for line in lines(report))
    assert B_FLAG_NOTE in shown and "on my own" in shown and A_SHARED in shown
    copy = couple_copy(report)
    assert "for_therapist" not in copy and B_FLAG_NOTE not in json.dumps(copy)
    shown = "\n".join(line.text for line in lines(copy))
    assert B_FLAG_NOTE not in shown and "on my own" not in shown and "alone" not in shown
    jsonschema.validate(report, report_schema())
    jsonschema.validate(copy, report_schema())


def test_a_report_reads_the_same_whatever_was_left_out(tmp_path):
    """No count, no gap: a report where B held back an answer reads as one where B had none."""
    offer, ids = _offer(tmp_path)
    a_only = {
        "partner_a": Choice("partner_a", NOW, frozenset({ids["a_shared"]})),
        "partner_b": Choice("partner_b", NOW),
    }
    shown = [line for line in lines(compose(offer, a_only, NOW)) if line.style != "note"]
    trimmed = type(offer)(offer.start, offer.end, offer.names, offer.plan,
                          tuple(c for c in offer.candidates if c.author != "partner_b"))  # fmt: skip
    assert shown == [line for line in lines(compose(trimmed, a_only, NOW)) if line.style != "note"]


def test_the_default_period_starts_after_the_last_report(tmp_path):
    store = make_store(tmp_path / "db.sqlite")
    assert default_period(store, DAY, None) == (DAY - timedelta(days=27), DAY)
    assert default_period(store, DAY, plan(None)) == (date(2026, 12, 1), DAY)
    remember_report(store, NOW, DAY - timedelta(days=3))
    assert default_period(store, DAY, plan(None)) == (DAY - timedelta(days=2), DAY)
    remember_report(store, NOW, DAY)
    assert default_period(store, DAY, None) == (DAY, DAY)
    store.close()


def test_schema_report_prints_a_valid_schema(capsys):
    from couplesdesk.cli import main

    assert main(["schema", "--report"]) == 0
    printed = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(printed)
    assert printed["properties"]["format"] == {"const": "couplesdesk-report"}


def test_answers_of_some_days_are_those_of_every_day_in_that_period(tmp_path):
    """store.answers.in_period reads some days by their runs first (benchmarks/report.py): the same
    answers, in the same order, as filtering all of them."""
    from couplesdesk.core.clock import FakeClock

    clock = FakeClock(NOW - timedelta(days=3))
    store = make_store(tmp_path / "db.sqlite", clock)
    history(store)
    clock.advance(days=2)
    history(store)
    runs = {r.id: r.day for r in store.runs.in_period()}
    everything = store.answers.in_period()
    for start, end in (
        (DAY - timedelta(days=3), DAY - timedelta(days=3)),
        (DAY - timedelta(days=1), None),
        (None, DAY),
    ):
        expected = [
            a.id
            for a in everything
            if (start is None or runs[a.run_id] >= start) and (end is None or runs[a.run_id] <= end)
        ]
        assert [a.id for a in store.answers.in_period(start, end)] == expected
    store.close()
