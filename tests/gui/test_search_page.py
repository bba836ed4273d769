"""The Search page, driven as a couple would: Ctrl+F from anywhere, words typed, what was
found read with its matched words highlighted, and the exercise it comes from shown. A
sealed or private answer is never found, for both together, until it is revealed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from couplesdesk.gui.search_results import RangesRole, RunRole

from .conftest import click, settle, visible_texts

CTRL = Qt.KeyboardModifier.ControlModifier


def a_week_of_words(store) -> dict[str, str]:
    """A finished run with answers of every kind of privacy, a left run, a boundary, an agreement."""
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "my-thing", "partner_a", "write", "", "My secret harbour plan", private=False, sealed=True)
    store.answers.save(run, "my-thing", "partner_b", "write", "", "A harbour walk at dusk", private=False, sealed=True)
    store.answers.mark_revealed(run, ["my-thing"], ["partner_b"])
    store.answers.save(run, "note", "partner_b", "write", "", "Private harbour diary", private=True, sealed=True)
    store.runs.end(run, "finished")
    state = {
        "index": 1,
        "turn": 0,
        "history": [[0, 0, {}]],
        "timers": {},
        "turns": {},
        "confirmed": {},
        "finished": False,
    }
    left = store.runs.create("stress-reducing-chat", 1, {}, state)
    store.answers.save(
        left, "topic", "together", "write", "", "The harbour project at work", private=False, sealed=False
    )
    store.runs.end(left, "left")
    boundary = store.boundaries.add(run, "partner_a", "I need the harbour mornings to myself")
    store.agreements.add(None, "We eat together on Sundays")
    return {"run": run, "left": left, "boundary": boundary}


def search_for(qtbot, window, words: str):
    if window.current_page() is not window.search_page:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
    page = window.search_page
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.box.clear()
        qtbot.keyClicks(page.box, words)
        qtbot.keyClick(page.box, Qt.Key.Key_Return)
    settle(qtbot, window.services)
    return page


def found_texts(page) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_ctrl_f_opens_search_from_anywhere_and_the_library_keeps_its_own_box(qtbot, open_app):
    window = open_app()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, CTRL)
    assert QApplication.focusWidget() is window.library_page.search
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
    assert window.current_page() is window.search_page
    assert QApplication.focusWidget() is window.search_page.box
    assert "Words either of you kept private are never searched." in visible_texts(window.search_page)
    window.show_page(window.today_page)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.search_page.box


def test_only_what_both_have_seen_is_found_and_a_reveal_adds_it(qtbot, open_app):
    window = open_app()
    made = a_week_of_words(window.services.store)
    page = search_for(qtbot, window, "harbour")
    texts = found_texts(page)
    assert sorted(texts) == sorted(
        ["A harbour walk at dusk", "The harbour project at work", "I need the harbour mornings to myself"]
    )
    shown = visible_texts(window)
    assert "secret" not in " ".join(texts) + shown and "Private harbour diary" not in shown
    # Alex's sealed answer is revealed at the end of a run: now both may see it, and the page,
    # on screen, reads again.
    with qtbot.waitSignal(page.searched, timeout=5000):
        window.services.store.answers.mark_revealed(made["run"], ["my-thing"])
    settle(qtbot, window.services)
    assert "My secret harbour plan" in found_texts(page)
    assert all("diary" not in text for text in found_texts(page))


def test_matched_words_are_highlighted_by_range_not_markup(qtbot, open_app):
    window = open_app()
    a_week_of_words(window.services.store)
    page = search_for(qtbot, window, "walks dus")  # a stem and the start of a word
    index = page.model.index(0, 0)
    text, ranges = index.data(), index.data(RangesRole)
    assert text == "A harbour walk at dusk"
    assert [text[s : s + n] for s, n in ranges] == ["walk", "dusk"]
    assert "<" not in text and "\ue000" not in text


def test_choosing_a_find_shows_its_exercise_without_what_is_still_sealed(qtbot, open_app):
    window = open_app()
    made = a_week_of_words(window.services.store)
    page = search_for(qtbot, window, "dusk")
    settle(qtbot, window.services)  # the newest is shown beside the list at once
    shown = page.run_view.toPlainText()
    assert "A harbour walk at dusk" in shown and "Share one thing" in shown
    assert "secret" not in shown and "diary" not in shown
    assert page.model.index(0, 0).data(RunRole) == made["run"]
    assert not page.resume_button.isVisible()  # finished


def test_an_unfinished_exercise_can_be_carried_on_from_what_was_found(qtbot, open_app):
    window = open_app()
    made = a_week_of_words(window.services.store)
    page = search_for(qtbot, window, "project")
    settle(qtbot, window.services)
    assert page.resume_button.isVisible()
    click(qtbot, page.resume_button)
    assert window.current_page() is window.run_page
    assert window.run_page.run.id == made["left"]


def test_nothing_found_is_said_kindly_and_years_scroll_a_page_at_a_time(qtbot, open_app):
    window = open_app()
    store = window.services.store
    page = search_for(qtbot, window, "zebra")
    assert "Nothing found for “zebra”" in visible_texts(page)
    for n in range(95):
        store.agreements.add(None, f"Tea together, time {n}")
    page = search_for(qtbot, window, "tea")
    assert page.model.rowCount() == 40
    page.list.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 80, timeout=5000)
    page.list.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 95, timeout=5000)
    texts = found_texts(page)
    assert texts[0] == "Tea together, time 94" and texts[-1] == "Tea together, time 0"  # newest first
    assert len(set(texts)) == 95


def test_a_found_answer_is_shown_safely_with_its_matched_word_still_marked(qtbot, open_app):
    """A bidi override in an answer would reverse the words around it in the list; control
    characters would draw as nothing. The result shows them as the rest of the app does."""
    window = open_app()
    store = window.services.store
    run = store.runs.create("share-one-thing", 1, {}, {})
    typed = "Tea \u202eesrever\u202c at the harbour\x07 tonight"
    store.answers.save(run, "my-thing", "together", "write", "", typed, private=False, sealed=False)
    store.runs.end(run, "finished")
    page = search_for(qtbot, window, "harbour")
    [shown] = found_texts(page)
    assert shown == "Tea esrever at the harbour\ufffd tonight"
    [(start, length)] = page.model.index(0, 0).data(RangesRole)
    assert shown[start : start + length] == "harbour"
