"""The list of exercises on the Exercises page: its rows, its filter, and how a row is drawn.

A row is a small card: a 'Start here' mark for a couple's first exercise, the title, the
summary and a quiet meta line, each wrapped to the width of the list. The list never
scrolls sideways: a narrow window makes cards taller, never cut.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..core.describe import category_label, who_for
from ..core.library import Library, LibraryEntry
from ..core.model import Exercise
from .i18n import translate
from .palette import current
from .plain import plain_tooltip

EntryRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2
CategoryRole = Qt.ItemDataRole.UserRole + 3
MetaRole = Qt.ItemDataRole.UserRole + 4
SummaryRole = Qt.ItemDataRole.UserRole + 5
SuggestedRole = Qt.ItemDataRole.UserRole + 6


def start_here() -> str:
    """The mark on a couple's first exercise."""
    return translate("library_list", "Start here")


def meta_line(ex: Exercise) -> str:
    line = translate("library_list", "{category} · about {minutes} min · {who}")
    return line.format(category=category_label(ex.category), minutes=ex.minutes, who=who_for(ex))


class ExerciseListModel(QAbstractListModel):
    """The library's exercises, one row each, in title order; a suggested first exercise
    (for a couple who has not started any yet) comes first."""

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self._all: list[LibraryEntry] = sorted(library, key=lambda e: e.exercise.text(e.exercise.title).lower())
        self._entries = list(self._all)
        self.suggested: str | None = None

    def suggest(self, exercise_id: str | None) -> None:
        """Put ``exercise_id`` first, marked 'Start here' (None: plain title order again)."""
        if exercise_id == self.suggested:
            return
        self.beginResetModel()
        self.suggested = exercise_id
        first = [e for e in self._all if e.exercise.id == exercise_id]
        self._entries = first + [e for e in self._all if e.exercise.id != exercise_id]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        ex = entry.exercise
        suggested = ex.id == self.suggested
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = ex.text(ex.title)
            return (
                translate("library_list", "{title} (start here)").format(title=title)
                if suggested and role != Qt.ItemDataRole.DisplayRole
                else title
            )
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{ex.text(ex.summary)} {meta_line(ex)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(ex.text(ex.summary))
        if role == SummaryRole:
            return ex.text(ex.summary)
        if role == MetaRole:
            return meta_line(ex) + (translate("library_list", "  ·  your own") if entry.origin == "yours" else "")
        if role == EntryRole:
            return entry
        if role == CategoryRole:
            return ex.category
        if role == SuggestedRole:
            return suggested
        if role == SearchRole:
            parts = [ex.text(ex.title), ex.text(ex.summary), ex.text(ex.description), ex.category, *ex.tags]
            return " ".join(parts).lower()
        return None


class ExerciseFilter(QSortFilterProxyModel):
    """Keeps the rows whose text holds every word typed, in the chosen category."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._category = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category(self, category: str) -> None:
        self.beginFilterChange()
        self._category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self._category and index.data(CategoryRole) != self._category:
            return False
        haystack = index.data(SearchRole) or ""
        return all(word in haystack for word in self._words)


WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class ExerciseDelegate(QStyledItemDelegate):
    """A card per exercise: the mark, the title, the summary and the meta line, each wrapped."""

    PAD = 12
    GAP = 3

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setPointSizeF(option.font.pointSizeF() * 1.1)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        mark = QFont(small)
        mark.setWeight(QFont.Weight.DemiBold)
        return title, QFont(option.font), small, mark

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        """The card's width: the list's own (it never scrolls sideways)."""
        view = option.widget
        if isinstance(view, QListView):
            return view.viewport().width() - 2 * view.spacing()
        return option.rect.width() or 300

    def parts(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, top: int = 0, left: int = 0
    ) -> list[tuple[str, QFont, QRect, str]]:
        """(what, font, where, words) for each piece of text on a card whose top-left corner is at
        (``left``, ``top``): what is painted, and what sets the card's height."""
        title_font, body_font, small_font, mark_font = self._fonts(option)
        width = max(self._width(option) - 2 * self.PAD, 40)
        x, y = left + self.PAD, top + self.PAD
        out = []
        if index.data(SuggestedRole):
            metrics = QFontMetrics(mark_font)
            words = start_here()
            mark = QRect(x, y, metrics.horizontalAdvance(words) + 16, metrics.height() + 4)
            out.append(("mark", mark_font, mark, words))
            y += mark.height() + self.GAP + 2
        for what, font, text in (
            ("title", title_font, str(index.data() or "")),
            ("summary", body_font, str(index.data(SummaryRole) or "")),
            ("meta", small_font, str(index.data(MetaRole) or "")),
        ):
            height = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), WRAP, text).height()
            out.append((what, font, QRect(x, y, width, height), text))
            y += height + self.GAP
        return out

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        bottom = max(rect.bottom() for _what, _font, rect, _text in self.parts(option, index))
        return QSize(self._width(option), bottom + 1 + self.PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = current()
        for what, font, rect, text in self.parts(option, index, option.rect.top(), option.rect.left()):
            painter.setFont(font)
            if what == "mark":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colours.accent))  # the 'Start here' mark
                painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
                painter.setPen(QColor(colours.on_accent))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                continue
            painter.setPen(QColor(colours.muted if what == "meta" else colours.text))
            painter.drawText(rect, WRAP, text)
        painter.restore()
