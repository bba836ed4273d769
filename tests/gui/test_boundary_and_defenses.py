"""A boundary statement and decoding our defenses, clicked through as a couple would."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton

from .conftest import click, visible_texts


def _type_box(qtbot, window, text: str) -> None:
    box = window.run_page.step_widget.findChild(QPlainTextEdit)
    box.setFocus()
    qtbot.keyClicks(box, text)


def test_boundary_statement_is_stated_heard_and_kept(qtbot, open_app):
    window = open_app()
    page = window.run_page
    window.start_exercise("boundary-statement")
    click(qtbot, window.findChild(QPushButton, "first_partner_a"))  # Alex brings the boundary
    secret = "I worry I am being dramatic"
    while page.body.currentWidget() is not page.finished_page:
        if page.body.currentWidget() is page.handover_page:
            click(qtbot, page.handover_button)
            continue
        step = page.run.screen.step
        widget = page.step_widget
        if step.id == "when-i-feel":
            qtbot.keyClicks(widget.findChild(QLineEdit, "blank_situation"), "plans change at the last minute")
            qtbot.keyClicks(widget.findChild(QLineEdit, "blank_feeling"), "unimportant")
            assert widget.preview.text() == "When plans change at the last minute, I feel unimportant."
        elif step.id == "not-ok":
            qtbot.keyClicks(widget.findChild(QLineEdit, "blank_behaviour"), "you always cancel")
            assert widget.flag.isVisible() and "always" in widget.flag.text()
            edit = widget.findChild(QLineEdit, "blank_behaviour")
            edit.clear()
            qtbot.keyClicks(edit, "plans are cancelled without a message")
            assert not widget.flag.isVisible()
            qtbot.keyClicks(widget.findChild(QLineEdit, "blank_need"), "a text as soon as you know")
        elif step.id == "note-to-self":
            assert page.run.screen.private_input
            _type_box(qtbot, window, secret)
        elif step.kind == "mirror":
            assert secret not in visible_texts(window)
            _type_box(qtbot, window, "You need a text when plans change.")
            click(qtbot, widget.got_it)
            click(qtbot, widget.all)
        elif step.id == "listener-answer":
            assert "Sam" in page.actor.text()
            click(qtbot, widget.findChild(QRadioButton, "option_heard"))
        elif step.kind == "agree":
            assert "a text as soon as you know" in widget.statement.text()
            assert not page.next_button.isEnabled()
            click(qtbot, widget.findChild(QPushButton, "confirm_partner_a"))
            assert not page.next_button.isEnabled()
            click(qtbot, widget.findChild(QPushButton, "confirm_partner_b"))
        if step.id != "note-to-self":
            assert secret not in visible_texts(window)
        click(qtbot, page.next_button)

    store = window.services.store
    boundaries = store.boundaries.list()
    assert len(boundaries) == 1
    assert (
        boundaries[0].statement
        == "It's not OK with me when plans are cancelled without a message. I need a text as soon as you know."
    )
    assert boundaries[0].status == "heard" and boundaries[0].author == "partner_a"
    run = store.runs.of_exercise("boundary-statement")[0]
    note = store.answers.of_run(run.id)[("note-to-self", "partner_a")]
    assert note.private and note.value == secret


def test_decoding_defenses_keeps_private_answers_private(qtbot, open_app):
    window = open_app()
    page = window.run_page
    window.start_exercise("decoding-defenses")
    click(qtbot, window.findChild(QPushButton, "first_partner_b"))
    written = {}
    current_writer = None
    while page.body.currentWidget() is not page.finished_page:
        screen_text = visible_texts(window)
        # Whatever is on screen, nothing private of the partner who is not acting is shown.
        for (step_id, author), text in written.items():
            stored = window.services.store.answers.of_run(page.run.id)[(step_id, author)]
            revealed = stored.revealed and not stored.private
            acting = page.run.screen.actor == author and page.body.currentWidget() is page.step_scroll
            if not revealed and not acting:
                assert text not in screen_text, f"{author}'s answer to {step_id} shown on {page.run.screen.step.id}"
        if page.body.currentWidget() is page.handover_page:
            click(qtbot, page.handover_button)
            continue
        screen = page.run.screen
        widget = page.step_widget
        if screen.step.id == "my-defenses":
            click(qtbot, widget.findChild(QCheckBox, "option_withdrawal"))
        elif screen.kind == "write":
            text = f"{screen.actor} on {screen.step.id}"
            _type_box(qtbot, window, text)
            written[(screen.step.id, screen.actor)] = text
            current_writer = screen.actor
        elif screen.kind == "turns":
            while not page.run.turns_done(screen.step):
                click(qtbot, widget.next_button)
        elif screen.step.id == "side-by-side":
            text = visible_texts(window)
            assert "partner_a on protecting" in text and "partner_b on protecting" in text
            assert "partner_a on afraid-of" not in text and "partner_b on afraid-of" not in text
        click(qtbot, page.next_button)
    assert current_writer is not None

    store = window.services.store
    run = store.runs.of_exercise("decoding-defenses")[0]
    answers = store.answers.of_run(run.id)
    afraid = answers[("afraid-of", "partner_a")]
    assert afraid.private and afraid.value == "partner_a on afraid-of" and not afraid.revealed
    assert answers[("protecting", "partner_b")].revealed
    assert answers[("my-defenses", "partner_b")].value["selected"] == ["withdrawal"]
    assert run.status == "finished"
