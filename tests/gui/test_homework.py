"""Homework from a therapist, as a couple meets it: open the plan, read the preview, accept;
Today shows it; do two items on a controlled clock; say how it went. And the plans that
cannot be accepted: nothing of them is imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit

from couplesdesk.paths import DataPaths

from .conftest import click, settle, visible_texts

CHECK = """\
format_version = 2
id = "our-evening-check"
version = 1
title = "Our evening check"
summary = "Two minutes at the end of the day."
category = "connection"
minutes = 5
who = "couple"
cadence_hint = "daily"

[[steps]]
id = "settle"
kind = "read"
who = "together"
title = "Sit together"
body = "Sit side by side for a moment."

[[steps]]
id = "close"
kind = "read"
who = "together"
title = "That is all"
body = "Thank each other for the moment."
"""

PLAN = f"""\
format_version = 1
id = "0a6c4f0e-77aa-4b0e-9d7c-2f5b7c1f0a11"
title = "Two weeks of small steps"
starts = 2026-11-20
ends = 2026-12-03
note = "Small and often."

[therapist]
name = "Jo Berger"
contact = "01234 567890"

[[items]]
exercise = "share-one-thing"
often = "daily"

[[items]]
exercise = "our-evening-check"
often = "weekly"
times = 2

[[bundled]]
file = "our-evening-check.toml"
text = '''
{CHECK}'''
"""


def _plan_file(tmp_path: Path, text: str = PLAN, name: str = "homework.couplesdesk-plan") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _rows(window, table: str) -> int:
    return window.services.store.conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def _progress(window) -> list[str]:
    card = window.today_page.homework
    return [card.findChild(QLabel, f"homeworkProgress_{n}").text() for n in range(2)]


def _accept(qtbot, window, path: Path) -> None:
    window.open_homework(str(path))
    preview = window.preview
    assert preview is not None and preview.isVisible()
    click(qtbot, preview.accept_button)
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: window.today_page.homework.isVisible(), timeout=5000)


def _start(qtbot, window, n: int) -> None:
    """Click item n's Start once the card shows it: a card read again (a tick, a change) lays out
    new rows, which Qt shows a moment later, as a person would see them."""
    card = window.today_page.homework
    kind = type(window.run_page.next_button)

    def shown():
        button = card.findChild(kind, f"homeworkStart_{n}")
        return button if button is not None and button.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    click(qtbot, shown())


def _evening_check(qtbot, window) -> None:
    page = window.run_page
    _start(qtbot, window, 1)
    assert page.run.exercise.id == "our-evening-check"
    while page.body.currentWidget() is not page.finished_page:
        click(qtbot, page.next_button)


def _type(qtbot, window, text: str) -> None:
    box = window.run_page.step_widget.findChild(QPlainTextEdit, "answerBox")
    box.setFocus()
    qtbot.keyClicks(box, text)


def _share(qtbot, window) -> None:
    page = window.run_page
    _start(qtbot, window, 0)
    assert page.run.screen.step.id == "welcome", visible_texts(window)
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    _type(qtbot, window, "A bright spot today.")
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    _type(qtbot, window, "Tired but glad.")
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    click(qtbot, page.next_button)
    _type(qtbot, window, "I heard a bright spot.")
    click(qtbot, page.next_button)
    _type(qtbot, window, "I heard tired but glad.")
    click(qtbot, page.next_button)
    while page.body.currentWidget() is not page.finished_page:
        click(qtbot, page.next_button)


def test_a_plan_is_previewed_accepted_shown_done_and_reviewed(qtbot, open_app, clock, tmp_path, data_dir):
    window = open_app()
    assert not window.today_page.homework.isVisible()
    window.open_homework(str(_plan_file(tmp_path)))
    preview = window.preview
    words = visible_texts(preview)
    assert "Homework from Jo Berger" in words
    assert "Share one thing: every day, 20 November – 3 December" in words
    assert "Our evening check: twice a week, 20 November – 3 December" in words
    assert "Our evening check, about 5 minutes" in words and "Small and often." in words
    assert _rows(window, "plans") == 0  # nothing before Accept
    click(qtbot, preview.accept_button)
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: window.today_page.homework.isVisible(), timeout=5000)

    installed = DataPaths(data_dir).user_exercises / "our-evening-check.toml"
    assert installed.read_text(encoding="utf-8") == CHECK
    assert window.services.library.get("our-evening-check") is not None
    (plan,) = window.services.store.plans.current()
    assert plan.text == PLAN and plan.therapist_name == "Jo Berger"
    today = visible_texts(window.today_page)
    assert "From Jo Berger, until 3 December" in today
    assert _progress(window) == ["not yet today", "0 of 2 this week"]

    # The evening check, done together; then how it went, together, in two taps.
    _evening_check(qtbot, window)
    review = window.run_page.finished_page.review
    assert review.isVisible() and "How did it go?" in review.question.text()
    click(qtbot, review.together_button)
    click(qtbot, review.how_buttons[0])
    (said,) = window.services.store.plans.reviews_of(window.run_page.run.id)
    assert (said.author, said.how, said.private) == ("together", "went_well", False)
    run_id = window.run_page.run.id
    click(qtbot, window.run_page.finished_button)
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: _progress(window) == ["not yet today", "1 of 2 this week"], timeout=5000)
    item = window.services.store.conn.execute("SELECT plan_item_id FROM runs WHERE id = ?", [run_id]).fetchone()[0]
    assert item == plan.items[1].id

    # The next day: share one thing, and each says privately how it went.
    clock.advance(days=1)
    window.today_page.refresh()
    settle(qtbot, window.services)
    _share(qtbot, window)
    review = window.run_page.finished_page.review
    click(qtbot, review.each_button)
    assert "Alex's turn. Sam, please look away" in review.handover_text.text()
    click(qtbot, review.handover_button)
    qtbot.keyClicks(review.line, "I felt close")
    click(qtbot, review.how_buttons[1])
    assert "I felt close" not in visible_texts(window)  # Sam's turn shows nothing of Alex's
    assert "Sam's turn" in review.handover_text.text()
    click(qtbot, review.handover_button)
    click(qtbot, review.how_buttons[2])
    assert "Thank you" in review.thanks_text.text()
    reviews = {r.author: r for r in window.services.store.plans.reviews_of(window.run_page.run.id)}
    assert (reviews["partner_a"].how, reviews["partner_a"].line, reviews["partner_a"].private) == (
        "mixed", "I felt close", True,
    )  # fmt: skip
    assert (reviews["partner_b"].how, reviews["partner_b"].private) == ("hard", True)
    click(qtbot, window.run_page.finished_button)
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: _progress(window) == ["done today", "1 of 2 this week"], timeout=5000)
    assert "score" not in visible_texts(window.today_page).lower()


def test_undo_on_the_next_partners_turn_never_brings_back_a_private_line(qtbot, open_app, tmp_path):
    window = open_app()
    _accept(qtbot, window, _plan_file(tmp_path))
    _evening_check(qtbot, window)
    review = window.run_page.finished_page.review
    click(qtbot, review.each_button)
    click(qtbot, review.handover_button)
    qtbot.keyClicks(review.line, "I felt close")
    click(qtbot, review.how_buttons[1])
    click(qtbot, review.handover_button)  # Sam's turn
    review.line.setFocus()
    qtbot.keyClick(review.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review.line.text() == "" and not review.line.isUndoAvailable()
    assert "I felt close" not in visible_texts(window)


def test_a_run_not_started_from_homework_does_not_count(qtbot, open_app, tmp_path):
    window = open_app()
    _accept(qtbot, window, _plan_file(tmp_path))
    window.start_exercise("our-evening-check")
    page = window.run_page
    while page.body.currentWidget() is not page.finished_page:
        click(qtbot, page.next_button)
    assert not page.finished_page.review.isVisible()
    click(qtbot, page.finished_button)
    settle(qtbot, window.services)
    assert _progress(window) == ["not yet today", "0 of 2 this week"]


def test_a_broken_bundled_exercise_is_listed_and_nothing_is_imported(qtbot, open_app, tmp_path, data_dir):
    window = open_app()
    window.open_homework(str(_plan_file(tmp_path, PLAN.replace('kind = "read"', 'kind = "reed"', 1))))
    preview = window.preview
    words = visible_texts(preview)
    assert "our-evening-check.toml cannot be used as it is" in words
    assert "'reed' is not a step kind" in words
    assert "cannot be accepted as it is, so nothing has been added" in words
    assert not preview.accept_button.isEnabled()
    click(qtbot, preview.decline_button)
    settle(qtbot, window.services)
    assert _rows(window, "plans") == 0
    assert not any(DataPaths(data_dir).user_exercises.glob("*.toml"))


def test_files_that_are_not_plans_get_words_not_a_traceback(qtbot, open_app, tmp_path):
    window = open_app()
    cases = {
        "exercise.couplesdesk-plan": (CHECK, "is an exercise file, not a homework plan"),
        "newer.couplesdesk-plan": (PLAN.replace("format_version = 1", "format_version = 9", 1), "newer CouplesDesk"),
        "broken.couplesdesk-plan": ('title = "unfinished\n', "not written in the plan format"),
        "missing.couplesdesk-plan": (None, "could not be read"),
    }
    for name, (text, words) in cases.items():
        path = tmp_path / name
        if text is not None:
            path.write_text(text, encoding="utf-8")
        window.open_homework(str(path))
        box = window.findChild(QMessageBox, "notAPlan")
        assert box is not None and box.isVisible()
        assert words in box.text() and "Nothing has been added" in box.text() and "Traceback" not in box.text()
        assert box.textFormat() == Qt.TextFormat.PlainText
        box.done(0)
        box.setObjectName("")
    assert window.preview is None
    assert _rows(window, "plans") == 0


def test_the_same_plan_again_asks_whether_to_replace_it(qtbot, open_app, tmp_path):
    window = open_app()
    _accept(qtbot, window, _plan_file(tmp_path))
    window.open_homework(str(_plan_file(tmp_path, PLAN.replace("times = 2", "times = 3"), "again.couplesdesk-plan")))
    click(qtbot, window.preview.accept_button)
    box = window.findChild(QMessageBox, "replacePlan")
    assert box is not None and "You already have this plan from Jo Berger" in box.text()
    replace = next(b for b in box.buttons() if b.text() == "Replace it")
    click(qtbot, replace)
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: _progress(window)[1] == "0 of 3 this week", timeout=5000)
    assert _rows(window, "plans") == 2
    assert len(window.services.store.plans.current()) == 1


def test_a_plan_dropped_on_the_window_opens_its_preview(qtbot, open_app, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window = open_app()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_plan_file(tmp_path)))])
    at, buttons, keys = QPointF(300, 300), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "holiday.jpg"))])
    refused = QDragEnterEvent(at.toPoint(), Qt.DropAction.CopyAction, other, buttons, keys)
    refused.setAccepted(False)
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()
    window.dropEvent(QDropEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys))
    qtbot.waitUntil(lambda: window.preview is not None and window.preview.isVisible(), timeout=5000)
    assert "Homework from Jo Berger" in visible_texts(window.preview)


def test_history_says_which_homework_a_run_was_for(qtbot, open_app, tmp_path):
    from .test_history_page import click_run, open_history

    window = open_app()
    _accept(qtbot, window, _plan_file(tmp_path))
    _evening_check(qtbot, window)
    homework_run = window.run_page.run.id
    click(qtbot, window.run_page.finished_button)
    window.start_exercise("our-evening-check")
    page = window.run_page
    while page.body.currentWidget() is not page.finished_page:
        click(qtbot, page.next_button)
    other_run = page.run.id
    click(qtbot, page.finished_button)
    with qtbot.waitActive(window):  # the preview had the focus: back to the window, for Ctrl+4
        window.activateWindow()
    history = open_history(qtbot, window)
    click_run(qtbot, history, homework_run)
    assert "for Jo Berger's homework" in history.transcript.meta.text()
    click_run(qtbot, history, other_run)
    assert "homework" not in history.transcript.meta.text()


class _Recorder:
    """Stands in for the desktop's notifications: records what would be shown."""

    def __init__(self):
        self.sent: list[tuple[str, str]] = []

    def send(self, title, body, clicked, failed):
        self.sent.append((title, body))

    def close(self):
        pass


