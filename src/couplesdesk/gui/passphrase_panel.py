"""A calm panel that asks for the passphrase: at start (the folder is encrypted) and on the
lock screen. The passphrase is checked on a thread (the key derivation takes a moment), a
wrong one is said kindly, and nothing is touched until it is right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .background import Background
from .i18n import translate
from .run_parts import text_label

Check = Callable[[str], bytes]
"""Turns what was typed into the database key, or raises StoreError (worded for people)."""


def passphrase_field(name: str, placeholder: str) -> QLineEdit:
    """A field for a passphrase: hidden as typed, its placeholder also its accessible name."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    return field


class PassphrasePanel(QWidget):
    """Signals:

    accepted(object): the key (bytes) the passphrase or recovery key opened, and whether to
    remember it on this computer, as ``(key, remember)``.
    """

    accepted = Signal(object)

    def __init__(
        self, title: str, body: str, check: Check, *, offer_remember: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("passphrasePanel")
        self._check = check
        self.work = Background(self)
        self.work.done.connect(self._opened)
        self.work.failed.connect(self._refused)
        self.title = text_label("passphraseTitle", "title")
        self.title.setText(title)
        self.body = text_label("passphraseBody", "lead")
        self.body.setText(body)
        self.field = QLineEdit()
        self.field.setObjectName("passphraseField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(translate("passphrase_panel", "Passphrase"))
        self.field.setAccessibleName(translate("passphrase_panel", "Passphrase, or your recovery key"))
        self.field.returnPressed.connect(self.submit)
        self.remember = QCheckBox(translate("passphrase_panel", "Remember on this computer"))
        self.remember.setObjectName("rememberKey")
        self.remember.setVisible(offer_remember)
        self.remember_hint = text_label("rememberHint", "hint")
        self.remember_hint.setText(
            translate(
                "passphrase_panel",
                "CouplesDesk will then open without the passphrase for anyone signed in to this computer as you. "
                "That guards against a lost or stolen computer, not against someone who shares this account.",
            )
        )
        self.remember_hint.setVisible(offer_remember)
        self.status = text_label("passphraseStatus", "flag")
        self.status.hide()
        self.button = QPushButton(translate("passphrase_panel", "Open"))
        self.button.setObjectName("passphraseOpen")
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.submit)
        self.recovery_hint = text_label("recoveryHint", "hint")
        self.recovery_hint.setText(
            translate(
                "passphrase_panel",
                "Forgotten it? Type your recovery key instead: the 14 groups of letters and digits you kept when "
                "you turned encryption on.",
            )
        )
        self._lay_out()

    def _lay_out(self) -> None:
        column = QWidget(self)
        column.setMinimumWidth(420)
        column.setMaximumWidth(540)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addSpacing(8)
        inner.addWidget(self.field)
        inner.addWidget(self.remember)
        inner.addWidget(self.remember_hint)
        inner.addWidget(self.status)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addSpacing(8)
        inner.addWidget(self.recovery_hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)  # wrapped lines get a real width, so their height is right
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def submit(self) -> None:
        secret = self.field.text()
        if not secret or self.work.busy:
            return
        self.field.setEnabled(False)
        self.button.setEnabled(False)
        self.button.setText(translate("passphrase_panel", "Opening..."))
        self.status.hide()
        self.work.start(lambda: self._check(secret), "couplesdesk-unlock")

    def _opened(self, key: object) -> None:
        self.field.clear()
        self.accepted.emit((key, self.remember.isVisible() and self.remember.isChecked()))
        self._ready()

    def _refused(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
        self._ready()
        self.field.selectAll()
        self.field.setFocus()

    def _ready(self) -> None:
        self.field.setEnabled(True)
        self.button.setEnabled(True)
        self.button.setText(translate("passphrase_panel", "Open"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.field.setFocus()
