"""Deleting, asked first: an unfinished run (from Today), a homework plan (from Today's
homework card), a boundary (from the Boundaries page), one partner's private data (from the
Privacy page).

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
from ..core.safe_text import display_text
from ..storage import AgreementRecord, BoundaryRecord, Couple, PlanRecord, Store, StoreError
from ..storage.forgetting import RunHolding
from ..storage.records import RunRecord
from .i18n import QT_TRANSLATE_NOOP, translate
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

GONE_FOR_BOTH = QT_TRANSLATE_NOOP(
    "deleting", "It is gone for both of you, from this computer and from every backup, and cannot be brought back."
)
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
        self.keep = _button(translate("deleting", "Keep it"), "deleteKeep")
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
        keep: str = "",
    ) -> None:
        """Say what goes; ``action`` names the button that deletes (``keep`` the one that does
        not: "Keep it" unless given). With ``phrase``, that button waits until the phrase is typed."""
        self.heading.setText(heading)
        self.words.setText(words)
        self.quote.setText(quote)
        self._phrase = phrase
        for widget, shown in ((self.heading, True), (self.words, bool(words)), (self.quote, bool(quote))):
            widget.setVisible(shown)
        if phrase is not None:
            self.phrase_label.setText(translate("deleting", "To be sure, type “{phrase}” here:").format(phrase=phrase))
            self.phrase.setAccessibleName(translate("deleting", "Type {phrase} to confirm").format(phrase=phrase))
            self.phrase.clear()
        self.phrase_label.setVisible(phrase is not None)
        self.phrase.setVisible(phrase is not None)
        self.message.hide()
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.action.setVisible(bool(action))
        self.keep.setText(keep or translate("deleting", "Keep it"))
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
        self.message.setText(translate("deleting", "Nothing was deleted. {reason}").format(reason=message))
        self.message.show()
        self._fit()
        self.keep.setEnabled(True)
        self._phrase_typed()

    def say_done(self, heading: str, words: str) -> None:
        """Done: say so, with one button that closes."""
        self.ask(heading, words, "", keep=translate("deleting", "Close"))

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
        dialog.ask(
            translate("deleting", "That cannot be deleted just now"), str(exc), "", keep=translate("deleting", "Close")
        )
        dialog.open()

    services.database.run(job, then, failed)


# --------------------------------------------------------------------------- a run


def listed(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) == 1:
        return items[0]
    return translate("deleting", "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def run_words(holding: RunHolding, solo: bool) -> str:
    """What deleting a run takes with it, in words."""
    kept = []
    boundaries, agreements = holding.boundaries, holding.agreements
    if boundaries == 1:
        kept.append(translate("deleting", "the boundary it kept"))
    elif boundaries:
        kept.append(translate("deleting", "the {count} boundaries it kept").format(count=boundaries))
    if agreements == 1:
        kept.append(translate("deleting", "the agreement it kept"))
    elif agreements:
        kept.append(translate("deleting", "the {count} agreements it kept").format(count=agreements))
    if holding.talk:
        kept.append(translate("deleting", "the talk you planned"))
    if not holding.answers:
        what = translate("deleting", "Nothing was written in it yet.")
    elif solo:
        what = translate("deleting", "Everything written in it goes.")
    else:
        what = translate("deleting", "Everything written in it goes: what each of you wrote, private words too.")
    if kept:
        also = (
            translate("deleting", "{things} goes with it.")
            if len(kept) == 1
            else translate("deleting", "{things} go with it.")
        )
        what = f"{what} {also.format(things=capital(listed(kept)))}"
    if solo:
        gone = translate("deleting", "It is gone from this computer and from every backup, and cannot be brought back.")
    else:
        gone = translate("deleting", GONE_FOR_BOTH)
    return f"{what}\n\n{gone}"


def ask_delete_run(parent: QWidget, services: Services, run_id: str, title: str) -> None:
    """'Delete "Boundary statement"?' for an unfinished run, then delete it for good."""

    def read(store: Store) -> tuple[RunRecord, RunHolding]:
        return store.runs.get(run_id), store.forgetting.run_holds(run_id)

    def ask(found: tuple[RunRecord, RunHolding]) -> None:
        record, holding = found
        exercise = services.library.get(record.exercise_id)
        solo = exercise is not None and exercise.who == "solo"
        dialog = DeleteDialog(parent, "deleteRunDialog")
        heading = translate("deleting", "Delete “{title}”?").format(title=title)
        dialog.ask(heading, run_words(holding, solo), translate("deleting", "Delete for good"))
        _delete(dialog, services, lambda store: store.forgetting.run(run_id), lambda _: dialog.accept())
        dialog.open()

    _read_then(services, read, ask, parent)


# --------------------------------------------------------------------------- a homework plan


def plan_words(therapist: str) -> str:
    """What removing a plan takes, and what it leaves."""
    return (
        f"The plan from {therapist} leaves Today, and its reminders stop.\n\n"
        "What you did for it stays: every exercise you did stays in your history, with what you wrote.\n\n"
        "The plan goes from this computer and from every backup. To take it up again, open its file again."
    )


def ask_remove_plan(parent: QWidget, services: Services, plan: PlanRecord) -> DeleteDialog:
    """'Remove this homework plan?', then remove it (and its items) for good; runs stay."""
    dialog = DeleteDialog(parent, "removePlanDialog")
    quote = shortened(display_text(plan.title), STATEMENT_SHOWN)
    dialog.ask(
        "Remove this homework plan?", plan_words(display_text(plan.therapist_name)), "Remove the plan", quote=quote
    )
    _delete(dialog, services, lambda store: store.forgetting.plan(plan.id), lambda _: dialog.accept())
    dialog.open()
    return dialog


# --------------------------------------------------------------------------- a boundary


def ask_delete_boundary(parent: QWidget, services: Services, record: BoundaryRecord) -> None:
    """'Delete this boundary?', quoting it, then delete it for good."""

    def ask(couple: Couple | None) -> None:
        names = couple.names() if couple is not None else {}
        whose = whose_words(record.author, names)
        if record.author == "together":
            whose = translate("deleting", "Stated by both of you.")
        else:
            whose = translate("deleting", "{name}'s boundary.").format(name=capital(whose))
        dialog = DeleteDialog(parent, "deleteBoundaryDialog")
        quote = shortened(record.statement, STATEMENT_SHOWN)
        gone = translate("deleting", GONE_FOR_BOTH)
        words = f"{whose} {gone}"
        dialog.ask(
            translate("deleting", "Delete this boundary?"), words, translate("deleting", "Delete for good"), quote=quote
        )
        _delete(dialog, services, lambda store: store.forgetting.boundary(record.id), lambda _: dialog.accept())
        dialog.open()

    _read_then(services, lambda store: store.couple.get(), ask, parent)


def ask_delete_agreement(parent: QWidget, services: Services, record: AgreementRecord) -> None:
    """'Delete this agreement?', quoting it, then delete it (and its earlier wordings) for good."""
    dialog = DeleteDialog(parent, "deleteAgreementDialog")
    quote = shortened(record.statement, STATEMENT_SHOWN)
    agreed, gone = translate("deleting", "What you agreed on together."), translate("deleting", GONE_FOR_BOTH)
    words = f"{agreed} {gone}"
    dialog.ask(
        translate("deleting", "Delete this agreement?"), words, translate("deleting", "Delete for good"), quote=quote
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
    button = QPushButton(translate("deleting", "Delete this boundary..."))
    button.setObjectName("boundaryDelete")
    button.setAccessibleName(translate("deleting", "Delete the selected boundary"))
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
    name, other = names.get(partner, partner), names.get(_other_of(partner), translate("deleting", "your partner"))
    dialog = DeleteDialog(parent, "deletePrivateDialog")
    dialog.ask(
        translate("deleting", "For {name} alone").format(name=name),
        translate(
            "deleting",
            "Hand the screen to {name}. This is for {name} alone: {other}, please look away or step out for a moment.",
        ).format(name=name, other=other),
        translate("deleting", "I'm {name}, go on").format(name=name),
        keep=translate("deleting", "Cancel"),
    )
    state: dict[str, Any] = {"stage": "handover"}

    def counted(runs: int) -> None:
        state["stage"] = "asked"
        _ask_private(dialog, name, other, runs)

    def deleted(_count: int) -> None:
        dialog.say_done(
            translate("deleting", "Your private data is deleted"),
            translate(
                "deleting", "It is gone from this computer and from every backup. You can call {other} back now."
            ).format(other=other),
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


def _ask_private(dialog: DeleteDialog, name: str, other: str, runs: int) -> None:
    """The question itself, once it is known how many exercises hold private words (or none)."""
    if not runs:
        dialog.ask(
            translate("deleting", "Nothing private to delete, {name}").format(name=name),
            translate("deleting", "Nothing you wrote on your own is kept here unseen by {other}.").format(other=other),
            "",
            keep=translate("deleting", "Close"),
        )
        return
    if runs == 1:
        words = translate(
            "deleting",
            "Everything you wrote or chose in private and never showed {other}, in one exercise, goes: from this "
            "computer and from every backup, for good.\n\nWhat you shared together stays, and so does "
            "everything of {other}'s.",
        )
    else:
        words = translate(
            "deleting",
            "Everything you wrote or chose in private and never showed {other}, in {count} exercises, goes: from "
            "this computer and from every backup, for good.\n\nWhat you shared together stays, and so does "
            "everything of {other}'s.",
        )
    dialog.ask(
        translate("deleting", "{name}, delete your private data?").format(name=name),
        words.format(other=other, count=runs),
        translate("deleting", "Delete my private data"),
    )
