"""Homework reminders: once a day at the chosen time, never in quiet hours, only when something
waits, and in words that hold nothing either partner wrote."""

from __future__ import annotations

from datetime import date, datetime, time

from couplesdesk.core.homework import ItemProgress, ItemView, PlanView
from couplesdesk.core.reminders import ReminderChoice, next_reminder, quiet, reminder_words
from couplesdesk.storage import PlanItemRecord, PlanRecord

NOW = datetime(2026, 12, 2, 10, 0)


def test_next_reminder_today_tomorrow_off_and_out_of_quiet_hours():
    assert next_reminder(NOW, ReminderChoice()) == datetime(2026, 12, 2, 19, 0)
    assert next_reminder(NOW, ReminderChoice(last=date(2026, 12, 2))) == datetime(2026, 12, 3, 19, 0)
    assert next_reminder(NOW, ReminderChoice(at=None)) is None
    assert next_reminder(NOW, ReminderChoice(at=time(23, 30))) == datetime(2026, 12, 2, 8, 0)
    assert quiet(time(23, 0), ReminderChoice()) and quiet(time(7, 59), ReminderChoice())
    assert not quiet(time(8, 0), ReminderChoice()) and not quiet(time(21, 59), ReminderChoice())


def test_the_choice_survives_the_settings_table_and_bad_values_fall_back():
    choice = ReminderChoice(at=time(20, 0), last=date(2026, 12, 1))
    assert ReminderChoice.from_setting(choice.to_setting()) == choice
    assert ReminderChoice.from_setting(ReminderChoice(at=None).to_setting()).at is None
    assert ReminderChoice.from_setting({"at": "25:99"}).at == time(19, 0)
    assert ReminderChoice.from_setting("nonsense") == ReminderChoice()


def _view(done: bool, note: str = "Our private words") -> PlanView:
    item = PlanItemRecord("i", 0, "share-one-thing", "daily", None, date(2026, 12, 1), date(2026, 12, 14), note)
    plan = PlanRecord(
        "p", "pid", "Homework", "Jo Berger", None, None, None, item.starts, item.ends, note, "", NOW, (item,)
    )
    progress = ItemProgress("done today" if done else "not yet today", True, done, False)
    return PlanView(plan, "From Jo Berger, until 14 December", (ItemView(item, "Share one thing", "", progress, True),))


def test_words_only_when_something_waits_and_never_anything_written_or_named():
    assert reminder_words([_view(done=True)]) is None
    words = reminder_words([_view(done=False)])
    assert words == "A little homework is waiting for today, whenever suits you both."
    assert "private" not in words.lower() and "Share one thing" not in words and "Jo Berger" not in words
