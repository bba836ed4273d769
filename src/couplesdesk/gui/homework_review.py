"""After a homework run: "How did it go?", for the therapist's review with the couple.

Two taps: together or each privately, then how it went (an optional line first, if they like).
Privately means a hand-over like a private step's: the other looks away, and what one partner
chose is never shown on the screen again. A partner who keeps their private words locked with a
personal passphrase is asked for it at the hand-over (``gui/personal_ask.py``): their tap and
line are then written only locked with their key (``store.plans.review``), which is closed
again as soon as they have answered. Skipping is always fine."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.engine import Run
from ..core.people import PARTNERS
from ..core.safe_text import display_text
from ..storage import StoreError
from .i18n import translate
from .personal_ask import PersonalAsk, close_key
from .run_parts import text_label
from .services import Services

log = logging.getLogger("couplesdesk.homework")


def how_words() -> tuple[tuple[str, str], ...]:
    """The three taps, in the interface's language."""
    return (
        ("went_well", translate("homework_review", "It went well")),
        ("mixed", translate("homework_review", "Mixed")),
        ("hard", translate("homework_review", "It was hard")),
    )


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
        self.services: Services | None = None
        self.ask: PersonalAsk | None = None  # a partner's own passphrase, at their hand-over
        self._opened_here: set[str] = set()  # keys this review opened, closed once they answered
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
        hint.setText(translate("homework_review", "Answer together, or each on your own: both are fine."))
        layout.addWidget(hint)
        self.together_button = _button(
            translate("homework_review", "Together"), "reviewTogether", self._together, self.ways
        )
        self.each_button = _button(
            translate("homework_review", "Each of us, privately"), "reviewEach", self._each, self.ways
        )
        self.skip_button = _button(translate("homework_review", "Not now"), "reviewSkip", self._done, self.ways)
        layout.addLayout(_row(self.together_button, self.each_button, self.skip_button))

    def _build_handover(self) -> None:
        self.handover, layout = self._page()
        self.handover_text = text_label("reviewHandover", "lead", centred=True)
        self.handover_button = _button("", "reviewReady", self._ready, self.handover, primary=True)
        layout.addWidget(self.handover_text)
        layout.addLayout(_row(self.handover_button))

    def use(self, services: Services) -> None:
        """The app's services: to ask a partner for their personal passphrase."""
        self.services = services
        self.ask = PersonalAsk(services, "reviewAsk", self.stack)
        self.ask.opened.connect(self._key_opened)
        self.ask.declined.connect(self._next)  # Not now: nothing of theirs is written
        self.stack.addWidget(self.ask)

    def _build_answer(self) -> None:
        self.answer, layout = self._page()
        self.answer_who = text_label("reviewWho", "hint", centred=True)
        self.line = QLineEdit(self.answer)
        self.line.setObjectName("reviewLine")
        self.line.setMaxLength(300)
        self.line.setPlaceholderText(translate("homework_review", "A line about it, if you like (optional)"))
        self.line.setAccessibleName(translate("homework_review", "A line about how it went, optional"))
        self.how_buttons = [
            _button(words, f"reviewHow_{how}", functools.partial(self._answer, how), self.answer)
            for how, words in how_words()
        ]
        self.answer_skip = _button(translate("homework_review", "Skip"), "reviewAnswerSkip", self._next, self.answer)
        layout.addWidget(self.answer_who)
        layout.addWidget(self.line)
        layout.addLayout(_row(*self.how_buttons, self.answer_skip))

    def _build_thanks(self) -> None:
        self.thanks, layout = self._page()
        self.thanks_text = text_label("reviewThanks", "hint", centred=True)
        layout.addWidget(self.thanks_text)

    # ------------------------------------------------------------------ flow

    def show_for(self, run: Run) -> None:
        """Ask, if the run was done for a homework item; otherwise stay out of sight."""
        self._close_keys()
        self.run, self._queue = run, []
        try:
            plan = run.store.plans.plan_of_run(run.id)
        except StoreError as exc:
            log.warning("Could not read the plan of a run: %s", exc)
            plan = None
        self.setVisible(plan is not None)
        if plan is None:
            return
        self.question.setText(
            translate("homework_review", "How did it go? A word for {therapist}, if you like.").format(
                therapist=display_text(plan[1])
            )
        )
        solo = run.binding.get("self")
        if solo in PARTNERS:
            self._private_turn(
                solo,
                translate("homework_review", "{name}, what you say here is locked with your own passphrase.").format(
                    name=run.name(solo)
                ),
            )
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
        names = {"name": self.run.name(who), "other": self.run.name(other)}
        if self._needs_key(who):
            words = translate(
                "homework_review",
                "{name}'s turn. {other}, please look away for a moment. {name}, what you say here is locked with "
                "your own passphrase, like your private answers: type it to go on.",
            )
            self._private_turn(who, words.format(**names))
            return
        turn = translate("homework_review", "{name}'s turn. {other}, please look away for a moment.").format(**names)
        self.handover_text.setText(turn)
        self.handover_button.setText(translate("homework_review", "I'm {name}, ready").format(name=self.run.name(who)))
        self.stack.setCurrentWidget(self.handover)
        self.handover_button.setFocus()

    def _ready(self) -> None:
        self._ask(self._queue[0], private=True)

    def _needs_key(self, partner: str) -> bool:
        """Whether ``partner`` keeps their private words locked and their key is not open now."""
        assert self.run is not None
        personal = self.run.store.personal
        return partner in PARTNERS and personal.has(partner) and not personal.is_open(partner)

    def _private_turn(self, partner: str, words: str) -> None:
        """``partner``'s private answer: behind their own passphrase first, when they keep one."""
        if not self._needs_key(partner):
            self._ask(partner, private=True)
        elif self.ask is None or self.run is None:
            self._next()  # nowhere to ask: nothing of theirs can be written, so nothing is asked
        else:
            self.ask.ask(partner, self.run.name(partner), words)
            inside = self.ask.findChild(QScrollArea)
            content = inside.widget() if inside is not None else None
            if content is not None:  # whole: in a small window the end page scrolls, not this panel
                tall = content.heightForWidth(min(540, max(360, self.width() - 40)))
                self.ask.setMinimumHeight(max(tall, content.sizeHint().height()) + 8)
            self.stack.setCurrentWidget(self.ask)

    def _key_opened(self, partner: str) -> None:
        self._opened_here.add(partner)
        self._ask(partner, private=True)

    def _close_keys(self) -> None:
        """Close the keys this review opened: what they locked is locked again."""
        for partner in sorted(self._opened_here):
            if self.services is not None:
                close_key(self.services, partner)
        self._opened_here.clear()

    def _ask(self, author: str, private: bool) -> None:
        assert self.run is not None
        self._author, self._private = author, private
        self._blank_line()
        self.answer_who.setText(self._who_words(author, private))
        self.stack.setCurrentWidget(self.answer)
        self.how_buttons[0].setFocus()

    def _who_words(self, author: str, private: bool) -> str:
        """Who answers now, and who will see it."""
        assert self.run is not None
        if author not in PARTNERS or not private:
            return translate("homework_review", "Together")
        name = self.run.name(author)
        locked = self.run.store.personal.has(author)
        if self.run.binding.get("self") is not None:  # a solo run: nobody else is at the screen
            if locked:
                return translate("homework_review", "{name}, just for you, locked with your passphrase").format(
                    name=name
                )
            return translate("homework_review", "{name}, just for you").format(name=name)
        if locked:
            return translate(
                "homework_review",
                "{name}, just for you: your partner will not see this, and it stays locked with your passphrase",
            ).format(name=name)
        return translate("homework_review", "{name}, just for you: your partner will not see this").format(name=name)

    def _answer(self, how: str) -> None:
        assert self.run is not None
        try:
            line = self.line.text().strip()
            self.run.store.plans.review(self.run.id, self._author, how, line, self._private)
        except StoreError as exc:
            self.answer_who.setText(
                translate("homework_review", "That could not be saved: {problem}").format(problem=exc)
            )
            return
        self._blank_line()  # never left on screen for the next person
        self._next()

    def _next(self) -> None:
        self._close_keys()
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
        self._close_keys()
        self._blank_line()
        self.thanks_text.setText(
            translate("homework_review", "Thank you. It is kept for when you review your homework with your therapist.")
        )
        self.stack.setCurrentWidget(self.thanks)

    @property
    def labels(self) -> list[QLabel]:
        return [self.question, self.answer_who, self.handover_text, self.thanks_text]

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """Left (Back to Today, the lock): a key opened here is closed, a passphrase half typed forgotten."""
        if event.spontaneous():  # the window was minimised: still their turn
            super().hideEvent(event)
            return
        if self.ask is not None:
            self.ask.cancel()
        self._close_keys()
        super().hideEvent(event)
