"""Reminders on their own (no Qt): which comes next, when, in which words; settings kept as
one settings row; and never a word either partner wrote."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.reminders import (
    SETTINGS_KEY,
    Facts,
    HomeworkItem,
    ReminderSettings,
    candidates,
    homework_source,
    next_reminder,
    plain_title,
    read_facts,
    read_settings,
    remember_shown,
    save_settings,
)
from couplesdesk.core.rhythm import start_break
from couplesdesk.storage import Store

FRI, SAT = date(2026, 11, 20), date(2026, 11, 21)
HOSTILE = "Alex\u202e never\n<b>again</b> & my secret: I lied about the money"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute).astimezone()


def facts(**given) -> Facts:
    made = Facts(today=FRI, both_shared_today=False, on_break=False, talks=(), homework={}, shown=frozenset())
    return made._replace(**given)


SHARE_ON = ReminderSettings(share=True)


@pytest.mark.parametrize(
    ("now", "settings", "given", "expected"),
    [
        # the daily share, at the chosen time, while not both have shared
        (at(20, 12), SHARE_ON, {}, ("share:2026-11-20", at(20, 20))),
        (at(20, 12), ReminderSettings(share=True, share_at=time(18, 30)), {}, ("share:2026-11-20", at(20, 18, 30))),
        (at(20, 12), SHARE_ON, {"both_shared_today": True}, ("share:2026-11-21", at(21, 20))),
        (at(20, 12), ReminderSettings(), {}, None),  # the share is off until a time is chosen
        (at(20, 12), SHARE_ON, {"on_break": True}, None),  # "we're taking a break" stops it
        (at(20, 12), ReminderSettings(on=False, share=True), {"talks": (at(20, 13),)}, None),  # master switch
        # missed while the app was closed: shown now, while the day lasts
        (at(20, 21, 5), SHARE_ON, {}, ("share:2026-11-20", at(20, 21, 5))),
        (at(20, 21, 5), SHARE_ON, {"shown": frozenset({"share:2026-11-20"})}, ("share:2026-11-21", at(21, 20))),
        # quiet hours (22:00-08:00): a share time inside them waits till 08:00, and is let go the day after
        (at(20, 12), ReminderSettings(share=True, share_at=time(23, 0)), {}, None),
        (at(20, 5), ReminderSettings(share=True, share_at=time(6, 30)), {}, ("share:2026-11-20", at(20, 8))),
        (at(20, 22, 30), SHARE_ON, {}, ("share:2026-11-21", at(21, 20))),  # the clock jumped into quiet hours
        (at(20, 12), ReminderSettings(share=True, quiet_from=time(8), quiet_until=time(8)), {}, ("share:2026-11-20", at(20, 20))),
        (at(20, 12), ReminderSettings(share=True, quiet_from=time(19), quiet_until=time(21)), {}, ("share:2026-11-20", at(20, 21))),
        # a planned talk, at its time; an hour late it is let go; switched off, never
        (at(20, 12), SHARE_ON, {"talks": (at(20, 19, 30),)}, ("talk:" + at(20, 19, 30).isoformat(), at(20, 19, 30))),
        (at(20, 20, 10), ReminderSettings(), {"talks": (at(20, 19, 30),)}, ("talk:" + at(20, 19, 30).isoformat(), at(20, 20, 10))),
        (at(20, 20, 31), ReminderSettings(), {"talks": (at(20, 19, 30),)}, None),
        (at(20, 12), ReminderSettings(talk=False), {"talks": (at(20, 19, 30),)}, None),
        (at(20, 12), ReminderSettings(), {"talks": (at(20, 23),)}, None),  # in quiet hours, stale by 08:00
        # the clock jumped forward a day (the machine slept): tomorrow's share, at once
        (at(21, 20, 30), SHARE_ON, {"today": SAT}, ("share:2026-11-21", at(21, 20, 30))),
        # homework, at its own time, while something is still to do that day
        (at(20, 12), ReminderSettings(), {"homework": {FRI: [HomeworkItem("i1", "Soft start-up")]}}, ("homework:2026-11-20", at(20, 19))),
        (at(20, 12), ReminderSettings(homework=False), {"homework": {FRI: [HomeworkItem("i1", "Soft start-up")]}}, None),
        (at(20, 12), ReminderSettings(), {"homework": {FRI: []}}, None),
    ],
)  # fmt: skip
def test_which_reminder_comes_next_and_when(now, settings, given, expected):
    planned = next_reminder(now, settings, facts(**given))
    assert (planned and (planned.reminder.key, planned.show_at)) == expected


def test_at_the_same_moment_the_share_comes_before_a_talk():
    planned = next_reminder(at(20, 12), SHARE_ON, facts(talks=(at(20, 20),)))
    assert planned is not None and planned.reminder.kind == "share"


def test_no_reminder_holds_anything_a_partner_wrote_nor_names_an_exercise_or_a_therapist():
    hostile_items = [HomeworkItem("i", HOSTILE), HomeworkItem("j", "Soft start-up with Jo Berger")]
    everything = facts(talks=(at(20, 19),), homework={FRI: hostile_items, SAT: hostile_items})
    reminders = candidates(ReminderSettings(share=True), everything)
    assert {r.kind for r in reminders} == {"share", "talk", "homework"}
    for reminder in reminders:
        words = reminder.title + reminder.body
        assert not any(part in words for part in ("Alex", "secret", "money", "<b>", "\u202e", "Soft", "Jo Berger"))


def test_homework_is_reminded_only_on_days_something_waits_in_the_same_words():
    items = [HomeworkItem(str(n), f"Exercise {n}") for n in range(5)]
    (reminder,) = homework_source(ReminderSettings(), facts(homework={FRI: items, SAT: []}))
    assert reminder.key == "homework:2026-11-20" and reminder.at == at(20, 19)
    assert reminder.body == "A little homework is waiting for today, whenever suits you both."
    assert homework_source(ReminderSettings(), facts(homework={FRI: items}, on_break=True)) == []


def test_a_title_is_made_plain_and_short():
    assert plain_title("  Soft\tstart-up\x07 \u2066now ") == "Soft start-up now"
    assert len(plain_title("x" * 500)) == 60 and plain_title("x" * 500).endswith("…")


@pytest.fixture
def store(tmp_path):
    return Store.open(tmp_path / "db.sqlite", FakeClock(at(20, 12)))


def test_settings_are_one_settings_row_and_odd_values_keep_their_defaults(store):
    assert read_settings(store.settings.get) == ReminderSettings()
    chosen = ReminderSettings(share=True, share_at=time(21, 15), quiet_from=time(23), quiet_until=time(7))
    save_settings(store, chosen)
    assert read_settings(store.settings.get) == chosen
    assert store.settings.get(SETTINGS_KEY)["share_at"] == "21:15"
    store.settings.set(SETTINGS_KEY, {"on": "yes", "share_at": "25:99", "talk": False, "quiet_from": 7})
    assert read_settings(store.settings.get) == ReminderSettings(talk=False)
    store.settings.set(SETTINGS_KEY, ["not", "a", "dict"])
    assert read_settings(store.settings.get) == ReminderSettings()


def _share(store: Store, author: str, words: str) -> None:
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "my-thing", author, "text", words, words, private=True, sealed=True)


def test_the_facts_come_from_the_database(store):
    now = at(20, 12)
    store.talks.schedule(store.runs.create("timed-pause", 1, {}, {}), at(20, 19))
    store.talks.schedule(store.runs.create("timed-pause", 1, {}, {}), at(19, 19))  # yesterday: gone
    _share(store, "partner_a", HOSTILE)
    settings, read = read_facts(store, now, lambda _store, day: [HomeworkItem("x", f"On {day}")])
    assert not read.both_shared_today and read.talks == (at(20, 19),) and not read.on_break
    assert read.homework == {FRI: [HomeworkItem("x", "On 2026-11-20")], SAT: [HomeworkItem("x", "On 2026-11-21")]}
    _share(store, "partner_b", "   ")  # an empty answer is not sharing
    assert not read_facts(store, now)[1].both_shared_today
    _share(store, "partner_b", "The walk.")
    start_break(store, FRI)
    remember_shown(store, "talk:x")
    remember_shown(store, "talk:x")
    _, read = read_facts(store, now)
    assert read.both_shared_today and read.on_break and read.shown == {"talk:x"} and read.homework == {FRI: [], SAT: []}
    words = [r.title + r.body for r in candidates(ReminderSettings(share=True), read)]
    assert words and not any("walk" in w or "lied" in w for w in words)
    assert settings == ReminderSettings()


def test_only_the_latest_shown_keys_are_kept(store):
    for n in range(50):
        remember_shown(store, f"k{n}")
    kept = store.settings.get("reminders_shown")
    assert len(kept) == 40 and kept[-1] == "k49"


def test_a_day_with_the_clocks_changing_still_reminds_at_the_chosen_time():
    sunday = date(2026, 3, 29)
    (reminder, _) = candidates(ReminderSettings(share=True), facts(today=sunday))
    assert reminder.at.astimezone().time() == time(20, 0)
    assert reminder.until - reminder.at <= timedelta(hours=4)


def test_noting_a_reminder_as_shown_announces_reminders_not_settings(store):
    from couplesdesk.storage import Changes

    heard = []
    store.subscribe(heard.append)
    remember_shown(store, "share:2026-11-20")
    assert heard == [Changes.REMINDERS]  # no page that shows settings reads again for it
