"""Asking one partner for their personal passphrase, outside a run: before their own view of
the History page shows what they kept locked, and before an export adds their private answers.

The key is opened on the database worker's connection (where History and the export read),
as a worker job: the key derivation takes a moment, and the window never waits for it. Whoever
shows this panel closes the key again when it is no longer needed (:func:`close_key`).

A wrong passphrase is said kindly; several in a row are slowed down (the store's count of
wrong tries, ``store.personal.wait``), and the field says when it may be tried again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..storage import Store, StoreError
from ..storage.personal import TryLater
from .i18n import QT_TRANSLATE_NOOP, translate
from .run_parts import text_label
from .services import Services

FORGOTTEN = QT_TRANSLATE_NOOP(
    "personal_ask",
    "Forgotten it? It can't be recovered. Choose Not now; on the Privacy page you can let it go, and what it "
    "kept locked stays unreadable for good.",
)


def close_key(services: Services, partner: str) -> None:
    """Forget ``partner``'s open key on the worker's connection (and on the window's, in case
    it was opened there too): what it locked is locked again."""
    services.forget_keys(partner)


class PersonalAsk(QWidget):
    """A calm panel: a few words, the passphrase field (Enter opens), Open and Not now.

    Signals:
        opened(str): the partner's passphrase was right; their key is open on the worker.
        declined(): Not now (or Escape): nothing was opened.
        tried(): a try was answered, right or wrong (tests wait on it).
    """

    opened = Signal(str)
    declined = Signal()
    tried = Signal()

    def __init__(self, services: Services, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.services = services
        self.partner: str | None = None
        self.name = ""
        self._busy = False
        self._build(name)
        services.bus.tick.connect(self._tick)

    def _build(self, name: str) -> None:
        self.title = text_label(f"{name}Title", "title")
        self.words = text_label(f"{name}Words", "lead")
        self.field = QLineEdit()
        self.field.setObjectName(f"{name}Passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.returnPressed.connect(self.submit)
        self.status = text_label(f"{name}Status", "flag")
        self.status.hide()
        self.button = QPushButton(translate("personal_ask", "Open"))
        self.button.setObjectName(f"{name}Open")
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.submit)
        self.not_now = QPushButton(translate("personal_ask", "Not now"))
        self.not_now.setObjectName(f"{name}NotNow")
        self.not_now.setProperty("role", "toggle")
        self.not_now.clicked.connect(self.decline)
        self.hint = text_label(f"{name}Forgotten", "hint")
        self.hint.setText(translate("personal_ask", FORGOTTEN))
        buttons = QHBoxLayout()
        buttons.addWidget(self.button)
        buttons.addWidget(self.not_now)
        buttons.addStretch(1)
        column = QWidget()
        column.setMinimumWidth(360)
        column.setMaximumWidth(540)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        for widget in (self.title, self.words, self.field, self.status):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        inner.addSpacing(8)
        inner.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        content = QWidget()
        middle = QVBoxLayout(content)
        middle.addStretch(1)
        middle.addLayout(row)
        middle.addStretch(2)
        scroll = QScrollArea()  # in a small window nothing is squeezed: it scrolls
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.field)
        escape = QShortcut(QKeySequence("Escape"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.decline)

    @property
    def busy(self) -> bool:
        """Whether a passphrase typed here is being tried now."""
        return self._busy

    def ask(self, partner: str, name: str, words: str) -> None:
        """Ask ``partner`` (called ``name``) for their passphrase, with ``words`` saying why."""
        self.partner, self.name = partner, name
        self.title.setText(translate("personal_ask", "{name}'s passphrase").format(name=name))
        self.words.setText(words)
        self.field.clear()
        self.field.setPlaceholderText(translate("personal_ask", "{name}'s passphrase or PIN").format(name=name))
        self.field.setAccessibleName(translate("personal_ask", "{name}'s personal passphrase or PIN").format(name=name))
        self.not_now.setAccessibleName(
            translate("personal_ask", "Not now; nothing of {name}'s is opened").format(name=name)
        )
        self.status.hide()
        self._ready()
        wait = self.services.store.personal.wait(partner)
        if wait:
            self.status.setText(str(TryLater(wait)))
            self.status.show()
        self.field.setFocus()

    def cancel(self) -> None:
        """Stop asking (the panel is left): a try still on its way closes its key when it opens."""
        self.partner = None
        self.field.clear()
        self.status.hide()

    def decline(self) -> None:
        self.cancel()
        self.declined.emit()

    def submit(self) -> None:
        partner, secret = self.partner, self.field.text()
        if partner is None or not secret or self._busy or not self.button.isEnabled():
            return
        self._busy = True
        self.field.setEnabled(False)
        self.button.setEnabled(False)
        self.button.setText(translate("personal_ask", "Opening..."))
        self.status.hide()

        def job(store: Store) -> None:
            store.personal.unlock(partner, secret)  # on the connection History and the export read on

        self.services.database.run(job, lambda _: self._opened(partner), self._refused)

    def _opened(self, partner: str) -> None:
        self._busy = False
        self.field.clear()
        self._ready()
        self.tried.emit()
        if self.partner != partner or not self.isVisible():
            close_key(self.services, partner)  # left meanwhile: nothing is shown, nothing stays open
            return
        self.partner = None
        self.opened.emit(partner)

    def _refused(self, error: StoreError) -> None:
        self._busy = False
        self._ready()
        words = str(error)
        if self.partner is not None and not self.button.isEnabled():
            wait = self.services.store.personal.wait(self.partner)
            words = translate(
                "personal_ask",
                "That isn't {name}'s passphrase either. To keep guessing slow, you can try again in {count} seconds.",
            )
            if wait == 1:
                words = translate(
                    "personal_ask",
                    "That isn't {name}'s passphrase either. To keep guessing slow, you can try again in a second.",
                )
            words = words.format(count=wait, name=self.name)
        self.status.setText(words)
        self.status.show()
        self.field.selectAll()
        self.field.setFocus()
        self.tried.emit()

    def _ready(self) -> None:
        """The field and Open, unless guessing has to slow down a moment (see the tick)."""
        waiting = self.partner is not None and self.services.store.personal.wait(self.partner) > 0
        self.field.setEnabled(True)
        self.button.setEnabled(not waiting and not self._busy)
        self.button.setText(translate("personal_ask", "Open"))

    def _tick(self) -> None:
        if self.partner is not None and not self._busy and not self.button.isEnabled() and self.isVisible():
            self._ready()
            if self.button.isEnabled():
                self.status.setText(translate("personal_ask", "You can try again now."))
