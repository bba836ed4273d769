"""Turning encryption on and off, and changing the passphrase, from the Privacy page.

Turning it on or off rewrites every database file, so the window stands down first (what is
typed is saved, the database worker and every connection are closed), the conversion runs on a
thread behind a progress dialog, and the data opens again in a new window. The recovery key is
shown once, on the new window, until the couple says they have kept it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import keychain
from ..storage import encryption
from .background import Background
from .i18n import translate
from .opening import replace
from .passphrase_panel import passphrase_field
from .run_parts import text_label

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("couplesdesk.encryption")


def _button(text: str, name: str, primary: bool = False) -> QPushButton:
    made = QPushButton(text)
    made.setObjectName(name)
    made.setProperty("primary", primary)
    made.setDefault(primary)
    made.setAutoDefault(primary)
    return made


class PassphraseDialog(QDialog):
    """A small form: some words, passphrase fields, a message line, Cancel and one action.
    ``check()`` runs on a thread when the action is chosen; the dialog accepts on success."""

    def __init__(self, parent: QWidget, title: str, words: str, action: str, fields: list[tuple[str, str]]):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        self.work = Background(self)
        self.work.done.connect(self._done)
        self.work.failed.connect(self._failed)
        self.result_value: object = None
        self.words = text_label("dialogWords")
        self.words.setText(words)
        self.fields = [passphrase_field(name, placeholder) for name, placeholder in fields]
        self.message = text_label("dialogMessage", "flag")
        self.message.hide()
        self.cancel = _button(translate("encryption_flow", "Cancel"), "dialogCancel")
        self.cancel.clicked.connect(self.reject)
        self.action = _button(action, "dialogAction", primary=True)
        self.action.clicked.connect(self._act)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.action)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(self.words)
        for field in self.fields:
            column.addWidget(field)
        column.addWidget(self.message)
        column.addLayout(row)

    def check(self) -> object:
        """Runs on a thread; raise StoreError or ValueError (worded for people) to refuse."""
        return None

    def problem(self) -> str | None:
        """Checked on the GUI thread before :meth:`check` runs."""
        return None

    def _act(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._failed(problem)
            return
        self.action.setEnabled(False)
        self.message.hide()
        self.work.start(self.check, "couplesdesk-passphrase")

    def _done(self, value: object) -> None:
        self.result_value = value
        self.accept()

    def _failed(self, message: str) -> None:
        self.action.setEnabled(True)
        self.message.setText(message)
        self.message.show()
        for field in self.fields:
            field.clear()
        if self.fields:
            self.fields[0].setFocus()


def new_passphrase_problem(first: str, second: str) -> str | None:
    problem = encryption.passphrase_problem(first)
    if problem is not None:
        return problem
    if first != second:
        return translate("encryption_flow", "The two passphrases are not the same. Please type it twice, the same way.")
    return None


class EncryptDialog(PassphraseDialog):
    def __init__(self, parent: QWidget):
        super().__init__(
            parent,
            translate("encryption_flow", "Encrypt with a passphrase"),
            translate(
                "encryption_flow",
                "Choose a passphrase you will both remember: a few words work well. CouplesDesk will ask for it "
                "each time it opens. Next you will get a recovery key, the only way in if the passphrase is "
                "forgotten.",
            ),
            translate("encryption_flow", "Encrypt"),
            [
                ("newPassphrase", translate("encryption_flow", "New passphrase")),
                ("repeatPassphrase", translate("encryption_flow", "The same passphrase again")),
            ],
        )

    def problem(self) -> str | None:
        return new_passphrase_problem(self.fields[0].text(), self.fields[1].text())

    def check(self) -> object:
        return self.fields[0].text()


class ChangePassphraseDialog(PassphraseDialog):
    def __init__(self, parent: QWidget, root: Path, key: bytes):
        super().__init__(
            parent,
            translate("encryption_flow", "Change the passphrase"),
            translate(
                "encryption_flow",
                "Type the passphrase you use now (or your recovery key), then the new one twice. Your recovery "
                "key stays the same.",
            ),
            translate("encryption_flow", "Change"),
            [
                ("currentPassphrase", translate("encryption_flow", "Current passphrase or recovery key")),
                ("newPassphrase", translate("encryption_flow", "New passphrase")),
                ("repeatPassphrase", translate("encryption_flow", "The same new passphrase again")),
            ],
        )
        self.root, self.key = root, key

    def problem(self) -> str | None:
        return new_passphrase_problem(self.fields[1].text(), self.fields[2].text())

    def check(self) -> object:
        current, new = self.fields[0].text(), self.fields[1].text()
        if encryption.unlock(self.root, current) != self.key:
            raise encryption.WrongPassphrase()
        encryption.change_passphrase(self.root, self.key, new)
        return True


class DecryptDialog(PassphraseDialog):
    def __init__(self, parent: QWidget, root: Path, key: bytes):
        super().__init__(
            parent,
            translate("encryption_flow", "Turn encryption off"),
            translate(
                "encryption_flow",
                "Your words, their history and every backup will be stored unencrypted again, readable by anyone "
                "who can open the data folder as you. Type the passphrase to confirm.",
            ),
            translate("encryption_flow", "Turn encryption off"),
            [("currentPassphrase", translate("encryption_flow", "Passphrase or recovery key"))],
        )
        self.root, self.key = root, key

    def check(self) -> object:
        if encryption.unlock(self.root, self.fields[0].text()) != self.key:
            raise encryption.WrongPassphrase()
        return True


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once. It stays until the couple says they have kept it."""

    def __init__(self, parent: QWidget, code: str):
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(translate("encryption_flow", "Your recovery key"))
        self.setModal(True)
        self.code = code
        words = text_label("recoveryWords", "lead")
        words.setText(
            translate(
                "encryption_flow",
                "Encryption is on. This recovery key opens your data if the passphrase is ever forgotten. It is "
                "shown only now: write it down, print it or save it, and keep it away from this computer.",
            )
        )
        self.key_label = text_label("recoveryKey", "statement")
        self.key_label.setText(code)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(14)
        self.key_label.setFont(mono)
        self.copy = _button(translate("encryption_flow", "Copy"), "copyRecoveryKey")
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code))
        self.save = _button(translate("encryption_flow", "Save as a file..."), "saveRecoveryKey")
        self.save.clicked.connect(self._save)
        self.kept = QCheckBox(translate("encryption_flow", "I have kept my recovery key somewhere safe"))
        self.kept.setObjectName("recoveryKept")
        self.done_button = _button(translate("encryption_flow", "Done"), "recoveryDone", primary=True)
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        self.saved = text_label("recoverySaved", "hint")
        row = QHBoxLayout()
        row.addWidget(self.copy)
        row.addWidget(self.save)
        row.addStretch(1)
        end = QHBoxLayout()
        end.addWidget(self.kept)
        end.addStretch(1)
        end.addWidget(self.done_button)
        column = QVBoxLayout(self)
        column.setSpacing(14)
        for widget in (words, self.key_label):
            column.addWidget(widget)
        column.addLayout(row)
        column.addWidget(self.saved)
        column.addLayout(end)

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("encryption_flow", "Save the recovery key"),
            translate("encryption_flow", "CouplesDesk recovery key.txt"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        text = translate(
            "encryption_flow",
            "CouplesDesk recovery key\n\n{code}\n\nIt opens your CouplesDesk data if the passphrase is forgotten.\n",
        ).format(code=self.code)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.saved.setText(translate("encryption_flow", "Not saved: {reason}.").format(reason=exc.strerror or exc))
            return
        self.saved.setText(
            translate(
                "encryption_flow", "Saved to {path}. Keep that file away from this computer, for example on paper."
            ).format(path=path)
        )

    def reject(self) -> None:
        if self.kept.isChecked():
            super().reject()  # Esc closes only once the key is kept

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.kept.isChecked():
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.kept.isChecked():
            return
        super().keyPressEvent(event)


class _Progress(QObject):
    moved = Signal(int, int)


class ConvertingDialog(QDialog):
    """'Encrypting your data...' with a bar; it cannot be closed while files are rewritten."""

    def __init__(self, parent: QWidget, words: str):
        super().__init__(parent)
        self.setObjectName("convertingDialog")
        self.setWindowTitle("CouplesDesk")
        self.setModal(True)
        self.progress = _Progress(self)
        self.bar = QProgressBar()
        self.bar.setObjectName("convertingBar")
        self.bar.setRange(0, 0)
        self.progress.moved.connect(self._moved)
        label = text_label("convertingWords", "lead")
        label.setText(words)
        column = QVBoxLayout(self)
        column.addWidget(label)
        column.addWidget(self.bar)
        self.work = Background(self)

    def report(self, done: int, total: int, _path: Path | None) -> None:
        self.progress.moved.emit(done, total)  # from the worker thread; shown on the GUI thread

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def reject(self) -> None:
        if not self.work.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.work.busy:
            event.ignore()
            return
        super().closeEvent(event)


def _convert(window: MainWindow, words: str, job: Callable[[ConvertingDialog], object],
             after: Callable[[object], tuple[bytes | None, Callable[[QMainWindow], None] | None]]) -> None:  # fmt: skip
    """Stand the window down, run ``job`` behind a progress dialog, and open the data again
    with the key ``after(result)`` gives (then call its follow-up on the new window)."""
    services = window.services
    paths, clock, old_key = services.paths, services.clock, services.key
    window.stand_down()
    dialog = ConvertingDialog(window, words)

    def done(result: object) -> None:
        key, follow_up = after(result)
        dialog.accept()
        new = replace(window, paths, clock, key)
        if new is not None and follow_up is not None:
            follow_up(new)

    def failed(message: str) -> None:
        dialog.accept()
        log.error("Converting the data failed: %s", message)
        new = replace(window, paths, clock, old_key)
        if new is not None:
            words = translate("encryption_flow", "That did not work: {reason}").format(reason=message)
            box = QMessageBox(QMessageBox.Icon.Warning, "CouplesDesk", words, parent=new)
            box.setObjectName("conversionFailed")
            box.open()

    dialog.work.done.connect(done)
    dialog.work.failed.connect(failed)
    dialog.open()
    dialog.work.start(lambda: job(dialog), "couplesdesk-convert")


def turn_on(window: MainWindow) -> None:
    ask = EncryptDialog(window)
    paths = window.services.paths

    def chosen() -> None:
        passphrase = str(ask.result_value)

        def job(dialog: ConvertingDialog) -> object:
            return encryption.encrypt_folder(paths.root, paths.database, passphrase, dialog.report)

        def after(code: object) -> tuple[bytes | None, Callable[[QMainWindow], None]]:
            key = encryption.parse_recovery_code(str(code))
            return key, lambda new: RecoveryKeyDialog(new, str(code)).open()

        words = translate("encryption_flow", "Encrypting your data and every backup. This takes a moment.")
        _convert(window, words, job, after)

    ask.accepted.connect(chosen)
    ask.open()


def turn_off(window: MainWindow) -> None:
    services = window.services
    key = services.key
    if key is None:
        return
    ask = DecryptDialog(window, services.paths.root, key)
    paths = services.paths

    def chosen() -> None:
        def job(dialog: ConvertingDialog) -> object:
            encryption.decrypt_folder(paths.root, paths.database, key, dialog.report)
            keychain.forget(paths)
            return None

        words = translate("encryption_flow", "Turning encryption off for your data and every backup.")
        _convert(window, words, job, lambda _: (None, None))

    ask.accepted.connect(chosen)
    ask.open()


def change_passphrase(window: MainWindow) -> None:
    key = window.services.key
    if key is None:
        return
    ask = ChangePassphraseDialog(window, window.services.paths.root, key)

    def changed() -> None:
        words = translate("encryption_flow", "The passphrase is changed.")
        box = QMessageBox(QMessageBox.Icon.Information, "CouplesDesk", words, parent=window)
        box.setObjectName("passphraseChanged")
        box.open()

    ask.accepted.connect(changed)
    ask.open()
