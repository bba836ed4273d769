"""The Privacy page's "Delete" section: each partner's private data, and Forget everything.

* **Delete my private data**, one button per partner: behind a hand-over, for that partner
  alone (see ``deleting.ask_delete_private``). When it is done nothing on the page says so,
  so the other partner coming back sees the page as it was.
* **Forget everything**, with a phrase to type: every row blanked, the database rebuilt, every
  backup and copy kept aside overwritten and removed. The window stands down first (every
  connection closed), the work runs on a thread of its own, and the data opens again in a new
  window, on the first-run page. Encryption, if on, stays on with the same passphrase.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from ..core.people import PARTNERS
from ..storage import Changes, Couple
from ..storage.deleting import forget_everything
from .background import Background
from .deleting import DeleteDialog, ask_delete_private
from .opening import replace
from .privacy_page import button, section
from .reflow import ReflowRow, wrap_words  # a row that becomes a column when narrow
from .run_parts import text_label

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("couplesdesk.deleting")

PHRASE = "forget everything"

BODY = (
    "What is deleted is gone for good: from this computer and from every backup, and it cannot be brought back. "
    "An exercise you left half-way can be deleted on Today; a boundary on the Boundaries page."
)
PRIVATE_HINT = (
    "Private data is what one of you wrote or chose in private and never showed the other. Each of you decides "
    "about your own, alone at the screen."
)
FORGET_HINT = (
    "Forget everything removes your names, every exercise and answer, every boundary and agreement, every pause, "
    "your settings and every backup, and CouplesDesk starts again as on the first day."
)


def forget_words(encrypted: bool) -> str:
    stays = (
        "Exercise files you added stay, and so does encryption, with the same passphrase."
        if encrypted
        else ("Exercise files you added stay.")
    )
    return (
        "CouplesDesk forgets everything it keeps: both your names, every exercise you did or started, every "
        "answer (private ones too), every boundary, agreement, pause and planned talk, and your settings.\n\n"
        "Every backup, and every copy kept aside in the data folder, is removed now as well. None of it can be "
        f"brought back.\n\nThen CouplesDesk starts again as on the first day. {stays}"
    )


class DeleteSection(QWidget):
    """The section, for ``window``'s Privacy page (Forget everything replaces the window)."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.services = window.services
        self._names = {PARTNERS[0]: "Partner A", PARTNERS[1]: "Partner B"}
        frame, column, _ = section("Delete", BODY, "deleteSection")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        private_hint = text_label("deletePrivateHint", "hint")
        private_hint.setText(PRIVATE_HINT)
        self.private_buttons = {key: button("", f"deletePrivate{key[-1].upper()}") for key in PARTNERS}
        row = ReflowRow()
        for key, made in self.private_buttons.items():
            made.clicked.connect(lambda _=False, k=key: self._delete_private(k))
            row.addWidget(wrap_words(made))
        row.addStretch(1)
        column.addWidget(private_hint)
        column.addLayout(row)
        forget_hint = text_label("forgetHint", "hint")
        forget_hint.setText(FORGET_HINT)
        self.forget_button = button("Forget everything...", "forgetEverything")
        self.forget_button.clicked.connect(self._forget)
        column.addSpacing(8)
        column.addWidget(forget_hint)
        column.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_names()
        self.services.bus.changed.connect(self._changed)

    def _show_names(self) -> None:
        for key, made in self.private_buttons.items():
            name = self._names[key]
            made.setText(f"Delete {name}'s private data...")
            made.setAccessibleName(f"Delete {name}'s private data, with {name} alone at the screen")

    def _read(self) -> None:
        def got(couple: Couple | None) -> None:
            if couple is not None:
                self._names = couple.names()
                self._show_names()

        self.services.database.run(lambda store: store.couple.get(), got, lambda exc: log.warning("%s", exc))

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.COUPLE and self.isVisible():
            self._read()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._read()

    def _delete_private(self, partner: str) -> None:
        ask_delete_private(self.window_, self.services, partner, dict(self._names))

    # ------------------------------------------------------------------ forget everything

    def _forget(self) -> None:
        dialog = DeleteDialog(self.window_, "forgetDialog")
        dialog.ask(
            "Forget everything?",
            forget_words(self.services.key is not None),
            "Forget everything",
            phrase=PHRASE,
        )
        dialog.chosen.connect(lambda: forget(self.window_, dialog))
        dialog.open()


def forget(window: MainWindow, dialog: DeleteDialog) -> None:
    """Stand the window down, forget everything on a thread, and open the data again in a
    new window (the first-run page)."""
    services = window.services
    paths, clock, key = services.paths, services.clock, services.key
    dialog.working()
    window.stand_down()
    work = Background(dialog)

    def done(left: object) -> None:
        dialog.keep.setEnabled(True)
        dialog.accept()
        new = replace(window, paths, clock, key)
        if new is None:
            return
        words = "Everything is forgotten. CouplesDesk starts again, as on the first day."
        if isinstance(left, list) and left:
            names = ", ".join(str(path) for path in left)
            words += f" These copies could not be removed; please delete them yourself: {names}"
        box = QMessageBox(QMessageBox.Icon.Information, "CouplesDesk", words, parent=new)
        box.setObjectName("forgotten")
        box.open()

    def failed(message: str) -> None:
        log.error("Forgetting everything failed: %s", message)
        dialog.keep.setEnabled(True)
        dialog.accept()
        new = replace(window, paths, clock, key)
        if new is not None:
            box = QMessageBox(QMessageBox.Icon.Warning, "CouplesDesk", f"That did not work: {message}", parent=new)
            box.setObjectName("forgetFailed")
            box.open()

    work.done.connect(done)
    work.failed.connect(failed)
    work.start(lambda: forget_everything(paths.database, paths.backups, clock, key), "couplesdesk-forget")
