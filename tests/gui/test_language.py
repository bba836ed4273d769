"""The interface's language: ``--language de`` shows German words, Qt's own standard words and
German dates; the language chosen on the Privacy page is kept, applied at once (the window
opens again in it, on the same page) and at the next start; ``--language`` wins for its session."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QWidget

from couplesdesk.core import language as languages
from couplesdesk.gui import translators
from couplesdesk.gui.app import front
from couplesdesk.gui.i18n import DAY_MONTH, WEEKDAY_DAY_MONTH, date_words, translate

from .conftest import settle


def language_section(qtbot, window) -> QWidget:
    window.show_page(window.privacy_page)
    section = window.privacy_page.findChild(QWidget, "languageSection")
    qtbot.waitUntil(section.isVisible)
    settle(qtbot, window.services)
    return section


def choose(qtbot, section: QWidget, name: str) -> None:
    """Pick ``name`` in the language box with the keyboard, as a person would."""
    box = section.findChild(QComboBox, "languageChoice")
    box.setFocus()
    target = box.findText(name)
    assert target >= 0, [box.itemText(i) for i in range(box.count())]
    key = Qt.Key.Key_Down if target > box.currentIndex() else Qt.Key.Key_Up
    while box.currentIndex() != target:
        qtbot.keyClick(box, key)


def test_language_de_shows_german_words_qts_own_words_and_german_dates(qtbot, open_app):
    window = open_app(language="de")
    assert translators.current() == "de"
    section = language_section(qtbot, window)
    assert section.findChild(QLabel, "languageSectionTitle").text() == "Sprache"
    # Qt's own words (standard buttons) come from qtbase_de.qm.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert date_words(dt.date(2026, 12, 14), DAY_MONTH) == "14. Dezember"
    assert date_words(dt.date(2026, 12, 14), WEEKDAY_DAY_MONTH) == "Montag, 14. Dezember"


def test_english_stays_english_after_a_german_run(qtbot, open_app):
    window = open_app(language="de")
    window.close()
    translators.install("en")
    assert translate("language_section", "Language") == "Language"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert date_words(dt.date(2026, 12, 14), DAY_MONTH) == "14 December"


def test_choosing_deutsch_applies_at_once_on_the_same_page_and_is_kept(qtbot, open_app):
    window = open_app(language=None)  # no --language: the couple's choice counts
    assert translators.current() == "en"
    choose(qtbot, language_section(qtbot, window), "Deutsch")
    qtbot.waitUntil(lambda: front(window) is not window)
    german = front(window)
    qtbot.addWidget(german)
    try:
        assert window.services.store is None or not window.isVisible()
        assert translators.current() == "de" and languages.current() == "de"
        assert german.current_page() is german.privacy_page
        section = german.privacy_page.findChild(QWidget, "languageSection")
        qtbot.waitUntil(section.isVisible)
        settle(qtbot, german.services)
        assert section.findChild(QLabel, "languageSectionTitle").text() == "Sprache"
        assert section.findChild(QComboBox, "languageChoice").currentText() == "Deutsch"
        assert german.services.store.settings.get(languages.SETTING) == "de"
        # Back to the computer's language.
        choose(qtbot, section, "Sprache des Computers")
        qtbot.waitUntil(lambda: front(german) is not german)
        english = front(german)
        qtbot.addWidget(english)
        assert translators.current() == "en"
        assert english.services.store.settings.get(languages.SETTING) is None
        english.close()
    finally:
        german.close()


def test_the_chosen_language_is_used_at_the_next_start(qtbot, open_app):
    window = open_app(language=None)
    window.services.store.settings.set(languages.SETTING, "de")
    window.close()
    again = open_app(language=None)
    assert translators.current() == "de"
    assert language_section(qtbot, again).findChild(QLabel, "languageSectionTitle").text() == "Sprache"


def test_a_language_named_on_the_command_line_wins_for_its_session(qtbot, open_app):
    window = open_app(language="en")
    section = language_section(qtbot, window)
    choose(qtbot, section, "Deutsch")
    status = section.findChild(QLabel, "languageStatus")
    qtbot.waitUntil(status.isVisible)
    assert "applies when it next starts" in status.text()
    assert front(window) is window and translators.current() == "en"
    assert window.services.store.settings.get(languages.SETTING) == "de"


def test_without_a_translation_the_interface_stays_english_and_says_why_in_the_log(qapp, tmp_path, monkeypatch, caplog):
    monkeypatch.setenv(translators.FOLDER_VARIABLE, str(tmp_path))  # no .qm there
    assert translators.install("de") == "en"
    assert translate("language_section", "Language") == "Language"
    assert "No translation of the interface into 'de'" in caplog.text


def test_todays_german_fits_the_smallest_window(qtbot, open_app, clock):
    """German is longer than English: at 800x560 Today needs no sideways scrolling, with a run
    to pick up and the rhythm line (the break link, the days) in view."""
    window = open_app(language="de")
    store = window.services.store
    for exercise_id in ("stress-reducing-chat", "weekly-check-in"):
        store.runs.end(store.runs.create(exercise_id, 1, {}, {}), "left")  # left on a Friday evening
    clock.advance(days=3)
    window.resize(800, 560)
    window.today_page.refresh()
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: len(window.today_page.run_buttons) == 2)
    scroll = window.today_page.scroll_area
    content = scroll.widget()
    assert content.minimumSizeHint().width() <= scroll.viewport().width(), "Today is wider than the window"
    assert not scroll.horizontalScrollBar().isVisible()
