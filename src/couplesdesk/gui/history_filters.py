"""The History page's filters: which exercise, which kind of exercise, whose words, and when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QVBoxLayout, QWidget

from ..core.describe import category_label
from ..core.history import HistoryQuery
from ..core.people import PARTNERS
from .i18n import translate
from .reflow import ReflowRow  # a row that becomes a column when narrow
from .run_parts import text_label

if TYPE_CHECKING:
    from ..core.library import Library


def periods() -> tuple[tuple[str, int | None], ...]:
    """The stretches of time to choose from, in days (None: any time; -1: between two dates)."""
    return (
        (translate("history_filters", "Any time"), None),
        (translate("history_filters", "The last 4 weeks"), 28),
        (translate("history_filters", "The last 3 months"), 91),
        (translate("history_filters", "The last 12 months"), 365),
        (translate("history_filters", "Between two dates"), -1),
    )


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def _combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(9)
    return combo


class HistoryFilters(QWidget):
    """Signals:

    changed(): a filter was changed by the person (not when the lists are filled).
    """

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyFilters")
        self.exercise = _combo("historyExercise", translate("history_filters", "Show one exercise only"))
        self.exercise.addItem(translate("history_filters", "Every exercise"), None)
        self.category = _combo("historyCategory", translate("history_filters", "Show one kind of exercise only"))
        self.category.addItem(translate("history_filters", "Every kind"), None)
        self.words = _combo("historyWords", translate("history_filters", "Show the exercises with one partner's words"))
        self.words.addItem(translate("history_filters", "Anyone's words"), None)
        self.period = _combo("historyPeriod", translate("history_filters", "Show a stretch of time only"))
        for label, days in periods():
            self.period.addItem(label, days)
        self.since: QDateEdit | None = None  # made when first asked for (a calendar costs start-up time)
        self.until: QDateEdit | None = None
        self.dates = QWidget()
        self.dates.hide()
        self._today = today
        self._layout()
        for combo in (self.exercise, self.category, self.words, self.period):
            combo.activated.connect(self._chosen)

    def _layout(self) -> None:
        first, second = ReflowRow(), ReflowRow()
        for row, widgets in ((first, (self.exercise, self.category)), (second, (self.words, self.period))):
            row.setSpacing(8)
            for widget in widgets:
                row.addWidget(widget, 1)
        second.addWidget(self.dates, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(first)
        layout.addLayout(second)

    def _chosen(self, _index: int) -> None:
        between = self.period.currentData() == -1
        if between and self.since is None:
            self._make_dates()
        self.dates.setVisible(between)
        self.changed.emit()

    def _make_dates(self) -> None:
        """'From [day] to [day]': a month back to today at first."""
        self.since, self.until = QDateEdit(), QDateEdit()
        row = ReflowRow(self.dates)
        row.setContentsMargins(0, 0, 0, 0)
        to = text_label("historyDatesTo", "hint", wrap=False)
        to.setText(translate("history_filters", "to"))
        for edit, name, accessible, day in (
            (
                self.since,
                "historySince",
                translate("history_filters", "From this day"),
                self._today() - timedelta(days=30),
            ),
            (self.until, "historyUntil", translate("history_filters", "To this day"), self._today()),
        ):
            edit.setObjectName(name)
            edit.setAccessibleName(accessible)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(translate("history_filters", "d MMM yyyy"))  # QLocale's letters for a date
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setStyleSheet("QDateTimeEdit { min-width: 0; }")
            edit.dateChanged.connect(lambda _day: self.changed.emit())
        for widget in (self.since, to, self.until):
            row.addWidget(widget)
        row.addStretch(1)
        QWidget.setTabOrder(self.period, self.since)
        QWidget.setTabOrder(self.since, self.until)

    # ------------------------------------------------------------------ filling

    def fill(self, library: Library | None, names: dict[str, str]) -> None:
        """The exercises and kinds to choose from (once the library has loaded), and the names."""
        if library is not None and self.exercise.count() == 1:
            chosen = sorted((e.exercise.text(e.exercise.title), e.exercise.id) for e in library)
            for title, exercise_id in chosen:
                self.exercise.addItem(title, exercise_id)
            for slug in library.categories():
                self.category.addItem(category_label(slug), slug)
        for i, key in enumerate(PARTNERS, start=1):
            text = translate("history_filters", "{name}'s words").format(name=names.get(key, key))
            if self.words.count() <= i:
                self.words.addItem(text, key)
            else:
                self.words.setItemText(i, text)

    def controls(self) -> tuple[QWidget, ...]:
        return (self.exercise, self.category, self.words, self.period)

    # ------------------------------------------------------------------ reading

    def is_default(self) -> bool:
        return all(c.currentIndex() == 0 for c in (self.exercise, self.category, self.words, self.period))

    def reset(self) -> None:
        for combo in (self.exercise, self.category, self.words, self.period):
            combo.setCurrentIndex(0)
        self.dates.hide()

    def query(self, library: Library | None) -> HistoryQuery:
        ids: tuple[str, ...] | None = None
        exercise, category = self.exercise.currentData(), self.category.currentData()
        if exercise is not None:
            ids = (exercise,)
        if category is not None and library is not None:
            of_kind = tuple(e.exercise.id for e in library if e.exercise.category == category)
            ids = of_kind if ids is None else tuple(i for i in ids if i in of_kind)
        since = until = None
        days = self.period.currentData()
        if days == -1 and self.since is not None and self.until is not None:
            first, last = (_day(edit.date()) for edit in (self.since, self.until))
            since, until = min(first, last), max(first, last)
        elif days is not None:
            since = self._today() - timedelta(days=int(days))
        return HistoryQuery(exercise_ids=ids, since=since, until=until, words_of=self.words.currentData())
