"""Reminders in the running app, on the test's clock: the timer is set to the next one, it is
shown when due (to the desktop, else the tray), after the clock jumps too, never while the
window is quick-hidden, and never with a word either partner wrote."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, time, timedelta

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.reminders import HomeworkItem, ReminderSettings, save_settings
from couplesdesk.notifications import DesktopNotifications, NotDelivered
from couplesdesk.storage import Store

from .conftest import settle

HOSTILE = "Sam\u202e<b>never</b> & the money I hid"


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 11, 20, 19, 0).astimezone())  # a Friday, 19:00


class FakeNotifier:
    def __init__(self, fails: BaseException | None = None, raises: BaseException | None = None):
        self.sent: list[tuple[str, str]] = []
        self.fails, self.raises = fails, raises
        self.clicked = None

    def send(self, title, body, clicked, failed):
        if self.raises is not None:
            raise self.raises
        self.sent.append((title, body))
        self.clicked = clicked
        if self.fails is not None:
            failed(self.fails)

    def close(self):
        pass


class FakeTray:
    def __init__(self):
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title, body, icon, ms):  # noqa: N802 (Qt's name)
        self.messages.append((title, body))


def prepare(data_dir, clock, settings: ReminderSettings, hostile: bool = True) -> Store:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.couple.acknowledge_safety()
    save_settings(store, settings)
    if hostile:  # what partners wrote, everywhere it can be
        run = store.runs.create("share-one-thing", 1, {}, {}, title="Share one thing")
        store.answers.save(run, "my-thing", "partner_a", "text", HOSTILE, HOSTILE, private=True, sealed=True)
        store.boundaries.add(run, "partner_a", HOSTILE)
        store.agreements.add(run, HOSTILE)
    return store


def started(qtbot, window, notifier=None, tray=None):
    reminders = window.reminders
    reminders.notifier = notifier
    reminders.tray = lambda: tray
    qtbot.waitUntil(lambda: reminders._running)
    settle(qtbot, window.services)
    return reminders


def fire(qtbot, window) -> None:
    """The timer runs out (the test's clock has been moved to its moment)."""
    window.reminders.timer.stop()
    window.reminders.timer.timeout.emit()
    settle(qtbot, window.services)


def test_the_daily_share_comes_at_the_chosen_time_in_words_of_ours(qtbot, open_app, data_dir, clock):
    prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 30))).close()
    window = open_app()
    notifier = FakeNotifier()
    reminders = started(qtbot, window, notifier)
    assert reminders.planned.reminder.key == "share:2026-11-20"
    assert 29 * 60_000 < reminders.timer.remainingTime() <= 30 * 60_000  # one timer, to the moment
    clock.advance(minutes=30)
    with qtbot.waitSignal(reminders.delivered) as signal:
        fire(qtbot, window)
    assert signal.args[1] == "desktop"
    assert notifier.sent == [("Time to share one thing", "A few quiet minutes for the two of you, when you're ready.")]
    assert reminders.planned.reminder.key == "share:2026-11-21"  # the next: tomorrow's
    assert "share:2026-11-20" in window.services.store.settings.get("reminders_shown")
    fire(qtbot, window)  # the timer running out again early shows nothing twice
    assert len(notifier.sent) == 1


def test_a_click_on_the_notification_brings_the_window_forward(qtbot, open_app, data_dir, clock):
    prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 0))).close()
    window = open_app()
    notifier = FakeNotifier()
    reminders = started(qtbot, window, notifier)
    fire(qtbot, window)
    assert notifier.sent
    window.showMinimized()
    with qtbot.waitSignal(reminders.come_forward):
        notifier.clicked()  # on the notifier's own thread in life; queued to the window
    qtbot.waitUntil(lambda: not window.isMinimized())


def test_both_shared_today_means_no_reminder_until_tomorrow(qtbot, open_app, data_dir, clock):
    store = prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 30)), hostile=False)
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "my-thing", "partner_a", "text", "a", "a", private=True, sealed=True)
    store.close()
    window = open_app()
    notifier = FakeNotifier()
    reminders = started(qtbot, window, notifier)
    assert reminders.planned.reminder.key == "share:2026-11-20"
    window.services.store.answers.save(run, "my-thing", "partner_b", "text", "b", "b", private=True, sealed=True)
    settle(qtbot, window.services)  # the change bus said answers changed: read again
    qtbot.waitUntil(lambda: reminders.planned.reminder.key == "share:2026-11-21")
    clock.advance(minutes=45)
    fire(qtbot, window)
    assert notifier.sent == []


