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
from ..storage import Changes, Couple, therapist_key
from ..storage.deleting import forget_everything
from .background import Background
from .deleting import DeleteDialog, ask_delete_private
from .i18n import QT_TRANSLATE_NOOP, translate
from .opening import replace
from .privacy_page import button, section
from .reflow import ReflowRow, wrap_words  # a row that becomes a column when narrow
from .run_parts import text_label

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("couplesdesk.deleting")

PHRASE = QT_TRANSLATE_NOOP("delete_section", "forget everything")
"""What is typed to confirm Forget everything (in the interface's language, where it is asked)."""

BODY = QT_TRANSLATE_NOOP(
    "delete_section",
    "What is deleted is gone for good: from this computer and from every backup, and it cannot be brought back. "
    "An exercise you left half-way can be deleted on Today; a boundary on the Boundaries page.",
)
PRIVATE_HINT = QT_TRANSLATE_NOOP(
    "delete_section",
    "Private data is what one of you wrote or chose in private and never showed the other. Each of you decides "
    "about your own, alone at the screen.",
)
FORGET_HINT = QT_TRANSLATE_NOOP(
    "delete_section",
    "Forget everything removes your names, every exercise and answer, every boundary and agreement, every pause, "
    "your settings and every backup, and CouplesDesk starts again as on the first day.",
)


def forget_words(encrypted: bool, therapist_key: bool = False) -> str:
    stays = (
        translate("delete_section", "Exercise files you added stay, and so does encryption, with the same passphrase.")
        if encrypted
        else translate("delete_section", "Exercise files you added stay.")
    )
    words = translate(
        "delete_section",
        "CouplesDesk forgets everything it keeps: both your names, every exercise you did or started, every "
        "answer (private ones too), every boundary, agreement, pause and planned talk, and your settings.\n\n"
        "Every backup, and every copy kept aside in the data folder, is removed now as well. None of it can be "
        "brought back.\n\nThen CouplesDesk starts again as on the first day. {stays}",
    ).format(stays=stays)
    if not therapist_key:
        return words
    key = translate(
        "delete_section",
        "The therapist's key kept here goes too: reports sealed to it can then be opened only with a backup of "
        "the key, if one was kept.",
    )
    return f"{words}\n\n{key}"


class DeleteSection(QWidget):
    """The section, for ``window``'s Privacy page (Forget everything replaces the window)."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.services = window.services
        self._names = {
            PARTNERS[0]: translate("delete_section", "Partner A"),
            PARTNERS[1]: translate("delete_section", "Partner B"),
        }
        frame, column, _ = section(
            translate("delete_section", "Delete"), translate("delete_section", BODY), "deleteSection"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        private_hint = text_label("deletePrivateHint", "hint")
        private_hint.setText(translate("delete_section", PRIVATE_HINT))
        self.private_buttons = {key: button("", f"deletePrivate{key[-1].upper()}") for key in PARTNERS}
        row = ReflowRow()
        for key, made in self.private_buttons.items():
            made.clicked.connect(lambda _=False, k=key: self._delete_private(k))
            row.addWidget(wrap_words(made))
        row.addStretch(1)
        column.addWidget(private_hint)
        column.addLayout(row)
        forget_hint = text_label("forgetHint", "hint")
        forget_hint.setText(translate("delete_section", FORGET_HINT))
        self.forget_button = button(translate("delete_section", "Forget everything..."), "forgetEverything")
        self.forget_button.clicked.connect(self._forget)
        column.addSpacing(8)
        column.addWidget(forget_hint)
        column.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_names()
        self.services.bus.changed.connect(self._changed)

    def _show_names(self) -> None:
        for key, made in self.private_buttons.items():
            name = self._names[key]
            made.setText(translate("delete_section", "Delete {name}'s private data...").format(name=name))
            made.setAccessibleName(
                translate("delete_section", "Delete {name}'s private data, with {name} alone at the screen").format(
                    name=name
                )
            )

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
            translate("delete_section", "Forget everything?"),
            forget_words(self.services.key is not None, therapist_key.has_key(self.services.paths.root)),
            translate("delete_section", "Forget everything"),
            phrase=translate("delete_section", PHRASE),
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
        words = translate("delete_section", "Everything is forgotten. CouplesDesk starts again, as on the first day.")
        if isinstance(left, list) and left:
            names = ", ".join(str(path) for path in left)
            words = translate(
                "delete_section",
                "Everything is forgotten. CouplesDesk starts again, as on the first day. These copies could not be "
                "removed; please delete them yourself: {files}",
            ).format(files=names)
        box = QMessageBox(QMessageBox.Icon.Information, "CouplesDesk", words, parent=new)
        box.setObjectName("forgotten")
        box.open()

    def failed(message: str) -> None:
        log.error("Forgetting everything failed: %s", message)
        dialog.keep.setEnabled(True)
        dialog.accept()
        new = replace(window, paths, clock, key)
        if new is not None:
            words = translate("delete_section", "That did not work: {reason}").format(reason=message)
            box = QMessageBox(QMessageBox.Icon.Warning, "CouplesDesk", words, parent=new)
            box.setObjectName("forgetFailed")
            box.open()

    work.done.connect(done)
    work.failed.connect(failed)
    work.start(lambda: forget_everything(paths.database, paths.backups, clock, key), "couplesdesk-forget")
