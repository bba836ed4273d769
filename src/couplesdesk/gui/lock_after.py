""" "Lock by itself": how long the window may stand with no one at it before the lock covers it.

On the couple's Privacy page and on the therapist's key page, each with its own setting
(``lock.COUPLE_LOCK``, ``lock.THERAPIST_LOCK``), the one its window's Guard watches; the Guard
hears of a change on the bus. The words keep the Privacy page's translation context, where they were first written.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ..storage import Store, StoreError
from .i18n import translate
from .lock import COUPLE_LOCK, LockSetting
from .reflow import ReflowRow
from .run_parts import text_label
from .services import Services


def lock_choices() -> tuple[tuple[int, str], ...]:
    """The choices for locking by itself: minutes away, and their words."""
    return (
        (0, translate("privacy_page", "Never")),
        (5, translate("privacy_page", "After 5 minutes away")),
        (15, translate("privacy_page", "After 15 minutes away")),
        (60, translate("privacy_page", "After an hour away")),
    )


class LockAfter(QWidget):
    """The label and the choice on one line, and under them what became of the last choice.

    ``setting``: where the choice is kept, and what is shown while nothing has been chosen."""

    def __init__(self, services: Services, setting: LockSetting = COUPLE_LOCK, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.setting = services, setting
        self.combo = QComboBox()
        self.combo.setObjectName("lockAfter")
        self.combo.setAccessibleName(translate("privacy_page", "Lock by itself"))
        for minutes, words in lock_choices():
            self.combo.addItem(words, minutes)
        self.combo.setCurrentIndex(max(self.combo.findData(setting.default), 0))
        self.combo.activated.connect(self._chosen)
        self.status = text_label("lockStatus", "hint")
        self.status.hide()
        label = text_label("lockAfterLabel", wrap=False)
        label.setText(translate("privacy_page", "Lock by itself:"))
        label.setBuddy(self.combo)
        row = ReflowRow()  # on a line of its own: German (and large text) needs the width
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)  # the column's width: a long reason wraps as before

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)

        def shown(minutes: int) -> None:
            self.combo.setCurrentIndex(max(self.combo.findData(minutes), 0))

        def failed(exc: StoreError) -> None:
            self._say(str(exc))

        self.services.database.run(self.setting.minutes, shown, failed)

    def _chosen(self, index: int) -> None:
        minutes, key = int(self.combo.itemData(index)), self.setting.key

        def write(store: Store) -> None:
            store.settings.set(key, minutes)

        self.services.database.run(
            write,
            lambda _: self._say(translate("privacy_page", "Saved.")),
            lambda exc: self._say(translate("privacy_page", "Not saved. {reason}").format(reason=exc)),
        )

    def _say(self, words: str) -> None:
        self.status.setText(words)
        self.status.show()
