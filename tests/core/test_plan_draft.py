"""The plan on the builder's screen: what must be put right before saving, and the plan it makes."""

from __future__ import annotations

import datetime as dt

import pytest

from couplesdesk.core.loader import ExerciseFileError
from couplesdesk.core.plan import dump_plan, load_plan
from couplesdesk.core.plan_draft import Draft, bundle_file, from_plan, mistakes, to_plan, write_plan
from couplesdesk.resources import builtin_exercises

TODAY = dt.date(2026, 12, 1)


def _ready() -> Draft:
    draft = Draft.new(TODAY, "Jo Berger", "", None)
    draft.couple = "Sam and Alex"
    draft.add("share-one-thing", "Share one thing")
    return draft


def _where(draft: Draft) -> list[tuple[str, int | None]]:
    return [(m.where, m.index) for m in mistakes(draft, TODAY)]


def test_an_empty_plan_says_each_thing_to_put_right_beside_it():
    draft = Draft.new(TODAY)
    assert _where(draft) == [("couple", None), ("items", None), ("name", None)]
    assert _where(_ready()) == []


def test_days_that_do_not_fit_are_named():
    draft = _ready()
    draft.ends = TODAY - dt.timedelta(days=1)
    assert any("ends before it starts" in m.message for m in mistakes(draft, TODAY))
    draft = _ready()
    item = draft.items[0]
    item.starts, item.ends = TODAY + dt.timedelta(days=3), TODAY + dt.timedelta(days=1)
    assert _where(draft) == [("item", 0)]
    item.starts, item.ends = TODAY, TODAY + dt.timedelta(days=40)
    assert "inside the plan's" in mistakes(draft, TODAY)[0].message
    draft.add("share-one-thing", "Share one thing")
    assert ("item", 1) in _where(draft)


def test_a_draft_makes_a_plan_that_reads_back_as_it_was(tmp_path):
    draft = _ready()
    draft.items[0].often, draft.items[0].times = "weekly", 4
    draft.add("timed-pause", "Timed pause").often = "once"
    draft.items[0].times = 4
    write_plan(tmp_path / "p.couplesdesk-plan", to_plan(draft))
    loaded = load_plan(tmp_path / "p.couplesdesk-plan", {"share-one-thing", "timed-pause"}, today=TODAY)
    assert loaded.plan == to_plan(draft)
    assert dump_plan(loaded.plan) == (tmp_path / "p.couplesdesk-plan").read_text(encoding="utf-8")
    again = from_plan(loaded.plan, lambda _id: "a title", {})
    assert (again.id, again.items[0].times, again.items[1].often) == (draft.id, 4, "once")
    assert not list(tmp_path.glob("*.partial"))


def test_a_broken_file_of_ones_own_is_refused_with_its_problems(tmp_path):
    text = (builtin_exercises() / "share-one-thing.toml").read_text(encoding="utf-8")
    (tmp_path / "broken.toml").write_text(text.replace("minutes = 8", 'minutes = "eight"'), encoding="utf-8")
    with pytest.raises(ExerciseFileError) as caught:
        bundle_file(tmp_path / "broken.toml")
    assert any("minutes" in str(problem) for problem in caught.value.problems)
    (tmp_path / "ours.toml").write_text(text.replace('id = "share-one-thing"', 'id = "ours"'), encoding="utf-8")
    draft = _ready()
    draft.add_bundled(bundle_file(tmp_path / "ours.toml"))
    assert [b.file for b in to_plan(draft).bundled] == ["ours.toml"]
    draft.remove(1)
    assert draft.bundled == [] and to_plan(draft).bundled == []
    long_name = tmp_path / ("a" * 130 + ".toml")
    long_name.write_text(text.replace('id = "share-one-thing"', 'id = "long"'), encoding="utf-8")
    with pytest.raises(ExerciseFileError, match="rename it"):
        bundle_file(long_name)


def test_characters_no_one_can_see_are_named_before_the_plan_file_would_refuse_them(tmp_path):
    draft = _ready()
    draft.name = "Jo\u202eBerger"
    draft.items[0].note = "a\x07b"
    found = mistakes(draft, TODAY)
    assert [(m.where, m.index) for m in found] == [("name", None), ("item", 0)]
    assert "right-to-left override" in found[0].message
    draft.name, draft.items[0].note = "Jo Berger", "line one\nline two"
    assert mistakes(draft, TODAY) == []
    write_plan(tmp_path / "p.couplesdesk-plan", to_plan(draft))
    assert load_plan(tmp_path / "p.couplesdesk-plan", {"share-one-thing"}, today=TODAY).problems == []
