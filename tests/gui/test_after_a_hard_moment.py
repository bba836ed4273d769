"""After a hard moment, clicked through as a couple would: the private safety question and
the calm check come before anything else, and 'who tells their version first?' is asked
only once both are calm."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QRadioButton

from .conftest import click, rate, visible_texts

QUESTION = "Who would like to tell their version first?"


def test_the_calm_check_comes_first_and_who_goes_first_is_asked_later(qtbot, open_app):
    window = open_app()
    page = window.run_page
    window.start_exercise("after-a-hard-moment")
    # No question to answer before the exercise has even begun.
    assert page.body.currentWidget() is not page.question_page
    assert QUESTION not in visible_texts(window)
    seen = []
    for _ in range(30):
        if page.body.currentWidget() is page.question_page:
            break
        if page.body.currentWidget() is page.handover_page:
            click(qtbot, page.handover_button)
            continue
        seen.append(page.run.screen.step.id)
        if page.run.screen.kind == "rate":
            rate(qtbot, page)
        elif page.run.screen.step.sensitive:
            click(qtbot, page.step_widget.findChild(QRadioButton, "option_no"))
        click(qtbot, page.next_button)
    assert page.body.currentWidget() is page.question_page
    # Each partner's private stretch: the safety question, then the calm check; nothing else.
    assert seen == ["welcome"] + ["safe-moment", "calm-check"] * 2 + ["ground-rules"]
    assert page.title.text() == QUESTION
    assert not page.next_button.isVisible()
    click(qtbot, window.findChild(QPushButton, "first_partner_b"))
    # Sam tells first, so Sam picks feelings and writes first: the screen goes to Sam, in private.
    assert page.body.currentWidget() is page.handover_page
    assert page.handover_button.text() == "I'm Sam, show me"
    run = window.services.store.runs.of_exercise("after-a-hard-moment")[0]
    assert run.binding == {"speaker": "partner_b", "listener": "partner_a"}
