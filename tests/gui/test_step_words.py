"""Screens that read like people talk: a reveal shows choices as chips and a rating in words,
under the question it answers, which spans both answers; a prompt with a short label reads
as a label and a question; an answer box is as big as what is asked; the boundaries' words
use names. A partner's words are always shown as they were typed, never as rich text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QWidget

from couplesdesk.gui.boundaries_page import BoundariesPage

from .care_helpers import cut_off, run_in_window, run_page_for, sideways_scrollbars, through_hand_overs
from .conftest import click, rate, settle, shown, visible_texts

FEELINGS = """
[[steps]]
id = "feelings"
kind = "choose"
who = "each"
title = "What I felt"
prompt = "Which feelings came up?"
multiple = true
allow_other = true
options = [
  { id = "hurt", label = "Hurt" },
  { id = "lonely", label = "Lonely" },
  { id = "long", label = "It depends: sometimes one thing, sometimes quite another, and often both at once" },
]

[[steps]]
id = "close"
kind = "rate"
who = "each"
title = "Closeness"
prompt = "How close have you felt?"
low_label = "far apart"
high_label = "very close"

[[steps]]
id = "day"
kind = "write"
who = "each"
prompt = "From your day: one moment you'd like your partner to know about."
max_words = 80

[[steps]]
id = "both"
kind = "reveal"
title = "Side by side"
steps = ["feelings", "close", "day"]
"""
RICH = "<b>not bold</b> &amp; <i>as typed</i>"


def answer_each(qtbot, page, picks: dict[str, list[str]], ratings: dict[str, int], days: dict[str, str]) -> None:
    """Both partners answer the private questions; on to the reveal."""
    for _ in range(6):
        through_hand_overs(qtbot, page)
        screen = page.run.screen
        if screen.step.id == "feelings":
            for option in picks[screen.actor]:
                click(qtbot, page.step_widget.findChild(QCheckBox, f"option_{option}"))
        elif screen.step.id == "close":
            rate(qtbot, page, ratings[screen.actor])
        else:
            page.step_widget.findChild(QPlainTextEdit, "answerBox").setPlainText(days[screen.actor])
        click(qtbot, page.next_button)
    through_hand_overs(qtbot, page)
    assert page.run.screen.step.id == "both"


def test_a_reveal_shows_chips_and_a_rating_in_words_under_a_question_spanning_both(qtbot, services):
    page = run_page_for(qtbot, services, FEELINGS)
    answer_each(
        qtbot, page, {"partner_a": ["hurt", "lonely"], "partner_b": ["long"]}, {"partner_a": 5, "partner_b": 9},
        {"partner_a": RICH, "partner_b": "The walk at lunch."},
    )  # fmt: skip
    widget = page.step_widget
    screen = visible_texts(page)
    assert "Hurt; Lonely" not in screen and "between far apart (0)" not in screen
    chips = {c.text() for c in widget.findChildren(QLabel) if c.property("role") == "answerChip" and c.isVisible()}
    assert chips == {
        "Hurt",
        "Lonely",
        "It depends: sometimes one thing, sometimes quite another, and often both at once",
    }
    assert "5 of 10: somewhere in between" in screen and "9 of 10: leaning towards very close" in screen
    # The question reads as a label and a question, and spans both answers.
    label = widget.findChild(QLabel, "revealLabel_day")
    question = widget.findChild(QLabel, "revealQuestion_day")
    assert (label.text(), question.text()) == ("From your day", "One moment you'd like your partner to know about.")
    cards = [widget.findChild(QWidget, f"reveal_day_{key}") for key in ("partner_a", "partner_b")]
    left, right = cards[0].mapTo(widget, cards[0].rect().topLeft()), cards[1].mapTo(widget, cards[1].rect().topRight())
    start = question.mapTo(widget, question.rect().topLeft())
    assert start.x() <= left.x() and start.x() + question.width() >= right.x()
    assert question.mapTo(widget, question.rect().bottomLeft()).y() < left.y()  # above both
    # A partner's words are shown exactly as typed: never read as rich text.
    typed = widget.findChild(QWidget, "revealAnswer_day_partner_a").findChild(QLabel, "answerText")
    assert typed.text() == RICH and typed.textFormat() == Qt.TextFormat.PlainText
    for shown_label in widget.findChildren(QLabel):
        assert shown_label.textFormat() == Qt.TextFormat.PlainText, shown_label.objectName()


def test_the_reveal_fits_the_smallest_window(qtbot, open_app):
    window = open_app()
    page = run_in_window(qtbot, window, FEELINGS, size=(800, 560))
    answer_each(
        qtbot, page, {"partner_a": ["hurt", "lonely", "long"], "partner_b": ["long"]}, {"partner_a": 0, "partner_b": 10},
        {"partner_a": "A long day " * 12, "partner_b": "Short."},
    )  # fmt: skip
    qtbot.wait(10)
    assert sideways_scrollbars(window) == []
    assert cut_off(window) == []


def test_a_prompt_with_a_label_reads_as_a_label_and_a_question_and_the_box_fits_the_answer(qtbot, services):
    steps = "".join(
        f'\n[[steps]]\nid = "w{n}"\nkind = "write"\nprompt = "From your day: say it in a {n}."\n{limit}\n'
        for n, limit in (("line", "max_words = 30"), ("paragraph", "max_words = 120"), ("page", ""))
    )
    page = run_page_for(qtbot, services, steps)
    heights = {}
    for n in ("line", "paragraph", "page"):
        widget = page.step_widget
        assert widget.findChild(QLabel, "stepLabel").text() == "From your day"
        assert widget.findChild(QLabel, "stepPrompt").text() == f"Say it in a {n}."
        box = widget.findChild(QPlainTextEdit, "answerBox")
        heights[n] = box.viewport().height() / box.fontMetrics().lineSpacing()  # lines of its own text
        click(qtbot, page.next_button)
    assert heights["line"] < 6 and heights["line"] * 1.5 < heights["paragraph"] <= heights["page"]
    assert heights["page"] * page.fontMetrics().lineSpacing() < page.height() * 0.6  # never the whole page


def test_the_boundaries_page_says_who_heard_by_name(qtbot, services):
    run = services.store.runs.create("boundary-statement", 1, {}, {})
    services.store.boundaries.add(run, "partner_a", "I need a text when plans change.", "heard")
    page = shown(qtbot, BoundariesPage(services))
    settle(qtbot, services)
    page.table.selectRow(0)
    assert page.status_hint.text() == "Sam said back what they heard."
    assert "The other" not in page.status_hint.text()
    assert page.table.item(0, 3).toolTip() == "Sam said back what they heard."


def test_why_next_waits_is_never_cut_off_in_the_smallest_window(qtbot, open_app):
    window = open_app()
    rating = (
        '\n[[steps]]\nid = "calm"\nkind = "rate"\nprompt = "How calm?"\nlow_label = "calm"\nhigh_label = "flooded"\n'
    )
    page = run_in_window(qtbot, window, rating, size=(800, 560))
    qtbot.wait(10)
    assert page.blocked_label.text() == "Choose a number, or 'Prefer not to say'."
    assert cut_off(window) == []


def test_the_boundaries_page_says_it_whole_in_the_smallest_window(qtbot, open_app):
    window = open_app()
    run = window.services.store.runs.create("boundary-statement", 1, {}, {})
    window.services.store.boundaries.add(run, "partner_a", "I need a text as soon as you know plans change.", "heard")
    window.resize(800, 560)
    window.show_page(window.boundaries_page)
    settle(qtbot, window.services)
    window.boundaries_page.table.selectRow(0)
    qtbot.wait(10)
    assert window.boundaries_page.status_hint.text() == "Sam said back what they heard."
    assert cut_off(window.boundaries_page) == []
