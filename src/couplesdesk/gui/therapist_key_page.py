"""The therapist's key: made the first time (or taken from a backup), then backed up and
exported, each with a plain word on what losing or sharing it means.

The slow part (age's scrypt takes a second or two, on purpose) runs in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..storage import therapist_key as keys
from ..storage.encryption import passphrase_problem
from . import pickers
from .background import Background
from .i18n import translate
from .lock import THERAPIST_LOCK
from .lock_after import LockAfter
from .passphrase_panel import passphrase_field
from .run_parts import text_label
from .services import Services


def key_filter() -> str:
    return translate("therapist_key_page", "age files (*.age);;All files (*)")


def _button(text: str, name: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setProperty("primary", primary)
    return button


def _row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    for index, widget in enumerate(widgets):
        row.addWidget(widget, 1 if stretch_first and index == 0 else 0)
    if not stretch_first:
        row.addStretch(1)
    return row


class KeyPage(QWidget):
    """Signals:

    made(): a key is in the data folder now (made, or taken from a backup).
    """

    made = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyPage")
        self.services = services
        self.root = services.paths.root
        self.pick_save: pickers.SavePicker = pickers.save_path
        self.pick_open: pickers.OpenPicker = pickers.open_path
        self.work = Background(self)
        self.work.failed.connect(self._failed)
        self._after: Callable[[object], None] = lambda _result: None
        self.work.done.connect(lambda result: self._after(result))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._scrolled(self._build_make()))
        self.stack.addWidget(self._scrolled(self._build_ready()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._show_state()

    def _scrolled(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setWidget(inner)
        return area

    def _build_make(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(40, 32, 40, 24)
        layout.setSpacing(12)
        self.make_title = text_label("keyTitle", "title")
        self.make_title.setText(translate("therapist_key_page", "Your key"))
        words = text_label("keyWhy")
        words.setText(
            translate(
                "therapist_key_page",
                "Couples can send you a report of their homework, sealed so that only you can open it. For that, "
                "CouplesDesk makes you a key: its public half goes into every plan you make; its private half stays "
                "on this computer, locked with a passphrase you choose.",
            )
        )
        self.new_passphrase = passphrase_field("keyPassphrase", translate("therapist_key_page", "Choose a passphrase"))
        self.again = passphrase_field(
            "keyPassphraseAgain", translate("therapist_key_page", "The same passphrase again")
        )
        self.make_button = _button(translate("therapist_key_page", "Make my key"), "makeKey", primary=True)
        self.make_button.clicked.connect(self.make)
        self.again.returnPressed.connect(self.make)
        self.make_error = text_label("keyMakeError", "flag")
        self.make_error.hide()
        hint = text_label("keyPassphraseHint", "hint")
        hint.setText(
            translate(
                "therapist_key_page",
                "At least 8 characters; a few words you will remember work well. You need it to open reports.",
            )
        )
        self.restore_button = _button(translate("therapist_key_page", "Use a key backup…"), "restoreKey")
        self.restore_button.clicked.connect(self.restore)
        moving = text_label("keyMoving", "hint")
        moving.setText(
            translate(
                "therapist_key_page", "Moving from another computer? Type the passphrase of your backup above, then:"
            )
        )
        for widget in (self.make_title, words, self.new_passphrase, self.again, hint):
            layout.addWidget(widget)
        layout.addLayout(_row(self.make_button))
        layout.addWidget(self.make_error)
        layout.addSpacing(16)
        layout.addWidget(moving)
        layout.addLayout(_row(self.restore_button))
        layout.addStretch(1)
        for field in (self.new_passphrase, self.again):
            field.setMaximumWidth(420)
        return panel

    def _build_ready(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(40, 32, 40, 24)
        layout.setSpacing(10)
        title = text_label("keyReadyTitle", "title")
        title.setText(translate("therapist_key_page", "Your key"))
        words = text_label("keyReadyWords")
        words.setText(
            translate(
                "therapist_key_page",
                "Your key is ready. Its public half goes into every plan you save, so the reports couples send you "
                "are sealed for you alone:",
            )
        )
        self.public = QLineEdit()  # one long word: it scrolls in its box, and copies whole
        self.public.setObjectName("publicKey")
        self.public.setAccessibleName(translate("therapist_key_page", "Your public key"))
        self.public.setReadOnly(True)
        for widget in (title, words, self.public):
            layout.addWidget(widget)
        layout.addSpacing(8)
        self._build_backup(layout)
        layout.addSpacing(8)
        self._build_export(layout)
        layout.addSpacing(8)
        self._build_lock(layout)
        self.status = text_label("keyStatus", "hint")
        self.status.hide()
        layout.addWidget(self.status)
        layout.addStretch(1)
        return panel

    def _build_backup(self, layout: QVBoxLayout) -> None:
        heading = text_label("backupTitle", "sectionTitle")
        heading.setText(translate("therapist_key_page", "Keep a backup"))
        warning = text_label("backupWarning", "flag")
        warning.setText(
            translate(
                "therapist_key_page",
                "If your key is lost (this computer breaks, or its data folder is deleted), the reports sealed to it "
                "can never be opened again, by you or by anyone. Keep a backup somewhere safe, away from this computer.",
            )
        )
        words = text_label("backupWords", "hint")
        words.setText(
            translate("therapist_key_page", "The backup stays locked with your passphrase: you need both to use it.")
        )
        self.backup_button = _button(translate("therapist_key_page", "Back up my key…"), "backupKey")
        self.backup_button.clicked.connect(self.back_up)
        for widget in (heading, warning, words):
            layout.addWidget(widget)
        layout.addLayout(_row(self.backup_button))

    def _build_export(self, layout: QVBoxLayout) -> None:
        heading = text_label("exportTitle", "sectionTitle")
        heading.setText(translate("therapist_key_page", "Open reports without CouplesDesk"))
        words = text_label("exportWords")
        words.setText(
            translate(
                "therapist_key_page",
                "With the free age tool, a report opens like this:\n"
                "    age -d -i key.txt report.age\n"
                "For that, export your key unlocked, as a plain key file.",
            )
        )
        warning = text_label("exportWarning", "flag")
        warning.setText(
            translate(
                "therapist_key_page",
                "Whoever has the exported file can read every report sealed to you, without any passphrase. "
                "Keep it where no one else can reach it, and delete it when you no longer need it.",
            )
        )
        self.export_passphrase = passphrase_field(
            "exportPassphrase", translate("therapist_key_page", "Your passphrase")
        )
        self.export_passphrase.setMaximumWidth(320)
        self.export_button = _button(translate("therapist_key_page", "Export my key…"), "exportKey")
        self.export_button.clicked.connect(self.export)
        self.export_passphrase.returnPressed.connect(self.export)
        self.export_error = text_label("exportError", "flag")
        self.export_error.hide()
        for widget in (heading, words, warning):
            layout.addWidget(widget)
        layout.addLayout(_row(self.export_passphrase, self.export_button))
        layout.addWidget(self.export_error)

    def _build_lock(self, layout: QVBoxLayout) -> None:
        heading = text_label("keyLockTitle", "sectionTitle")
        heading.setText(translate("therapist_key_page", "When you step away"))
        words = text_label("keyLockWords", "hint")
        words.setText(
            translate(
                "therapist_key_page",
                "When no one has used this window for a while, it locks by itself: the reports you opened leave "
                "the screen, and open again only with your passphrase. Ctrl+L locks it at once.",
            )
        )
        self.lock_after = LockAfter(self.services, THERAPIST_LOCK)
        for widget in (heading, words, self.lock_after):
            layout.addWidget(widget)

    # ------------------------------------------------------------------ behaviour

    def show_export(self) -> None:
        """The export's passphrase field, in view and ready (File > Export my key...)."""
        area = self.stack.currentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(self.export_passphrase)
        self.export_passphrase.setFocus()

    def first_time(self, first: bool) -> None:
        self.make_title.setText(
            translate("therapist_key_page", "First, your key") if first else translate("therapist_key_page", "Your key")
        )

    def _show_state(self) -> None:
        public = keys.recipient(self.root) if keys.has_key(self.root) else None
        self.stack.setCurrentIndex(1 if public else 0)
        if public:
            self.public.setText(public)
            self.public.setCursorPosition(0)  # from its start, age1...

    def _busy(self, busy: bool, words: str = "") -> None:
        for widget in (self.make_button, self.restore_button, self.backup_button, self.export_button):
            widget.setEnabled(not busy)
        self.status.setText(words)
        self.status.setVisible(bool(words))
        if busy and self.stack.currentIndex() == 0:
            self.make_error.setText(words)
            self.make_error.setVisible(bool(words))

    def _failed(self, message: str) -> None:
        self._busy(False)
        label = self.make_error if self.stack.currentIndex() == 0 else self.export_error
        label.setText(message)
        label.show()

    def _run(self, words: str, work: Callable[[], object], after: Callable[[object], None]) -> None:
        if self.work.busy:
            return
        self.make_error.hide()
        self.export_error.hide()
        self._after = after
        self._busy(True, words)
        self.work.start(work, "couplesdesk-therapist-key")

    def make(self) -> None:
        first, second = self.new_passphrase.text(), self.again.text()
        problem = passphrase_problem(first)
        if problem is None and first != second:
            problem = translate("therapist_key_page", "The two passphrases are not the same. Please type them again.")
        if problem is not None:
            self._failed(problem)
            return
        root, now = self.root, self.services.clock.now()
        self._run(
            translate("therapist_key_page", "Making your key: this takes a few seconds."),
            lambda: keys.make_key(root, first, now),
            self._made,
        )

    def restore(self) -> None:
        passphrase = self.new_passphrase.text()
        if not passphrase:
            self._failed(translate("therapist_key_page", "First type the passphrase of your backup above."))
            return
        source = self.pick_open(self, translate("therapist_key_page", "Your key backup"), key_filter())
        if source is None:
            return
        root = self.root
        self._run(
            translate("therapist_key_page", "Opening your backup…"),
            lambda: keys.restore(root, source, passphrase),
            self._made,
        )

    def _made(self, _result: object) -> None:
        self._busy(False)
        self.new_passphrase.clear()
        self.again.clear()
        self._show_state()
        self.made.emit()
        self.backup_button.setFocus()

    def back_up(self) -> None:
        target = self.pick_save(
            self, translate("therapist_key_page", "Back up your key"), "couplesdesk-therapist-key.age", key_filter()
        )
        if target is None:
            return
        root = self.root
        pickers.confirm_replace(
            self,
            target,
            lambda: self._run(
                translate("therapist_key_page", "Saving the backup…"),
                lambda: keys.backup(root, target),
                lambda _r: self._saved(target),
            ),
        )

    def export(self) -> None:
        passphrase = self.export_passphrase.text()
        if not passphrase:
            self._failed(translate("therapist_key_page", "Type your passphrase first: the key is unlocked with it."))
            return
        target = self.pick_save(
            self,
            translate("therapist_key_page", "Export your key"),
            "key.txt",
            translate("therapist_key_page", "Text files (*.txt);;All files (*)"),
        )
        if target is None:
            return
        root = self.root

        def exported(_result: object) -> None:
            self.export_passphrase.clear()
            self._saved(target, exported=True)

        def go() -> None:
            self._run(
                translate("therapist_key_page", "Unlocking your key…"),
                lambda: keys.export_identity(root, passphrase, target),
                exported,
            )

        pickers.confirm_replace(self, target, go)

    def _saved(self, target: Path, exported: bool = False) -> None:
        self._busy(False)
        if exported:
            words = translate(
                "therapist_key_page", "Your key is in {path}, unlocked. Whoever has this file can read your reports."
            ).format(path=target)
        else:
            words = translate(
                "therapist_key_page", "The backup is saved in {path}. Keep it somewhere safe, away from this computer."
            ).format(path=target)
        self.status.setText(words)
        self.status.show()

    def finish_work(self) -> None:
        """Before the window closes: never leave a key half written."""
        self.work.join()
