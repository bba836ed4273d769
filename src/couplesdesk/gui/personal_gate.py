"""The personal passphrase gate: a part of the run page that asks one partner for their own
passphrase before a screen (or a move) that needs it, with nothing of theirs on screen.

* After "I'm Alex, show me": Alex's private step is shown only once Alex's passphrase is right.
* At a reveal: each partner whose answers there are kept locked types theirs; the reveal then
  stores those answers as shared text, and the keys opened for it close again.
* Before Next passes a branch that looks at locked answers: their author types theirs.

A key opened here closes at the next hand-over, at the end, and when the run is left (the
engine closes it then). A wrong passphrase is said kindly; several in a row are slowed down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core.engine import OTHER, Run, Screen
from ..storage import Store, StoreError
from ..storage.personal import TryLater
from .i18n import QT_TRANSLATE_NOOP, translate
from .reflow import ReflowRow  # a row that becomes a column when narrow
from .run_parts import text_label

if TYPE_CHECKING:
    from .run_page import RunPage

FORGOTTEN = QT_TRANSLATE_NOOP(
    "personal_gate",
    "Forgotten it? It can't be recovered. Leave for now; on the Privacy page you can let it go, and what it "
    "kept locked stays unreadable for good.",
)


class PersonalGate(QWidget):
    def __init__(self, page: RunPage):
        super().__init__(page)
        self.setObjectName("personalGate")
        self.page = page
        self.partner: str | None = None
        self._then: Callable[[], None] = lambda: None
        self._for_a_moment = False  # a key opened for a reveal closes once the screen is made
        self._opened_for_screen: set[str] = set()
        self._busy = False
        self._build()
        page.body.addWidget(self)
        page.body.currentChanged.connect(self._page_changed)
        page.services.bus.tick.connect(self._tick)

    def _build(self) -> None:
        self.words = text_label("gateWords", "lead")
        self.field = QLineEdit()
        self.field.setObjectName("personalPassphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.returnPressed.connect(self.submit)
        self.status = text_label("gateStatus", "flag")
        self.status.hide()
        self.button = QPushButton(translate("personal_gate", "Open"))
        self.button.setObjectName("gateOpen")
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.submit)
        self.hint = text_label("gateForgotten", "hint")
        self.hint.setText(translate("personal_gate", FORGOTTEN))
        column = QWidget(self)
        column.setMinimumWidth(380)
        column.setMaximumWidth(540)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        for widget in (self.words, self.field, self.status):
            inner.addWidget(widget)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addSpacing(8)
        inner.addWidget(self.hint)
        content = QWidget()
        row = ReflowRow()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        middle = QVBoxLayout(content)
        middle.addStretch(1)
        middle.addLayout(row)
        middle.addStretch(2)
        scroll = QScrollArea()  # in a small window, nothing is squeezed: it scrolls
        scroll.setObjectName("gateArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @property
    def busy(self) -> bool:
        """Whether a passphrase typed here is being tried now."""
        return self._busy

    # ------------------------------------------------------------------ when to ask

    def holds(self, screen: Screen) -> bool:
        """Before ``screen`` is shown: if someone's passphrase is needed first, ask for it
        (then show the screen) and return True."""
        run = self.page.run
        needed = run.passphrases_needed() if run is not None else []
        if run is None or not needed:
            return False
        partner = needed[0]
        name, other = run.name(partner), run.name(OTHER[partner])
        title = translate("personal_gate", "{name}'s passphrase").format(name=name)
        if partner == screen.actor and run.exercise.who == "solo":
            words = translate(
                "personal_gate",
                "{name}, please type your passphrase to go on: your answers here are kept locked with it.",
            ).format(name=name)
            self._ask(run, partner, title, words, self._show, for_a_moment=False)
        elif partner == screen.actor:
            words = translate(
                "personal_gate",
                "This part is for {name} alone. {name}, please type your passphrase to see it. "
                "{other}, please look away for a moment.",
            ).format(name=name, other=other)
            self._ask(run, partner, title, words, self._show, for_a_moment=False)
        else:
            words = translate(
                "personal_gate",
                "{name}'s answers here are kept locked with {name}'s passphrase. {name}, please type it to open "
                "them. Once you have both read them, they are shared between you.",
            ).format(name=name)
            title = translate("personal_gate", "Opening the answers")
            self._ask(run, partner, title, words, self._show, for_a_moment=True)
        return True

    def holds_move(self) -> bool:
        """Before Next: if a branch it passes looks at locked answers, ask their author first
        (then move on) and return True."""
        run = self.page.run
        needed = run.passphrases_to_move() if run is not None else []
        if run is None or not needed:
            return False
        name = run.name(needed[0])
        words = translate(
            "personal_gate",
            "What comes next depends on answers kept locked with {name}'s passphrase. {name}, please type it to "
            "go on. Nothing of yours is shown.",
        ).format(name=name)
        title = translate("personal_gate", "{name}'s passphrase").format(name=name)
        self._ask(run, needed[0], title, words, self._move_on, for_a_moment=True)
        return True

    def _show(self) -> None:
        run = self.page.run
        if run is not None:
            self.page._show_step(run.screen)

    def _move_on(self) -> None:
        page = self.page
        if page.run is None:
            return
        page.body.setCurrentWidget(page.step_scroll)
        page.footer_for(page.run.screen)
        page.go_next()

    # ------------------------------------------------------------------ asking

    def _ask(
        self, run: Run, partner: str, title: str, words: str, then: Callable[[], None], *, for_a_moment: bool
    ) -> None:
        page = self.page
        self.field.setEnabled(True)
        self.field.setFocus()  # first: hidden with the focus, a control hands it on (Back...), each read aloud
        page._clear_step()
        self.partner, self._then, self._for_a_moment = partner, then, for_a_moment
        name = run.name(partner)
        page.title.setText(title)
        page._set_actor_chip(partner)
        page.progress_row.show_run(run, with_turn=False)
        self.words.setText(words)
        self.field.clear()
        self.field.setPlaceholderText(translate("personal_gate", "{name}'s passphrase or PIN").format(name=name))
        self.field.setAccessibleName(
            translate("personal_gate", "{name}'s personal passphrase or PIN").format(name=name)
        )
        self.status.hide()
        self._ready()
        if not self.button.isEnabled():
            self.status.setText(str(TryLater(page.services.store.personal.wait(partner))))
            self.status.show()
        page.body.setCurrentWidget(self)
        page.footer_for(None)
        page._say(title, words)

    def submit(self) -> None:
        run, partner, secret = self.page.run, self.partner, self.field.text()
        if run is None or partner is None or not secret or self._busy or not self.button.isEnabled():
            return
        self._busy = True
        self.field.setEnabled(False)
        self.button.setEnabled(False)
        self.button.setText(translate("personal_gate", "Opening..."))
        self.status.hide()

        def job(store: Store) -> None:
            store.personal.unlock(partner, secret)  # the key derivation takes a moment: not here

        self.page.services.database.run(job, lambda _: self._opened(run, partner), self._refused)

    def _opened(self, run: Run, partner: str) -> None:
        self._busy = False
        self.field.clear()
        if self.page.run is not run or self.page.body.currentWidget() is not self:
            run.close_keys(partner)  # the run was left meanwhile: nothing is shown
            return
        run.opened()
        if self._for_a_moment:
            self._opened_for_screen.add(partner)
        self._then()
        if self.page.body.currentWidget() is not self and self.page.run is run:
            for opened in self._opened_for_screen:  # the screen is made: they are needed no longer
                run.close_keys(opened)
            self._opened_for_screen.clear()

    def _refused(self, error: StoreError) -> None:
        self._busy = False
        self._ready()
        words, run = str(error), self.page.run
        if not self.button.isEnabled() and self.partner is not None and run is not None:
            wait = self.page.services.store.personal.wait(self.partner)
            words = translate(
                "personal_gate",
                "That isn't {name}'s passphrase either. To keep guessing slow, you can try again in {count} seconds.",
            )
            if wait == 1:
                words = translate(
                    "personal_gate",
                    "That isn't {name}'s passphrase either. To keep guessing slow, you can try again in a second.",
                )
            words = words.format(count=wait, name=run.name(self.partner))
        self.status.setText(words)
        self.status.show()
        self.field.selectAll()
        self.field.setFocus()

    def _ready(self) -> None:
        """The field and Open, unless guessing has to slow down a moment (see the tick)."""
        waiting = self.partner is not None and self.page.services.store.personal.wait(self.partner) > 0
        self.field.setEnabled(True)
        self.button.setEnabled(not waiting and not self._busy)
        self.button.setText(translate("personal_gate", "Open"))

    def _tick(self) -> None:
        if self.partner is not None and not self._busy and not self.button.isEnabled() and self.isVisible():
            self._ready()
            if self.button.isEnabled():
                self.status.setText(translate("personal_gate", "You can try again now."))

    def cover(self) -> None:
        """The window is locked: what is typed is saved and every open key closes. A private step
        that needed one goes behind the gate again, to be opened anew by its own partner."""
        page, run = self.page, self.page.run
        page.flush()
        if run is None:
            return
        run.close_keys()
        self._opened_for_screen.clear()
        screen = run.screen
        if page.body.currentWidget() is page.step_scroll and (screen.private_input or run.exercise.who == "solo"):
            if run.needs_passphrase(screen.actor):
                page._show_step(screen)

    def _page_changed(self, index: int) -> None:
        """A hand-over, the question of who goes first, or the end: every open key closes."""
        page = self.page
        if page.run is not None and page.body.widget(index) in (
            page.handover_page,
            page.question_page,
            page.finished_page,
        ):
            page.run.close_keys()
            self._opened_for_screen.clear()
