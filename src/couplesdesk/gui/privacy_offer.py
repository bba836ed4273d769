"""Once, right after first run, a gentle offer to keep the couple's words behind a passphrase.

Asked once (the setting ``encryption_offered`` remembers it whatever is answered); the same is
on the Privacy page at any time. Never asked of a folder that is encrypted already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout

from ..storage import Store
from .i18n import translate
from .lock import step_away_keys
from .reflow import fit_to_words
from .run_parts import text_label

if TYPE_CHECKING:
    from .main_window import MainWindow

OFFERED = "encryption_offered"


class PrivacyOffer(QDialog):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("privacyOffer")
        step_away_keys(self)  # Ctrl+Shift+H and Ctrl+L work here too
        self.setWindowTitle(translate("privacy_offer", "Keep it private"))
        self.setMinimumWidth(500)
        title = self.title = text_label("offerTitle", "sectionTitle")
        title.setText(translate("privacy_offer", "One more thing, if you like"))
        words = self.words = text_label("offerWords")
        words.setText(
            translate(
                "privacy_offer",
                "What you write here stays on this computer. Anyone who can open your user account's files could "
                "read it, though. A passphrase you both know encrypts it, and CouplesDesk then asks for it when it "
                "opens. You can also do this later, on the Privacy page.",
            )
        )
        self.later = QPushButton(translate("privacy_offer", "Not now"))
        self.later.setObjectName("offerLater")
        self.later.clicked.connect(self.reject)
        self.yes = QPushButton(translate("privacy_offer", "Set a passphrase..."))
        self.yes.setObjectName("offerYes")
        self.yes.setProperty("primary", True)
        self.yes.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.later)
        row.addWidget(self.yes)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(words)
        column.addLayout(row)
        self.later.setDefault(True)  # Enter is the quiet answer

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        fit_to_words(self)  # German needs a line more


def offer_encryption_once(window: MainWindow) -> None:
    """After first run: ask once, unless the folder is encrypted already."""
    services = window.services
    if services.key is not None:
        return

    def check_and_mark(store: Store) -> bool:
        offered = bool(store.settings.get(OFFERED, False))
        if not offered:
            store.settings.set(OFFERED, True)
        return offered

    def answered(offered: bool) -> None:
        if offered:
            return
        offer = PrivacyOffer(window)
        offer.accepted.connect(lambda: _turn_on(window))
        offer.open()

    services.database.run(check_and_mark, answered, lambda _exc: None)


def _turn_on(window: MainWindow) -> None:
    from . import encryption_flow

    encryption_flow.turn_on(window)
