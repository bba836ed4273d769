"""Tests for the exercise loader: broken files must give problems a therapist can act on.

Every broken file below is the small valid ``BASE`` exercise with one mutation. For each,
the test names a fragment of the message, a fragment of the field path and the exact line
(and column, where the loader can know it) that the problem must carry.
"""

from __future__ import annotations

import copy
import json
import math
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from couplesdesk.core.loader import (
    MAX_BYTES,
    MAX_DEPTH,
    ExerciseFileError,
    Problem,
    load_exercise,
    parse_exercise,
)
from couplesdesk.core.model import Exercise

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"

# --------------------------------------------------------------------------- the valid base

BASE = """\
format_version = 1
id = "base"
version = 1
title = "Base exercise"
summary = "A small exercise used by the tests."
category = "testing"
minutes = 20
who = "couple"
cadence_hint = "weekly"

[roles]
first = "speaker"
second = "listener"
question = "Who speaks first?"

[[steps]]
id = "feelings"
kind = "write"
who = "each"
prompt = "{speaker}, what are you feeling?"

[[steps]]
id = "mood"
kind = "rate"
who = "each"
prompt = "How calm are you now?"
min = 0
max = 10
low_label = "calm"
high_label = "flooded"

[[steps]]
id = "pick"
kind = "choose"
prompt = "What would help?"
options = [
  { id = "walk", label = "A walk" },
  { id = "tea", label = "A cup of tea" },
]

[[steps]]
id = "wish"
kind = "template"
template = "I would like {wish}."
blanks = { wish = { hint = "Something small" } }

[[steps]]
id = "show"
kind = "reveal"
steps = ["feelings", "mood"]

[[steps]]
id = "fork"
kind = "branch"
on = "mood"
otherwise = "rest"

[[steps.cases]]
at_least = 6
goto = "rest"

[[steps]]
id = "rest"
kind = "timer"
minutes = 20
min_minutes = 10
max_minutes = 30
adjustable = true
"""

ROLES_TABLE = '[roles]\nfirst = "speaker"\nsecond = "listener"\nquestion = "Who speaks first?"\n\n'


def sub(old: str, new: str, text: str = BASE) -> str:
    """``text`` with the only occurrence of ``old`` replaced by ``new``."""
    assert text.count(old) == 1, f"{old!r} must occur exactly once"
    return text.replace(old, new)


def line_of(text: str, marker: str, nth: int = 0, offset: int = 0) -> int:
    """The 1-based number of the ``nth`` line containing ``marker``, plus ``offset``."""
    numbers = [i + 1 for i, line in enumerate(text.split("\n")) if marker in line]
    assert len(numbers) > nth, f"{marker!r} not found {nth + 1} time(s)"
    if nth == 0:
        assert len(numbers) == 1, f"{marker!r} is on several lines; say which with nth"
    return numbers[nth] + offset


def header_of(text: str, step_id: str) -> int:
    """The line of the ``[[steps]]`` header of the step with ``step_id``."""
    line = line_of(text, f'id = "{step_id}"', offset=-1)
    assert text.split("\n")[line - 1] == "[[steps]]"
    return line


def check_problems(exc: ExerciseFileError, data: bytes, name: str) -> None:
    """What must hold for every problem of every file."""
    assert exc.problems, "an ExerciseFileError must say at least one reason"
    last_line = data.count(b"\n") + 1
    for problem in exc.problems:
        assert isinstance(problem, Problem)
        assert problem.message.strip(), problem
        assert name in str(problem), f"{problem} does not name the file"
        if problem.line is not None:
            assert 1 <= problem.line <= last_line, problem
        if problem.column is not None:
            assert problem.line is not None and problem.column >= 1, problem


# --------------------------------------------------------------------------- the table of broken files

BROKEN: list = []


def broken(
    case_id: str, data: str | bytes, message: str, field: str = "", line: int | None = None, column: int | None = None
) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    BROKEN.append(pytest.param(raw, message, field, line, column, id=case_id))


# TOML syntax: line and column come from the parser.
t = sub("minutes = 20\nwho", "minutes = twenty\nwho")
broken("toml-bare-word", t, "is not valid TOML", "", line_of(t, "minutes = twenty"), len("minutes = ") + 1)
t = sub('title = "Base exercise"', 'title = "Base exercise')
broken(
    "toml-unclosed-quote",
    t,
    "missing its closing quote",
    "",
    line_of(t, 'title = "Base exercise'),
    len('title = "Base exercise') + 1,
)
t = sub("minutes = 20\nwho", "minutes = 20\nminutes = 25\nwho")
broken("toml-key-twice", t, "written twice", "", line_of(t, "minutes = 25"))

