"""Every step kind has all its parts: a model, words, a widget (unless it is never shown),
a section in the format guide, and a place in the JSON Schema."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from couplesdesk.core import model
from couplesdesk.core.library import load_library
from couplesdesk.gui.steps import WIDGETS
from couplesdesk.resources import builtin_exercises

GUIDE = (Path(__file__).resolve().parents[1] / "docs" / "exercise-format.md").read_text(encoding="utf-8")
KINDS = sorted(model.STEP_MODELS)


def test_the_registry_is_the_format():
    assert set(model.STEP_KINDS) == set(model.STEP_MODELS)
    assert len(KINDS) >= 15


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_has_all_its_parts(kind):
    cls = model.STEP_MODELS[kind]
    if cls.silent:
        assert kind not in WIDGETS, f"{kind} is never shown, so it needs no widget"
    else:
        assert kind in WIDGETS, f"no widget shows '{kind}' steps (gui/steps, @widget_for)"
        assert cls.words, f"'{kind}' has no words for 'steps at a glance'"
    assert re.search(rf'kind = "{kind}"', GUIDE), f"docs/exercise-format.md never shows a '{kind}' step"


def test_the_schema_knows_every_kind():
    out = subprocess.run(
        [sys.executable, "-m", "couplesdesk", "schema"], capture_output=True, text=True, timeout=60, check=True
    )
    schema = json.dumps(json.loads(out.stdout))
    for kind in KINDS:
        assert f'"const": "{kind}"' in schema or f'"enum": ["{kind}"]' in schema, kind


def test_every_widget_belongs_to_a_kind():
    assert set(WIDGETS) <= set(KINDS)


def test_every_answering_kind_says_its_answers_in_words():
    """answer_text is how reveals, search and reports read an answer: for every kind that
    answers in the shipped exercises, it gives text, never a crash."""
    library = load_library(builtin_exercises())
    seen = set()
    for entry in library:
        exercise = entry.exercise
        for step in exercise.steps:
            if step.answers() and step.kind not in seen:
                seen.add(step.kind)
                sample = {"write": "words", "template": {}, "choose": {"selected": []}, "checklist": [],
                          "rate": 3, "timer": {"minutes": 20}, "mirror": {"rounds": [{"text": "heard"}]},
                          "agree": {"statement": "We will."}, "schedule": "2026-11-20T19:00:00+00:00"}[step.kind]  # fmt: skip
                assert isinstance(step.answer_text(sample, exercise), str)
    assert {"write", "choose", "rate", "agree"} <= seen
