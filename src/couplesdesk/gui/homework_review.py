"""After a homework run: "How did it go?", for the therapist's review with the couple.

Two taps: together or each privately, then how it went (an optional line first, if they like).
Privately means a hand-over like a private step's: the other looks away, and what one partner
chose is never shown on the screen again. Skipping is always fine."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..core.engine import Run
from ..core.people import PARTNERS
from ..core.safe_text import display_text
from ..storage import StoreError
from .run_parts import text_label

log = logging.getLogger("couplesdesk.homework")

HOW_WORDS = (("went_well", "It went well"), ("mixed", "Mixed"), ("hard", "It was hard"))


def _button(text: str, name: str, slot: Callable[[], None], parent: QWidget, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    if primary:
        button.setProperty("primary", True)
    button.clicked.connect(slot)
    return button


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class HomeworkReview(QWidget):
    """Shown under the thanks at the end of a run done for a homework item."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("homeworkReview")
        self.run: Run | None = None
        self._queue: list[str] = []  # partners still to answer privately
        self._author = "together"
        self.stack = QStackedWidget(self)
        self.question = text_label("reviewQuestion", "lead", centred=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.stack)
        self._build_ways()
        self._build_handover()
        self._build_answer()
        self._build_thanks()

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.stack.addWidget(page)
        return page, layout

    def _build_ways(self) -> None:
        self.ways, layout = self._page()
        hint = text_label("reviewWaysHint", "hint", centred=True)
        hint.setText("Answer together, or each on your own: both are fine.")
        layout.addWidget(hint)
        self.together_button = _button("Together", "reviewTogether", self._together, self.ways)
        self.each_button = _button("Each of us, privately", "reviewEach", self._each, self.ways)
        self.skip_button = _button("Not now", "reviewSkip", self._done, self.ways)
        layout.addLayout(_row(self.together_button, self.each_button, self.skip_button))

    def _build_handover(self) -> None:
        self.handover, layout = self._page()
        self.handover_text = text_label("reviewHandover", "lead", centred=True)
        self.handover_button = _button("", "reviewReady", self._ready, self.handover, primary=True)
        layout.addWidget(self.handover_text)
        layout.addLayout(_row(self.handover_button))

    def _build_answer(self) -> None:
        self.answer, layout = self._page()
        self.answer_who = text_label("reviewWho", "hint", centred=True)
        self.no_line = text_label("reviewNoLine", "hint", centred=True)
        self.no_line.setText(
            "Just a tap this time: a line written here would not be locked with your passphrase, "
            "so there is no line to write."
        )
        self.line = QLineEdit(self.answer)
        self.line.setObjectName("reviewLine")
        self.line.setMaxLength(300)
        self.line.setPlaceholderText("A line about it, if you like (optional)")
        self.line.setAccessibleName("A line about how it went, optional")
        self.how_buttons = [
            _button(words, f"reviewHow_{how}", functools.partial(self._answer, how), self.answer)
            for how, words in HOW_WORDS
        ]
        self.answer_skip = _button("Skip", "reviewAnswerSkip", self._next, self.answer)
        layout.addWidget(self.answer_who)
        layout.addWidget(self.no_line)
        layout.addWidget(self.line)
        layout.addLayout(_row(*self.how_buttons, self.answer_skip))

    def _build_thanks(self) -> None:
        self.thanks, layout = self._page()
        self.thanks_text = text_label("reviewThanks", "hint", centred=True)
        layout.addWidget(self.thanks_text)

    # ------------------------------------------------------------------ flow

    def show_for(self, run: Run) -> None:
        """Ask, if the run was done for a homework item; otherwise stay out of sight."""
        self.run = run
        try:
            plan = run.store.plans.plan_of_run(run.id)
        except StoreError as exc:
            log.warning("Could not read the plan of a run: %s", exc)
            plan = None
        self.setVisible(plan is not None)
        if plan is None:
            return
        self.question.setText(f"How did it go? A word for {display_text(plan[1])}, if you like.")
        solo = run.binding.get("self")
        if solo in PARTNERS:
            self._ask(solo, private=True)
        else:
            self.stack.setCurrentWidget(self.ways)

    def _together(self) -> None:
        self._ask("together", private=False)

    def _each(self) -> None:
        self._queue = list(PARTNERS)
        self._hand_over()

    def _hand_over(self) -> None:
        assert self.run is not None
        who = self._queue[0]
        other = PARTNERS[1 - PARTNERS.index(who)]
        self.handover_text.setText(
            f"{self.run.name(who)}'s turn. {self.run.name(other)}, please look away for a moment."
        )
        self.handover_button.setText(f"I'm {self.run.name(who)}, ready")
        self.stack.setCurrentWidget(self.handover)
        self.handover_button.setFocus()

    def _ready(self) -> None:
        self._ask(self._queue[0], private=True)

    def _ask(self, author: str, private: bool) -> None:
        assert self.run is not None
        self._author, self._private = author, private
        self._blank_line()
        who = "Together" if author == "together" else f"{self.run.name(author)}, just for you"
        if private and self.run.binding.get("self") is None:
            who += ": your partner will not see this"
        self.answer_who.setText(who)
        # A private line is kept as typed, so it is not offered to a partner whose private
        # words are locked with their own passphrase (storage refuses it too).
        locked = private and author in PARTNERS and self.run.store.personal.has(author)
        self.line.setVisible(not locked)
        self.no_line.setVisible(locked)
        self.stack.setCurrentWidget(self.answer)
        self.how_buttons[0].setFocus()

    def _answer(self, how: str) -> None:
        assert self.run is not None
        try:
            line = self.line.text().strip() if self.line.isVisibleTo(self) else ""
            self.run.store.plans.review(self.run.id, self._author, how, line, self._private)
        except StoreError as exc:
            self.answer_who.setText(f"That could not be saved: {exc}")
            return
        self._blank_line()  # never left on screen for the next person
        self._next()

    def _next(self) -> None:
        if self._queue:
            self._queue.pop(0)
        if self._queue:
            self._hand_over()
        else:
            self._done()

    def _blank_line(self) -> None:
        """Empty the line and its undo history: ``clear()`` can be undone, so Ctrl+Z on the next
        partner's turn would bring back what the one before wrote privately."""
        self.line.setText("")

    def _done(self) -> None:
        self._blank_line()
        self.thanks_text.setText("Thank you. It is kept for when you review your homework with your therapist.")
        self.stack.setCurrentWidget(self.thanks)

    @property
    def labels(self) -> list[QLabel]:
        return [self.question, self.answer_who, self.no_line, self.handover_text, self.thanks_text]
