"""Timers: a countdown with a breathing pacer. A pause (``start_at_once``) runs from the moment
it is called: its screen is short (the return time, the countdown, the circle, one line of
guidance) with more ideas and the optional details on demand. Other timers are started with
a button, after choosing a length."""

from __future__ import annotations

import math
import time
from datetime import timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...core import model
from ...core.clock import format_time
from ..i18n import translate
from ..palette import current
from ..plain import set_markdown
from ..reflow import ReflowRow
from .base import StepWidget, widget_for
from .pause_details import PauseDetails, length_choices, minutes_words, toggle_button
from .timer_finish import FinishEarly, offers_finish_early

BREATH_IN, BREATH_OUT = 4.0, 6.0

__all__ = ["BreathingPacer", "TimerWidget", "countdown_text", "length_choices"]


def time_left_words(remaining: timedelta) -> str:
    """What the countdown is called for a screen reader: whole minutes, so it changes (and is
    read again, while it has the focus) once a minute, not every second."""
    minutes = max(math.ceil(remaining.total_seconds() / 60), 0)
    if minutes == 1:
        return translate("steps/timer", "Time left: 1 minute")
    return translate("steps/timer", "Time left: {minutes} minutes").format(minutes=minutes)


def countdown_text(remaining: timedelta) -> str:
    seconds = max(int(math.ceil(remaining.total_seconds())), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class BreathingPacer(QWidget):
    """A circle that grows while you breathe in (4 s) and shrinks while you breathe out (6 s).

    Purely visual: it animates on the wall clock while shown and keeps no state.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("breathingPacer")
        self.setAccessibleName(
            translate("steps/timer", "Breathing guide: breathe in as the circle grows, out as it shrinks")
        )
        self.setMinimumSize(QSize(132, 132))
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self.update)
        self._origin = time.monotonic()

    def sizeHint(self) -> QSize:
        return QSize(150, 150).expandedTo(self.minimumSize())

    def changeEvent(self, event: QEvent) -> None:
        """Large text: the circle grows, so its words stay inside it."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            font = QFont(self.font())
            font.setWeight(QFont.Weight.DemiBold)
            words = QFontMetrics(font).horizontalAdvance("Breathe out")
            side = max(132, words + 40)
            self.setMinimumSize(QSize(side, side))
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def phase(self) -> tuple[str, float]:
        t = (time.monotonic() - self._origin) % (BREATH_IN + BREATH_OUT)
        if t < BREATH_IN:
            return translate("steps/timer", "Breathe in"), 0.5 - 0.5 * math.cos(math.pi * t / BREATH_IN)
        return translate("steps/timer", "Breathe out"), 0.5 + 0.5 * math.cos(math.pi * (t - BREATH_IN) / BREATH_OUT)

    def paintEvent(self, event: QPaintEvent) -> None:
        words, amount = self.phase()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        radius = side * (0.22 + 0.24 * amount)
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        colours = current()
        soft, strong = QColor(colours.calm), QColor(colours.calm)
        soft.setAlpha(50)
        strong.setAlpha(110)
        painter.setBrush(soft)
        painter.drawEllipse(centre, side * 0.47, side * 0.47)
        painter.setBrush(strong)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor(colours.text))
        font = painter.font()
        font.setWeight(font.Weight.DemiBold)
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, words)


def _into_view(area: QScrollArea, panel: QWidget) -> None:
    """Scroll so that what was just opened shows, from its top if it is taller than the view."""
    content = area.widget()
    if content is None or not panel.isVisible():
        return
    top = panel.mapTo(content, QPoint(0, 0)).y()
    if panel.height() > area.viewport().height():
        area.verticalScrollBar().setValue(top - 8)
    else:
        area.ensureWidgetVisible(panel, 0, 8)


