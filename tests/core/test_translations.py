"""Translated exercises: which language a text is shown in, the fallback per field, and the
validator's warning for a text a file leaves untranslated."""

from __future__ import annotations

import subprocess
import sys

import pytest

from couplesdesk.core.loader import load_exercise_with_warnings, parse_exercise_with_warnings
from couplesdesk.core.model import text_in

from .loader_helpers import BASE, EXERCISES, ROOT, line_of, sub

SHARE = (EXERCISES / "share-one-thing.toml").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the fallback


def test_a_missing_or_empty_translation_falls_back_to_the_files_language():
    text = {"en": "Side by side", "de": ""}
    assert text_in(text, "de", "en") == "Side by side"
    assert text_in({"en": "Side by side", "de": "  \n"}, "de", "en") == "Side by side"
    assert text_in({"en": "Side by side"}, "de", "en") == "Side by side"
    assert text_in({"en": "Side by side", "de": "Nebeneinander"}, "de-AT", "en") == "Nebeneinander"
    # Even the file's own language left empty: another version with words, never nothing.
    assert text_in({"en": "", "de": "Nebeneinander"}, "fr", "en") == "Nebeneinander"
    assert text_in("Plain", "de", "en") == "Plain"


# --------------------------------------------------------------------------- the warnings


def test_a_partly_translated_file_loads_with_a_warning_for_each_missing_text():
    partial = (
        SHARE.replace('guidance.de = "Schreib es so, wie du es sagen würdest."\n', "")
        .replace('prompt.de = "Nehmt euch Zeit, eure beiden Antworten zu lesen. Ihr müsst noch nichts darauf sagen."', 'prompt.de = ""')
        .replace(', de = "Was du gefühlt hast: etwas, das du heute gespürt, aber nicht ausgesprochen hast." }', " }")
    )  # fmt: skip
    loaded = parse_exercise_with_warnings(partial.encode(), "partial.toml")
    assert loaded.exercise.id == "share-one-thing"
    found = {(w.line, w.field, w.message) for w in loaded.warnings}
    assert all(w.warning for w in loaded.warnings)
    assert found == {
        (
            line_of(partial, 'guidance.en = "Write it the way'),
            "steps[2](my-thing).guidance",
            "has no German (de) text; English will be shown",
        ),
        (
            line_of(partial, 'prompt.de = ""'),
            "steps[3](read-both).prompt.de",
            "has an empty German (de) text; English will be shown",
        ),
        (
            line_of(partial, "but didn't say out loud"),
            "steps[2](my-thing).prompts[6]",
            "has no German (de) text; English will be shown",
        ),
    }
    assert str(sorted(loaded.warnings, key=lambda w: w.line or 0)[0]) == (
        f"partial.toml:{line_of(partial, 'but didn' + chr(39) + 't say out loud')}: [steps[2](my-thing).prompts[6]] "
        "warning: has no German (de) text; English will be shown"
    )


def test_one_german_text_makes_the_file_german_so_every_other_text_is_named():
    one = sub('title = "Base exercise"', 'title.en = "Base exercise"\ntitle.de = "Basisübung"', BASE)
    loaded = parse_exercise_with_warnings(one.encode(), "one.toml")
    fields = {w.field for w in loaded.warnings}
    assert "summary" in fields and "roles.question" in fields
    assert "steps[3](pick).options[1].label" in fields
    assert "steps[4](wish).blanks.wish.hint" in fields
    assert "title" not in fields
    assert all(w.message == "has no German (de) text; English will be shown" for w in loaded.warnings)


def test_a_text_without_the_files_own_language_is_named_too():
    t = sub('title = "Base exercise"', 'title = { de = "Basisübung" }', BASE)
    warnings = parse_exercise_with_warnings(t.encode(), "t.toml").warnings
    assert [(w.field, w.message) for w in warnings if w.field == "title"] == [
        ("title", "has no English (en) text; German will be shown")
    ]


def test_a_file_in_one_language_has_no_warnings():
    assert parse_exercise_with_warnings(BASE.encode(), "base.toml").warnings == []


@pytest.mark.parametrize("path", sorted(EXERCISES.glob("*.toml")), ids=lambda p: p.name)
def test_every_shipped_exercise_is_translated_wholly_or_not_at_all(path):
    assert [str(w) for w in load_exercise_with_warnings(path).warnings] == []


def test_validate_prints_the_warning_and_exits_0(tmp_path):
    partial = SHARE.replace('guidance.de = "Schreib es so, wie du es sagen würdest."\n', "")
    (tmp_path / "partial.toml").write_text(partial, encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run(
        [sys.executable, "-m", "couplesdesk", "validate", str(tmp_path / "partial.toml")],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    line = line_of(partial, 'guidance.en = "Write it the way')
    assert f'partial.toml:{line}: [steps[2](my-thing).guidance] warning: has no German (de) text; English will be shown' in out.stdout  # fmt: skip
    assert "1 exercise(s) fine, no problems; 1 warning(s)" in out.stdout


def test_the_app_loads_a_partly_translated_library_without_looking_for_what_is_missing(tmp_path):
    """The app shows no warnings, so its load skips the translation check (a third of the
    time); ``couplesdesk validate`` (the default) still reports every missing text."""
    from couplesdesk.core.library import load_library
    from couplesdesk.resources import builtin_exercises

    partial = SHARE.replace('guidance.de = "Schreib es so, wie du es sagen würdest."\n', "").replace(
        'id = "share-one-thing"', 'id = "share-one-thing-ours"'
    )
    (tmp_path / "ours.toml").write_text(partial, encoding="utf-8")
    checked = load_library(builtin_exercises(), tmp_path)
    assert [w.message for w in checked.warnings] == ["has no German (de) text; English will be shown"]
    quick = load_library(builtin_exercises(), tmp_path, translations=False)
    assert quick.warnings == [] and quick.problems == []
    assert quick.get("share-one-thing-ours") == checked.get("share-one-thing-ours")
