"""The Privacy page: encryption, the lock, quick hide; one place for what keeps your words
yours. Each section says plainly what it does and what it does not do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import keychain
from .i18n import translate
from .lock_after import LockAfter
from .reflow import ReflowRow, breakable, wrap_words  # rows that become columns when narrow
from .run_parts import text_label
from .services import Services


def section(title: str, body: str, name: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A titled part of the page; returns it, the layout to add its controls to, and its words."""
    frame = QFrame()
    column, words = fill_section(frame, name, title, body)
    return frame, column, words


def fill_section(frame: QFrame, name: str, title: str, body: str, body_name: str = "") -> tuple[QVBoxLayout, QLabel]:
    """Make ``frame`` a titled part of the page, called ``name``: its heading (``{name}Title``)
    and its words (``body_name``, else ``{name}Body``). Returns the layout to add its controls
    to, and its words. The sections that are classes of their own (language, looks, reminders,
    personal passphrases) fill themselves with it."""
    frame.setObjectName(name)
    frame.setProperty("role", "section")
    heading = text_label(f"{name}Title", "sectionTitle")
    heading.setText(title)
    words = text_label(body_name or f"{name}Body")
    words.setText(body)
    column = QVBoxLayout(frame)
    column.setContentsMargins(0, 0, 0, 8)
    column.setSpacing(8)
    column.addWidget(heading)
    column.addWidget(words)
    return column, words


def button(text: str, name: str, primary: bool = False) -> QPushButton:
    made = QPushButton(text)
    made.setObjectName(name)
    made.setProperty("primary", primary)
    return made


class PrivacyPage(QWidget):
    """Signals:

    encrypt_requested(): turn encryption on. passphrase_change_requested(). decrypt_requested().
    lock_requested(): lock now. hide_requested(): quick hide now.
    """

    encrypt_requested = Signal()
    passphrase_change_requested = Signal()
    decrypt_requested = Signal()
    lock_requested = Signal()
    hide_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("privacyPage")
        self.services = services
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(32, 24, 32, 24)
        self.column.setSpacing(20)
        title = text_label("privacyTitle", "title")
        title.setText(translate("privacy_page", "Privacy"))
        self.column.addWidget(title)
        self.column.addWidget(self._build_encryption())
        self.column.addWidget(self._build_lock())
        self.column.addWidget(self._build_hide())
        self.column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("privacyScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def add_section(self, frame: QWidget) -> None:
        """A further section (before the stretch at the end)."""
        self.column.insertWidget(self.column.count() - 1, frame)

    # ------------------------------------------------------------------ encryption

    def _build_encryption(self) -> QFrame:
        frame, column, self.encryption_state = section(translate("privacy_page", "Encryption"), "", "encryptionSection")
        self.encrypt_button = button(
            translate("privacy_page", "Encrypt with a passphrase..."), "encryptButton", primary=True
        )
        self.encrypt_button.clicked.connect(self.encrypt_requested.emit)
        wrap_words(self.encrypt_button)
        self.change_button = button(translate("privacy_page", "Change the passphrase..."), "changePassphraseButton")
        self.change_button.clicked.connect(self.passphrase_change_requested.emit)
        self.decrypt_button = button(translate("privacy_page", "Turn encryption off..."), "decryptButton")
        self.decrypt_button.clicked.connect(self.decrypt_requested.emit)
        self.remember = QCheckBox(translate("privacy_page", "Remember on this computer (open without the passphrase)"))
        self.remember.setObjectName("rememberOnThisComputer")
        self.remember.toggled.connect(self._remember_toggled)
        self.remember_hint = text_label("rememberPageHint", "hint")
        self.remember_hint.setText(
            translate(
                "privacy_page",
                "Anyone signed in to this computer as you could then open CouplesDesk. It guards against a lost or "
                "stolen computer, not against someone who shares this account.",
            )
        )
        row = ReflowRow()
        for made in (self.encrypt_button, self.change_button, self.decrypt_button):
            row.addWidget(made)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.remember)
        column.addWidget(self.remember_hint)
        return frame

    def _show_encryption(self) -> None:
        on = self.services.key is not None
        self.encryption_state.setText(
            translate(
                "privacy_page",
                "On. Your answers, their history and every backup are stored encrypted; CouplesDesk asks for "
                "the passphrase when it opens.",
            )
            if on
            else translate(
                "privacy_page",
                "Off. Your words are stored as they are in {folder}: anyone who can open that folder as you can "
                "read them. A passphrase encrypts the database and every backup.",
            ).format(folder=breakable(self.services.paths.root))
        )
        self.encrypt_button.setVisible(not on)
        self.change_button.setVisible(on)
        self.decrypt_button.setVisible(on)
        can_remember = on and keychain.available()
        self.remember.setVisible(can_remember)
        self.remember_hint.setVisible(can_remember)
        if can_remember:
            self.remember.blockSignals(True)
            self.remember.setChecked(keychain.recall(self.services.paths) == self.services.key)
            self.remember.blockSignals(False)

    def _remember_toggled(self, on: bool) -> None:
        key = self.services.key
        if key is None:
            return
        if on:
            keychain.remember(self.services.paths, key)
        else:
            keychain.forget(self.services.paths)

    # ------------------------------------------------------------------ lock and hide

    def _build_lock(self) -> QFrame:
        frame, column, _ = section(
            translate("privacy_page", "Lock"),
            translate(
                "privacy_page",
                "The lock covers the whole window and shows nothing of what you wrote. With encryption on, it "
                "opens with your passphrase. It never locks during a pause.",
            ),
            "lockSection",
        )
        self.lock_button = button(translate("privacy_page", "Lock now (Ctrl+L)"), "lockNow")
        self.lock_button.clicked.connect(self.lock_requested.emit)
        column.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignLeft)
        chooser = LockAfter(self.services)
        self.lock_after, self.lock_status = chooser.combo, chooser.status
        column.addWidget(chooser)
        return frame

    def _build_hide(self) -> QFrame:
        frame, column, _ = section(
            translate("privacy_page", "Quick hide"),
            translate(
                "privacy_page",
                "Ctrl+Shift+H switches at once to a plain, empty notes screen, for when someone walks in. What is "
                "being written in private at that moment is thrown away, and nothing records that you hid the app. "
                "Press Ctrl+Shift+H again to come back.",
            ),
            "hideSection",
        )
        self.hide_button = button(translate("privacy_page", "Hide now (Ctrl+Shift+H)"), "hideNow")
        self.hide_button.clicked.connect(self.hide_requested.emit)
        column.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    # ------------------------------------------------------------------ reading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_encryption()