def test_after_the_computer_slept_a_missed_reminder_comes_at_the_next_tick(qtbot, open_app, data_dir, clock):
    prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 30))).close()
    window = open_app()
    notifier = FakeNotifier()
    started(qtbot, window, notifier)
    clock.advance(hours=2)  # asleep from 19:00 to 21:00: the timer's own clock stood still
    window.tick()
    settle(qtbot, window.services)
    assert [title for title, _ in notifier.sent] == ["Time to share one thing"]
    clock.advance(seconds=1)
    window.tick()  # an ordinary tick reads nothing
    assert window.services.settled()


def test_a_planned_talk_comes_at_its_time_without_its_topic(qtbot, open_app, data_dir, clock):
    store = prepare(data_dir, clock, ReminderSettings())
    talk_run = store.runs.create("timed-pause", 1, {}, {}, title=HOSTILE)
    store.close()
    window = open_app()
    notifier = FakeNotifier()
    reminders = started(qtbot, window, notifier)
    assert reminders.planned is None and not reminders.timer.isActive()
    window.services.store.talks.schedule(talk_run, datetime(2026, 11, 20, 20, 15).astimezone())
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: reminders.planned is not None)
    clock.advance(minutes=75)
    fire(qtbot, window)
    assert notifier.sent == [("The talk you planned", "It's 20:15, the time you chose to talk again.")]


def test_no_notification_holds_anything_a_partner_wrote(qtbot, open_app, data_dir, clock):
    store = prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 10), quiet_from=time(0)))
    store.talks.schedule(store.runs.create("timed-pause", 1, {}, {}, title=HOSTILE), clock.now() + timedelta(minutes=5))
    store.close()
    window = open_app()
    notifier = FakeNotifier()
    reminders = started(qtbot, window, notifier)
    reminders.homework = lambda _store, _day: [HomeworkItem("i", "Soft start-up")]
    for minutes in (5, 5, 10):
        clock.advance(minutes=minutes)
        fire(qtbot, window)
    titles = [title for title, _ in notifier.sent]
    assert sorted(titles) == ["Homework for today", "The talk you planned", "Time to share one thing"]
    words = " ".join(title + body for title, body in notifier.sent)
    for part in ("Sam", "Alex", "<b>never", "money", "<b>", "\u202e"):
        assert part not in words
    assert "Soft start-up" not in words  # not even an exercise's title (read over a shoulder)


def test_when_desktop_notifications_fail_the_tray_says_it_and_the_log_says_why(
    qtbot, open_app, data_dir, clock, caplog
):
    prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 1))).close()
    window = open_app()
    tray = FakeTray()
    reminders = started(qtbot, window, FakeNotifier(fails=NotDelivered("no notification service")), tray)
    clock.advance(minutes=1)
    with caplog.at_level(logging.WARNING, "couplesdesk.reminders"):
        with qtbot.waitSignal(reminders.delivered, check_params_cb=lambda _r, how: how == "tray"):
            fire(qtbot, window)
    assert tray.messages == [("Time to share one thing", "A few quiet minutes for the two of you, when you're ready.")]
    assert "no notification service" in caplog.text
    window.close()  # no error dialog was opened on the way
    assert not [w for w in window.findChildren(object) if getattr(w, "objectName", lambda: "")() == "crashDialog"]


def test_a_notifier_that_raises_at_once_falls_back_to_the_tray(qtbot, open_app, data_dir, clock):
    prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 1))).close()
    window = open_app()
    tray = FakeTray()
    started(qtbot, window, FakeNotifier(raises=RuntimeError("D-Bus is gone")), tray)
    clock.advance(minutes=1)
    fire(qtbot, window)
    assert [title for title, _ in tray.messages] == ["Time to share one thing"]


def test_nothing_is_shown_while_the_window_is_quick_hidden(qtbot, open_app, data_dir, clock):
    prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 1))).close()
    window = open_app()
    notifier = FakeNotifier()
    reminders = started(qtbot, window, notifier)
    window.guard.hide_now()
    clock.advance(minutes=1)
    fire(qtbot, window)
    assert notifier.sent == [] and reminders.timer.isActive()
    window.guard.toggle_hide()
    clock.advance(minutes=1)
    fire(qtbot, window)
    assert len(notifier.sent) == 1


def test_switched_off_nothing_comes(qtbot, open_app, data_dir, clock):
    store = prepare(data_dir, clock, ReminderSettings(on=False, share=True, share_at=time(19, 0)))
    store.talks.schedule(store.runs.create("timed-pause", 1, {}, {}), clock.now())
    store.close()
    window = open_app()
    notifier = FakeNotifier()
    reminders = started(qtbot, window, notifier)
    assert reminders.planned is None and not reminders.timer.isActive()
    fire(qtbot, window)
    assert notifier.sent == []


