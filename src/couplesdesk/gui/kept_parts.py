"""What the Boundaries and Agreements pages share: their look, a partner's colour mark, the
words of the selected one with a way to word them again (the old words kept as history),
and the line that confirms a change and offers to undo it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget

from ..core.safe_text import display_text
from ..storage import WordingRecord
from .i18n import translate
from .palette import partner_line, points
from .reflow import ReflowRow  # a row that becomes a column when narrow
from .run_parts import text_label
from .words import capital, day_words


def _shared_hint(status: str) -> str:
    """What a status means, the same for a boundary of one partner or of both."""
    if status == "to_talk":
        return translate("kept_parts", "You want to talk it through together; mark it once you have.")
    if status == "talked_through":
        return translate("kept_parts", "You have talked it through together.")
    if status == "not_agreed":
        return translate("kept_parts", "Heard, but not agreed; it may need a talk, or a therapist's help.")
    return ""


def status_hint(status: str, author: str, names: dict[str, str]) -> str:
    """What ``status`` means for a boundary of ``author``'s, with the other partner's name
    ('Sam said back what they heard'); 'each of you' for a boundary of both."""
    other = next((name for key, name in names.items() if key != author), None)
    if author not in names or other is None:
        both = {
            "stated": translate("kept_parts", "Said out loud; not yet said back by each of you."),
            "heard": translate("kept_parts", "Each of you said back what they heard."),
            "needs_time": translate("kept_parts", "Each of you would like some time to take it in."),
        }
        return both.get(status) or _shared_hint(status)
    hints = {
        "stated": translate("kept_parts", "Said out loud; not yet said back by {other}."),
        "heard": translate("kept_parts", "{other} said back what they heard."),
        "needs_time": translate("kept_parts", "{other} would like some time to take it in."),
    }
    hint = hints.get(status)
    return capital(hint.format(other=other)) if hint is not None else _shared_hint(status)


def agreement_hint(status: str) -> str:
    """What an agreement's status means."""
    hints = {
        "keeping": translate("kept_parts", "You are keeping to it."),
        "needs_another_look": translate(
            "kept_parts", "One of you would like to look at it again together. That is part of keeping it alive."
        ),
        "retired": translate("kept_parts", "You no longer need it. It stays here, as part of your story."),
    }
    return hints.get(status, "")


PAGE_STYLE = """
QTableWidget[role="keptTable"] {
    background: @surface@; border: 1px solid @border@; border-radius: 10px; padding: 4px;
    selection-background-color: @selected@; selection-color: @text@; outline: none;
}
QTableWidget[role="keptTable"]:focus { border: 2px solid @focus@; }
QTableWidget[role="keptTable"]::item { padding: 4px 8px; border-bottom: 1px solid @rule@; }
QTableWidget[role="keptTable"]::item:selected { background: @selected@; color: @text@; }
QTableWidget[role="keptTable"] QHeaderView::section {
    background: @surface@; color: @muted@; border: none; border-bottom: 1px solid @border@;
    padding: 6px 8px; font-weight: 600;
}
QFrame[role="keptDetail"] { background: @surface_soft@; border: none; border-radius: 12px; }
QFrame[role="keptDetail"] QLabel { background: transparent; }
QFrame[role="keptDetail"] QLabel[role="statement"] { background: @surface@; padding: 0; }
QFrame[role="keptDetail"] QWidget#wording, QFrame[role="keptDetail"] QWidget#wordingEditing { background: transparent; }
QFrame[role="undo"] { background: @calm_soft@; border-radius: 8px; }
QFrame[role="undo"] QLabel { background: transparent; color: @calm_text@; }
QLabel[role="emptyTitle"] { font-size: 14pt; font-weight: 600; }
"""


def dot(*colors: str) -> QIcon:
    """A small round mark in a partner's colour; two halves for something of both."""
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    span = 360 * 16 // len(colors)
    for i, color in enumerate(colors):
        painter.setBrush(QColor(partner_line(color)))  # lit on a dark page
        painter.drawPie(1, 1, 10, 10, 90 * 16 + i * span, span)
    painter.end()
    return QIcon(pix)


class UndoBar(QFrame):
    """'Status changed to ...' with Undo, under what it speaks about."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "undo")
        self.text = text_label(f"{name}Text", wrap=True)
        self.button = QPushButton(translate("kept_parts", "Undo"))
        self.button.setObjectName(f"{name}Button")
        self.button.setAccessibleName(translate("kept_parts", "Undo the last status change"))
        layout = ReflowRow(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()


EARLIER_SHOWN = 2
"""Earlier wordings listed under the words (the newest); the rest are counted, so a small window keeps its list."""


ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Where a kept thing's table keeps each row's id (on the row's first item)."""


def row_id(table: QTableWidget, row: int) -> str | None:
    """The id of a table's ``row`` (None for no row)."""
    item = table.item(row, 0) if row >= 0 else None
    return str(item.data(ID_ROLE)) if item is not None else None


