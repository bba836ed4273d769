"""The History page's list: a lazy model over every run, newest first, under a heading for
each week, and the delegate that draws it.

The model holds only the pages read so far. The view asks for more as it scrolls near the
end (``canFetchMore``/``fetchMore``); each page is read on the database worker and added
in one insertion, so years of history scroll without the window waiting, and a reload
(new filters, a change on the bus) never waits for an answer that is no longer wanted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..core.clock import format_time
from ..core.history import HistoryPage, HistoryQuery, read_history
from ..core.privacy import TOGETHER, Viewer
from ..storage import HistoryRun, StoreError
from ..storage.history import Cursor
from .database import Database
from .i18n import translate
from .kept_words import weekday_day
from .palette import current
from .words import month_day

log = logging.getLogger("couplesdesk.history")

RUN_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the row's run (None on a week's heading)."""
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
"""The second line: the day and time, and whether it was finished."""

Index = QModelIndex | QPersistentModelIndex


def week_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def week_words(monday: date, today: date) -> str:
    """'This week', 'Last week', 'Week of 3 November', 'Week of 29 December 2025'."""
    this = week_of(today)
    if monday == this:
        return translate("history_model", "This week")
    if monday == this - timedelta(days=7):
        return translate("history_model", "Last week")
    return translate("history_model", "Week of {day}").format(day=month_day(monday, today))


def run_detail(run: HistoryRun, today: date) -> str:
    """'Tuesday 18 November, 19:30', and a word for a run left part-way or done alone."""
    words = translate("history_model", "{day}, {time}").format(
        day=weekday_day(run.day, today), time=format_time(run.started_at)
    )
    if run.solo is not None:
        words += translate("history_model", " · on your own")
    if run.status != "finished":
        words += translate("history_model", " · not finished: you can pick it up again")
    return words


class HistoryModel(QStandardItemModel):
    """Rows: a heading for each week (not selectable), then that week's runs.

    A lazy model: it holds only the pages read so far, and reads the next when the view asks
    (``canFetchMore``/``fetchMore``). Its rows are Qt's own items, so the bookkeeping the list
    does for every row on each layout (``rowCount`` behind each ``index``) stays in C++: with a
    model written in Python, laying out ten thousand rows took tens of milliseconds per page.

    Signals:

    loaded(bool): a page was added; True when it was the first after a reload.
    failed(str): a page could not be read (the message says so, for people).
    """

    loaded = Signal(bool)
    failed = Signal(str)

    def __init__(self, database: Callable[[], Database], today: Callable[[], date], parent: QObject | None = None):
        super().__init__(parent)
        self._database = database
        self._today = today
        self._titles: Callable[[str, str | None], str | None] = lambda _exercise_id, kept: kept
        self._runs: list[HistoryRun | None] = []  # by row; None for a week's heading
        self._rows: dict[str, int] = {}  # run id -> row
        self._last_week: date | None = None
        self._query, self._viewer = HistoryQuery(), TOGETHER
        self._cursor: Cursor | None = None
        self._done = True
        self._loading = False
        self._first_pending = False
        self._generation = 0

    # ------------------------------------------------------------------ reading

    def reload(self, query: HistoryQuery, viewer: Viewer, titles: Callable[[str, str | None], str | None]) -> None:
        """Start again from the newest run, for ``query`` as ``viewer`` may see it."""
        self.clear()
        self._runs, self._rows, self._last_week = [], {}, None
        self._query, self._viewer, self._titles = query, viewer, titles
        self._cursor, self._done, self._loading, self._first_pending = None, False, False, True
        self._generation += 1
        self._fetch()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def finished(self) -> bool:
        """Whether every run has been read (nothing more to fetch)."""
        return self._done

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        self._loading = True
        generation, query, viewer, after = self._generation, self._query, self._viewer, self._cursor
        self._database().run(
            lambda store: read_history(store, query, viewer, after),
            lambda page: self._arrived(generation, page),
            lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, page: HistoryPage) -> None:
        if generation != self._generation:
            return  # asked for before a reload: not wanted any more
        self._loading = False
        self._cursor, self._done = page.cursor, page.cursor is None
        today = self._today()
        items: list[QStandardItem] = []
        for run in page.runs:
            week = week_of(run.day)
            if week != self._last_week:
                self._last_week = week
                items.append(self._heading(week_words(week, today)))
                self._runs.append(None)
            items.append(self._item(run, today))
            self._rows[run.id] = len(self._runs)
            self._runs.append(run)
        if items:
            self.invisibleRootItem().appendRows(items)  # one insertion for the whole page
        elif not self._done:
            self._fetch()  # nothing matched in that stretch: read on (the view asks again only for new rows)
            return
        first, self._first_pending = self._first_pending, False
        self.loaded.emit(first)

    def _heading(self, words: str) -> QStandardItem:
        item = QStandardItem(words)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(words, Qt.ItemDataRole.AccessibleTextRole)
        return item

    def _item(self, run: HistoryRun, today: date) -> QStandardItem:
        item = QStandardItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData(run.id, RUN_ROLE)
        self._name(item, run, today)
        return item

    def _name(self, item: QStandardItem, run: HistoryRun, today: date) -> None:
        title = self._titles(run.exercise_id, run.title) or run.exercise_id.replace("-", " ").capitalize()
        detail = run_detail(run, today)
        item.setText(title)
        item.setData(detail, DETAIL_ROLE)
        item.setData(f"{title}, {detail}", Qt.ItemDataRole.AccessibleTextRole)

    def retitle(self, titles: Callable[[str, str | None], str | None]) -> None:
        """Name the runs read so far again (the library has loaded), in place: a list being read
        or scrolled keeps its rows and its place."""
        self._titles = titles
        today = self._today()
        for row, run in enumerate(self._runs):
            item = self.item(row)
            if run is not None and item is not None:
                self._name(item, run, today)

    def _failed(self, generation: int, error: StoreError) -> None:
        if generation != self._generation:
            return
        log.warning("History could not be read: %s", error)
        self._loading = False
        self._done = True
        self.failed.emit(str(error))

    # ------------------------------------------------------------------ rows

    def run_count(self) -> int:
        return len(self._rows)

    def run_at(self, row: int) -> HistoryRun | None:
        return self._runs[row] if 0 <= row < len(self._runs) else None

    def row_of(self, run_id: str) -> int:
        return self._rows.get(run_id, -1)


