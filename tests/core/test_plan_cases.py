"""Plan files, good and broken: the example validates, and each broken variant of a small valid
plan gives the message a therapist can act on, on the right line of the plan file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from couplesdesk.core.plan import PLAN_FORMAT_VERSION, Plan, dump_plan, load_plan

TODAY = dt.date(2026, 11, 30)
INSTALLED = {"share-one-thing", "appreciations", "timed-pause"}
ROOT = Path(__file__).resolve().parents[2]

EVENING = """\
format_version = 2
id = "evening-check"
version = 1
title = "Our evening check"
summary = "Two minutes at the end of the day."
category = "connection"
minutes = 5
who = "couple"
cadence_hint = "daily"

[[steps]]
id = "hello"
kind = "read"
who = "together"
body = "Sit side by side for a moment."
"""

BASE = f"""\
format_version = 1
id = "6f1c2a3e-0b4d-4c5e-9f60-7a8b9c0d1e2f"
title = "Homework until 14 December"
couple = "Sam and Alex"
starts = 2026-12-01
ends = 2026-12-14
note = "Small and often is the idea."

[therapist]
name = "Jo Berger"
contact = "jo@example.org"
recipient = "age1{"q" * 58}"

[[items]]
exercise = "share-one-thing"
often = "daily"

[[items]]
exercise = "appreciations"
often = "weekly"
times = 3
starts = 2026-12-01
ends = 2026-12-14
note = "Any evening that suits you."

[[items]]
exercise = "evening-check"
often = "once"

