"""Who uses CouplesDesk on this computer: a couple (the default) or a therapist.

Kept in the settings table. Choosing, on the first run or later in the settings, opens the
data again in the window for that mode (gui/opening.py): the couple's main window, or the
therapist's window, which never shows a couple's exercises running. Nothing is deleted by
switching; the other mode's data waits, as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ..core.mode import COUPLE as COUPLE
from ..core.mode import MODE_SETTING as MODE_SETTING
from ..core.mode import THERAPIST as THERAPIST
from ..core.mode import mode_of as mode_of
from ..storage import Store, StoreError
from .services import Services


def switch_mode(window: QMainWindow, services: Services, mode: str) -> None:
    """Save the mode, then open the data again in that mode's window, in ``window``'s place."""

    def save(store: Store) -> None:
        store.settings.set(MODE_SETTING, mode)

    def reopen(_result: object) -> None:
        from .opening import replace

        replace(window, services.paths, services.clock, services.key)

    def failed(exc: StoreError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "CouplesDesk", f"That did not work: {exc}", parent=window)
        box.open()

    services.database.run(save, reopen, failed)


class ModeSection(QWidget):
    """A few words and one button to switch to the other mode (in each mode's settings)."""

    def __init__(self, to_mode: str, switch: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("modeSection")
        if to_mode == THERAPIST:
            heading = "For therapists"
            words = (
                "Therapist mode is for giving couples homework: the exercise library and a plan builder. "
                "Everything the two of you wrote stays here, untouched."
            )
            action = "Switch to therapist mode"
        else:
            heading = "Couple mode"
            words = (
                "Couple mode is for two partners doing the exercises together. Your key and your plans "
                "stay here, untouched, for when you switch back."
            )
            action = "Switch to couple mode"
        title = QLabel(heading)
        title.setProperty("role", "sectionTitle")
        text = QLabel(words)
        text.setWordWrap(True)
        text.setProperty("role", "hint")
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(action)
        self.button.setObjectName("switchMode")
        self.button.setAccessibleName(action)
        self.button.setAutoDefault(False)  # Enter in the dialog saves or closes it; it never switches
        self.button.setDefault(False)
        self.button.clicked.connect(switch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(title)
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