# Wrong types.
t = sub("minutes = 20\nwho", 'minutes = "twenty"\nwho')
broken(
    "text-for-whole-number",
    t,
    'expected a whole number, found the text "twenty"',
    "minutes",
    line_of(t, 'minutes = "twenty"'),
)
t = sub("minutes = 20\nmin_minutes", 'minutes = "twenty"\nmin_minutes')
broken("text-for-timer-minutes", t, "expected a number", "steps[7](rest).minutes", line_of(t, 'minutes = "twenty"'))
t = sub("adjustable = true", 'adjustable = "sometimes"')
broken(
    "text-for-true-false",
    t,
    "expected true or false",
    "steps[7](rest).adjustable",
    line_of(t, 'adjustable = "sometimes"'),
)
t = sub('prompt = "How calm are you now?"', "prompt = 7")
broken("number-for-text", t, "expected text in quotes", "steps[2](mood).prompt", line_of(t, "prompt = 7"))

# Missing required fields: the loader cannot point at a line that is not there, so it
# points at the start of the table that lacks the key.
t = sub('summary = "A small exercise used by the tests."\n', "")
broken("missing-summary", t, "'summary' is required but missing", "summary", 1)
t = sub('low_label = "calm"\n', "")
broken("missing-step-field", t, "'low_label' is required but missing", "steps[2](mood).low_label", header_of(t, "mood"))
t = sub('{ id = "tea", label = "A cup of tea" }', '{ id = "tea" }')
broken(
    "missing-label-of-second-option",
    t,
    "'label' is required but missing",
    "steps[3](pick).options[2].label",
    line_of(t, '{ id = "tea" }'),
)
t = sub('{ hint = "Something small" }', "{ }")
broken(
    "blank-without-hint",
    t,
    "'hint' is required but missing",
    "steps[4](wish).blanks.wish.hint",
    line_of(t, "blanks = "),
)
t = sub('kind = "write"\n', "")
broken("step-without-kind", t, "every step needs a 'kind'", "steps[1](feelings)", header_of(t, "feelings"))

# Unknown keys, with a suggestion.
t = sub('title = "Base exercise"', 'tittle = "Base exercise"')
broken(
    "tittle", t, "'tittle' is not a field this format knows; did you mean 'title'?", "tittle", line_of(t, "tittle =")
)
t = sub('kind = "write"\n', 'kind = "write"\ntittle = "Feelings"\n')
broken("tittle-in-step", t, "did you mean 'title'?", "steps[1](feelings).tittle", line_of(t, "tittle ="))
t = sub('first = "speaker"', 'frist = "speaker"')
broken("frist-in-roles", t, "did you mean 'first'?", "roles.frist", line_of(t, "frist ="))
t = sub('blanks = { wish = { hint = "Something small" } }', '[steps.blanks.wish]\nhnit = "Something small"')
broken("hnit-in-blank-table", t, "did you mean 'hint'?", "steps[4](wish).blanks.wish.hnit", line_of(t, "hnit ="))

# Unknown step kind, bad names.
t = sub('kind = "write"', 'kind = "wrtie"')
broken(
    "unknown-step-kind",
    t,
    "'wrtie' is not a step kind; use one of: read, write",
    "steps[1](feelings).kind",
    line_of(t, 'kind = "wrtie"'),
)
t = sub('id = "base"', 'id = "Base Exercise"')
broken(
    "bad-id-pattern", t, "expected a simple name: lower-case letters, digits", "id", line_of(t, 'id = "Base Exercise"')
)
t = sub('{ id = "tea"', '{ id = "Tea"')
broken("bad-id-of-second-option", t, 'found the text "Tea"', "steps[3](pick).options[2].id", line_of(t, '{ id = "Tea"'))

