"""Deleting, asked first: an unfinished run (from Today), a boundary (from the Boundaries
page), one partner's private data (from the Privacy page).

One pattern everywhere (style.md: confirm before anything destructive): a dialog says what
goes, in words, and that it goes for good; "Keep it" is the default button, so Enter never
deletes. The deletion runs on the database worker (the store announces what changed, and the
pages read again), and takes the words out of every backup too (storage/forgetting.py). A
partner's private data is asked for behind a hand-over, as a private step is: the other
partner looks away, and only then does the dialog say what there is.

Ctrl+Shift+H still hides everything while a dialog is open: the dialog closes and the window
switches to its neutral screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..core.people import PARTNERS
from ..storage import AgreementRecord, BoundaryRecord, Couple, Store, StoreError
from ..storage.forgetting import RunHolding
from ..storage.records import RunRecord
from .lock import step_away_keys
from .looks import themed
from .reflow import ReflowRow  # a row that becomes a column when narrow
from .run_parts import text_label
from .services import Services
from .words import capital, shortened, whose_words

if TYPE_CHECKING:
    from .boundaries_page import BoundariesPage

log = logging.getLogger("couplesdesk.deleting")

T = TypeVar("T")

GONE_FOR_BOTH = "It is gone for both of you, from this computer and from every backup, and cannot be brought back."
STATEMENT_SHOWN = 240
"""A longer boundary is shortened in the question (the whole of it goes)."""


def _button(text: str, name: str) -> QPushButton:
    made = QPushButton(text)
    made.setObjectName(name)
    return made


class DeleteDialog(QDialog):
    """Asks before something is deleted; then says it is being done, or what went wrong.

    The flows below set what it says (:meth:`ask`), and answer :attr:`chosen` by doing the
    work (:meth:`working`, then :meth:`failed` or :meth:`say_done`, or ``accept()``).

    Signals:

    chosen(): the person pressed the action button (with the phrase typed, when one is asked).
    """

    chosen = Signal()

    def __init__(self, parent: QWidget, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle("CouplesDesk")
        self.setModal(True)
        self.setMinimumWidth(520)
        self._phrase: str | None = None
        self.heading = text_label("deleteHeading", "sectionTitle")
        self.words = text_label("deleteWords")
        self.quote = text_label("deleteQuote", "statement")
        self.quote.setContentsMargins(14, 10, 14, 10)
        self.phrase_label = text_label("deletePhraseLabel")
        self.phrase = QLineEdit()
        self.phrase.setObjectName("deletePhrase")
        self.phrase.textChanged.connect(self._phrase_typed)
        self.phrase_label.setBuddy(self.phrase)
        self.message = text_label("deleteMessage", "flag")
        self.keep = _button("Keep it", "deleteKeep")
        self.keep.setDefault(True)
        self.keep.clicked.connect(self.reject)
        self.action = _button("", "deleteAction")
        self.action.setAutoDefault(False)
        self.action.clicked.connect(self._act)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.action)
        row.addWidget(self.keep)
        column = self.column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        for widget in (self.heading, self.quote, self.words, self.phrase_label, self.phrase, self.message):
            column.addWidget(widget)
            widget.hide()
        column.addSpacing(4)
        column.addLayout(row)
        step_away_keys(self, lambda: self.keep.setEnabled(True))

    def ask(
        self,
        heading: str,
        words: str,
        action: str,
        *,
        quote: str = "",
        phrase: str | None = None,
        keep: str = "Keep it",
    ) -> None:
        """Say what goes; ``action`` names the button that deletes. With ``phrase``, that
        button waits until the phrase is typed."""
        self.heading.setText(heading)
        self.words.setText(words)
        self.quote.setText(quote)
        self._phrase = phrase
        for widget, shown in ((self.heading, True), (self.words, bool(words)), (self.quote, bool(quote))):
            widget.setVisible(shown)
        if phrase is not None:
            self.phrase_label.setText(f"To be sure, type “{phrase}” here:")
            self.phrase.setAccessibleName(f"Type {phrase} to confirm")
            self.phrase.clear()
        self.phrase_label.setVisible(phrase is not None)
        self.phrase.setVisible(phrase is not None)
        self.message.hide()
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.action.setVisible(bool(action))
        self.keep.setText(keep)
        self.keep.setEnabled(True)
        self._phrase_typed()
        (self.phrase if phrase is not None else self.keep).setFocus()
        self._fit()

    def _fit(self) -> None:
        """As tall as its words need at its width (wrapped words, which change between steps)."""
        layout = self.column
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        self.setMinimumHeight(height)
        self.resize(width, height)

    def _phrase_typed(self) -> None:
        wanted = self._phrase
        self.action.setEnabled(wanted is None or " ".join(self.phrase.text().split()).casefold() == wanted.casefold())

    def _act(self) -> None:
        if self.action.isEnabled():
            self.chosen.emit()

    def working(self) -> None:
        """The work is under way: nothing to press until it is done."""
        self.action.setEnabled(False)
        self.keep.setEnabled(False)
        self.message.hide()

    def failed(self, message: str) -> None:
        self.message.setText(f"Nothing was deleted. {message}")
        self.message.show()
        self._fit()
        self.keep.setEnabled(True)
        self._phrase_typed()

    def say_done(self, heading: str, words: str) -> None:
        """Done: say so, with one button that closes."""
        self.ask(heading, words, "", keep="Close")

    def reject(self) -> None:
        if self.keep.isEnabled():  # never closed half-way through the work
            super().reject()


def _delete(dialog: DeleteDialog, services: Services, job: Callable[[Store], T], done: Callable[[T], None]) -> None:
    """When the person chooses to delete: run ``job`` on the database worker, then ``done``."""

    def failed(exc: StoreError) -> None:
        log.warning("A deletion failed: %s", exc)
        dialog.failed(str(exc))

    def chosen() -> None:
        dialog.working()
        services.database.run(job, done, failed)

    dialog.chosen.connect(chosen)


def _read_then(services: Services, job: Callable[[Store], T], then: Callable[[T], None], parent: QWidget) -> None:
    """Read what a question needs on the worker, then ask it (or say why it cannot be asked)."""

    def failed(exc: StoreError) -> None:
        dialog = DeleteDialog(parent, "deleteUnreadable")
        dialog.ask("That cannot be deleted just now", str(exc), "", keep="Close")
        dialog.open()

    services.database.run(job, then, failed)


# --------------------------------------------------------------------------- a run


def listed(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def run_words(holding: RunHolding, solo: bool) -> str:
    """What deleting a run takes with it, in words."""
    kept = []
    for n, one, many in (
        (holding.boundaries, "boundary", "boundaries"),
        (holding.agreements, "agreement", "agreements"),
    ):
        if n:
            kept.append(f"the {one} it kept" if n == 1 else f"the {n} {many} it kept")
    if holding.talk:
        kept.append("the talk you planned")
    if not holding.answers:
        what = "Nothing was written in it yet."
    else:
        what = (
            "Everything written in it goes."
            if solo
            else "Everything written in it goes: what each of you wrote, private words too."
        )
    also = f" {capital(listed(kept))} {'goes' if len(kept) == 1 else 'go'} with it." if kept else ""
    gone = "It is gone from this computer and from every backup, and cannot be brought back." if solo else GONE_FOR_BOTH
    return f"{what}{also}\n\n{gone}"


def ask_delete_run(parent: QWidget, services: Services, run_id: str, title: str) -> None:
    """'Delete "Boundary statement"?' for an unfinished run, then delete it for good."""

    def read(store: Store) -> tuple[RunRecord, RunHolding]:
        return store.runs.get(run_id), store.forgetting.run_holds(run_id)

    def ask(found: tuple[RunRecord, RunHolding]) -> None:
        record, holding = found
        exercise = services.library.get(record.exercise_id)
        solo = exercise is not None and exercise.who == "solo"
        dialog = DeleteDialog(parent, "deleteRunDialog")
        dialog.ask(f"Delete “{title}”?", run_words(holding, solo), "Delete for good")
        _delete(dialog, services, lambda store: store.forgetting.run(run_id), lambda _: dialog.accept())
        dialog.open()

    _read_then(services, read, ask, parent)


# --------------------------------------------------------------------------- a boundary


def ask_delete_boundary(parent: QWidget, services: Services, record: BoundaryRecord) -> None:
    """'Delete this boundary?', quoting it, then delete it for good."""

    def ask(couple: Couple | None) -> None:
        names = couple.names() if couple is not None else {}
        whose = whose_words(record.author, names)
        whose = "Stated by both of you." if record.author == "together" else f"{capital(whose)}'s boundary."
        dialog = DeleteDialog(parent, "deleteBoundaryDialog")
        quote = shortened(record.statement, STATEMENT_SHOWN)
        dialog.ask("Delete this boundary?", f"{whose} {GONE_FOR_BOTH}", "Delete for good", quote=quote)
        _delete(dialog, services, lambda store: store.forgetting.boundary(record.id), lambda _: dialog.accept())
        dialog.open()

    _read_then(services, lambda store: store.couple.get(), ask, parent)


def ask_delete_agreement(parent: QWidget, services: Services, record: AgreementRecord) -> None:
    """'Delete this agreement?', quoting it, then delete it (and its earlier wordings) for good."""
    dialog = DeleteDialog(parent, "deleteAgreementDialog")
    quote = shortened(record.statement, STATEMENT_SHOWN)
    dialog.ask(
        "Delete this agreement?", f"What you agreed on together. {GONE_FOR_BOTH}", "Delete for good", quote=quote
    )
    _delete(dialog, services, lambda store: store.forgetting.agreement(record.id), lambda _: dialog.accept())
    dialog.open()


LINK_STYLE = """
QPushButton { background: transparent; border: none; color: @accent_text@; padding: 4px 2px; text-decoration: underline; }
QPushButton:hover { color: @text@; }
QPushButton:focus { border: 2px solid @focus@; border-radius: 6px; }
"""


def add_boundary_delete(page: BoundariesPage) -> QPushButton:
    """'Delete this boundary...', a quiet link on the line under the selected boundary."""
    button = QPushButton("Delete this boundary...")
    button.setObjectName("boundaryDelete")
    button.setAccessibleName("Delete the selected boundary")
    themed(button, LINK_STYLE)

    def clicked() -> None:
        record = page.selected_record()
        if record is not None:
            ask_delete_boundary(page, page.services, record)

    button.clicked.connect(clicked)
    detail = page.detail.layout()
    if isinstance(detail, QVBoxLayout):
        at = detail.indexOf(page.meta)
        detail.removeWidget(page.meta)
        line = ReflowRow()
        line.addWidget(page.meta, 1)
        line.addWidget(button)
        detail.insertLayout(at, line)
    return button


# --------------------------------------------------------------------------- a partner's private data


def _other_of(partner: str) -> str:
    return PARTNERS[1] if partner == PARTNERS[0] else PARTNERS[0]


def ask_delete_private(parent: QWidget, services: Services, partner: str, names: dict[str, str]) -> DeleteDialog:
    """For one partner alone: the hand-over first; then how much there is, and the question."""
    name, other = names.get(partner, partner), names.get(_other_of(partner), "your partner")
    dialog = DeleteDialog(parent, "deletePrivateDialog")
    dialog.ask(
        f"For {name} alone",
        f"Hand the screen to {name}. This is for {name} alone: {other}, please look away or step out for a moment.",
        f"I'm {name}, go on",
        keep="Cancel",
    )
    state: dict[str, Any] = {"stage": "handover"}

    def counted(runs: int) -> None:
        state["stage"] = "asked"
        if not runs:
            dialog.ask(
                f"Nothing private to delete, {name}",
                f"Nothing you wrote on your own is kept here unseen by {other}.",
                "",
                keep="Close",
            )
            return
        where = "one exercise" if runs == 1 else f"{runs} exercises"
        dialog.ask(
            f"{name}, delete your private data?",
            f"Everything you wrote or chose in private and never showed {other}, in {where}, goes: from this "
            f"computer and from every backup, for good.\n\nWhat you shared together stays, and so does everything "
            f"of {other}'s.",
            "Delete my private data",
        )

    def deleted(_count: int) -> None:
        dialog.say_done(
            "Your private data is deleted",
            f"It is gone from this computer and from every backup. You can call {other} back now.",
        )

    def failed(exc: StoreError) -> None:
        dialog.failed(str(exc))

    def chosen() -> None:
        dialog.working()
        if state["stage"] == "handover":
            services.database.run(lambda store: store.forgetting.private_runs(partner), counted, failed)
        else:
            services.database.run(lambda store: store.forgetting.private_answers(partner), deleted, failed)

    dialog.chosen.connect(chosen)
    dialog.open()
    return dialog
