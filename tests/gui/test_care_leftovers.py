"""Small things from the care review: the author's choice to reveal reads naturally under a
number or a choice, and why Next waits is said whole on the timed pause's check-in, in the
smallest window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QRadioButton

from .care_helpers import cut_off, run_page_for, sideways_scrollbars, through_hand_overs
from .conftest import click, rate

RATED = """
[[steps]]
id = "close"
kind = "rate"
who = "each"
reveal_consent = "author"
prompt = "How close did you feel to your family as a child?"
low_label = "far apart"
high_label = "very close"
"""
CHOSEN = """
[[steps]]
id = "home"
kind = "choose"
who = "each"
reveal_consent = "author"
prompt = "What was home like?"
options = [{ id = "loud", label = "Loud" }, { id = "quiet", label = "Quiet" }]
"""
WRITTEN = """
[[steps]]
id = "began"
kind = "write"
who = "each"
reveal_consent = "author"
prompt = "When did this first make sense?"
"""


@pytest.mark.parametrize(
    ("step", "show"),
    [(RATED, "Show what I chose"), (CHOSEN, "Show what I chose"), (WRITTEN, "Show what I wrote")],
    ids=["rating", "choice", "words"],
)
def test_the_choice_to_show_an_answer_names_what_was_given(qtbot, services, step, show):
    page = run_page_for(qtbot, services, step)
    through_hand_overs(qtbot, page)
    buttons = {key: page.step_widget.findChild(QRadioButton, f"consent_{key}") for key in ("show", "keep", "say")}
    assert [b.text() for b in buttons.values()] == [show, "Keep it private", "I'll say it myself, in my own words"]
    click(qtbot, buttons["show"])
    assert page.run.consent(page.run.screen.step.id, "partner_a") == "show"


def test_why_next_waits_is_said_whole_on_the_empty_check_in_after_a_pause(qtbot, open_app, clock):
    """The timed pause's check-in, nothing chosen yet, at 800x560: the reason wraps rather than
    being cut off, for each partner (Sam's screen also says why Back stops)."""
    window = open_app()
    window.resize(800, 560)
    click(qtbot, window.pause_button)
    page = window.run_page
    clock.advance(minutes=30, seconds=1)
    window.tick()
    click(qtbot, page.next_button)
    for partner in ("partner_a", "partner_b"):
        through_hand_overs(qtbot, page)
        assert page.run.screen.step.id == "check-in" and page.run.screen.actor == partner
        qtbot.wait(10)
        assert page.blocked_label.text() == "Choose a number, or 'Prefer not to say'."
        assert page.blocked_label.isVisible() and page.blocked_label.wordWrap()
        assert cut_off(window) == [] and sideways_scrollbars(window) == []
        rate(qtbot, page, 2)
        click(qtbot, page.next_button)