# References between steps.
t = sub('steps = ["feelings", "mood"]', 'steps = ["feelings", "moood"]')
broken(
    "reveal-unknown-step",
    t,
    "refers to a step 'moood' that does not exist; did you mean 'mood'?",
    "steps[5](show).steps",
    line_of(t, "moood"),
)
t = sub('goto = "rest"', 'goto = "rset"')
broken(
    "branch-goto-unknown-step",
    t,
    "refers to a step 'rset' that does not exist; did you mean 'rest'?",
    "steps[6](fork).cases[1].goto",
    line_of(t, 'goto = "rset"'),
)
t = sub('on = "mood"', 'on = "mod"')
broken(
    "branch-on-unknown-step",
    t,
    "refers to a step 'mod' that does not exist; did you mean 'mood'?",
    "steps[6](fork).on",
    line_of(t, 'on = "mod"'),
)
t = sub(
    'otherwise = "rest"\n\n[[steps.cases]]\nat_least = 6\ngoto = "rest"',
    'otherwise = "rest"\ncases = [{ at_least = 6, goto = "rset" }]',
)
broken(
    "branch-goto-unknown-step-inline",
    t,
    "did you mean 'rest'?",
    "steps[6](fork).cases[1].goto",
    line_of(t, 'goto = "rset"'),
)
t = sub('id = "mood"', 'id = "feelings"')
broken(
    "duplicate-step-id",
    t,
    "two steps share the id 'feelings' (steps 1 and 2)",
    "steps[2](feelings).id",
    line_of(t, 'id = "feelings"', nth=1),
)
t = sub('who = "each"\nprompt = "{speaker}', 'who = "each"\nprivate = true\nprompt = "{speaker}')
broken(
    "reveal-private-step",
    t,
    "reveals step 'feelings', which is marked private",
    "steps[5](show).steps",
    line_of(t, 'steps = ["feelings"'),
)

# Roles.
t = sub('who = "each"\nprompt = "{speaker}, what', 'who = "speaker"\nprompt = "What', sub(ROLES_TABLE, ""))
broken(
    "role-never-bound",
    t,
    "'speaker' is not a partner, 'each' or 'together', and the exercise declares no [roles]",
    "steps[1](feelings).who",
    line_of(t, 'who = "speaker"'),
)
t = sub('who = "each"\nprompt = "{speaker}', 'who = "speakr"\nprompt = "{speaker}')
broken(
    "role-typo",
    t,
    "'speakr' is not someone who can act in this exercise",
    "steps[1](feelings).who",
    line_of(t, 'who = "speakr"'),
)
t = sub('title = "Base exercise"', 'title = { en = "Base", de = {} }')
broken(
    "translation-is-a-table",
    t,
    "the 'de' translation needs to be text in quotes, found a table",
    "title.de",
    line_of(t, "title ="),
)
t = sub('question = "Who speaks first?"\n', 'question = "Who speaks first?"\nask_before = "pik"\n')
broken(
    "ask-before-unknown-step",
    t,
    "refers to a step 'pik' that does not exist; did you mean 'pick'?",
    "roles.ask_before",
    line_of(t, "ask_before ="),
)
t = sub('question = "Who speaks first?"\n', 'question = "Who speaks first?"\nask_before = "pick"\n')
broken(
    "role-used-before-it-is-asked",
    t,
    "comes before step 'pick', where the exercise first asks who is the speaker (roles.ask_before), but already needs to know",
    "steps[1](feelings)",
    header_of(t, "feelings"),
)
t = sub('who = "couple"', 'who = "solo"')
broken("solo-with-roles", t, "a solo exercise has one person, so it cannot have roles", "roles", line_of(t, "[roles]"))
t = sub('who = "each"\nprompt = "{speaker}', 'who = "self"\nprompt = "{speaker}')
broken(
    "self-in-couple-exercise",
    t,
    "'self' is only for solo exercises",
    "steps[1](feelings).who",
    line_of(t, 'who = "self"'),
)

