"""Dates in the interface's language: QLocale writes them (German month names come from Qt,
not from us); English needs no QLocale at all, with the same words."""

from __future__ import annotations

import datetime as dt

import pytest

from couplesdesk.core import i18n as core_i18n
from couplesdesk.gui import i18n

DAY = dt.date(2026, 12, 14)  # a Monday


@pytest.fixture
def connected(qapp):
    yield i18n.connect
    core_i18n.use(None)
    core_i18n.use_dates(None)


def test_german_dates_come_from_qlocale(connected):
    connected("de")
    assert i18n.date_words(DAY, i18n.WEEKDAY) == "Montag"
    assert "Dezember" in i18n.date_words(DAY, i18n.DAY_MONTH)
    assert i18n.date_words(dt.time(9, 5), i18n.TIME) == "09:05"


@pytest.mark.parametrize(
    "pattern", [i18n.DAY_MONTH, i18n.WEEKDAY_DAY_MONTH, i18n.DAY_MONTH_YEAR, i18n.WEEKDAY, i18n.MONTH_SHORT]
)
def test_english_without_qlocale_writes_what_qlocale_writes(connected, pattern):
    from PySide6.QtCore import QDate, QLocale

    connected("en")
    for day in (DAY, dt.date(2027, 5, 1), dt.date(2026, 2, 28)):
        expected = QLocale("en").toString(QDate(day.year, day.month, day.day), pattern)
        assert i18n.date_words(day, pattern) == expected


def test_qts_own_widgets_follow_the_chosen_language(connected, monkeypatch):
    """A date picker speaks the interface's language, not the computer's."""
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QDateEdit

    from couplesdesk.core import language

    before = QLocale()
    try:
        connected("de")
        picker = QDateEdit(QDate(2026, 12, 14))
        picker.setDisplayFormat("d MMMM yyyy")
        assert picker.text() == "14 Dezember 2026"
        monkeypatch.setattr(language, "_system", "de")  # a German computer, the app set to English
        connected("en")
        picker = QDateEdit(QDate(2026, 12, 14))
        picker.setDisplayFormat("d MMMM yyyy")
        assert picker.text() == "14 December 2026"
    finally:
        QLocale.setDefault(before)
