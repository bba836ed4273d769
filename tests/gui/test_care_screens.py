"""The screens of care.md: a rating that starts empty, a private safety question whose answer
changes only its author's screen, an author's choice to reveal, and help named for here."""

from __future__ import annotations

import pytest
import tomli
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QSlider

from couplesdesk.core.library import Library, LibraryEntry
from couplesdesk.core.model import Exercise
from couplesdesk.gui.run_page import RunPage
from couplesdesk.gui.safety_page import SafetyPage

from ..core.test_format_2 import CHILDHOOD, FEAR, HEAD
from .conftest import click, settle, shown, visible_texts

END = '\n[[steps]]\nid = "end"\nkind = "read"\ntitle = "Together again"\nbody = "Thank you both."\n'
RATING = '\n[[steps]]\nid = "calm"\nkind = "rate"\nwho = "each"\nprompt = "How calm?"\nlow_label = "calm"\nhigh_label = "flooded"\n'


def page_for(qtbot, services, *steps: str) -> RunPage:
    exercise = Exercise.model_validate(tomli.loads(HEAD + "".join(steps) + END))
    services._library = Library({exercise.id: LibraryEntry(exercise, "care.toml", "yours")})
    page = shown(qtbot, RunPage(services))
    page.start(exercise.id)
    if page.body.currentWidget() is page.question_page:
        click(qtbot, page.findChild(QPushButton, "first_partner_a"))
    return page


def test_a_rating_starts_empty_and_next_waits_for_a_number_or_prefer_not_to_say(qtbot, services):
    page = page_for(qtbot, services, RATING)
    click(qtbot, page.handover_button)
    widget = page.step_widget
    assert widget.value_label.text() == "Choose a number"
    assert not page.next_button.isEnabled()
    assert page.run.answer("calm", "partner_a") is None  # nothing was saved for the person
    click(qtbot, widget.findChild(QPushButton, "rateUnsaid"))
    assert page.next_button.isEnabled() and widget.value_label.text() == "Not said"
    click(qtbot, widget.findChild(QPushButton, "rateUnsaid"))  # changed their mind: not said is undone
    assert not page.next_button.isEnabled()
    widget.findChild(QSlider, "rateSlider").setValue(4)
    assert page.next_button.isEnabled() and widget.value_label.text() == "4"


def _walk_with_fear_answers(qtbot, services, answers: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """Both partners answer the private safety question; what every shared screen showed, and
    what each partner's own screen said after they answered."""
    page = page_for(qtbot, services, FEAR)
    shared, own = [], {}
    while page.body.currentWidget() is not page.finished_page:
        if page.body.currentWidget() is page.handover_page:
            shared.append(visible_texts(page))
            click(qtbot, page.handover_button)
            continue
        screen = page.run.screen
        if screen.private_input:
            click(qtbot, page.step_widget.findChild(QRadioButton, f"option_{answers[screen.actor]}"))
            own[screen.actor] = page.step_widget.follow_up.text()
        else:
            shared.append(visible_texts(page))
        click(qtbot, page.next_button)
    return shared, own


@pytest.mark.parametrize("answer", ["yes", "unsaid"])
def test_a_private_safety_answer_changes_only_its_authors_own_screen(qtbot, services, answer):
    """Two runs that differ only in Alex's answer show both partners the very same shared
    screens, and the same number of them; only Alex's own screen differs. Nothing is kept."""
    calm_shared, calm_own = _walk_with_fear_answers(qtbot, services, {"partner_a": "no", "partner_b": "no"})
    other_shared, other_own = _walk_with_fear_answers(qtbot, services, {"partner_a": answer, "partner_b": "no"})
    assert other_shared == calm_shared
    assert other_own["partner_b"] == calm_own["partner_b"]
    if answer == "yes":
        assert "call" in other_own["partner_a"] and other_own["partner_a"] != calm_own["partner_a"]
    assert services.store.conn.execute("SELECT count(*) FROM answers WHERE step_id = 'fear'").fetchone()[0] == 0


def test_keep_private_and_ill_say_it_myself_look_the_same_to_the_partner(qtbot, services):
    reveal = '\n[[steps]]\nid = "both"\nkind = "reveal"\nsteps = ["childhood"]\n'
    seen = {}
    for choice in ("keep", "say"):
        page = page_for(qtbot, services, CHILDHOOD, reveal)
        for partner, words, consent in (("partner_a", "Alex's memory", "show"), ("partner_b", "Sam's memory", choice)):
            if page.body.currentWidget() is page.handover_page:
                click(qtbot, page.handover_button)
            assert page.run.screen.actor == partner
            page.step_widget.findChild(QPlainTextEdit, "answerBox").setPlainText(words)
            click(qtbot, page.step_widget.findChild(QRadioButton, f"consent_{consent}"))
            click(qtbot, page.next_button)
        click(qtbot, page.handover_button)  # together again
        assert page.run.screen.kind == "reveal"
        seen[choice] = visible_texts(page)
    assert seen["keep"] == seen["say"]
    assert "Alex's memory" in seen["keep"] and "Sam's memory" not in seen["keep"]
    assert "In Sam's own words, if and when Sam wants." in seen["keep"]


def test_the_safety_page_names_the_help_for_here_and_it_can_be_changed(qtbot, services, monkeypatch):
    monkeypatch.setenv("LANG", "en_IE.UTF-8")
    page = shown(qtbot, SafetyPage(services))
    settle(qtbot, services)
    assert "call **112**" not in page.text.toPlainText()  # rendered, not raw Markdown
    assert "call 112" in page.text.toPlainText() and "findahelpline.com" in page.text.toPlainText()
    page.findChild(QLineEdit, "localHelpline").setText("Women's Aid, 1800 341 900")
    click(qtbot, page.save)
    settle(qtbot, services)
    assert services.store.settings.get("local_helpline") == "Women's Aid, 1800 341 900"
    assert "Women's Aid, 1800 341 900" in page.text.toPlainText()


def test_who_goes_first_is_asked_once_with_one_set_of_buttons_after_another_run(qtbot, services):
    """Issue 13, item 8: the buttons of an earlier run's question stayed on screen, so a second
    run drew two sets. Each question shows exactly its own two buttons."""
    page = shown(qtbot, RunPage(services))
    for _ in range(3):
        exercise = Exercise.model_validate(tomli.loads(HEAD + RATING + END))
        services._library = Library({exercise.id: LibraryEntry(exercise, "care.toml", "yours")})
        page.start(exercise.id)
        assert page.body.currentWidget() is page.question_page
        buttons = [b for b in page.question_page.findChildren(QPushButton) if b.objectName().startswith("first_")]
        assert sorted(b.objectName() for b in buttons) == ["first_partner_a", "first_partner_b"]
        assert all(b.isVisible() for b in buttons)
        click(qtbot, page.findChild(QPushButton, "first_partner_b"))
        page.leave()
        settle(qtbot, services)