# Timer, rate, branch, template, placeholders.
t = sub("min_minutes = 10\nmax_minutes = 30", "min_minutes = 40\nmax_minutes = 30")
broken(
    "timer-min-above-max",
    t,
    "min_minutes (40) is more than its max_minutes (30)",
    "steps[7](rest)",
    header_of(t, "rest"),
)
t = sub("minutes = 20\nmin_minutes", "minutes = 45\nmin_minutes")
broken(
    "timer-default-outside-bounds",
    t,
    "default of 45 minutes lies outside its bounds 10 to 30",
    "steps[7](rest)",
    header_of(t, "rest"),
)
t = sub("min = 0\nmax = 10", "min = 10\nmax = 10")
broken(
    "rate-min-not-below-max",
    t,
    "the scale's 'min' (10) must be below its 'max' (10)",
    "steps[2](mood)",
    header_of(t, "mood"),
)
t = sub("at_least = 6", "at_least = 11")
broken(
    "branch-outside-rate-scale",
    t,
    "tests 11, outside the scale 0 to 10 of step 'mood'",
    "steps[6](fork).cases[1].at_least",
    line_of(t, "at_least = 11"),
)
t = sub("at_least = 6", 'includes = "bath"', sub('on = "mood"', 'on = "pick"'))
broken(
    "includes-unknown-option",
    t,
    "'bath' is not an option of step 'pick'",
    "steps[6](fork).cases[1].includes",
    line_of(t, 'includes = "bath"'),
)
t = sub('template = "I would like {wish}."', 'template = "I would like {wish} at {when}."')
broken(
    "template-blank-not-described",
    t,
    "uses the blank {when} but 'blanks' has no entry for 'when'",
    "steps[4](wish)",
    header_of(t, "wish"),
)
t = sub("{speaker}, what", "{spaeker}, what")
broken(
    "unknown-placeholder",
    t,
    "uses the placeholder {spaeker}, which is not one of:",
    "steps[1](feelings)",
    header_of(t, "feelings"),
)
t = sub("{speaker}, what", "{speaker, what")
broken("lone-brace", t, "lone '{' or '}'", "steps[1](feelings)", header_of(t, "feelings"))

# Translations.
t = sub('title = "Base exercise"', 'title = { english = "Base exercise" }')
broken("translation-key-not-a-language", t, "'english' is not a language code", "title.english", line_of(t, "english"))
t = sub(
    'title = "Base exercise"',
    'title = { en = "Base exercise", de = "Basisübung" }',
    sub("{speaker}, what are you feeling?", "{spaeker}, what are you feeling?"),
)
broken("placeholder-typo-in-translated-file", t, "{spaeker}", "steps[1](feelings)", header_of(t, "feelings"))

# Bytes that are not an exercise at all.
broken("empty-file", b"", "is empty", "", None)
broken("whitespace-only", b" \n\t\n   \r\n", "is empty", "", None)
broken("byte-order-mark-only", b"\xef\xbb\xbf\n", "is empty", "", None)
broken("binary-nul-bytes", BASE.encode().replace(b"weekly", b"week\x00ly"), "looks like a binary file", "", None)
broken("png-image", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "looks like a binary file", "", None)
broken("utf-16-file", BASE.encode("utf-16"), "looks like a binary file", "", None)
t = sub('title = "Base exercise"', 'title = "Café"')
broken("latin-1-file", t.encode("latin-1"), "is not UTF-8 text", "", line_of(t, "Café"), len('title = "Caf') + 1)
t = sub('label = "A cup of tea"', 'label = "Ein Café, schön"')
broken(
    "latin-1-byte-after-utf-8",
    t.encode().replace("schön".encode(), b"sch\xf6n"),
    "is not UTF-8 text",
    "",
    line_of(t, "Café"),
    len('  { id = "tea", label = "Ein Café, sch') + 1,
)
broken(
    "latin-1-after-byte-order-mark",
    b"\xef\xbb\xbf" + BASE.encode().replace(b"Base exercise", b"Bas\xe9"),
    "is not UTF-8 text",
    "",
    4,
    len('title = "Bas') + 1,
)
broken("too-large", b"# " + b"x" * MAX_BYTES + b"\n" + BASE.encode(), "is too large", "", None)
broken("absurdly-nested-arrays", "x = " + "[" * 5000 + "]" * 5000, "nested too deeply", "", None)
broken("absurdly-nested-tables", "x = " + "{a = " * 5000 + "1" + "}" * 5000, "nested too deeply", "", None)
broken(
    "nested-beyond-max-depth",
    "x = " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n" + BASE,
    f"nested too deeply (more than {MAX_DEPTH} levels",
    "",
    None,
)
t = sub("minutes = 20\nwho", "minutes = " + "9" * 5000 + "\nwho")
broken("number-with-5000-digits", t, "too many digits", "", line_of(t, "9999"))