def select_row(table: QTableWidget, row_id_: str) -> bool:
    """Make the row with this id the current one, in view; False if no row has it."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(ID_ROLE) == row_id_:
            table.setCurrentCell(row, 0)
            table.scrollToItem(item)
            return True
    return False


def earlier_words(wordings: list[WordingRecord], today: date) -> str:
    """The words something had before, newest first: 'Until 3 March, it read: “...”'."""
    lines = [
        translate("kept_parts", "Until {day}, it read: “{words}”").format(
            day=day_words(w.replaced_at.astimezone().date(), today), words=display_text(w.statement)
        )
        for w in reversed(wordings[-EARLIER_SHOWN:])
    ]
    older = len(wordings) - EARLIER_SHOWN
    if older > 0:
        lines.append(
            translate("kept_parts", "And {count} wording before that.").format(count=older)
            if older == 1
            else translate("kept_parts", "And {count} wordings before that.").format(count=older)
        )
    return "\n".join(lines)


def wording_words(what: str) -> dict[str, str]:
    """The wording panel's sentences for a "boundary" or an "agreement" (whole sentences, as
    German needs the word's gender)."""
    if what == "boundary":
        return {
            "editor": translate("kept_parts", "New words for the boundary"),
            "edit": translate("kept_parts", "Change the wording of the boundary"),
            "keep": translate("kept_parts", "Keep the new words of the boundary"),
            "note": translate("kept_parts", "The words it has now will stay in the boundary's history."),
        }
    return {
        "editor": translate("kept_parts", "New words for the agreement"),
        "edit": translate("kept_parts", "Change the wording of the agreement"),
        "keep": translate("kept_parts", "Keep the new words of the agreement"),
        "note": translate("kept_parts", "The words it has now will stay in the agreement's history."),
    }


class WordingPanel(QWidget):
    """The words of the selected boundary or agreement; 'Change the wording' opens a box to
    word it again; the words it had before are listed under it.

    Signals:

    reword_requested(str): keep these new words (the old ones become its history).
    """

    reword_requested = Signal(str)

    def __init__(self, name: str, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wording")
        self.what = what
        self.statement = text_label(f"{name}Statement", "statement")
        self._typed_words = ""
        # Margins, not stylesheet padding: a wrapped QLabel counts margins in its height.
        self.statement.setContentsMargins(16, 12, 16, 12)
        font = self.statement.font()  # in code: a stylesheet font on [role] came too late for the height
        font.setPointSizeF(points(12.5))
        self.statement.setFont(font)
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName(f"{name}Editor")
        words = wording_words(what)
        self.editor.setAccessibleName(words["editor"])
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 20)
        self.edit_button = self._button(f"{name}Edit", translate("kept_parts", "Change the wording"), words["edit"])
        self.edit_button.setProperty("role", "toggle")
        self.keep_button = self._button(
            f"{name}KeepWords", translate("kept_parts", "Keep the new wording"), words["keep"]
        )
        self.keep_button.setProperty("primary", True)
        self.cancel_button = self._button(
            f"{name}CancelWords",
            translate("kept_parts", "Leave it as it was"),
            translate("kept_parts", "Leave the words as they were"),
        )
        self.note = text_label(f"{name}WordingNote", "hint")
        self.note.setText(words["note"])
        self.earlier = text_label(f"{name}Earlier", "hint")
        self.earlier.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self.edit_button.clicked.connect(self.start_editing)
        self.cancel_button.clicked.connect(self.stop_editing)
        self.keep_button.clicked.connect(self._keep)
        self.editor.textChanged.connect(self._typed)
        escape = QShortcut(QKeySequence("Escape"), self.editor)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.stop_editing)
        self.stop_editing()

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    def _layout(self) -> None:
        buttons = ReflowRow()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.editing = QWidget()
        self.editing.setObjectName("wordingEditing")
        editing = QVBoxLayout(self.editing)
        editing.setContentsMargins(0, 0, 0, 0)
        editing.addWidget(self.editor)
        editing.addWidget(self.note)
        editing.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.statement)
        layout.addWidget(self.editing)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.earlier)

    @property
    def words(self) -> str:
        """The words shown, as typed (the label shows them through display_text)."""
        return self._typed_words

    @property
    def is_editing(self) -> bool:
        return not self.editing.isHidden()

    def show_words(self, statement: str) -> None:
        """Show the words safely (bidi and control characters made visible); editing starts from them as typed."""
        self._typed_words = statement
        self.statement.setText(display_text(statement))
        self.stop_editing()

    def show_earlier(self, wordings: list[WordingRecord], today: date) -> None:
        self.earlier.setText(earlier_words(wordings, today))
        self.earlier.setVisible(bool(wordings))

    def start_editing(self) -> None:
        self.editor.setPlainText(self._typed_words)
        self.editing.show()
        self.statement.hide()
        self.edit_button.hide()
        self._typed()
        self.editor.setFocus()
        self.editor.selectAll()

    def stop_editing(self) -> None:
        focused = self.editing.isAncestorOf(self.focusWidget()) if self.focusWidget() is not None else False
        self.editing.hide()
        self.statement.show()
        self.edit_button.show()
        if focused:
            self.edit_button.setFocus()

    def _typed(self) -> None:
        words = self.editor.toPlainText().strip()
        self.keep_button.setEnabled(bool(words) and words != self._typed_words.strip())

    def _keep(self) -> None:
        if self.keep_button.isEnabled():
            self.keep_button.setEnabled(False)
            self.reword_requested.emit(self.editor.toPlainText().strip())
