"""The search page's list: a model that pages through the hits as the list scrolls, and a
delegate that draws each hit as plain text, its matched words highlighted by ranges (the
words people wrote are never made into rich text)."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..core.search import Highlighted
from .palette import current

MetaRole = Qt.ItemDataRole.UserRole + 1
RangesRole = Qt.ItemDataRole.UserRole + 2
RunRole = Qt.ItemDataRole.UserRole + 3
RefRole = Qt.ItemDataRole.UserRole + 4


class Result(NamedTuple):
    """One hit as the list shows it."""

    doc: int
    ref: str
    run_id: str | None
    meta: str  # e.g. 'Thursday 19 November 2026 · Share one thing · Alex'
    words: Highlighted


class ResultsModel(QAbstractListModel):
    """Signals:

    more_wanted(int): the list scrolled to its end and there may be more: the hits older than
        this document are wanted (the page reads them and calls :meth:`add`).
    """

    more_wanted = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.results: list[Result] = []
        self.more = False
        self._asked = False

    def reset(self, results: list[Result], more: bool) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.more, self._asked = more, False
        self.endResetModel()

    def add(self, results: list[Result], more: bool) -> None:
        if results:
            first = len(self.results)
            self.beginInsertRows(QModelIndex(), first, first + len(results) - 1)
            self.results += results
            self.endInsertRows()
        self.more, self._asked = more, False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.results)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results):
            return None
        result = self.results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return result.words.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{result.meta}. {result.words.text}"
        if role == MetaRole:
            return result.meta
        if role == RangesRole:
            return result.words.ranges
        if role == RunRole:
            return result.run_id
        if role == RefRole:
            return result.ref
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self.more and not self._asked and bool(self.results)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self.canFetchMore(parent):
            self._asked = True
            self.more_wanted.emit(self.results[-1].doc)


class ResultDelegate(QStyledItemDelegate):
    """A hit: a small line saying where it comes from, then its words, matched ones highlighted."""

    PAD = 10
    GAP = 4

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QListView):
            return view.viewport().width()
        return option.rect.width() or 300

    def _layouts(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> tuple[QTextLayout, QTextLayout, int]:  # fmt: skip
        width = max(self._width(option) - 2 * self.PAD, 40)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        meta = self._layout(str(index.data(MetaRole) or ""), small, width, ())
        words = self._layout(str(index.data() or ""), QFont(option.font), width, index.data(RangesRole) or ())
        return meta, words, width

    @staticmethod
    def _layout(text: str, font: QFont, width: int, ranges: tuple[tuple[int, int], ...]) -> QTextLayout:
        layout = QTextLayout(text, font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(wrap)
        formats = []
        for start, length in ranges:
            chosen = QTextLayout.FormatRange()
            chosen.start, chosen.length = start, length
            look = QTextCharFormat()
            look.setBackground(QColor(current().highlight))  # apart from a chosen row
            look.setFontWeight(QFont.Weight.DemiBold)
            chosen.format = look
            formats.append(chosen)
        layout.setFormats(formats)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        meta, words, width = self._layouts(option, index)
        height = meta.boundingRect().height() + self.GAP + words.boundingRect().height() + 2 * self.PAD
        return QSize(width, int(height) + 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        meta, words, _ = self._layouts(option, index)
        left, top = option.rect.left() + self.PAD, option.rect.top() + self.PAD
        painter.setPen(QColor(current().muted))
        meta.draw(painter, QPointF(left, top))
        painter.setPen(option.palette.text().color())
        words.draw(painter, QPointF(left, top + meta.boundingRect().height() + self.GAP))
        painter.restore()
