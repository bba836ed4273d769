"""The GUI's side of :mod:`couplesdesk.core.i18n`: Qt's translators behind ``translate``.

Import ``translate`` from here or from the core module (they are the same function); this
module only connects it to :meth:`QCoreApplication.translate`, which uses whatever
``QTranslator`` objects are installed on the application.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ..core import language as languages
from ..core.i18n import (
    DAY_MONTH,
    DAY_MONTH_YEAR,
    MONTH_SHORT,
    QT_TRANSLATE_NOOP,
    TIME,
    WEEKDAY,
    WEEKDAY_DAY_MONTH,
    date_words,
    english_plural,
    translate,
    use,
    use_dates,
)

__all__ = [
    "DAY_MONTH",
    "DAY_MONTH_YEAR",
    "MONTH_SHORT",
    "QT_TRANSLATE_NOOP",
    "TIME",
    "WEEKDAY",
    "WEEKDAY_DAY_MONTH",
    "connect",
    "date_words",
    "translate",
]


def _qt(context: str, text: str, disambiguation: str | None, n: int) -> str:
    words = QCoreApplication.translate(context, text, disambiguation, n)
    return english_plural(words, n) if n >= 0 and "(s)" in words else words


def connect(language: str = "en") -> None:
    """From now on ``translate`` asks Qt and dates are written by ``QLocale(language)`` (call
    once the QApplication exists and whenever the language changes)."""
    use(_qt)
    if language.split("-")[0] == "en":
        use_dates(None)  # English dates need no QLocale (its first use costs start-up 15-30 ms)
        if languages.system().split("-")[0] != "en":  # Qt's own date pickers would speak the computer's
            QLocale.setDefault(QLocale("en_GB"))
        return
    locale = QLocale(language.replace("-", "_"))
    QLocale.setDefault(locale)  # Qt's own widgets (date pickers, numbers) in the same language

    def words(when: dt.date | dt.datetime | dt.time, pattern: str) -> str:
        shape = QCoreApplication.translate("dates", pattern)
        if isinstance(when, dt.datetime):
            local = when.astimezone().replace(tzinfo=None) if when.tzinfo else when
            moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))
            return locale.toString(moment, shape)
        if isinstance(when, dt.time):
            return locale.toString(QTime(when.hour, when.minute, when.second), shape)
        return locale.toString(QDate(when.year, when.month, when.day), shape)

    use_dates(words)
