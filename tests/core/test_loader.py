"""Tests for the exercise loader: valid files, translations and the bundled exercises.

The table of broken files is in test_loader_cases.py, the fuzzing in test_loader_fuzz.py;
what they share (the small valid ``BASE`` exercise and its helpers) is in loader_helpers.py.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from couplesdesk.core.loader import MAX_BYTES, MAX_DEPTH, ExerciseFileError, Problem, load_exercise, parse_exercise
from couplesdesk.core.model import Exercise

from .loader_helpers import BASE, EXERCISES, ROLES_TABLE, ROOT, outcome, sub

# --------------------------------------------------------------------------- the valid base


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


_STRING_VALUE = re.compile(r'(?:^\s*|[{,]\s*)[A-Za-z_][\w.-]*\s*=\s*("(?:[^"\\]|\\.)*")')


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
    assert "within_hours = 24" in base
    broken = base.replace("within_hours = 24", "within_hours = 24\ndefault_hours = 30")
    with pytest.raises(ExerciseFileError, match="default_hours"):
        load_exercise("late.toml", broken.encode())