# Line numbers that must survive text which looks like structure.
t = sub(
    'category = "testing"\nminutes = 20',
    'description = """\nRead this first.\n[Important]\nminutes = soon\n"""\ncategory = "testing"\nminutes = "twenty"',
)
broken("markdown-brackets-in-description", t, "expected a whole number", "minutes", line_of(t, 'minutes = "twenty"'))
t = sub('title = "Base exercise"', 'title = "Base\u2028exercise"', sub("minutes = 20\nwho", 'minutes = "twenty"\nwho'))
broken("line-separator-character-in-text", t, "expected a whole number", "minutes", line_of(t, 'minutes = "twenty"'))
t = sub("minutes = 20\nwho", 'minutes = "twenty"\nwho').replace("\n", "\r\n")
broken("windows-line-endings", t, "expected a whole number", "minutes", line_of(t, 'minutes = "twenty"'))


@pytest.mark.parametrize(("data", "message", "field", "line", "column"), BROKEN)
def test_broken_file_is_reported_precisely(tmp_path, data, message, field, line, column):
    path = tmp_path / "broken-exercise.toml"
    path.write_bytes(data)
    with pytest.raises(ExerciseFileError) as info:
        load_exercise(path)
    check_problems(info.value, data, path.name)
    for problem in info.value.problems:
        assert str(path) in str(problem)
    matching = [
        p for p in info.value.problems if message in p.message and (field in p.field if field else p.field == "")
    ]
    assert matching, f"no problem with {message!r} at field {field!r} among:\n{info.value}"
    problem = matching[0]
    assert problem.line == line, f"{problem} should be on line {line}"
    if column is not None:
        assert problem.column == column, f"{problem} should be at column {column}"
    # The whole error reads as one line per problem, each naming the file.
    assert str(info.value).count(path.name) == len(info.value.problems)


def test_table_is_big_enough():
    assert len(BROKEN) >= 20


def test_base_is_valid_and_has_what_the_mutations_need():
    ex = parse_exercise(BASE.encode(), "base.toml")
    assert ex.role_names == ("speaker", "listener")
    kinds = [s.kind for s in ex.steps]
    assert kinds == ["write", "rate", "choose", "template", "reveal", "branch", "timer"]
    assert ex.step("feelings").who == "each"


def test_base_passed_as_data_is_used_instead_of_the_file(tmp_path):
    path = tmp_path / "not-there.toml"
    assert load_exercise(path, BASE.encode()).id == "base"


def test_missing_file_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "nowhere.toml"
    with pytest.raises(ExerciseFileError) as info:
        load_exercise(path)
    assert "could not be read" in str(info.value) and "nowhere.toml" in str(info.value)
    with pytest.raises(ExerciseFileError) as info:
        load_exercise(tmp_path)  # a folder
    assert "could not be read" in str(info.value)


def test_problem_str_names_file_line_column_field():
    assert str(Problem("a.toml", "is wrong", 3, 7, "steps[1].id")) == "a.toml:3:7: [steps[1].id] is wrong"
    assert str(Problem("a.toml", "is empty")) == "a.toml: is empty"


def test_file_exactly_max_bytes_is_not_too_large():
    data = BASE.encode()
    data += b"#" * (MAX_BYTES - len(data))
    assert len(data) == MAX_BYTES
    assert parse_exercise(data, "big.toml").id == "base"


