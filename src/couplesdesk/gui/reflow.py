"""A row that becomes a column when it does not fit: words and buttons side by side while
there is room, one under another when the window is small or the text is large, so nothing
is cut off (and nothing scrolls sideways).

``ReflowRow`` is a drop-in for ``QHBoxLayout``: it reports a minimum width of its widest item
only, and when it is given less room than its items need side by side, it turns to a column
(its widgets then start at the left, each on its own line).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QLabel,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from .looks import appearance

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

B = TypeVar("B", bound=QAbstractButton)
ROW, COLUMN = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom


def _width(item: QLayoutItem) -> int:
    """An item's width side by side; a wrapping label's: its words on one line, or 24
    characters a line if they are longer (a row that would leave it less becomes a column,
    where it has the whole width)."""
    widget = item.widget()
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
        margins = widget.contentsMargins()
        metrics = widget.fontMetrics()
        line = min(metrics.horizontalAdvance(widget.text()), 24 * metrics.averageCharWidth())
        return line + margins.left() + margins.right() + 2 * widget.margin() + 2
    return item.sizeHint().width()


class ReflowRow(QBoxLayout):
    """A horizontal box that stacks its items when it is too narrow for them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(ROW, parent)
        self._aligned: dict[int, Qt.AlignmentFlag] = {}

    def _items(self) -> list[QLayoutItem]:
        found = []
        for at in range(self.count()):
            item = self.itemAt(at)
            if item is not None and not item.isEmpty() and item.spacerItem() is None:
                found.append(item)
        return found

    def row_width(self) -> int:
        """What the items need side by side (their size hints, the spacing and the margins)."""
        items = self._items()
        margins = self.contentsMargins()
        spacing = max(self.spacing(), 0) * max(len(items) - 1, 0)
        return sum(_width(item) for item in items) + spacing + margins.left() + margins.right()

    def minimumSize(self) -> QSize:
        made = super().minimumSize()
        if self.direction() != ROW:
            return made
        margins = self.contentsMargins()
        widest = max((item.minimumSize().width() for item in self._items()), default=0)
        return QSize(widest + margins.left() + margins.right(), made.height())

    def setGeometry(self, rect: QRect) -> None:
        wanted = ROW if rect.width() >= self.row_width() else COLUMN
        if wanted != self.direction():
            self._turn(wanted)
        super().setGeometry(rect)

    def _turn(self, direction: QBoxLayout.Direction) -> None:
        for at in range(self.count()):
            item = self.itemAt(at)
            widget = item.widget() if item is not None else None
            if widget is None or item is None:
                continue
            if direction == COLUMN:
                self._aligned[at] = item.alignment()
                if isinstance(widget, QAbstractButton):  # buttons start left; the rest take the whole width
                    self.setAlignment(widget, Qt.AlignmentFlag.AlignLeft)
            else:
                self.setAlignment(widget, self._aligned.get(at, Qt.AlignmentFlag(0)))
        self.setDirection(direction)


