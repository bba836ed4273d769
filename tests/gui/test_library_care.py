"""The Exercises page for a couple: a first exercise suggested when they have not started any,
a kind word (and a way back to all) when a search finds nothing, and cards that fit the
smallest window, wrapped and whole, with nothing to scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from couplesdesk.gui.library_list import WRAP, SuggestedRole
from couplesdesk.gui.library_page import SEARCH_IDEAS

from .care_helpers import cut_off, sideways_scrollbars
from .conftest import click, settle


def open_library(qtbot, window):
    window.show_page(window.library_page)
    settle(qtbot, window.services)  # the page asks the database whether the couple has started
    return window.library_page


def test_a_couple_who_has_not_started_is_offered_a_first_exercise(qtbot, open_app):
    window = open_app()
    page = open_library(qtbot, window)
    titles = page.visible_titles()
    assert titles[0] == "Share one thing" and titles[1:] == sorted(titles[1:], key=str.lower)
    first = page.proxy.index(0, 0)
    assert first.data(SuggestedRole) and "start here" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert page.current_exercise().id == "share-one-thing"
    assert "Start here: a good first exercise for the two of you" in page.detail.toPlainText()
    click(qtbot, page.start)
    assert window.current_page() is window.run_page
    # Once they have begun, the list is in title order again, with nothing marked.
    page = open_library(qtbot, window)
    assert page.visible_titles() == sorted(page.visible_titles(), key=str.lower)
    assert not any(page.proxy.index(r, 0).data(SuggestedRole) for r in range(page.proxy.rowCount()))
    assert "Start here" not in page.detail.toPlainText()


def test_a_search_that_finds_nothing_says_so_kindly_and_offers_to_clear_it(qtbot, open_app):
    window = open_app()
    page = open_library(qtbot, window)
    everything = page.visible_titles()
    qtbot.keyClicks(page.search, "zzzz")
    assert page.visible_titles() == []
    assert page.empty.isVisible() and not page.detail.isVisible()
    assert "No exercise matches “zzzz”." in page.empty_text.text()
    assert not page.start.isVisible()  # no greyed-out Start for nothing
    click(qtbot, page.clear_search)
    assert page.search.text() == "" and page.visible_titles() == everything
    assert page.detail.isVisible() and page.start.isEnabled()
    for word in SEARCH_IDEAS:  # the words it offers do find something
        page.search.setText(word)
        assert page.visible_titles(), word


def test_the_library_fits_the_smallest_window(qtbot, open_app):
    window = open_app()
    window.resize(window.minimumSize())
    assert (window.width(), window.height()) == (800, 560)
    page = open_library(qtbot, window)
    qtbot.wait(10)
    assert sideways_scrollbars(window) == []
    assert cut_off(page) == []
    placeholder = page.search.placeholderText()
    assert page.search.fontMetrics().horizontalAdvance(placeholder) < page.search.width() - 20
    # Every card holds all of its words, inside the list's width.
    view, delegate = page.list, page.list.itemDelegate()
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 0)
        card = view.visualRect(index)
        option = QStyleOptionViewItem()
        option.font, option.widget, option.rect = view.font(), view, card
        for what, font, rect, text in delegate.parts(option, index, card.top(), card.left()):
            needed = QFontMetrics(font).boundingRect(QRect(0, 0, rect.width(), 100_000), WRAP, text)
            where = f"{index.data()}: {what}"
            assert card.contains(rect) and rect.right() < view.viewport().width(), where
            assert needed.height() <= rect.height() and needed.width() <= rect.width(), where


def test_each_exercise_is_read_from_its_top(qtbot, open_app):
    """Scrolled to the end of one exercise, choosing another showed the end of that one (the
    README's screenshot opened on a list of steps instead of the title)."""
    window = open_app()
    window.resize(800, 560)
    page = open_library(qtbot, window)
    bar = page.detail.verticalScrollBar()
    for row in range(3):
        page.list.setCurrentIndex(page.proxy.index(row, 0))
        assert bar.maximum() > 0 and bar.value() == 0, page.current_exercise().id
        bar.setValue(bar.maximum())