def test_nesting_at_max_depth_is_read_and_then_refused_as_an_unknown_field():
    data = ("x = " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n" + BASE).encode()
    with pytest.raises(ExerciseFileError) as info:
        parse_exercise(data, "deep.toml")
    assert [p.message for p in info.value.problems] == [
        "'x' is not a field this format knows; known fields here: " + ", ".join(Exercise.model_fields)
    ]
    assert info.value.problems[0].line == 1


def test_translation_with_a_bad_key_gives_one_clear_problem():
    t = sub('title = "Base exercise"', 'title = { english = "Base exercise" }')
    with pytest.raises(ExerciseFileError) as info:
        parse_exercise(t.encode(), "t.toml")
    assert len(info.value.problems) == 1, str(info.value)
    assert "found a table" not in str(info.value)


def test_byte_order_mark_and_windows_line_endings_load():
    data = b"\xef\xbb\xbf" + BASE.replace("\n", "\r\n").encode()
    assert parse_exercise(data, "bom.toml").id == "base"


# --------------------------------------------------------------------------- translations

TRANSLATED = sub(
    'title = "Base exercise"',
    'title = { en = "Base exercise", de = "Basisübung", pt-BR = "Exercício base" }',
    sub(
        'prompt = "{speaker}, what are you feeling?"',
        'prompt = { en = "{speaker}, what are you feeling?", de = "{speaker}, was fühlst du?" }',
        sub(
            'summary = "A small exercise used by the tests."\n',
            "",
            sub(
                ROLES_TABLE,
                '[summary]\nen = "A small exercise used by the tests."\nde = "Eine kleine Übung."\n\n' + ROLES_TABLE,
            ),
        ),
    ),
)


def test_translation_tables_load_and_text_picks_the_language():
    ex = parse_exercise(TRANSLATED.encode(), "translated.toml")
    assert ex.language == "en"
    assert ex.text(ex.title) == "Base exercise"
    assert ex.text(ex.title, "de") == "Basisübung"
    assert ex.text(ex.title, "de-AT") == "Basisübung"  # the region falls back to the language
    assert ex.text(ex.title, "pt-BR") == "Exercício base"
    assert ex.text(ex.title, "fr") == "Base exercise"  # falls back to the exercise's language
    assert ex.text(ex.summary, "de") == "Eine kleine Übung."  # the [summary] table form
    assert ex.text(ex.step("feelings").prompt, "de") == "{speaker}, was fühlst du?"
    assert ex.text(ex.step("mood").prompt, "de") == "How calm are you now?"  # plain text in any language
    assert ex.text(None, "de") == ""


def test_text_falls_back_to_any_translation_when_neither_language_exists():
    t = sub(
        'id = "base"',
        'id = "base"\nlanguage = "de"',
        sub('title = "Base exercise"', 'title = { en = "Base exercise", fr = "Exercice" }'),
    )
    ex = parse_exercise(t.encode(), "de.toml")
    assert ex.text(ex.title, "it") == "Base exercise"
    assert ex.text(ex.title, "fr") == "Exercice"


# --------------------------------------------------------------------------- hypothesis


def outcome(data: bytes, name: str = "fuzzed.toml") -> Exercise | ExerciseFileError:
    """Parse ``data``; anything but an Exercise or an ExerciseFileError fails the test."""
    try:
        return parse_exercise(data, name)
    except ExerciseFileError as exc:
        check_problems(exc, data, name)
        return exc


BASE_BYTES = BASE.encode()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_crash(data):
    outcome(data)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(BASE_BYTES)), st.integers(0, 64), st.binary(max_size=64))
def test_base_with_spliced_bytes_never_crashes(at, cut, junk):
    outcome(BASE_BYTES[:at] + junk + BASE_BYTES[at + cut :])


# A tiny TOML writer, enough for what the strategies below build.

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def toml_string(s: str) -> str:
    # JSON's escapes (\", \\, \n, \uXXXX for control characters) are TOML's too; DEL is not escaped by JSON.
    return json.dumps(s, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_key(k: str) -> str:
    return k if _BARE_KEY.fullmatch(k) else toml_string(k)


def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return toml_string(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(x)}" for k, x in v.items()) + " }"
    return v.isoformat()  # a date


def toml_document(doc: dict) -> str:
    """Scalars first, then [tables] and [[arrays of tables]], as people write exercises."""
    out: list[str] = []
    later: list[str] = []
    for k, v in doc.items():
        if isinstance(v, dict) and v:
            later.append(f"\n[{toml_key(k)}]")
            later += [f"{toml_key(kk)} = {toml_value(vv)}" for kk, vv in v.items()]
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            for item in v:
                later.append(f"\n[[{toml_key(k)}]]")
                later += [f"{toml_key(kk)} = {toml_value(vv)}" for kk, vv in item.items()]
        else:
            out.append(f"{toml_key(k)} = {toml_value(v)}")
    return "\n".join(out + later) + "\n"


BASE_DICT = tomllib.loads(BASE)
FIELD_NAMES = sorted(
    {"format_version", "id", "version", "title", "summary", "category", "minutes", "who", "cadence_hint",
     "roles", "steps", "first", "second", "question", "kind", "prompt", "min", "max", "default",
     "low_label", "high_label", "options", "label", "template", "blanks", "hint", "on", "cases",
     "goto", "at_least", "at_most", "includes", "otherwise", "min_minutes", "max_minutes",
     "adjustable", "private", "language", "en", "de", "source", "speaker", "statement"}
)  # fmt: skip
WORDS = ["write", "rate", "reveal", "branch", "timer", "each", "together", "self", "speaker", "listener",
         "couple", "solo", "weekly", "feelings", "mood", "rest", "pick", "walk", "{speaker}", "{x}", "{", "en"]  # fmt: skip

