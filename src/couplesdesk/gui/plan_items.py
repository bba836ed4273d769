"""One exercise in the plan builder: how often, on which of the plan's days, a note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.plan_draft import OFTEN_WORDS, DraftItem, often_words
from .i18n import translate
from .run_parts import text_label


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(name: str, accessible: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(translate("plan_items", "d MMM yyyy"))  # a date's shape, for Qt
    return edit


class ItemCard(QFrame):
    """Edits one :class:`DraftItem` in place.

    Signals:
        changed(): the item was changed. remove_requested(): "Take it out" was pressed.
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, item: DraftItem, plan_days: tuple[dt.date, dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planItem")
        self.item = item
        title = text_label("planItemTitle")
        title.setText(item.title)
        self.remove = QPushButton(translate("plan_items", "Take it out"))
        self.remove.setObjectName("removeItem")
        self.remove.setAccessibleName(translate("plan_items", "Take {title} out of the plan").format(title=item.title))
        self.remove.setProperty("role", "toggle")
        self.remove.clicked.connect(self.remove_requested)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.remove)
        self.error = text_label("planItemError", "flag")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self._build_often())
        layout.addLayout(self._build_days(plan_days))
        self.note = QLineEdit(item.note)
        self.note.setObjectName("itemNote")
        self.note.setPlaceholderText(translate("plan_items", "A note for this exercise (optional)"))
        self.note.setAccessibleName(translate("plan_items", "Note for {title}").format(title=item.title))
        self.note.textChanged.connect(self._note_changed)
        layout.addWidget(self.note)
        layout.addWidget(self.error)

    def _build_often(self) -> QHBoxLayout:
        self.often = QComboBox()
        self.often.setObjectName("itemOften")
        self.often.setAccessibleName(translate("plan_items", "How often: {title}").format(title=self.item.title))
        for value in OFTEN_WORDS:
            self.often.addItem(often_words(value), value)
        self.often.setCurrentIndex(self.often.findData(self.item.often))
        self.times = QComboBox()  # a choice of seven, like how often: no tiny arrows to aim at
        self.times.setObjectName("itemTimes")
        self.times.setAccessibleName(translate("plan_items", "Times a week"))
        for n in range(1, 8):
            once = translate("plan_items", "once a week")
            self.times.addItem(once if n == 1 else translate("plan_items", "%n times a week", None, n), n)
        self.times.setCurrentIndex(self.times.findData(self.item.times))
        self.times.setVisible(self.item.often == "weekly")
        self.often.currentIndexChanged.connect(self._often_changed)
        self.times.currentIndexChanged.connect(self._times_changed)
        caption = QLabel(translate("plan_items", "How often"))
        caption.setBuddy(self.often)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.often)
        row.addWidget(self.times)
        row.addStretch(1)
        return row

    def _build_days(self, plan_days: tuple[dt.date, dt.date]) -> QVBoxLayout:
        self.own_days = QCheckBox(translate("plan_items", "Only on some of the plan's days"))
        self.own_days.setObjectName("itemOwnDays")
        self.own_days.setChecked(self.item.starts is not None or self.item.ends is not None)
        title = self.item.title
        self.starts = date_edit("itemStarts", translate("plan_items", "First day for {title}").format(title=title))
        self.ends = date_edit("itemEnds", translate("plan_items", "Last day for {title}").format(title=title))
        self.starts.setDate(qdate(self.item.starts or plan_days[0]))
        self.ends.setDate(qdate(self.item.ends or plan_days[1]))
        self.to = QLabel(translate("plan_items", "to", "between two dates"))
        self._enable_days()
        self.own_days.toggled.connect(self._days_changed)
        self.starts.dateChanged.connect(self._days_changed)
        self.ends.dateChanged.connect(self._days_changed)
        row = QHBoxLayout()
        row.setContentsMargins(28, 0, 0, 0)  # under the box's words
        row.setSpacing(8)
        row.addWidget(self.starts)
        row.addWidget(self.to)
        row.addWidget(self.ends)
        row.addStretch(1)
        days = QVBoxLayout()
        days.setSpacing(4)
        days.addWidget(self.own_days)
        days.addLayout(row)
        return days

    def _enable_days(self) -> None:
        """The item's own days are shown only when it has some (else the plan's days count)."""
        own = self.own_days.isChecked()
        for widget in (self.starts, self.to, self.ends):
            widget.setVisible(own)

    def plan_days_changed(self, starts: dt.date, ends: dt.date) -> None:
        """The plan's days moved: an item on the plan's days shows them."""
        if not self.own_days.isChecked():
            for edit, day in ((self.starts, starts), (self.ends, ends)):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)

    def _often_changed(self, _index: int) -> None:
        self.item.often = self.often.currentData()
        self.times.setVisible(self.item.often == "weekly")
        self.changed.emit()

    def _times_changed(self, _index: int) -> None:
        self.item.times = int(self.times.currentData())
        self.changed.emit()

    def _days_changed(self, *_args: object) -> None:
        self._enable_days()
        own = self.own_days.isChecked()
        self.item.starts = pydate(self.starts.date()) if own else None
        self.item.ends = pydate(self.ends.date()) if own else None
        self.changed.emit()

    def _note_changed(self, text: str) -> None:
        self.item.note = text
        self.changed.emit()

    def show_mistakes(self, messages: list[str]) -> None:
        self.error.setText(" ".join(messages))
        self.error.setVisible(bool(messages))
