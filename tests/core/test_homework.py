"""Homework on the couple's side, without the screen: items in words, progress in words, and
bundled exercises written into the exercise folder all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from couplesdesk.core.homework import item_progress, item_words, span_words
from couplesdesk.core.homework.importing import install_bundled
from couplesdesk.core.loader import parse_exercise
from couplesdesk.storage import HomeworkRun, PlanItemRecord

from .test_plan_cases import EVENING

D = date(2026, 12, 1)


def item(often: str, times: int | None = None, starts: date = D, ends: date = date(2026, 12, 14)) -> PlanItemRecord:
    return PlanItemRecord("item", 0, "share-one-thing", often, times, starts, ends, None)


def done(*days: int) -> list[HomeworkRun]:
    return [HomeworkRun(f"run-{d}", "item", date(2026, 12, d), "finished") for d in days]


@pytest.mark.parametrize(
    ("often", "times", "first", "last", "words"),
    [
        ("daily", None, D, date(2026, 12, 14), "Share one thing: every day, 1–14 December"),
        ("weekly", 3, D, date(2026, 12, 14), "Share one thing: 3 times a week, 1–14 December"),
        ("weekly", 2, date(2026, 11, 28), D, "Share one thing: twice a week, 28 November – 1 December"),
        ("once", None, date(2026, 12, 8), date(2026, 12, 14), "Share one thing: once, any day 8–14 December"),
        ("once", None, D, D, "Share one thing: on 1 December"),
    ],
)
def test_an_item_in_words(often, times, first, last, words):
    assert item_words("Share one thing", often, times, first, last) == words


def test_spans_across_years():
    assert span_words(date(2026, 12, 28), date(2027, 1, 3)) == "28 December 2026 – 3 January 2027"


@pytest.mark.parametrize(
    ("it", "runs", "today", "words", "done_now", "behind"),
    [
        (item("daily"), done(1), date(2026, 12, 1), "done today", True, False),
        (item("daily"), done(1), date(2026, 12, 2), "not yet today", False, False),
        (item("daily"), done(1), date(2026, 12, 4), "not yet today", False, True),
        (item("weekly", 3), done(1, 3), date(2026, 12, 4), "2 of 3 this week", False, False),
        (item("weekly", 3), done(1, 3), date(2026, 12, 8), "0 of 3 this week", False, False),
        (item("weekly", 3), [], date(2026, 12, 6), "0 of 3 this week", False, True),
        (item("weekly", 2), done(1, 2), date(2026, 12, 3), "2 of 2 this week, done for this week", True, False),
        (item("once"), [], date(2026, 12, 3), "once, not yet", False, False),
        (item("once"), done(3), date(2026, 12, 5), "done on 3 December", True, False),
        (item("once", starts=date(2026, 12, 8)), [], date(2026, 12, 3), "from 8 December", False, False),
    ],
)
def test_progress_in_words(it, runs, today, words, done_now, behind):
    progress = item_progress(it, runs, today)
    assert (progress.words, progress.done, progress.behind) == (words, done_now, behind)


def test_a_run_not_finished_does_not_count():
    runs = [HomeworkRun("r", "item", D, "left")]
    assert item_progress(item("daily"), runs, D).words == "not yet today"


def test_bundled_exercises_are_installed_together_or_not_at_all(tmp_path, monkeypatch):
    exercise = parse_exercise(EVENING.encode(), "our-evening-check.toml")
    folder = tmp_path / "exercises"
    installed = install_bundled([(exercise, EVENING)], folder)
    assert installed.paths == {"evening-check": folder / "evening-check.toml"}
    assert (folder / "evening-check.toml").read_text(encoding="utf-8") == EVENING
    installed.undo()
    assert list(folder.iterdir()) == []

    (folder / "mine.toml").write_text("earlier", encoding="utf-8")
    real_replace = __import__("os").replace
    calls = []

    def failing(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr("couplesdesk.core.homework.importing.os.replace", failing)
    other = exercise.model_copy(update={"id": "second"})
    with pytest.raises(OSError):
        install_bundled([(exercise, "new"), (other, "new")], folder, {"evening-check": folder / "mine.toml"})
    assert sorted(p.name for p in folder.iterdir()) == ["mine.toml"]
    assert (folder / "mine.toml").read_text(encoding="utf-8") == "earlier"


def test_a_bundled_exercise_replacing_the_couples_own_keeps_theirs_beside_it(tmp_path):
    exercise = parse_exercise(EVENING.encode(), "our-evening-check.toml")
    folder = tmp_path / "exercises"
    folder.mkdir()
    (folder / "mine.toml").write_text("our own words", encoding="utf-8")
    own = {"evening-check": folder / "mine.toml"}
    installed = install_bundled([(exercise, EVENING)], folder, own)
    assert (folder / "mine.toml").read_text(encoding="utf-8") == EVENING
    assert (folder / "mine.toml.before-homework").read_text(encoding="utf-8") == "our own words"
    assert installed.kept == [folder / "mine.toml.before-homework"]
    install_bundled([(exercise, EVENING + "\n# corrected\n")], folder, own)  # the plan again, corrected
    assert (folder / "mine.toml.before-homework").read_text(encoding="utf-8") == "our own words"
    installed = install_bundled([(exercise, EVENING)], folder, own)
    installed.undo()  # the plan could not be saved: the folder as it was
    assert sorted(p.name for p in folder.iterdir()) == ["mine.toml", "mine.toml.before-homework"]
    assert (folder / "mine.toml").read_text(encoding="utf-8") == EVENING + "\n# corrected\n"


def test_a_bundled_exercise_is_never_written_outside_the_exercise_folder(tmp_path):
    exercise = parse_exercise(EVENING.encode(), "our-evening-check.toml")
    folder, elsewhere = tmp_path / "exercises", tmp_path / "elsewhere.toml"
    elsewhere.write_text("not ours to touch", encoding="utf-8")
    installed = install_bundled([(exercise, EVENING)], folder, {"evening-check": elsewhere})
    assert installed.paths == {"evening-check": folder / "evening-check.toml"}
    assert elsewhere.read_text(encoding="utf-8") == "not ours to touch"
