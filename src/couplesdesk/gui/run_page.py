"""Running an exercise: one step at a time, a hand-over screen before anything private,
Back and Next, and every keystroke saved within a second."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from ..core import model
from ..core.engine import OTHER, Run, RunError, Screen
from ..core.people import PARTNERS as PARTNER_KEYS
from ..storage import RunRecord, StoreError
from .announce import announce_soon, sentences
from .autosave import Autosave
from .focus import holds_focus, tab_in_reading_order
from .i18n import translate
from .palette import current
from .personal_gate import PersonalGate
from .run_finish import FinishedPanel
from .run_parts import CentredPanel, RunFooter, RunHeader, StepArea, plain_tooltip, shortcut, text_label
from .run_progress import ProgressRow
from .run_question import QuestionPage, SoloResumePanel, handover_words, solo_note, together_words, who_question
from .services import Services
from .steps import StepWidget, make_step_widget
from .words import when_words

log = logging.getLogger("couplesdesk.run")


class RunPage(QWidget):
    """Signals:

    closed(): the person is done with this page (finished, or left for now).
    """

    _plan_item_id: str | None = None  # the homework item the run being started is for

    closed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runPage")
        self.services = services
        self.run: Run | None = None
        self.exercise: model.Exercise | None = None
        self.step_widget: StepWidget[Any] | None = None
        self._pending: tuple[str, str, Any] | None = None  # step id, author, value
        self._last_view: tuple[str, bool] | None = None  # actor, private
        self._handover_target: tuple[str, bool] = ("together", False)
        self.autosave = Autosave(self.flush, self)  # within a second of any key, however steady the typing
        self._build()
        self._connect()

    def _build(self) -> None:
        header = RunHeader()
        self.exercise_label, self.title, self.actor = header.exercise_label, header.title, header.actor
        self.progress_row = ProgressRow()
        self.progress = self.progress_row.label
        self.body = QStackedWidget()
        self.question_page = QuestionPage()
        self.solo_page = SoloResumePanel()
        self._left: RunRecord | None = None  # a solo run its author left part of the way
        self.handover_page = CentredPanel("handover", "handoverText", "handoverContinue", "handoverSub")
        self.handover_text, self.handover_button = self.handover_page.text, self.handover_page.button
        assert self.handover_page.sub is not None
        self.handover_sub = self.handover_page.sub
        self.step_scroll = StepArea()
        self.step_scroll.setAccessibleName(translate("run_page", "The current step"))
        self.finished_page = FinishedPanel()
        self.finished_page.review.use(self.services)  # a partner's own passphrase, for a private review
        self.finished_text, self.finished_button = self.finished_page.text, self.finished_page.button
        for page in (self.question_page, self.solo_page, self.handover_page, self.step_scroll, self.finished_page):
            self.body.addWidget(page)
        self.gate = PersonalGate(self)  # a personal passphrase, before what needs it
        self.save_error = text_label("saveError", "flag")
        self.save_error.hide()
        self.back_note = text_label("backNote", "hint")
        self.back_note.hide()
        self.footer = RunFooter()
        self.back_button, self.leave_button = self.footer.back_button, self.footer.leave_button
        self.blocked_label, self.next_button = self.footer.blocked_label, self.footer.next_button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 20)
        layout.setSpacing(14)
        for part, stretch in ((header, 0), (self.progress_row, 0), (self.body, 1), (self.save_error, 0)):
            layout.addWidget(part, stretch)
        layout.addWidget(self.back_note)
        layout.addWidget(self.footer)

    def _connect(self) -> None:
        self.question_page.picked.connect(self._begin)
        self.solo_page.carry_on.clicked.connect(lambda: self._left_run(carry_on=True))
        self.solo_page.afresh.clicked.connect(lambda: self._left_run(carry_on=False))
        self.handover_button.clicked.connect(self._after_handover)
        self.finished_button.clicked.connect(self.closed.emit)
        self.back_button.clicked.connect(self.go_back)
        self.leave_button.clicked.connect(self.leave)
        self.next_button.clicked.connect(self.go_next)
        for keys, slot in (
            ("Ctrl+Return", self.go_next),
            ("Ctrl+Enter", self.go_next),
            ("Alt+Left", self.go_back),
            ("Escape", self.leave),
        ):
            shortcut(self, keys, slot)
        for page, slot in ((self.handover_page, self._after_handover), (self.finished_page, self.closed.emit)):
            for keys in ("Return", "Enter", "Space"):
                shortcut(page, keys, slot)
        self.services.bus.tick.connect(self._tick)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # ------------------------------------------------------------------ starting

    def start(self, exercise_id: str, plan_item_id: str | None = None) -> bool:
        """Start a new run of an exercise (for a homework item, if given); asks who goes first
        when the exercise has roles."""
        exercise = self.services.library.get(exercise_id)
        if exercise is None:
            return False
        self._reset(exercise)
        self._plan_item_id = plan_item_id
        if exercise.who == "solo" or (exercise.roles is not None and exercise.roles.ask_before is None):
            self._ask_first(exercise)
        else:
            self._begin(None)  # no roles, or asked later, at the step the exercise names
        return True

    def resume(self, run_id: str) -> bool:
        record = self.services.store.runs.get(run_id)
        exercise = self.services.library.get(record.exercise_id)
        if exercise is None:
            return False
        self._reset(exercise)
        self.run = Run.resume(self.services.store, exercise, self.services.clock, run_id)
        self._show_screen()
        return True

    def _reset(self, exercise: model.Exercise) -> None:
        self.flush()
        self.run = None
        self.exercise = exercise
        self._plan_item_id = None
        self._last_view = None
        self.exercise_label.setText(exercise.text(exercise.title))
        self.save_error.hide()

    def _ask_first(self, exercise: model.Exercise) -> None:
        """'Who goes first?' (or who is doing a solo exercise): one button per partner."""
        couple = self.services.store.couple.get()
        question = exercise.text(exercise.roles.question) if exercise.roles else who_question()
        self.title.setText(question)
        self._set_actor_chip("together")
        self.actor.setVisible(exercise.who != "solo")  # one person: no 'Together'
        self.progress_row.show_run(None)
        note = solo_note() if exercise.who == "solo" else ""
        buttons = self.question_page.ask(question, couple, note)
        buttons[0].setFocus()
        tab_in_reading_order(self.question_page, after=self.question_page)
        self.body.setCurrentWidget(self.question_page)
        self.footer_for(None)
        self._say(self.title.text())

    def _offer_left_run(self, exercise: model.Exercise, author: str) -> bool:
        """A solo run ``author`` left part of the way: carry on, or start afresh? (Never on Today.)"""
        self._left = self.services.store.runs.unfinished_solo(exercise.id, author)
        if self._left is None:
            return False
        self.title.setText(translate("run_page", "Carry on, or start afresh?"))
        self.actor.hide()  # one person, who has just said who they are
        couple = self.services.store.couple.get()
        when = when_words(self._left.updated_at, self.services.clock.today())
        self.solo_page.show_offer(couple.partner(author).name if couple else author, when)
        self.body.setCurrentWidget(self.solo_page)
        self.footer_for(None)
        self.solo_page.carry_on.setFocus()
        return True

    def _left_run(self, carry_on: bool) -> None:
        left, self._left = self._left, None
        if left is not None and carry_on:
            self.resume(left.id)
        elif left is not None:
            self._begin(left.binding["self"], afresh=True)

    def _begin(self, first: str | None, afresh: bool = False) -> None:
        """Start the run (``first`` goes first, or does a solo exercise); a solo run its author
        left part of the way is offered first, unless they chose to start ``afresh``."""
        assert self.exercise is not None
        if self.run is not None and self.run.roles_pending and first is not None:
            try:
                self.run.bind_roles(first)
            except StoreError as exc:
                self._show_save_error(str(exc))
                return
            self._show_screen()
            return
        if self.exercise.who == "solo" and first is not None and not afresh:
            if self._offer_left_run(self.exercise, first):
                return
        try:
            clock, item = self.services.clock, self._plan_item_id
            self.run = Run.start(self.services.store, self.exercise, clock, first, plan_item_id=item)
        except StoreError as exc:
            self._show_save_error(str(exc))
            return
        self._show_screen()

    # ------------------------------------------------------------------ showing

    def footer_for(self, screen: Screen | None) -> None:
        run = self.run
        on_step = screen is not None and self.body.currentWidget() is self.step_scroll
        finished = self.body.currentWidget() is self.finished_page
        self.back_button.setEnabled(bool(run and run.can_go_back()) and not finished)
        self.back_button.setVisible(not finished)  # the end: only the way back to Today
        self.leave_button.setVisible(not finished)
        # Back that would cross a hand-over into the other partner's sealed answers stops, and says why.
        stops = run.back_blocked() if run is not None and run.state["history"] and not finished else None
        self.back_note.setText(stops or "")
        self.back_note.setVisible(stops is not None)
        self.back_button.setToolTip(plain_tooltip(stops or ""))
        self.leave_button.setEnabled(not finished)
        self.next_button.setVisible(on_step)
        if on_step and run is not None:
            reason = run.blocked()
            self.next_button.setEnabled(reason is None)
            self.blocked_label.setText(reason or "")
            last = run.on_last_screen()
            self.next_button.setText(translate("run_page", "Finish") if last else translate("run_page", "Next"))
        else:
            self.blocked_label.setText("")

    def _show_screen(self) -> None:
        run = self.run
        assert run is not None
        screen = run.screen
        if run.roles_pending:
            self._ask_first(run.exercise)  # asked here rather than at the start (roles.ask_before)
            return
        if run.exercise.who == "solo":
            # One person, one screen: nobody to hand over to or call back.
            self._show_step(screen)
            return
        private = screen.private_input
        if private and self._last_view != (screen.actor, True):
            self._show_handover(screen.actor)
            return
        if not private and self._last_view is not None and self._last_view[1]:
            self._show_together_again(screen)
            return
        self._show_step(screen)

    def _show_handover(self, actor: str) -> None:
        run = self.run
        assert run is not None
        words = handover_words(run.name(actor), run.name(OTHER[actor]))
        self.title.setText(words.title)
        self._set_actor_chip(actor)
        self.progress_row.show_run(run, with_turn=False)
        self.handover_page.say(words)
        self._handover_target = (actor, True)
        self._show_handover_page()

    def _show_together_again(self, screen: Screen) -> None:
        run = self.run
        assert run is not None
        words = together_words(run.name(screen.actor) if screen.actor != "together" else None)
        self.title.setText(words.title)
        self._set_actor_chip("together")
        self.progress_row.show_run(run, with_turn=False)
        self.handover_page.say(words)
        self._handover_target = (screen.actor, False)
        self._show_handover_page()

    def _show_handover_page(self) -> None:
        self.handover_button.setFocus()  # first: hidden with the focus, a control hands it on (Back, Leave...)
        self._clear_step()
        self.body.setCurrentWidget(self.handover_page)
        self.footer_for(None)
        self._say(self.title.text(), self.handover_text.text(), self.handover_sub.text())

    def _after_handover(self) -> None:
        self._last_view = self._handover_target
        assert self.run is not None
        self._show_step(self.run.screen)

    def _clear_step(self) -> None:
        self.flush()
        self._drop(self.step_widget)
        self.step_widget = None

    def _drop(self, widget: QWidget | None) -> None:
        if widget is not None:
            widget.hide()
            widget.deleteLater()

    def _set_actor_chip(self, actor: str) -> None:
        run = self.run
        couple = self.services.store.couple.get()
        if actor in PARTNER_KEYS and run is not None:
            self.actor.setText(translate("run_page", "{name}'s turn").format(name=run.name(actor)))
            colour = couple.partner(actor).color if couple else current().calm
            self.actor.setStyleSheet(f"background: {colour}; color: #FFFFFF;")  # a partner's own colour, as chosen
        else:
            self.actor.setText(translate("run_page", "Together"))
            self.actor.setStyleSheet("")
        self.actor.setAccessibleName(self.actor.text())
        self.actor.show()

    def _show_step(self, screen: Screen) -> None:
        run = self.run
        assert run is not None
        if self.gate.holds(screen):
            return
        self.flush()
        widget = make_step_widget(run, screen, self.services)
        widget.edited.connect(lambda value, s=screen: self._edited(s, value))
        widget.state_changed.connect(lambda s=screen: self._step_changed(s))
        widget.failed.connect(self._show_save_error)
        widget.state_changed.connect(self.save_error.hide)
        old, self.step_widget = self.step_widget, widget
        self.step_scroll.column.addWidget(widget)  # beside the old one for a moment, so the focus goes straight to it
        widget.show()
        tab_in_reading_order(
            widget, after=self.step_scroll, then=(self.back_button, self.leave_button, self.next_button)
        )
        self._last_view = (screen.actor, screen.private_input)
        initial = widget.initial_value()
        if initial is not None:
            self._edited(screen, initial)
            self.flush()
        self._focus_step()  # once, before anything is hidden (hidden with the focus, a control hands it on)
        self._drop(old)
        step = screen.step
        self.title.setText(run.render(step.title) if step.title is not None else run.exercise.text(run.exercise.title))
        self._set_actor_chip(screen.actor)
        self.progress_row.show_run(run)
        self.body.setCurrentWidget(self.step_scroll)
        self.step_scroll.verticalScrollBar().setValue(0)
        self.footer_for(screen)
        self._say(self.title.text(), self.actor.text(), self.progress.text())

    def _say(self, *words: str) -> None:
        """Tell a screen reader what this screen is in its words shown (never an answer: nothing private)."""
        announce_soon(self, sentences(*words))

    def _focus_step(self) -> None:
        """Keyboard focus where the person goes on: the step's own first control, else Next,
        else the step itself (a running timer), so that Esc and Ctrl+Enter still work."""
        widget = self.step_widget
        if widget is None:
            return
        widget.focus_first()
        if not holds_focus(widget, QApplication.focusWidget() or self.focusWidget()):  # (the latter: window not active)
            if self.run is not None and self.run.blocked() is None:  # Next (after a hand-over, not shown yet)
                self.next_button.setEnabled(True)
                self.next_button.show()
                self.next_button.setFocus()
            else:
                self.step_scroll.setFocus()

    def _step_changed(self, screen: Screen) -> None:
        self.footer_for(screen)
        if self.window().focusWidget() in (self.step_scroll, None):  # waiting, or let go: on to Next once it opens
            self._focus_step()

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        """The control with the keyboard went away under it (a timer started, 'Got it', both
        agreed): keep the keyboard in the step, rather than let it jump to the top bar."""
        widget = self.step_widget
        if old is None or widget is None or not widget.isVisible() or not widget.isAncestorOf(old):
            return
        if old.isVisible() and old.isEnabled():
            return  # moved on purpose: Tab, a click
        focused = QApplication.focusWidget()
        if focused is None or not widget.isAncestorOf(focused):
            self._focus_step()

    # ------------------------------------------------------------------ saving

    def _edited(self, screen: Screen, value: Any) -> None:
        self._pending = (screen.step.id, screen.actor, value)
        self.autosave.typed()
        if self.step_widget is not None and self.step_widget.saves_at_once:
            self.flush()  # a choice or a number: saved now, and Next may open
            self.footer_for(screen)

    def flush(self) -> None:
        """Save what was typed now (also called before every move and on close)."""
        self.autosave.stop()
        if self._pending is None or self.run is None:
            return
        step_id, author, value = self._pending
        try:
            self.run.set_answer(value, author=author, step=self.run.exercise.step(step_id))
        except StoreError as exc:
            self._show_save_error(str(exc))
            self.autosave.retry(2000)  # try again; what is typed stays on screen
            return
        self._pending = None
        self.save_error.hide()

    def _show_save_error(self, message: str) -> None:
        log.warning("Saving failed: %s", message)
        self.save_error.setText(message)
        self.save_error.show()

    # ------------------------------------------------------------------ moving

    def go_next(self) -> None:
        if self.run is None or self.body.currentWidget() is not self.step_scroll or not self.next_button.isEnabled():
            return
        self.flush()
        if self._pending is not None or self.gate.holds_move():
            return
        try:
            screen = self.run.next()
        except RunError as exc:
            self.blocked_label.setText(str(exc))
            return
        except StoreError as exc:
            self._show_save_error(str(exc))
            return
        if screen is None:
            self._show_finished()
        else:
            self._show_screen()

    def go_back(self) -> None:
        if self.run is None or not self.run.can_go_back() or self.body.currentWidget() is self.finished_page:
            return
        self.flush()
        try:
            self.run.back()
        except RunError as exc:
            self.back_note.setText(str(exc))
            self.back_note.show()
            return
        except StoreError as exc:
            self._show_save_error(str(exc))
            return
        self._show_screen()

    def discard_private_turn(self) -> None:
        """Quick hide: private words at the screen are thrown away unsaved; the run is left."""
        run = self.run
        if run is not None and not run.finished and self.step_widget is not None and run.screen.private_input:
            self.autosave.stop()
            self._pending = None
            with contextlib.suppress(StoreError):  # quietly: the screen is hidden, nothing is logged
                self.services.store.answers.discard(run.id, run.screen.step.id, run.screen.actor)
            self.leave(quiet=True)

    def leave(self, quiet: bool = False) -> None:
        """Leave for now: all is kept; Today offers to resume. ``quiet``: no ``closed`` signal."""
        if self.body.currentWidget() is self.finished_page:
            if not quiet:
                self.closed.emit()
            return
        self.flush()
        if self.run is not None and not self.run.finished:
            try:
                self.run.leave()
            except StoreError as exc:
                self._show_save_error(str(exc))
                return
        self._clear_step()
        self.run = None
        if not quiet:
            self.closed.emit()

    def _show_finished(self) -> None:
        self.finished_button.setFocus()  # first, before the step with the focus is hidden
        self._clear_step()
        assert self.run is not None
        self.title.setText(translate("run_page", "All done"))

        self._set_actor_chip("together")
        self.actor.setVisible(self.run.exercise.who != "solo")  # one person: no 'Together' at the end
        self.progress_row.show_run(None)
        self.finished_page.show_run(self.run, self.services.clock.now())
        self.body.setCurrentWidget(self.finished_page)
        self.footer_for(None)
        self._say(self.title.text(), self.finished_text.text())

    def _tick(self) -> None:
        if self.step_widget is not None and self.isVisible():
            self.step_widget.tick()

    @property
    def active(self) -> bool:
        return self.run is not None and not self.run.finished