[[bundled]]
file = "our-evening-check.toml"
text = '''
{EVENING}'''
"""


def sub(old: str, new: str, text: str = BASE) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def line_of(text: str, marker: str) -> int:
    return text.split("\n").index(next(line for line in text.split("\n") if marker in line)) + 1


def load(text: str, tmp_path: Path, name: str = "plan.couplesdesk-plan"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return load_plan(path, INSTALLED, builtin=INSTALLED, today=TODAY)


def test_the_base_plan_loads(tmp_path: Path) -> None:
    loaded = load(BASE, tmp_path)
    assert loaded.problems == [], [str(p) for p in loaded.problems]
    assert loaded.plan is not None and loaded.plan.therapist.name == "Jo Berger"
    assert loaded.plan.items[1].times == 3
    assert set(loaded.exercises) == {"evening-check"}
    assert loaded.warnings == []


def test_dump_reads_back_equal(tmp_path: Path) -> None:
    plan = load(BASE, tmp_path).plan
    assert plan is not None
    again = load(dump_plan(plan), tmp_path, "again.couplesdesk-plan")
    assert again.problems == []
    assert again.plan == plan


def test_dump_of_awkward_text_reads_back_equal(tmp_path: Path) -> None:
    plan = load(BASE, tmp_path).plan
    assert plan is not None
    odd = plan.model_copy(update={"note": 'Quotes " and \\ and\nlines\tand tabs', "title": "Ünïcode ✓ ''' "})
    again = load(dump_plan(odd), tmp_path, "odd.couplesdesk-plan")
    assert again.plan == odd


def test_the_example_plan_validates() -> None:
    example = ROOT / "examples" / "homework-two-weeks.couplesdesk-plan"
    from couplesdesk.core.library import load_library
    from couplesdesk.resources import builtin_exercises

    library = load_library(builtin_exercises())
    loaded = load_plan(example, set(library.entries), builtin=set(library.entries), today=dt.date(2026, 11, 30))
    assert loaded.problems == [], [str(p) for p in loaded.problems]
    assert loaded.plan is not None and loaded.plan.format_version == PLAN_FORMAT_VERSION
    assert loaded.exercises


BROKEN: list = []


def broken(case_id: str, text: str | bytes, message: str, field: str = "", line: int | None = None) -> None:
    BROKEN.append(pytest.param(text, message, field, line, id=case_id))


t = sub('exercise = "share-one-thing"', 'exercise = "share-one-thin"')
broken(
    "unknown-exercise-close",
    t,
    "neither installed here nor bundled in the plan; did you mean 'share-one-thing'?",
    "items[1].exercise",
    line_of(t, "share-one-thin"),
)
t = sub('exercise = "share-one-thing"', 'exercise = "sculpting"')
broken(
    "unknown-exercise",
    t,
    "'sculpting' is neither installed here nor bundled",
    "items[1].exercise",
    line_of(t, "sculpting"),
)
broken(
    "plan-in-the-past",
    sub("starts = 2026-12-01\nends = 2026-12-14\nnote", "starts = 2026-11-10\nends = 2026-11-20\nnote"),
    "ended on 2026-11-20, which is in the past",
    "ends",
    6,
)
broken(
    "inverted-dates",
    sub('ends = 2026-12-14\nnote = "Small', 'ends = 2026-11-30\nnote = "Small'),
    "ends (2026-11-30) before it starts (2026-12-01)",
    "ends",
    6,
)
t = sub('ends = 2026-12-14\nnote = "Any', 'ends = 2026-12-20\nnote = "Any')
broken(
    "item-outside-plan",
    t,
    "2026-12-20 is outside the plan's days (2026-12-01 to 2026-12-14)",
    "items[2].ends",
    line_of(t, "2026-12-20"),
)
t = sub("times = 3\n", "")
broken(
    "weekly-without-times", t, 'often = "weekly" needs times = 1 to 7', "items[2].often", line_of(t, 'often = "weekly"')
)
t = sub("times = 3", "times = 9")
broken("times-out-of-range", t, "must be at most 7, but it is 9", "items[2].times", line_of(t, "times = 9"))
t = sub('often = "daily"', 'often = "daily"\ntimes = 2')
broken("times-with-daily", t, "'times' only goes with often = \"weekly\"", "items[1].times", line_of(t, "times = 2"))
broken(
    "newer-format",
    sub("format_version = 1\nid", "format_version = 7\nid"),
    "made by a newer CouplesDesk (plan format 7)",
    "format_version",
    1,
)
t = sub('kind = "read"', 'kind = "reed"')
broken(
    "bundled-broken",
    t,
    "'reed' is not a step kind",
    "bundled our-evening-check.toml: steps[1](hello).kind",
    line_of(t, 'kind = "reed"'),
)
t = sub("minutes = 5", 'minutes = "five"')
broken(
    "bundled-bad-minutes",
    t,
    "expected a whole number",
    "bundled our-evening-check.toml: minutes",
    line_of(t, 'minutes = "five"'),
)
broken("not-toml", 'title = "Homework\n', "is not valid TOML", "", 1)
broken("an-exercise-not-a-plan", EVENING, "is an exercise file, not a homework plan")
broken("not-a-plan-at-all", 'name = "shopping list"\n', "is not a homework plan")
broken("binary", b"\x89PNG\r\n\x1a\n\x00\x00", "is not a text file")
broken("empty", b"  \n", "is empty")
t = sub('title = "Homework until 14 December"\n', "")
broken("missing-title", t, "'title' is required but missing", "title")
t = sub('recipient = "age1', 'recipient = "AGE-SECRET-KEY-1')
broken(
    "private-key-as-recipient",
    t,
    "this is a private key: never put it in a plan",
    "therapist.recipient",
    line_of(t, "recipient ="),
)
t = sub(f'recipient = "age1{"q" * 58}"', 'recipient = "jo@example.org"')
broken("recipient-not-a-key", t, "expected an age public key", "therapist.recipient", line_of(t, "recipient ="))
t = sub("[[bundled]]", '[[items]]\nexercise = "share-one-thing"\noften = "once"\nstarts = 2026-12-10\n\n[[bundled]]')
broken(
    "duplicate-item",
    t,
    "'share-one-thing' is already asked by item 1 on days that overlap",
    "items[4].exercise",
    line_of(t, "2026-12-10") - 2,
)
t = sub('id = "evening-check"', 'id = "timed-pause"')
broken(
    "bundled-takes-builtin-id",
    t,
    "uses the id 'timed-pause', which belongs to a built-in exercise",
    "bundled our-evening-check.toml: id",
)
t = sub('often = "once"', 'often = "monthly"')
broken("often-unknown", t, "expected 'daily', 'weekly' or 'once'", "items[3].often", line_of(t, "monthly"))
t = sub("starts = 2026-12-01\nends = 2026-12-14\nnote", 'starts = "1 December"\nends = 2026-12-14\nnote')
broken("date-as-text", t, "expected a date like 2026-12-01", "starts", 5)
t = sub("[therapist]", '[therapist]\nphone = "0123"')
broken("unknown-field", t, "'phone' is not a field a plan knows", "therapist.phone", line_of(t, "phone"))
t = sub('[[items]]\nexercise = "share-one-thing"\noften = "daily"\n', "")
t = sub('[[items]]\nexercise = "appreciations"', '[[itemz]]\nexercise = "appreciations"', t)
t = sub('[[items]]\nexercise = "evening-check"\noften = "once"\n', "", t)
broken("no-items", t, "'items' is required but missing", "items")
broken("empty-items", sub("[therapist]", "items = []\n\n[therapist]", t), "a plan needs at least one item", "items")
broken("bidi-in-note", sub('note = "Small', 'note = "\u202eSmall'), "reorder the words on screen", "note", 7)


@pytest.mark.parametrize(("text", "message", "field", "line"), BROKEN)
def test_broken_plans_say_what_is_wrong(
    tmp_path: Path, text: str | bytes, message: str, field: str, line: int | None
) -> None:
    path = tmp_path / "plan.couplesdesk-plan"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    loaded = load_plan(path, INSTALLED, builtin=INSTALLED, today=TODAY)
    assert loaded.plan is None
    said = [str(p) for p in loaded.problems]
    hits = [p for p in loaded.problems if message in p.message]
    assert hits, said
    problem = hits[0]
    assert problem.file == str(path)
    assert problem.field == field, said
    if line is not None:
        assert problem.line == line, said
    assert "Traceback" not in "".join(said)


def test_a_plan_without_a_key_loads_with_a_warning(tmp_path: Path) -> None:
    loaded = load(sub(f'recipient = "age1{"q" * 58}"\n', ""), tmp_path)
    assert loaded.plan is not None and loaded.problems == []
    assert any("will not be sealed" in w.message and w.warning for w in loaded.warnings)


def test_an_unused_bundled_exercise_is_a_warning(tmp_path: Path) -> None:
    loaded = load(sub('[[items]]\nexercise = "evening-check"\noften = "once"\n', ""), tmp_path)
    assert loaded.plan is not None
    assert any("no item asks for it" in w.message for w in loaded.warnings)


def test_a_missing_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    loaded = load_plan(tmp_path / "nowhere.couplesdesk-plan", INSTALLED, today=TODAY)
    assert loaded.plan is None and "could not be read" in loaded.problems[0].message


def test_installed_may_be_a_callable(tmp_path: Path) -> None:
    path = tmp_path / "p.couplesdesk-plan"
    path.write_text(BASE, encoding="utf-8")
    loaded = load_plan(path, lambda exercise_id: exercise_id in INSTALLED, today=TODAY)
    assert isinstance(loaded.plan, Plan)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_handed_over_as_a_plan_is_refused_without_waiting(tmp_path):
    import os
    import threading

    pipe = tmp_path / "homework.couplesdesk-plan"
    os.mkfifo(pipe)
    loaded = []
    reader = threading.Thread(
        target=lambda: loaded.append(load_plan(pipe, INSTALLED, builtin=INSTALLED, today=TODAY)), daemon=True
    )
    reader.start()
    reader.join(5)
    if reader.is_alive():  # let the waiting reader go before failing
        with open(pipe, "wb"):
            pass
    assert loaded, "reading the pipe waited for a writer"
    assert loaded[0].plan is None and "not a regular file" in loaded[0].problems[0].message
