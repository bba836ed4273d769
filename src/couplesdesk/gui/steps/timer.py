"""Timers: choose a length, say the return time out loud, count down with a breathing pacer."""

from __future__ import annotations

import math
import time
from datetime import timedelta

from PySide6.QtCore import QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core import model
from ...core.clock import format_time
from .base import StepWidget, widget_for

BREATH_IN, BREATH_OUT = 4.0, 6.0


def countdown_text(remaining: timedelta) -> str:
    seconds = max(int(math.ceil(remaining.total_seconds())), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def length_choices(lo: float, hi: float, default: float) -> list[float]:
    """Lengths to offer: the bounds, every 5 minutes between them, and the default."""
    values = {lo, hi, default}
    step = 5.0
    value = (lo // step + 1) * step
    while value < hi:
        values.add(value)
        value += step
    return sorted(values)


class BreathingPacer(QWidget):
    """A circle that grows while you breathe in (4 s) and shrinks while you breathe out (6 s).

    Purely visual: it animates on the wall clock while shown and keeps no state.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("breathingPacer")
        self.setAccessibleName("Breathing guide: breathe in as the circle grows, out as it shrinks")
        self.setMinimumSize(QSize(160, 160))
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self.update)
        self._origin = time.monotonic()

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def phase(self) -> tuple[str, float]:
        t = (time.monotonic() - self._origin) % (BREATH_IN + BREATH_OUT)
        if t < BREATH_IN:
            return "Breathe in", 0.5 - 0.5 * math.cos(math.pi * t / BREATH_IN)
        return "Breathe out", 0.5 + 0.5 * math.cos(math.pi * (t - BREATH_IN) / BREATH_OUT)

    def paintEvent(self, event: QPaintEvent) -> None:
        words, amount = self.phase()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        radius = side * (0.22 + 0.24 * amount)
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(95, 127, 102, 50))
        painter.drawEllipse(centre, side * 0.47, side * 0.47)
        painter.setBrush(QColor(95, 127, 102, 110))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("#2F3B31"))
        font = painter.font()
        font.setWeight(font.Weight.DemiBold)
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, words)


@widget_for(
    "timer",
)
class TimerWidget(StepWidget[model.TimerStep]):
    def build(self) -> None:
        step = self.step
        if step.prompt is not None:
            self.prompt = self.add_label(self.text(step.prompt), "stepPrompt", role="lead")
        self.minutes: QComboBox | None = None
        self.choice = QWidget()
        if step.adjustable:
            self._build_length()
        self.statement = self.add_label("", "timerStatement", markdown=True, role="statement")
        self.statement.setVisible(step.statement is not None)
        self.start_button = QPushButton("Start the pause" if step.announce_return else "Start the timer")
        self.start_button.setObjectName("startTimer")
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self._start)
        self.layout_.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._build_running()
        self.layout_.addStretch(0)
        self._refresh()

    def _build_length(self) -> None:
        """Choosing the length, within the step's bounds."""
        step = self.step
        lo, hi = step.bounds
        line = QHBoxLayout(self.choice)
        line.setContentsMargins(0, 0, 0, 0)
        self.minutes = QComboBox()
        self.minutes.setObjectName("timerMinutes")
        self.minutes.setAccessibleName(f"Length, {lo:g} to {hi:g} minutes")
        for value in length_choices(lo, hi, step.minutes):
            self.minutes.addItem(f"{value:g} minutes", value)
        chosen = self.run.chosen_minutes(step)
        self.minutes.setCurrentIndex(max(self.minutes.findData(chosen), 0))
        label = QLabel("Length:")
        label.setBuddy(self.minutes)
        line.addWidget(label)
        line.addWidget(self.minutes)
        line.addStretch(1)
        self.layout_.addWidget(self.choice)
        self.minutes.currentIndexChanged.connect(self._minutes_changed)
        if step.schedule_above is not None:
            self.schedule_hint = self.add_label(
                f"Need more than {step.schedule_above:g} minutes? Then set a time to talk within the next day instead.",
                "scheduleHint",
                role="hint",
            )

    def _build_running(self) -> None:
        """While it runs: the breathing guide, the return time, the countdown, the guidance."""
        step = self.step
        self.running = QWidget()
        running = QHBoxLayout(self.running)
        running.setContentsMargins(0, 0, 0, 0)
        self.pacer = BreathingPacer() if step.pacer == "breathing" else None
        if self.pacer is not None:
            running.addWidget(self.pacer)
        column = QWidget()
        col = QVBoxLayout(column)
        self.guidance: QLabel | None = None
        self.return_label = QLabel()
        self.return_label.setObjectName("returnTime")
        self.return_label.setProperty("role", "lead")
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setProperty("role", "big")
        self.countdown.setAccessibleName("Time left")
        col.addWidget(self.return_label)
        col.addWidget(self.countdown)
        if step.guidance is not None:
            guidance = self.guidance = QLabel(self.text(step.guidance))
            guidance.setTextFormat(Qt.TextFormat.MarkdownText)
            guidance.setObjectName("timerGuidance")
            guidance.setWordWrap(True)
            col.addWidget(guidance)
        col.addStretch(1)
        running.addWidget(column, 1)
        self.layout_.addWidget(self.running, 1)

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
        self._refresh()
        self.state_changed.emit()

    def _refresh(self) -> None:
        step = self.step
        deadline = self.run.deadline(step.id)
        started = deadline is not None
        if step.statement is not None:
            self.statement.setText(self.text(step.statement).strip())
        self.choice.setVisible(not started)
        for label in (getattr(self, "prompt", None), getattr(self, "schedule_hint", None)):
            if label is not None:
                label.setVisible(not started)
        self.start_button.setVisible(not started)
        self.running.setVisible(started)
        if started:
            assert deadline is not None
            remaining = self.run.remaining(step.id) or timedelta(0)
            running = remaining > timedelta(0)
            if running:
                what = "You come back" if step.announce_return else "The timer ends"
                self.return_label.setText(f"{what} at {format_time(deadline)}.")
                self.countdown.setText(countdown_text(remaining))
            else:
                done = (
                    "The pause is over. Go on together when you are both here."
                    if step.announce_return
                    else "Time is up."
                )
                self.return_label.setText(done)
                self.countdown.setText("00:00")
            # Once time is up, what was for the pause (saying it, the guide) has had its moment.
            self.statement.setVisible(step.statement is not None and running)
            if self.guidance is not None:
                self.guidance.setVisible(running)
            if self.pacer is not None:
                self.pacer.setVisible(running)

    def tick(self) -> None:
        was_done = self.countdown.text() == "00:00"
        self._refresh()
        if not was_done and self.countdown.text() == "00:00":
            self.state_changed.emit()

    def focus_first(self) -> None:
        if self.minutes is not None and self.choice.isVisible():
            self.minutes.setFocus()
        elif self.start_button.isVisible():
            self.start_button.setFocus()
