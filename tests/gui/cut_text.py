"""Find text that is cut off on screen: a label narrower or shorter than its words need, a
button narrower than its words, a list row shorter than what its delegate draws, or a widget
that sticks out of a parent that does not scroll (and so is clipped)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QListView,
    QStyleOptionViewItem,
    QWidget,
)

SLACK = 1
"""A pixel of rounding."""


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__}#{widget.objectName() or '?'} {text[:40]!r}"


def _clipped_by(widget: QWidget) -> QWidget | None:
    """The first ancestor that cuts ``widget`` off: any parent it sticks out of, and past a
    scroll area, one it sticks out of sideways (nothing here is meant to scroll sideways)."""
    rect = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    sideways_only = False
    while parent is not None:
        if isinstance(parent, QComboBox):
            return None
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            sideways_only = True  # out of view above or below scrolls into view
        where = QRect(parent.mapTo(widget.window(), parent.rect().topLeft()), parent.size())
        where = where.adjusted(-SLACK, -SLACK, SLACK, SLACK)
        if sideways_only:
            if rect.left() < where.left() or rect.right() > where.right():
                return parent
        elif not where.contains(rect):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or not label.isVisible() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"needs {need}px of height, has {label.height()}"
        return None
    need = label.sizeHint().width()
    if need > label.width() + SLACK:
        return f"needs {need}px of width, has {label.width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text() or not button.isVisible():
        return None
    if button.property("wrapsWords"):  # its words wrap (gui/reflow.py): as tall as they are?
        from couplesdesk.gui.reflow import WrappedWords

        wrapping = button.findChild(WrappedWords)
        if wrapping.fits_on_one_line():
            return None
        left, top, right, bottom = wrapping.margins
        need = wrapping.words_height(button.width() - left - right) + top + bottom
        if need > button.height() + SLACK:
            return f"its wrapped words need {need}px of height, it has {button.height()}"
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"needs {hint.width()}px of width, has {button.width()}"
    text_height = button.fontMetrics().height()
    if text_height > button.height():
        return f"its words are {text_height}px high, it is {button.height()}"
    return None


def _rows_problem(view: QAbstractItemView) -> str | None:
    model, delegate = view.model(), view.itemDelegate()
    if model is None or delegate is None or not isinstance(view, QListView):
        return None
    for row in range(min(model.rowCount(), 60)):
        index = model.index(row, 0)
        shown = view.visualRect(index)
        if shown.isEmpty() or view.isRowHidden(row):
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = shown
        need = delegate.sizeHint(option, index).height()
        if need > shown.height() + SLACK:
            return f"row {row} needs {need}px, has {shown.height()}"
    return None


def cut_texts(root: QWidget) -> list[str]:
    """What is cut off under ``root`` (visible widgets only)."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QAbstractItemView):
            problem = _rows_problem(widget)
        if problem is None and isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            parent = _clipped_by(widget)
            if parent is not None:
                problem = f"sticks out of {type(parent).__name__}#{parent.objectName() or '?'}"
        if problem is not None:
            problems.append(f"{_name(widget)}: {problem}")
    return problems
