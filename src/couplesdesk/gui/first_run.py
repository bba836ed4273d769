"""First run: both partners' names and colours, then the safety screen. Names can be changed later."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.helplines import safety_values
from ..core.safe_text import UNSAFE, character_words
from ..storage import Couple, StoreError
from .plain import SafeBrowser
from .safety_page import safety_markdown
from .services import Services

COLOURS = [
    ("Terracotta", "#B0583E"),
    ("Sage", "#4F7358"),
    ("Lake blue", "#3F6E8C"),
    ("Plum", "#7F4F78"),
    ("Ochre", "#94701F"),
    ("Rose", "#A5506A"),
]


def colour_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for label, value in COLOURS:
        pix = QPixmap(14, 14)
        pix.fill(QColor(value))
        combo.addItem(QIcon(pix), label, value)
    return combo


def _no_invisible_characters(*names: str) -> None:
    """A name is in many sentences on screen: one that could reorder them, or cannot be shown, is refused."""
    for name in names:
        found = UNSAFE.search(name)
        if found is not None:
            raise ValueError(
                f"a name cannot hold {character_words(found[0])}, which changes how the words around it read; "
                "please type the name again"
            )


class NamesForm(QWidget):
    """Two names and two colours; ``save()`` writes them through the store."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(12)
        self.a_name = QLineEdit()
        self.a_name.setObjectName("partnerAName")
        self.a_name.setAccessibleName("First partner's name")
        self.a_name.setPlaceholderText("e.g. Alex")
        self.b_name = QLineEdit()
        self.b_name.setObjectName("partnerBName")
        self.b_name.setAccessibleName("Second partner's name")
        self.b_name.setPlaceholderText("e.g. Sam")
        self.a_colour = colour_combo("partnerAColour")
        self.a_colour.setAccessibleName("First partner's colour")
        self.b_colour = colour_combo("partnerBColour")
        self.b_colour.setAccessibleName("Second partner's colour")
        self.b_colour.setCurrentIndex(1)
        for label, edit, picker in (
            ("One of you", self.a_name, self.a_colour),
            ("The other", self.b_name, self.b_colour),
        ):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(edit, 1)
            line.addWidget(picker)
            caption = QLabel(label)
            caption.setBuddy(edit)
            form.addRow(caption, row)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("namesError")
        self.error.setProperty("role", "flag")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        self.fill(services.store.couple.get())

    def fill(self, couple: Couple | None) -> None:
        """The names and colours chosen before, when they are being changed."""
        if couple is not None:
            self.a_name.setText(couple.a.name)
            self.b_name.setText(couple.b.name)
            for box, colour in ((self.a_colour, couple.a.color), (self.b_colour, couple.b.color)):
                index = box.findData(colour)
                if index >= 0:
                    box.setCurrentIndex(index)

    def save(self) -> bool:
        try:
            _no_invisible_characters(self.a_name.text(), self.b_name.text())
            self.services.store.couple.save(
                self.a_name.text(), self.a_colour.currentData(), self.b_name.text(), self.b_colour.currentData()
            )
        except (ValueError, StoreError) as exc:
            message = str(exc)
            self.error.setText(message[0].upper() + message[1:] + ("." if not message.endswith(".") else ""))
            self.error.show()
            return False
        self.error.hide()
        return True


class FirstRunPage(QWidget):
    """Signals:

    done(): names are saved and the safety screen was read.
    """

    done = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.services = services
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_welcome())
        self.stack.addWidget(self._build_safety())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(72, 40, 72, 32)
        outer.addWidget(self.stack)
        couple = services.store.couple.get()
        if couple is not None:
            self.stack.setCurrentIndex(1)

    def _build_welcome(self) -> QWidget:
        """A word of welcome, and both names and colours."""
        welcome = QWidget()
        wl = QVBoxLayout(welcome)
        wl.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Welcome to CouplesDesk")
        title.setProperty("role", "title")
        intro = QLabel(
            "A quiet place for the two of you to practise talking and listening, one small exercise at a time. "
            "Sit together at this computer. First, tell us your names, and pick a colour each: the app uses it "
            "whenever it says whose turn it is."
        )
        intro.setWordWrap(True)
        self.names = NamesForm(self.services)
        self.names_next = QPushButton("Continue")
        self.names_next.setObjectName("namesContinue")
        self.names_next.setAccessibleName("Save your names and continue")
        self.names_next.setDefault(True)
        self.names_next.setProperty("primary", True)
        self.names_next.clicked.connect(self._names_done)
        self.names.b_name.returnPressed.connect(self._names_done)
        wl.addWidget(title)
        wl.addWidget(intro)
        wl.addSpacing(8)
        wl.addWidget(self.names)
        wl.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.names_next)
        wl.addLayout(row)
        return welcome

    def _build_safety(self) -> QWidget:
        """What the app is and is not, and where to turn when someone is afraid."""
        safety = QWidget()
        sl = QVBoxLayout(safety)
        sl.setContentsMargins(0, 0, 0, 0)
        text = SafeBrowser()
        text.setObjectName("firstRunSafety")
        text.setAccessibleName("Safety information")
        text.show_markdown(safety_markdown(safety_values(lambda _name: None)))  # nothing set yet: the defaults
        self.safety_ok = QPushButton("We have read this")
        self.safety_ok.setObjectName("safetyAcknowledge")
        self.safety_ok.setAccessibleName("We have read the safety information; open CouplesDesk")
        self.safety_ok.setProperty("primary", True)
        self.safety_ok.clicked.connect(self._safety_done)
        self.safety_back = QPushButton("Back")
        self.safety_back.setObjectName("safetyBack")
        self.safety_back.setAccessibleName("Back to your names and colours")
        self.safety_back.clicked.connect(self._back_to_names)
        note = QLabel("You can read this again at any time on the Safety page.")
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        sl.addWidget(text, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.safety_back)
        row2.addWidget(note, 1)
        row2.addWidget(self.safety_ok)
        sl.addLayout(row2)
        return safety

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentIndex() == 0:
            self.names.a_name.setFocus()
        else:
            self.safety_ok.setFocus()

    def _names_done(self) -> None:
        if self.names.save():
            self.stack.setCurrentIndex(1)
            self.safety_ok.setFocus()

    def _back_to_names(self) -> None:
        """Back to the names, as they were saved: they can still be changed before going on."""
        self.names.fill(self.services.store.couple.get())
        self.stack.setCurrentIndex(0)
        self.names.a_name.setFocus()

    def _safety_done(self) -> None:
        try:
            self.services.store.couple.acknowledge_safety()
        except StoreError as exc:
            self.names.error.setText(str(exc))
            return
        self.done.emit()


class NamesDialog(QDialog):
    """Change names and colours later (Settings)."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("namesDialog")
        self.setWindowTitle("Your names and colours")
        self.form = NamesForm(services)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _save(self) -> None:
        if self.form.save():
            self.accept()