keys = st.sampled_from(FIELD_NAMES) | st.text(max_size=8)
scalars = (
    st.text(max_size=20)
    | st.sampled_from(WORDS)
    | st.integers(-(2**63), 2**63 - 1)
    | st.integers(-3, 12)
    | st.floats(allow_nan=False)
    | st.booleans()
    | st.dates()
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=20,
)
random_documents = st.dictionaries(keys, values, max_size=10)


@st.composite
def base_with_one_change(draw):
    """The base exercise with one value replaced, one key deleted or one key added, anywhere."""
    doc = copy.deepcopy(BASE_DICT)
    node = doc
    while True:
        where = draw(st.sampled_from(list(node) if isinstance(node, dict) else list(range(len(node)))))
        child = node[where]
        if isinstance(child, (dict, list)) and child and draw(st.booleans()):
            node = child
            continue
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            node[where] = draw(values)
        elif action == "delete":
            del node[where]
        elif isinstance(node, dict):
            node[draw(keys)] = draw(values)
        else:
            node.insert(where, draw(values))
        return doc


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_documents | base_with_one_change())
def test_arbitrary_toml_documents_never_crash(doc):
    text = toml_document(doc)
    assert tomllib.loads(text) == doc  # the writer is right, so this tests the loader, not the writer
    result = outcome(text.encode())
    if isinstance(result, Exercise):
        assert result.id


BASE_LINES = BASE.split("\n")


@st.composite
def edited_base(draw):
    """The base text after a few line deletions, duplications and character substitutions."""
    lines = list(BASE_LINES)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "substitute"]))
        if action == "delete" and len(lines) > 1:
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif lines[i]:
            k = draw(st.integers(0, len(lines[i]) - 1))
            char = draw(st.sampled_from(list("\"[]{}=#,.'\\ 0aZ") + ["\t", "é", "\u2028"]) | st.characters())
            lines[i] = lines[i][:k] + char + lines[i][k + 1 :]
    return "\n".join(lines)


@settings(max_examples=200, deadline=None)
@given(edited_base())
def test_edited_base_text_never_crashes(text):
    outcome(text.encode("utf-8", "surrogatepass"))


def _key_sites() -> list[tuple[str, str]]:
    """(key, base text with that one key deleted) for every key written in the base."""
    sites = []
    lines = BASE.split("\n")
    for n, line in enumerate(lines):
        standalone = re.match(r"^([a-z_]+) = ", line)
        if standalone:
            try:
                tomllib.loads(line)
            except tomllib.TOMLDecodeError:
                pass  # a value over several lines, like options = [
            else:
                sites.append((standalone.group(1), "\n".join(lines[:n] + lines[n + 1 :])))
        # A lookahead, so that { wish = { hint = "..." } } yields both wish and hint.
        for m in re.finditer(r'(?<!\w)(?=([a-z_]+) = (\{[^{}]*\}|"[^"]*"|[\w.]+))', line):
            if m.start() == 0:
                continue  # a standalone key, done above
            start, end = m.start(), m.end(2)
            if line[end : end + 2] == ", ":
                end += 2
            elif line[start - 2 : start] == ", ":
                start -= 2
            edited = line[:start] + line[end:]
            sites.append((m.group(1), "\n".join(lines[:n] + [edited] + lines[n + 1 :])))
    return sites


KEY_SITES = _key_sites()


def test_key_sites_cover_the_base():
    deleted = {key for key, _ in KEY_SITES}
    assert {
        "format_version",
        "title",
        "first",
        "kind",
        "prompt",
        "label",
        "hint",
        "wish",
        "goto",
        "adjustable",
    } <= deleted
    assert len(KEY_SITES) >= 40
    for _, text in KEY_SITES:
        tomllib.loads(text)  # every deletion leaves valid TOML


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(KEY_SITES))
def test_base_with_one_key_deleted_loads_or_says_why(site):
    key, text = site
    data = text.encode()
    result = outcome(data, "one-key-less.toml")
    if isinstance(result, Exercise):
        return
    last_line = text.count("\n") + 1
    for problem in result.problems:
        assert problem.message.strip()
        assert problem.line is not None and 1 <= problem.line <= last_line, problem
    # The problems talk about what was deleted.
    assert any(key in p.field or key in p.message for p in result.problems), str(result)