@widget_for(
    "timer",
)
class TimerWidget(StepWidget[model.TimerStep]):
    def build(self) -> None:
        step = self.step
        self.pause = step.announce_return
        self.minutes: QComboBox | None = None
        self.choice: QWidget | None = None  # choosing the length, when people may
        self.prompt: QLabel | None = None
        self.schedule_hint: QLabel | None = None
        if step.prompt is not None and not step.start_at_once:
            self.prompt = self.add_label(self.text(step.prompt), "stepPrompt", role="lead")
        if step.adjustable and not step.start_at_once:
            self._build_length()
        self.statement = self.add_label("", "timerStatement", markdown=True, role="statement")
        self.statement.setVisible(step.statement is not None)
        self.start_button = QPushButton(
            translate("steps/timer", "Start the pause") if self.pause else translate("steps/timer", "Start the timer")
        )
        self.start_button.setObjectName("startTimer")
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self._start)
        self.layout_.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._build_running()
        self._build_on_demand()
        self.layout_.addStretch(1)
        self._announced = ""
        self._refresh()

    def _build_length(self) -> None:
        """Choosing the length before the start, within the step's bounds (a timer with a Start button)."""
        step = self.step
        lo, hi = step.bounds
        self.choice = QWidget()
        line = QHBoxLayout(self.choice)
        line.setContentsMargins(0, 0, 0, 0)
        self.minutes = QComboBox()
        self.minutes.setObjectName("timerMinutes")
        self.minutes.setAccessibleName(
            translate("steps/timer", "Length, {low} to {high} minutes").format(low=f"{lo:g}", high=f"{hi:g}")
        )
        for value in length_choices(lo, hi, step.minutes):
            self.minutes.addItem(minutes_words(value), value)
        self.minutes.setCurrentIndex(max(self.minutes.findData(self.run.chosen_minutes(step)), 0))
        label = QLabel(translate("steps/timer", "Length:"))
        label.setBuddy(self.minutes)
        line.addWidget(label)
        line.addWidget(self.minutes)
        line.addStretch(1)
        self.layout_.addWidget(self.choice)
        self.minutes.currentIndexChanged.connect(self._minutes_changed)
        if step.schedule_above is not None:
            self.schedule_hint = self.add_label(
                translate(
                    "steps/timer",
                    "Need more than {minutes} minutes? Then set a time to talk within the next day instead.",
                ).format(minutes=f"{step.schedule_above:g}"),
                "scheduleHint",
                role="hint",
            )

    def _build_running(self) -> None:
        """While it runs: the breathing circle, and beside it the return time, the countdown
        and one line of guidance; more ideas and the details open below, on demand."""
        step = self.step
        self.running = QWidget()
        row = ReflowRow(self.running)  # the circle above the words when the text is large
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self.pacer = BreathingPacer() if step.pacer == "breathing" else None
        if self.pacer is not None:
            row.addWidget(self.pacer, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(6)
        row.addLayout(column, 1)
        self.return_label = QLabel()
        self.return_label.setObjectName("returnTime")
        self.return_label.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setProperty("role", "big")
        self.countdown.setAccessibleName(translate("steps/timer", "Time left"))
        self.countdown.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # where the keyboard waits while it runs
        self.guidance: QLabel | None = None
        column.addWidget(self.return_label)
        column.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignLeft)  # its focus line as wide as its digits
        if step.guidance is not None:
            self.guidance = QLabel()
            self.guidance.setObjectName("timerGuidance")
            set_markdown(self.guidance, self.markdown(step.guidance).strip())
            self.guidance.setWordWrap(True)
            column.addWidget(self.guidance)
        self.toggles = ReflowRow()
        self.toggles.setSpacing(16)
        column.addLayout(self.toggles)
        column.addStretch(1)
        self.layout_.addWidget(self.running)
        self.finish = FinishEarly(self.run, step) if offers_finish_early(step) else None
        if self.finish is not None:  # each partner says so, and then it ends as if time were up
            self.finish.changed.connect(self._moved)
            self.finish.failed.connect(self.failed.emit)
            self.layout_.addWidget(self.finish)

    def _build_on_demand(self) -> None:
        """'More ideas' and the optional details: closed until asked for."""
        step = self.step
        self.ideas: QLabel | None = None
        self.details: PauseDetails | None = None
        self.ideas_button = toggle_button(translate("steps/timer", "More ideas"), "moreIdeas")
        self.details_button = toggle_button(translate("steps/timer", "Details, if you like"), "pauseDetailsButton")
        self.toggles.addWidget(self.ideas_button)
        self.toggles.addWidget(self.details_button)
        self.toggles.addStretch(1)
        self.ideas_button.setVisible(step.more_ideas is not None)
        if step.more_ideas is not None:
            self.ideas = self.add_label(self.markdown(step.more_ideas).strip(), "timerIdeas", markdown=True)
            self.ideas.hide()
            self.ideas_button.toggled.connect(lambda shown: self._open(self.ideas, shown))
        has_details = step.start_at_once and (step.ask_caller or step.adjustable or bool(step.details))
        self.details_button.setVisible(has_details)
        if has_details:
            self.details = PauseDetails(self.run, step, self.services)
            self.details.hide()
            self.details.failed.connect(self.failed.emit)
            self.details.moved.connect(self._moved)
            self.layout_.addWidget(self.details)
            self.details_button.toggled.connect(lambda shown: self._open(self.details, shown))

    def _open(self, panel: QWidget | None, shown: bool) -> None:
        """Open (or close) what was asked for, and scroll it into view."""
        if panel is None:
            return
        panel.setVisible(shown)
        area = self._scroll_area()
        if shown and area is not None:  # once laid out, on the next turn of the event loop
            QTimer.singleShot(0, self, lambda: _into_view(area, panel))

    def _scroll_area(self) -> QScrollArea | None:
        """The run page's scroll area this step is shown in, if any."""
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        return scroll

    # ------------------------------------------------------------------ acting

    def _minutes_changed(self, _index: int) -> None:
        assert self.minutes is not None
        minutes = float(self.minutes.currentData())
        if not self.act(lambda: self.run.choose_minutes(minutes)):
            return
        self._refresh()
        self.state_changed.emit()

    def _start(self) -> None:
        if not self.act(self.run.start_timer):
            return
        self.start_button.clearFocus()  # about to hide: the focus goes to the countdown, not on to Back
        self._refresh()
        self.focus_first()
        self.state_changed.emit()

    def _moved(self) -> None:
        """The length changed while it runs (a new return time, said again), or someone is
        ready to finish early."""
        self._refresh()
        self.state_changed.emit()

    # ------------------------------------------------------------------ showing

    def _refresh(self) -> None:
        step = self.step
        deadline = self.run.deadline(step.id)
        started = deadline is not None
        for widget in (self.choice, self.prompt, self.schedule_hint, self.start_button):
            if widget is not None:
                widget.setVisible(not started)
        if step.statement is not None:
            set_markdown(self.statement, self.markdown(step.statement).strip())
        self.running.setVisible(started)
        self.return_label.setVisible(started)
        if deadline is None:
            if self.finish is not None:
                self.finish.hide()  # offered only while it runs
            return
        remaining = self.run.remaining(step.id) or timedelta(0)
        running = remaining > timedelta(0)
        self.return_label.setText(self._return_words(format_time(deadline), running))
        self.countdown.setText(countdown_text(remaining))
        if time_left_words(remaining) != self.countdown.accessibleName():
            self.countdown.setAccessibleName(time_left_words(remaining))
        if not running and self.countdown.hasFocus():  # let go before it hides: on to Next, once it opens
            self.countdown.clearFocus()
        self.countdown.setVisible(running)  # once over, "00:00" says nothing the words don't
        self.countdown.setAccessibleDescription(self.return_label.text())
        # Once time is up, what was for the pause (saying it, the circle, ideas) has had its moment.
        for widget in (self.pacer, self.guidance, self.finish):
            if widget is not None:
                widget.setVisible(running)
        if self.finish is not None:
            self.finish.refresh()
            if not running:  # gone from the screen: the keyboard waits on the step, then goes to Next
                self.finish.let_go_of_focus(self._scroll_area() or self)
        self.ideas_button.setVisible(running and self.ideas is not None)
        self.details_button.setVisible(running and self.details is not None)
        self.statement.setVisible(step.statement is not None and running)
        for panel, button in ((self.ideas, self.ideas_button), (self.details, self.details_button)):
            if panel is not None:
                panel.setVisible(running and button.isChecked())
        self._announce(self.return_label.text())

    def _return_words(self, at: str, running: bool) -> str:
        if running and self.pause:
            return translate("steps/timer", "Back together at {time}").format(time=at)
        if running:
            return translate("steps/timer", "The timer ends at {time}.").format(time=at)
        if self.pause:
            return translate("steps/timer", "The pause is over. When you're both back at the screen, press Next.")
        if self.run.finished_early(self.step.id) and self.run.exercise.who == "solo":
            return translate("steps/timer", "You're ready: the timer has ended.")
        if self.run.finished_early(self.step.id):
            return translate("steps/timer", "You're both ready: the timer has ended.")
        return translate("steps/timer", "Time is up.")

    def _announce(self, text: str) -> None:
        """Say the return time to a screen reader when it is new (started, moved, over)."""
        if text == self._announced or not self.isVisible():
            return
        self._announced = text
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.return_label, text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.return_label.isVisibleTo(self):
            self._announce(self.return_label.text())

    def tick(self) -> None:
        was_done = self.countdown.text() == "00:00"
        self._refresh()
        if not was_done and self.countdown.text() == "00:00":
            self.state_changed.emit()

    def focus_first(self) -> None:
        if self.minutes is not None and self.choice is not None and self.choice.isVisibleTo(self):
            self.minutes.setFocus()
        elif self.start_button.isVisibleTo(self):
            self.start_button.setFocus()
        elif self.countdown.isVisibleTo(self):
            self.countdown.setFocus()