# ------------------------------------------------------------------ desktop-notifier itself, on its own thread


def _sent(notifications: DesktopNotifications, qtbot) -> list[BaseException]:
    failures: list[BaseException] = []
    notifications.send("Title", "Body", lambda: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    notifications.close()
    return failures


def test_desktop_notifier_raising_is_reported_as_a_failure(qtbot, monkeypatch):
    import desktop_notifier

    async def broken(self, **_kwargs):
        raise RuntimeError("no notification service here")

    monkeypatch.setattr(desktop_notifier.DesktopNotifier, "send", broken)
    (failure,) = _sent(DesktopNotifications("CouplesDesk"), qtbot)
    assert "no notification service here" in str(failure)


def test_a_notification_the_service_never_took_is_a_failure_too(qtbot, monkeypatch):
    import desktop_notifier

    async def swallowed(self, **_kwargs):  # desktop-notifier logs a failed send and returns
        return "an id"

    monkeypatch.setattr(desktop_notifier.DesktopNotifier, "send", swallowed)
    (failure,) = _sent(DesktopNotifications("CouplesDesk"), qtbot)
    assert isinstance(failure, NotDelivered)


def test_a_service_that_does_not_answer_times_out(qtbot, monkeypatch):
    import desktop_notifier

    async def hangs(self, **_kwargs):
        await asyncio.Event().wait()

    monkeypatch.setattr(desktop_notifier.DesktopNotifier, "send", hangs)
    (failure,) = _sent(DesktopNotifications("CouplesDesk", timeout=0.05), qtbot)
    assert isinstance(failure, TimeoutError)


def test_a_delivered_notification_has_its_body_escaped_and_its_click_passed_on(qtbot, monkeypatch):
    import desktop_notifier

    seen: dict[str, object] = {}

    async def works(self, *, title, message, on_dispatched, on_clicked):
        seen.update(title=title, message=message)
        on_dispatched()
        on_clicked()

    monkeypatch.setattr(desktop_notifier.DesktopNotifier, "send", works)
    clicks: list[bool] = []
    failures: list[BaseException] = []
    notifications = DesktopNotifications("CouplesDesk")
    notifications.send("Homework for today", "Still to do: A <b> & C", lambda: clicks.append(True), failures.append)
    qtbot.waitUntil(lambda: bool(clicks), timeout=5000)
    notifications.close()
    assert seen == {"title": "Homework for today", "message": "Still to do: A &lt;b&gt; &amp; C"}
    assert failures == []


# ------------------------------------------------------------------ started with the computer


def test_started_quietly_without_a_tray_the_window_starts_minimised_and_reminders_run(qtbot, data_dir, clock):
    from couplesdesk.app import create
    from couplesdesk.gui.app import _show

    prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 30))).close()
    window = create(["--data-dir", str(data_dir)], clock=clock)
    qtbot.addWidget(window)
    _show(window, quiet=True)
    qtbot.waitUntil(lambda: window.reminders._running)
    assert window.isMinimized()
    settle(qtbot, window.services)
    assert window.reminders.planned.reminder.key == "share:2026-11-20"


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen Qt has no tray of its own to say it changed
def test_started_quietly_with_a_tray_no_window_shows_and_reminders_run(qtbot, data_dir, clock, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    from couplesdesk.app import create
    from couplesdesk.gui.app import _show

    prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 30))).close()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window = create(["--data-dir", str(data_dir)], clock=clock)
    qtbot.addWidget(window)
    _show(window, quiet=True)
    assert window.reminders._running and not window.isVisible()
    assert window.bar.tray is not None and window.bar.tray.contextMenu() is not None
    settle(qtbot, window.services)
    assert window.reminders.planned.reminder.key == "share:2026-11-20"
    menu = [action.text() for action in window.bar.tray.contextMenu().actions() if action.text()]
    assert menu == ["Open CouplesDesk", "Quit CouplesDesk"]
    window.bar.tray.messageClicked.emit()  # the tray's message clicked: the window comes
    qtbot.waitExposed(window)


def test_started_quietly_while_open_already_it_leaves_the_open_window_alone(qtbot, tmp_path):
    from couplesdesk.gui.single_instance import SingleInstance
    from couplesdesk.paths import DataPaths

    paths = DataPaths(tmp_path / "data")
    first = SingleInstance(paths)
    assert first.acquire()
    knocks: list[bool] = []
    first.raise_requested.connect(lambda: knocks.append(True))
    try:
        assert not SingleInstance(paths).acquire(knock=False)
        assert not SingleInstance(paths).acquire()
        qtbot.waitUntil(lambda: bool(knocks))
        assert knocks == [True]  # the knock of the plain launch only: the quiet one came first, and never knocked
    finally:
        first.release()