# --------------------------------------------------------------------------- the bundled exercises

EXERCISE_FILES = sorted(EXERCISES.glob("*.toml"))


def test_every_bundled_exercise_loads_and_ids_are_unique():
    assert EXERCISE_FILES, f"no exercises in {EXERCISES}"
    failures = []
    ids: dict[str, Path] = {}
    for path in EXERCISE_FILES:
        try:
            ex = load_exercise(path)
        except ExerciseFileError as exc:
            failures.append(str(exc))
            continue
        assert ex.id not in ids, f"{path.name} and {ids[ex.id].name} share the id '{ex.id}'"
        ids[ex.id] = path
    assert not failures, "\n".join(failures)
    assert len(ids) == len(EXERCISE_FILES)


_STRING_VALUE = re.compile(r'(?:^\s*|[{,]\s*)[A-Za-z_][\w-]*\s*=\s*("(?:[^"\\]|\\.)*")')


def test_a_wrong_value_in_any_bundled_exercise_is_reported_on_its_own_line():
    """Replace each one-line text value of each real file by a number: the problem must be on that line."""
    assert EXERCISE_FILES
    misses = []
    checked = 0
    for path in [*EXERCISE_FILES, None]:
        text = BASE if path is None else path.read_text(encoding="utf-8")
        lines = text.split("\n")
        for n, line in enumerate(lines):
            if line.lstrip().startswith("#"):
                continue
            for m in _STRING_VALUE.finditer(line):
                mutated = "\n".join(lines[:n] + [line[: m.start(1)] + "1.5" + line[m.end(1) :]] + lines[n + 1 :])
                try:
                    tomllib.loads(mutated)
                except tomllib.TOMLDecodeError:
                    continue
                result = outcome(mutated.encode(), "mutated.toml")
                if isinstance(result, Exercise):
                    continue  # the "value" was inside a multi-line text
                checked += 1
                if not any(p.line == n + 1 for p in result.problems):
                    name = "BASE" if path is None else path.name
                    misses.append(f"{name}:{n + 1}: {[str(p) for p in result.problems]}")
    assert checked > 20
    assert not misses, "\n".join(misses)


def test_loader_never_imports_pyside6():
    code = (
        "import sys, pathlib\n"
        "import couplesdesk.core.loader as loader\n"
        "files = sorted(pathlib.Path('exercises').glob('*.toml'))\n"
        "assert files\n"
        "for f in files:\n"
        "    loader.load_exercise(f)\n"
        "try:\n"
        "    loader.parse_exercise(b'x = 1', 'x.toml')\n"
        "except loader.ExerciseFileError:\n"
        "    pass\n"
        "bad = sorted(m for m in sys.modules if m == 'PySide6' or m.startswith(('PySide6.', 'shiboken')))\n"
        "assert not bad, bad\n"
        "print('ok', len(files))\n"
    )
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok ")


def test_agree_or_mirror_taking_a_private_step_is_refused():
    from pathlib import Path

    base = (Path(__file__).resolve().parents[2] / "exercises" / "boundary-statement.toml").read_text(encoding="utf-8")
    leaky = base.replace('source = "not-ok"\nsaves_as', 'source = "note-to-self"\nsaves_as')
    assert leaky != base
    with pytest.raises(ExerciseFileError) as err:
        load_exercise("leaky.toml", leaky.encode())
    assert any(
        "note-to-self" in p.message and "private" in p.message and p.field.endswith(".source")
        for p in err.value.problems
    )
    mirror_leak = base.replace('source = "when-i-feel"', 'source = "note-to-self"')
    assert mirror_leak != base
    with pytest.raises(ExerciseFileError, match="private"):
        load_exercise("mirror.toml", mirror_leak.encode())


def test_schedule_step_bounds_are_checked():
    from pathlib import Path

    base = (Path(__file__).resolve().parents[2] / "exercises" / "timed-pause.toml").read_text(encoding="utf-8")
    assert "default_hours = 3" in base
    broken = base.replace("default_hours = 3", "default_hours = 30")
    with pytest.raises(ExerciseFileError, match="default_hours"):
        load_exercise("late.toml", broken.encode())
