"""First run: both partners' names and colours, then the safety screen. Names can be changed later."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.helplines import safety_values
from ..core.safe_text import UNSAFE, character_words
from ..storage import Couple, StoreError
from .i18n import QT_TRANSLATE_NOOP, translate
from .lock import step_away_keys
from .plain import SafeBrowser
from .safety_page import safety_markdown
from .services import Services

COLOURS = [
    (QT_TRANSLATE_NOOP("first_run", "Terracotta"), "#B0583E"),
    (QT_TRANSLATE_NOOP("first_run", "Sage"), "#4F7358"),
    (QT_TRANSLATE_NOOP("first_run", "Lake blue"), "#3F6E8C"),
    (QT_TRANSLATE_NOOP("first_run", "Plum"), "#7F4F78"),
    (QT_TRANSLATE_NOOP("first_run", "Ochre"), "#94701F"),
    (QT_TRANSLATE_NOOP("first_run", "Rose"), "#A5506A"),
]
"""Each colour's name (translated where shown) and value."""


def colour_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for label, value in COLOURS:
        pix = QPixmap(14, 14)
        pix.fill(QColor(value))
        combo.addItem(QIcon(pix), translate("first_run", label), value)
    return combo


def _no_invisible_characters(*names: str) -> None:
    """A name is in many sentences on screen: one that could reorder them, or cannot be shown, is refused."""
    for name in names:
        found = UNSAFE.search(name)
        if found is not None:
            raise ValueError(
                translate(
                    "first_run",
                    "A name cannot hold {character}, which changes how the words around it read; "
                    "please type the name again.",
                ).format(character=character_words(found[0]))
            )