def _recorded(qtbot, window) -> _Recorder:
    recorder = _Recorder()
    window.reminders.notifier = recorder
    qtbot.waitUntil(lambda: window.reminders._running)
    settle(qtbot, window.services)
    return recorder


def test_a_homework_reminder_comes_at_the_chosen_time_once_a_day_and_can_be_switched_off(
    qtbot, open_app, clock, tmp_path
):
    from couplesdesk.core.reminders import HOMEWORK_WORDS, ReminderSettings, read_settings, save_settings

    window = open_app()  # 19:00 on 20 November; homework reminders are on, at 19:00, unless changed
    recorder = _recorded(qtbot, window)
    assert recorder.sent == []  # no plan, no homework reminder
    _accept(qtbot, window, _plan_file(tmp_path))
    qtbot.waitUntil(lambda: recorder.sent == [("Homework for today", HOMEWORK_WORDS)], timeout=5000)
    clock.advance(hours=2)
    window.tick()  # a jump of the clock: read again
    settle(qtbot, window.services)
    assert len(recorder.sent) == 1  # once a day
    assert window.reminders.planned.reminder.key == "homework:2026-11-21"

    # Switched off: the next day passes without a word.
    save_settings(window.services.store, ReminderSettings(homework=False))
    settle(qtbot, window.services)
    clock.advance(days=1)
    window.tick()
    settle(qtbot, window.services)
    assert len(recorder.sent) == 1
    assert not read_settings(window.services.store.settings.get).homework


def test_no_reminder_when_the_days_homework_is_done(qtbot, open_app, clock, tmp_path):
    window = open_app()
    recorder = _recorded(qtbot, window)
    _accept(qtbot, window, _plan_file(tmp_path, PLAN.replace('often = "weekly"\ntimes = 2', 'often = "once"')))
    clock.advance(hours=-1)
    _share(qtbot, window)
    click(qtbot, window.run_page.finished_page.review.skip_button)
    click(qtbot, window.run_page.finished_button)
    _evening_check(qtbot, window)
    click(qtbot, window.run_page.finished_button)
    settle(qtbot, window.services)
    recorder.sent.clear()  # what came while it was not done yet (at 18:00 nothing is due)
    clock.advance(hours=1)
    window.reminders.timer.timeout.emit()  # 19:00
    settle(qtbot, window.services)
    assert recorder.sent == []
    assert window.reminders.planned is not None and window.reminders.planned.reminder.key == "homework:2026-11-21"