class WrappedWords(QObject):
    """Lets a button's words wrap onto a second line when the button is narrower than them (a
    long 'Start the ... exercise' at large text in a small window), instead of being cut.

    The button keeps its text (its accessible name, what tests, shortcuts and screen readers
    read); its face is drawn by its style as ever, with the words then drawn wrapped, in the
    colour the style sheet gives them. It may be as narrow as its longest word, and grows in
    height to fit."""

    PAD_X, PAD_Y = 18, 8
    BOX_INDENT = 30
    """Where a check box's words start, after its box (style.qss: 16 px, a 2 px edge, spacing 10)."""

    def __init__(self, button: QAbstractButton):
        super().__init__(button)
        self.button = button
        self.boxed = isinstance(button, QCheckBox)
        self.margins = (self.BOX_INDENT, 4, 0, 4) if self.boxed else (self.PAD_X, self.PAD_Y, self.PAD_X, self.PAD_Y)
        self._fitted = ""
        button.setProperty("wrapsWords", True)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.installEventFilter(self)
        looks_now = appearance()
        if looks_now is not None:  # a new text size: measured again once every font has changed
            looks_now.changed.connect(self.fit)
        self.fit()

    def flags(self) -> int:
        side = Qt.AlignmentFlag.AlignLeft if self.boxed else Qt.AlignmentFlag.AlignHCenter
        return int(side | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)

    def words_height(self, width: int) -> int:
        """How tall the words are, wrapped in ``width``."""
        area = QRect(0, 0, max(width, 1), 100_000)
        return QFontMetrics(self.button.font()).boundingRect(area, self.flags(), self.button.text()).height()

    def fit(self) -> None:
        words = self._fitted = self.button.text()
        metrics = QFontMetrics(self.button.font())
        longest = max((metrics.horizontalAdvance(word) for word in words.split()), default=0)
        left, top, right, bottom = self.margins
        self.button.setMinimumWidth(longest + left + right + 4)
        width = max(self.button.width(), self.button.minimumWidth())
        one_line = self.button.sizeHint()  # the button as its style draws it, words on one line
        need = 0 if width >= one_line.width() else self.words_height(width - left - right) + top + bottom
        height = max(need, one_line.height())  # never lower than a one-line button
        if self.button.minimumHeight() != height or self.button.maximumHeight() != height:
            self.button.setFixedHeight(height)

    def paint(self) -> None:
        # Loaded at the first wrapped drawing, not at start-up (their enums cost milliseconds).
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStylePainter

        button = self.button
        option = QStyleOptionButton()
        if isinstance(button, (QCheckBox, QPushButton)):
            button.initStyleOption(option)
        option.text = ""
        painter = QStylePainter(button)
        painter.drawControl(
            QStyle.ControlElement.CE_CheckBox if self.boxed else QStyle.ControlElement.CE_PushButton, option
        )
        group = QPalette.ColorGroup.Active if button.isEnabled() else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.WindowText if self.boxed else QPalette.ColorRole.ButtonText
        painter.setPen(button.palette().color(group, role))
        font = QFont(button.font())
        font.setUnderline(button.property("role") in ("link", "toggle"))  # as style.qss underlines them
        painter.setFont(font)
        left, top, right, bottom = self.margins
        painter.drawText(button.rect().adjusted(left, top, -right, -bottom), self.flags(), button.text())
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is not self.button:
            return False
        if kind in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show):
            self.fit()
        elif kind == QEvent.Type.Paint:
            if self._fitted != self.button.text():  # its words were changed
                self.fit()
            if self.fits_on_one_line():
                return False  # drawn by the button itself, as every other button
            self.paint()
            return True
        return False

    def fits_on_one_line(self) -> bool:
        return self.button.width() >= self.button.sizeHint().width()


def wrap_words(button: B) -> B:
    """``button``, its words wrapping when it is narrow (see WrappedWords)."""
    WrappedWords(button)
    return button


class StackWhenNarrow(QObject):
    """Turns a splitter's panes from side by side to one above the other when the splitter is
    narrower than they need side by side (and back when it is wide again)."""

    PANE_HEIGHT = 320

    def __init__(self, splitter: QSplitter):
        super().__init__(splitter)
        self.splitter = splitter
        splitter.setMinimumWidth(1)  # as narrow as its widest pane, not the sum of them
        splitter.installEventFilter(self)

    def side_by_side(self) -> int:
        panes = [self.splitter.widget(at) for at in range(self.splitter.count())]
        shown = [pane for pane in panes if pane is not None and not pane.isHidden()]
        handles = self.splitter.handleWidth() * max(len(shown) - 1, 0)
        return sum(pane.minimumSizeHint().width() for pane in shown) + handles

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            wanted = Qt.Orientation.Horizontal
            if self.splitter.width() < self.side_by_side():
                wanted = Qt.Orientation.Vertical
            if wanted != self.splitter.orientation():
                self.splitter.setOrientation(wanted)
                # One above the other, each pane keeps a useful height (the page scrolls instead).
                self.splitter.setMinimumHeight(self.PANE_HEIGHT * 2 if wanted == Qt.Orientation.Vertical else 0)
        return False


def stack_when_narrow(splitter: QSplitter) -> QSplitter:
    """``splitter``, its panes one above the other when it is narrow (see StackWhenNarrow)."""
    StackWhenNarrow(splitter)
    return splitter


def fit_to_words(dialog: QWidget) -> None:
    """A dialog tall enough for its words, wrapped at its width: a dialog does not ask by
    itself (call once it is shown and styled, and again when its words change)."""
    layout = dialog.layout()
    if layout is not None:
        dialog.setMinimumHeight(layout.totalHeightForWidth(dialog.width()))


def breakable(path: object) -> str:
    """A file path that may wrap after each separator, underscore and dot (a long path is one
    'word', and a label that cannot break it is as wide as the path)."""
    text = str(path)
    for mark in ("/", "\\", "_", "."):
        text = text.replace(mark, mark + "\u200b")
    return text