def _two_names(a: str, b: str) -> None:
    """The store's rules for names, said in the interface's language before it is asked."""
    if not a.strip() or not b.strip():
        raise ValueError(translate("first_run", "Both partners need a name."))
    if a.strip().casefold() == b.strip().casefold():
        raise ValueError(translate("first_run", "The two names need to be different, so the app can tell you apart."))


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
        self.a_name.setAccessibleName(translate("first_run", "First partner's name"))
        self.a_name.setPlaceholderText(translate("first_run", "e.g. Alex"))
        self.b_name = QLineEdit()
        self.b_name.setObjectName("partnerBName")
        self.b_name.setAccessibleName(translate("first_run", "Second partner's name"))
        self.b_name.setPlaceholderText(translate("first_run", "e.g. Sam"))
        self.a_colour = colour_combo("partnerAColour")
        self.a_colour.setAccessibleName(translate("first_run", "First partner's colour"))
        self.b_colour = colour_combo("partnerBColour")
        self.b_colour.setAccessibleName(translate("first_run", "Second partner's colour"))
        self.b_colour.setCurrentIndex(1)
        for label, edit, picker in (
            (translate("first_run", "One of you"), self.a_name, self.a_colour),
            (translate("first_run", "The other"), self.b_name, self.b_colour),
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
            _two_names(self.a_name.text(), self.b_name.text())
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
    therapist_chosen(): "I am a therapist": the data opens again in therapist mode.
    """

    done = Signal()
    therapist_chosen = Signal()

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
        """A word of welcome; who is here (a couple, or a therapist); a couple's names and colours."""
        welcome = QWidget()
        wl = QVBoxLayout(welcome)
        wl.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate("first_run", "Welcome to CouplesDesk"))
        title.setProperty("role", "title")
        intro = QLabel(
            translate(
                "first_run",
                "A quiet place for two partners to practise talking and listening, one small exercise at a time; "
                "and for the therapists who give them homework. Who is here?",
            )
        )
        intro.setWordWrap(True)
        wl.addWidget(title)
        wl.addWidget(intro)
        wl.addSpacing(6)
        wl.addLayout(self._build_who())
        wl.addSpacing(8)
        self.who_stack = QStackedWidget()
        self.who_stack.addWidget(self._build_names())
        self.who_stack.addWidget(self._build_therapist())
        wl.addWidget(self.who_stack)
        wl.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.names_next = QPushButton(translate("first_run", "Continue"))
        self.names_next.setObjectName("namesContinue")
        self.names_next.setAccessibleName(translate("first_run", "Save your names and continue"))
        self.names_next.setDefault(True)
        self.names_next.setProperty("primary", True)
        self.names_next.clicked.connect(self._continue)
        row.addWidget(self.names_next)
        wl.addLayout(row)
        return welcome

    def _build_who(self) -> QHBoxLayout:
        """Two choices, the couple's first: most people opening CouplesDesk are a couple."""
        self.as_couple = QPushButton(translate("first_run", "We are a couple"))
        self.as_couple.setObjectName("weAreACouple")
        self.as_therapist = QPushButton(translate("first_run", "I am a therapist"))
        self.as_therapist.setObjectName("iAmATherapist")
        self.who = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(8)
        for button in (self.as_couple, self.as_therapist):
            button.setCheckable(True)
            button.setProperty("confirmed", True)  # chosen: set apart in sage, as elsewhere
            self.who.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.as_couple.setChecked(True)
        self.as_therapist.toggled.connect(self._who_changed)
        return row

    def _build_names(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        words = QLabel(
            translate(
                "first_run",
                "Sit together at this computer. First, tell us your names, and pick a colour each: the app uses it "
                "whenever it says whose turn it is.",
            )
        )
        words.setWordWrap(True)
        self.names = NamesForm(self.services)
        self.names.b_name.returnPressed.connect(self._names_done)
        layout.addWidget(words)
        layout.addSpacing(8)
        layout.addWidget(self.names)
        return part

    def _build_therapist(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        words = QLabel(
            translate(
                "first_run",
                "In therapist mode you can read every exercise and build homework plans for the couples you see. "
                "Couples' exercises are never run here.\n\n"
                "First, CouplesDesk makes you a key, locked with a passphrase you choose, so that what couples "
                "send back to you stays for your eyes only. You can switch to couple mode in the settings at any time.",
            )
        )
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(words)
        return part

    def _who_changed(self, therapist: bool) -> None:
        self.who_stack.setCurrentIndex(1 if therapist else 0)
        self.names.error.hide()
        self.names_next.setAccessibleName(
            translate("first_run", "Continue in therapist mode")
            if therapist
            else translate("first_run", "Save your names and continue")
        )

    def _continue(self) -> None:
        if self.as_therapist.isChecked():
            self.therapist_chosen.emit()
        else:
            self._names_done()

    def _build_safety(self) -> QWidget:
        """What the app is and is not, and where to turn when someone is afraid."""
        safety = QWidget()
        sl = QVBoxLayout(safety)
        sl.setContentsMargins(0, 0, 0, 0)
        text = SafeBrowser()
        text.setObjectName("firstRunSafety")
        text.setAccessibleName(translate("first_run", "Safety information"))
        text.show_markdown(safety_markdown(safety_values(lambda _name: None)))  # nothing set yet: the defaults
        self.safety_ok = QPushButton(translate("first_run", "We have read this"))
        self.safety_ok.setObjectName("safetyAcknowledge")
        self.safety_ok.setAccessibleName(
            translate("first_run", "We have read the safety information; open CouplesDesk")
        )
        self.safety_ok.setProperty("primary", True)
        self.safety_ok.clicked.connect(self._safety_done)
        self.safety_back = QPushButton(translate("first_run", "Back"))
        self.safety_back.setObjectName("safetyBack")
        self.safety_back.setAccessibleName(translate("first_run", "Back to your names and colours"))
        self.safety_back.clicked.connect(self._back_to_names)
        note = QLabel(translate("first_run", "You can read this again at any time on the Safety page."))
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
            self.names.a_name.setFocus()  # most people opening CouplesDesk are a couple; the choice is a Shift+Tab away
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
        self.as_couple.setChecked(True)
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
        step_away_keys(self)  # Ctrl+Shift+H and Ctrl+L work here too
        self.setWindowTitle(translate("first_run", "Your names and colours"))
        self.form = NamesForm(services)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            from .mode import THERAPIST, ModeSection, switch_mode

            def to_therapist() -> None:
                self.reject()
                switch_mode(window, services, THERAPIST)

            layout.addSpacing(8)
            layout.addWidget(ModeSection(THERAPIST, to_therapist))
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _save(self) -> None:
        if self.form.save():
            self.accept()