class HistoryDelegate(QStyledItemDelegate):
    """A run in two lines (its title; the day, time and whether it was finished); a week's
    heading as a quiet line of its own. Every row has the same height, so the list lays out
    ten years of rows without measuring them."""

    def __init__(self, font: QFont, parent: QObject | None = None):
        super().__init__(parent)
        self.title_font = QFont(font)
        self.title_font.setWeight(QFont.Weight.DemiBold)
        self.detail_font = QFont(font)
        self.detail_font.setPointSizeF(font.pointSizeF() * 0.92)
        self.heading_font = QFont(font)
        self.heading_font.setPointSizeF(font.pointSizeF() * 0.92)
        self.heading_font.setWeight(QFont.Weight.DemiBold)

    def row_height(self, line: int) -> int:
        return 2 * line + 18

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, self.row_height(option.fontMetrics.lineSpacing()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        painter.save()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if index.data(RUN_ROLE) is None:
            painter.setFont(self.heading_font)
            painter.setPen(QColor(current().muted))
            inner = rect.adjusted(12, 0, -12, -8)
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
            painter.setPen(QPen(QColor(current().border), 1))
            painter.drawLine(rect.left() + 12, rect.bottom() - 2, rect.right() - 12, rect.bottom() - 2)
            painter.restore()
            return
        style = option.widget.style() if option.widget else None
        if style is not None:  # the selection and focus, as the list's style sheet draws them
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        inner = rect.adjusted(16, 8, -16, -8)
        half = inner.height() // 2
        for font, colour, line, box in (
            (self.title_font, current().text, text, QRect(inner.left(), inner.top(), inner.width(), half)),
            (self.detail_font, current().muted, str(index.data(DETAIL_ROLE) or ""),
             QRect(inner.left(), inner.top() + half, inner.width(), inner.height() - half)),
        ):  # fmt: skip
            painter.setFont(font)
            painter.setPen(QColor(colour))
            elided = painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()
