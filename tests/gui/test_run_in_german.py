"""The exercise runner in German, with the app's German installed as the app installs it (the
``german`` fixture, tests/gui/conftest.py): the share exercise through a private step, the
hand-overs and the reveal, and the timed pause. English comes back after each test."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from .conftest import click, settle, visible_texts


def _type(qtbot, window, text: str) -> None:
    box = window.run_page.step_widget.findChild(QPlainTextEdit, "answerBox")
    box.setFocus()
    qtbot.keyClicks(box, text)


def _footer(page) -> tuple[str, str, str]:
    return page.back_button.text(), page.leave_button.text(), page.next_button.text()


ENGLISH = ("Next", "Back", "Leave for now", "Hand the screen", "look away", "show me", "Together", "Part ", "'s turn")


def _no_runner_english(window: QWidget) -> None:
    screen = visible_texts(window)
    for words in ENGLISH:
        assert words not in screen, (words, screen)


def test_a_share_in_german_hands_over_and_reveals_in_german(qtbot, german, open_app):
    window = open_app(language="de")  # the exercise's own texts in German too
    assert window.pause_button.text() == "Pause"
    window.start_exercise("share-one-thing")
    page = window.run_page
    assert _footer(page) == ("Zurück", "Später weiter", "Weiter")
    assert page.actor.text() == "Gemeinsam"
    assert page.progress.text().startswith("Teil 1 von ")
    _no_runner_english(window)
    click(qtbot, page.next_button)

    # Alex's private turn: the hand-over says so in German, and Sam is asked to look away.
    assert page.title.text() == "Bildschirm übergeben"
    assert page.handover_text.text() == "Gebt den Bildschirm an Alex weiter."
    assert page.handover_sub.text() == (
        "Dieser Teil ist nur für Alex. Sam, schau bitte kurz weg oder geh für einen Moment hinaus."
    )
    assert page.handover_button.text() == "Ich bin Alex, zeig es mir"
    assert page.handover_button.accessibleName() == "Ich bin Alex; meinen privaten Schritt zeigen"
    assert page.actor.text() == "Alex ist dran"
    _no_runner_english(window)
    click(qtbot, page.handover_button)
    box = page.step_widget.findChild(QPlainTextEdit, "answerBox")
    assert box.placeholderText() == "Schreib hier. Es wird beim Tippen gespeichert."
    _type(qtbot, window, "Der Kaffee am Morgen")
    click(qtbot, page.next_button)

    assert page.handover_text.text() == "Gebt den Bildschirm an Sam weiter."
    click(qtbot, page.handover_button)
    _type(qtbot, window, "Die Sonne am Mittag")
    click(qtbot, page.next_button)

    # Together again, then both answers side by side.
    assert page.title.text() == "Wieder zusammen"
    assert page.handover_text.text() == "Kommt wieder gemeinsam an den Bildschirm."
    assert page.handover_sub.text() == "Der nächste Schritt ist für euch beide, am gemeinsamen Bildschirm."
    assert page.handover_button.text() == "Wir sind beide da"
    click(qtbot, page.handover_button)
    assert page.run.screen.step.id == "read-both"
    assert page.step_widget.accessibleName() == "Beide Antworten nebeneinander"
    cards = [w.accessibleName() for w in page.step_widget.findChildren(QWidget) if w.property("role") == "revealCard"]
    assert cards == ["Antwort von Alex", "Antwort von Sam"]
    screen = visible_texts(window)
    assert "Der Kaffee am Morgen" in screen and "Die Sonne am Mittag" in screen
    _no_runner_english(window)

    while page.body.currentWidget() is not page.finished_page:
        if page.body.currentWidget() is page.handover_page:
            click(qtbot, page.handover_button)
            continue
        if page.step_widget.findChild(QPlainTextEdit, "answerBox") is not None:
            _type(qtbot, window, "Ich habe dich verstanden.")
        click(qtbot, page.next_button)
    assert page.title.text() == "Geschafft"
    assert page.finished_text.text() == "Danke, dass ihr euch beide die Zeit genommen habt."
    assert page.finished_button.text() == "Zurück zu „Heute“"


def test_the_timed_pause_in_german_names_its_return_time_and_its_end(qtbot, german, open_app, clock):
    window = open_app(language="de")
    click(qtbot, window.pause_button)
    page, widget = window.run_page, window.run_page.step_widget
    assert widget.return_label.text() == "Wieder zusammen um 19:30"
    assert (widget.ideas_button.text(), widget.details_button.text()) == ("Mehr Ideen", "Details, wenn ihr mögt")
    assert widget.countdown.accessibleName() == "Verbleibende Zeit: 30 Minuten"
    assert page.blocked_label.text() == "„Weiter“ geht ab 19:30."
    settle(qtbot, window.services)  # the top bar reads the pause on the database worker
    assert window.pause_button.text() == "Pause bis 19:30"
    click(qtbot, widget.details_button)
    assert widget.details.findChild(type(page.title), "pauseCallerQuestion").text() == "Wer hat die Pause gebraucht?"
    minutes = widget.details.minutes
    assert minutes.currentText() == "30 Minuten"
    _no_runner_english(window)

    clock.advance(minutes=30, seconds=1)
    window.tick()
    settle(qtbot, window.services)
    assert widget.return_label.text() == (
        "Die Pause ist vorbei. Wenn ihr beide wieder am Bildschirm seid, drückt „Weiter“."
    )
    assert window.pause_button.text() == "Pause vorbei: kommt zusammen"
    assert page.next_button.isEnabled() and page.next_button.text() == "Weiter"


def _inside(widget: QWidget, box: QWidget) -> bool:
    """Whether all of ``widget`` shows inside ``box``, one of its ancestors (nothing cut off at the right)."""
    return widget.isVisible() and widget.mapTo(box, widget.rect().topRight()).x() <= box.contentsRect().right()


def test_in_german_at_the_smallest_window_nothing_of_the_pause_details_or_the_safety_help_is_cut(
    qtbot, german, open_app
):
    window = open_app(language="de")
    window.resize(window.minimumSize())
    assert (window.width(), window.height()) == (800, 560)
    click(qtbot, window.pause_button)
    widget = window.run_page.step_widget
    click(qtbot, widget.details_button)
    qtbot.wait(10)  # laid out
    # The longer German question once pushed 'Nicht gesagt' past the panel's edge.
    for button in widget.details.caller_buttons.values():
        assert _inside(button, window.run_page.step_scroll.viewport()), button.text()
    window.show_page(window.safety_page)
    qtbot.wait(10)
    intro = next(w for w in window.safety_page.findChildren(QLabel) if w.text().startswith("Die Hilfe, die"))
    assert intro.width() >= intro.sizeHint().width() or intro.wordWrap()
    assert _inside(intro, window.safety_page)
