"""Choosing when to pick a conversation up again, within the limit the exercise sets."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from ...core import model
from ...core.clock import iso, parse_iso
from ..i18n import translate
from ..words import ahead_words
from .base import StepWidget, widget_for


def _qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _py(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), tz=UTC)


@widget_for(
    "schedule",
)
class ScheduleWidget(StepWidget[model.ScheduleStep]):
    def build(self) -> None:
        step = self.step
        self.add_label(self.text(step.prompt), "stepPrompt", role="lead")
        now = self.services.clock.now()
        self.latest = step.latest(now)
        value = self.current_answer()
        chosen = parse_iso(value) if isinstance(value, str) else step.first_offer(now)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.when = QDateTimeEdit()
        self.when.setObjectName("scheduleWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(translate("steps/schedule", "dddd d MMMM, HH:mm", "date and time format"))
        self.when.setLocale(QLocale(translate("steps/schedule", "en_GB", "the locale for day and month names")))
        self.when.setMinimumDateTime(_qt(now))
        self.when.setMaximumDateTime(_qt(self.latest))
        self.when.setDateTime(_qt(chosen))
        self.when.setAccessibleName(
            translate("steps/schedule", "When you will talk, before {when}").format(when=ahead_words(self.latest, now))
        )
        label = QLabel(translate("steps/schedule", "When:"))
        label.setBuddy(self.when)
        line.addWidget(label)
        line.addWidget(self.when)
        line.addStretch(1)
        self.layout_.addWidget(row)
        self.summary = self.add_label("", "scheduleSummary", role="statement")
        self.add_label(
            translate(
                "steps/schedule",
                "Any time until {when}. It will show on Today, so neither of you has to hold it in mind.",
            ).format(when=ahead_words(self.latest, now)),
            "stepHint",
            role="hint",
        )
        self.layout_.addStretch(1)
        self._unsaved = None if isinstance(value, str) else iso(chosen)
        self.when.dateTimeChanged.connect(self._changed)
        self._show(chosen)

    def _show(self, chosen: datetime) -> None:
        now = self.services.clock.now()
        hours = (chosen - now).total_seconds() / 3600
        when = ahead_words(chosen, now)
        if hours < 1:
            text = translate("steps/schedule", "You will pick this up {when}, in under an hour.").format(when=when)
        elif round(hours) == 1:
            text = translate("steps/schedule", "You will pick this up {when}, in about 1 hour.").format(when=when)
        else:
            text = translate("steps/schedule", "You will pick this up {when}, in about {count} hours.")
            text = text.format(when=when, count=round(hours))
        self.summary.setText(text)

    def _changed(self, value: QDateTime) -> None:
        chosen = _py(value)
        self._show(chosen)
        self.edited.emit(iso(chosen))

    def initial_value(self) -> str | None:
        # What is on screen is the answer until it is changed.
        return self._unsaved

    def focus_first(self) -> None:
        self.when.setFocus()
