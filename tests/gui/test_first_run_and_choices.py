"""Two small things that surprised people: the first-run safety screen had no way back to
the names, and a single choice with words of one's own kept both the choice and the words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from couplesdesk.storage import Store

from .care_helpers import run_page_for, through_hand_overs
from .conftest import click, visible_texts


def test_the_first_run_safety_screen_goes_back_to_the_names(qtbot, open_app, data_dir, clock):
    window = open_app(couple=False)
    first = window.first_run
    qtbot.keyClicks(first.names.a_name, "Robin")
    qtbot.keyClicks(first.names.b_name, "Kim")
    qtbot.keyClick(first.names.b_name, Qt.Key.Key_Return)
    assert "not therapy" in visible_texts(window)
    click(qtbot, first.safety_back)
    # The names as they were saved, to change before going on.
    assert first.names.a_name.isVisible() and first.names.a_name.text() == "Robin"
    assert first.names.b_name.text() == "Kim"
    first.names.b_name.clear()
    qtbot.keyClicks(first.names.b_name, "Kit")
    click(qtbot, first.names_next)
    click(qtbot, first.safety_ok)
    assert window.current_page() is window.today_page
    store = Store.open(data_dir / "couplesdesk.db", clock)
    couple = store.couple.get()
    assert (couple.a.name, couple.b.name, couple.safety_acknowledged) == ("Robin", "Kit", True)
    store.close()


def test_a_single_choice_with_words_of_ones_own_keeps_only_one_answer(qtbot, services):
    choice = """
[[steps]]
id = "move"
kind = "choose"
who = "each"
prompt = "My move"
allow_other = true
options = [{ id = "pursue", label = "I move towards" }, { id = "withdraw", label = "I pull back" }]
"""
    page = run_page_for(qtbot, services, choice)
    through_hand_overs(qtbot, page)
    widget = page.step_widget
    other = widget.findChild(QLineEdit, "otherOption")
    pursue = widget.findChild(QWidget, "option_pursue")
    click(qtbot, pursue)
    qtbot.keyClicks(other, "Both, by turns")
    assert not pursue.isChecked()  # writing one's own answer takes the place of the choice
    page.flush()
    assert page.run.answer("move", "partner_a") == {"selected": [], "other": "Both, by turns"}
    click(qtbot, widget.findChild(QWidget, "option_withdraw"))
    assert other.text() == ""  # choosing an option again clears the words of one's own
    page.flush()
    assert page.run.answer("move", "partner_a") == {"selected": ["withdraw"], "other": ""}
    stored = services.store.answers.of_run(page.run.id)[("move", "partner_a")]
    assert stored.text == "I pull back"
