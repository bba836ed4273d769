"""The Privacy page's section on reminders: a master switch, each kind on or off (with its
time), quiet hours, and starting quietly with the computer. Every change is saved at once,
through the database worker; starting with the computer is a file of the desktop's, written
or removed here (``couplesdesk.autostart``)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QTimeEdit, QWidget

from .. import autostart
from ..core.reminders import ReminderSettings, local_at, quiet_end, read_settings, save_settings
from ..storage import Store, StoreError
from .i18n import QT_TRANSLATE_NOOP, translate
from .privacy_page import fill_section
from .reflow import (
    ReflowRow,  # a row that becomes a column when narrow
    wrap_words,
)
from .run_parts import text_label
from .services import Services

ABOUT = QT_TRANSLATE_NOOP(
    "reminders_section",
    "While CouplesDesk is running, it can remind you with a small notification from your desktop. A reminder "
    "never shows anything either of you wrote: only what it is about, and when.",
)
QUIET = QT_TRANSLATE_NOOP(
    "reminders_section",
    "Nothing is shown in quiet hours. A reminder that falls in them waits until they end, or is let go if its "
    "moment has passed by then.",
)
AUTOSTART = QT_TRANSLATE_NOOP(
    "reminders_section",
    "CouplesDesk then opens in the background when you sign in to this computer (its icon in the tray), so "
    "reminders can come. Closing its window quits it, as always.",
)


INDENT = 28
"""Hints under a check box start where its words do."""


def _time_edit(name: str, accessible: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(accessible)
    return edit


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(edit: QTimeEdit) -> time:
    chosen = edit.time()
    return time(chosen.hour(), chosen.minute())


class ReminderSection(QFrame):
    """Signals: none; it reads when shown and writes on every change."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        title, about = translate("reminders_section", "Reminders"), translate("reminders_section", ABOUT)
        column, _about = fill_section(self, "remindersSection", title, about, "remindersAbout")
        self.master = QCheckBox(translate("reminders_section", "Remind us"))
        self.master.setObjectName("remindersOn")
        column.addWidget(self.master)
        self.kinds = QWidget()
        column.addWidget(self.kinds)
        self._build_kinds(self.kinds)
        self.autostart = QCheckBox(translate("reminders_section", "Start quietly with the computer"))
        self.autostart.setObjectName("startWithComputer")
        wrap_words(self.autostart)
        autostart_hint = text_label("startWithComputerHint", "hint")
        autostart_hint.setText(translate("reminders_section", AUTOSTART))
        column.addSpacing(4)
        column.addWidget(self.autostart)
        column.addWidget(autostart_hint)
        self.status = text_label("remindersStatus", "hint")
        self.status.hide()
        column.addWidget(self.status)
        for box in (self.master, self.share, self.talk, self.homework):
            box.toggled.connect(self._changed)
        for edit in (self.share_at, self.homework_at, self.quiet_from, self.quiet_until):
            edit.timeChanged.connect(self._changed)
        self.autostart.toggled.connect(self._autostart_toggled)

    def _build_kinds(self, holder: QWidget) -> None:
        grid = QGridLayout(holder)
        grid.setContentsMargins(24, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.share = QCheckBox(translate("reminders_section", "Share one thing, each day at"))
        self.share.setObjectName("remindShare")
        self.share_at = _time_edit("remindShareAt", translate("reminders_section", "Time of the daily share reminder"))
        self.talk = QCheckBox(translate("reminders_section", "A talk you planned, at its time"))
        self.talk.setObjectName("remindTalk")
        self.homework = QCheckBox(translate("reminders_section", "Homework from your therapist, at"))
        self.homework.setObjectName("remindHomework")
        self.homework_at = _time_edit(
            "remindHomeworkAt", translate("reminders_section", "Time of the homework reminder")
        )
        self.quiet_from = _time_edit("quietFrom", translate("reminders_section", "Quiet hours from"))
        self.quiet_until = _time_edit("quietUntil", translate("reminders_section", "Quiet hours until"))
        share_hint = text_label("remindShareHint", "hint")
        share_hint.setText(translate("reminders_section", "On the days you have not both shared yet."))
        homework_hint = text_label("remindHomeworkHint", "hint")
        homework_hint.setText(translate("reminders_section", "On the days something is still to do."))
        for hint in (share_hint, homework_hint):
            hint.setContentsMargins(INDENT, 0, 0, 4)
        for box in (self.share, self.talk, self.homework):
            wrap_words(box)  # on two lines rather than cut, at large text
        grid.addWidget(self.share, 0, 0)
        grid.addWidget(self.share_at, 0, 1)
        grid.addWidget(share_hint, 1, 0, 1, 3)
        grid.addWidget(self.talk, 2, 0, 1, 3)
        grid.addWidget(self.homework, 3, 0)
        grid.addWidget(self.homework_at, 3, 1)
        grid.addWidget(homework_hint, 4, 0, 1, 3)
        grid.addLayout(self._quiet_row(), 5, 0, 1, 3)
        self.quiet_hint = text_label("quietHoursHint", "hint")
        self.quiet_hint.setText(translate("reminders_section", QUIET))
        grid.addWidget(self.quiet_hint, 6, 0, 1, 3)
        grid.setColumnStretch(2, 1)

    def _quiet_row(self) -> ReflowRow:
        row = ReflowRow()
        row.setSpacing(8)
        quiet = text_label("quietHoursLabel", wrap=False)
        quiet.setText(translate("reminders_section", "Quiet hours, from"))
        quiet.setBuddy(self.quiet_from)
        until = QLabel(translate("reminders_section", "to"))
        until.setBuddy(self.quiet_until)
        for widget in (quiet, self.quiet_from, until, self.quiet_until):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # ------------------------------------------------------------------ reading and writing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_autostart()
        self.services.database.run(lambda store: read_settings(store.settings.get), self._fill, self._failed)

    def _fill(self, settings: ReminderSettings) -> None:
        controls = (self.master, self.share, self.talk, self.homework)
        edits = (self.share_at, self.homework_at, self.quiet_from, self.quiet_until)
        for widget in (*controls, *edits):
            widget.blockSignals(True)
        for box, on in zip(controls, (settings.on, settings.share, settings.talk, settings.homework), strict=True):
            box.setChecked(on)
        times = (settings.share_at, settings.homework_at, settings.quiet_from, settings.quiet_until)
        for edit, value in zip(edits, times, strict=True):
            edit.setTime(_qtime(value))
        for widget in (*controls, *edits):
            widget.blockSignals(False)
        self._enable()

    def chosen(self) -> ReminderSettings:
        return ReminderSettings(
            on=self.master.isChecked(),
            share=self.share.isChecked(),
            share_at=_time(self.share_at),
            talk=self.talk.isChecked(),
            homework=self.homework.isChecked(),
            homework_at=_time(self.homework_at),
            quiet_from=_time(self.quiet_from),
            quiet_until=_time(self.quiet_until),
        )

    def _enable(self) -> None:
        self.kinds.setEnabled(self.master.isChecked())
        self.share_at.setEnabled(self.share.isChecked())
        self.homework_at.setEnabled(self.homework.isChecked())
        settings, today = self.chosen(), self.services.clock.today()
        share, homework = (
            on and quiet_end(local_at(today, at), settings) is not None
            for on, at in ((settings.share, settings.share_at), (settings.homework, settings.homework_at))
        )
        words = translate("reminders_section", QUIET)
        if share and homework:
            words += "\n" + translate(
                "reminders_section", "The time for the daily share and homework is in your quiet hours."
            )
        elif share:
            words += "\n" + translate("reminders_section", "The time for the daily share is in your quiet hours.")
        elif homework:
            words += "\n" + translate("reminders_section", "The time for homework is in your quiet hours.")
        self.quiet_hint.setText(words)

    def _changed(self) -> None:
        self._enable()
        settings = self.chosen()

        def write(store: Store) -> None:
            save_settings(store, settings)

        self.services.database.run(write, lambda _: self._say(translate("reminders_section", "Saved.")), self._failed)

    def _failed(self, exc: StoreError) -> None:
        self._say(translate("reminders_section", "Not saved. {reason}").format(reason=exc))

    def _say(self, words: str) -> None:
        self.status.setText(words)
        self.status.show()

    # ------------------------------------------------------------------ with the computer

    def _fill_autostart(self) -> None:
        self.autostart.blockSignals(True)
        self.autostart.setChecked(autostart.is_on())
        self.autostart.blockSignals(False)

    def _autostart_toggled(self, on: bool) -> None:
        try:
            if on:
                autostart.turn_on(self.services.paths)
            else:
                autostart.turn_off()
        except (OSError, ValueError) as exc:
            self._fill_autostart()
            self._say(
                translate("reminders_section", "Could not change how CouplesDesk starts: {reason}").format(reason=exc)
            )
            return
        self._say(
            translate("reminders_section", "CouplesDesk will start quietly when you sign in.")
            if on
            else translate("reminders_section", "CouplesDesk will no longer start by itself.")
        )
