"""The first screen of an encrypted data folder: the passphrase (or the recovery key), and
'remember on this computer'. Nothing is read or written until the passphrase is right."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow

from .. import keychain
from ..paths import DataPaths
from ..storage import encryption
from .i18n import translate
from .passphrase_panel import PassphrasePanel


class UnlockWindow(QMainWindow):
    """Signals:

    unlocked(object): the database key (bytes); the data can be opened with it.
    """

    unlocked = Signal(object)

    def __init__(self, paths: DataPaths):
        super().__init__()
        self.paths = paths
        self.setObjectName("unlockWindow")
        self.setWindowTitle("CouplesDesk")
        self.resize(1100, 740)
        self.panel = PassphrasePanel(
            translate("unlock_window", "Welcome back"),
            translate("unlock_window", "Your CouplesDesk data is encrypted. Type your passphrase to open it."),
            lambda secret: encryption.unlock(paths.root, secret),
            offer_remember=keychain.available(),
            parent=self,
        )
        self.panel.accepted.connect(self._accepted)
        self.setCentralWidget(self.panel)

    def _accepted(self, result: tuple[bytes, bool]) -> None:
        key, remember = result
        if remember:
            keychain.remember(self.paths, key)
        self.unlocked.emit(key)
