"""Therapist mode, driven as a therapist would: chosen on the first run, a key made with a
passphrase, a plan built, checked and saved; and back to couple mode in the settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPushButton, QWidget

from couplesdesk.core.plan import PlanItem, load_plan
from couplesdesk.gui.main_window import MainWindow
from couplesdesk.gui.therapist_window import TherapistWindow
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store, therapist_key

from .conftest import click, settle, visible_texts

PASSPHRASE = "quiet harbour lights"
OWN_EXERCISE = Path(str(builtin_exercises() / "share-one-thing.toml")).read_text(encoding="utf-8")


def _own_exercise(folder: Path, broken: bool = False) -> Path:
    text = OWN_EXERCISE.replace('id = "share-one-thing"', 'id = "our-evening-check"')
    text = text.replace('title = "Share one thing"', 'title = "Our evening check"')
    if broken:
        text = text.replace('category = "connection"', "category = 12")
    path = folder / ("broken.toml" if broken else "our-evening-check.toml")
    path.write_text(text, encoding="utf-8")
    return path


def _replaced(qtbot, window, kind):
    qtbot.waitUntil(lambda: isinstance(window.property("replacedBy"), kind), timeout=20_000)
    new = window.property("replacedBy")
    qtbot.addWidget(new)
    qtbot.waitExposed(new)
    with qtbot.waitActive(new):
        new.activateWindow()
    return new


def _ctrl(qtbot, window, key, shift: bool = False) -> None:
    if not window.isActiveWindow():  # the offscreen platform lets go of it when a popup's frame goes
        with qtbot.waitActive(window):
            window.activateWindow()
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, key, modifiers)


def _type(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _therapist_with_key(qtbot, open_app) -> TherapistWindow:
    """The first run as a therapist, and a key made with a passphrase."""
    window = open_app(couple=False)
    first = window.first_run
    click(qtbot, first.as_therapist)
    assert "build homework plans" in visible_texts(first)
    click(qtbot, first.names_next)
    therapist = _replaced(qtbot, window, TherapistWindow)
    shown = visible_texts(therapist)
    assert "First, your key" in shown
    assert not therapist.sidebar.isVisible()  # the key comes first
    for word in ("Today", "Pause", "Boundaries", "Start this exercise"):
        assert word not in shown
    page = therapist.key_page
    _type(qtbot, page.new_passphrase, PASSPHRASE)
    _type(qtbot, page.again, PASSPHRASE + "x")
    click(qtbot, page.make_button)
    assert "not the same" in page.make_error.text()
    assert not therapist_key.has_key(therapist.services.paths.root)
    _type(qtbot, page.again, PASSPHRASE)
    click(qtbot, page.make_button)
    qtbot.waitUntil(lambda: therapist.sidebar.isVisible(), timeout=30_000)
    assert page.public.text() == therapist_key.recipient(therapist.services.paths.root)
    assert "lost" in visible_texts(page) and "Whoever has the exported file" in visible_texts(page)
    return therapist


def test_a_therapist_makes_a_key_builds_a_plan_and_saves_it(qtbot, open_app, tmp_path):
    therapist = _therapist_with_key(qtbot, open_app)
    root = therapist.services.paths.root
    _ctrl(qtbot, therapist, Qt.Key.Key_2)
    builder = therapist.plan_builder
    assert therapist.current_page() is builder
    asked: list[str] = []
    builder.pick_save = lambda _parent, _title, name, _filter: asked.append(name) or tmp_path / "sam-and-alex"

    # Nothing filled in: each thing to put right is said beside it, and nothing is saved.
    _ctrl(qtbot, therapist, Qt.Key.Key_S)
    assert asked == []
    assert builder.items_error.isVisible() and "at least one exercise" in builder.items_error.text()
    assert builder.couple_error.isVisible() and builder.name_error.isVisible()
    assert "not saved yet" in builder.problems.text()

    _type(qtbot, builder.couple, "Sam and Alex")
    assert not builder.couple_error.isVisible()  # put right: the word goes
    builder.ends.setDate(QDate(2026, 11, 10))
    assert "ends before it starts" in builder.dates_error.text()
    builder.ends.setDate(QDate(2026, 12, 3))
    assert not builder.dates_error.isVisible()
    builder.note.setPlainText("Gently, a little each day.")
    _type(qtbot, builder.name, "Jo Berger")
    _type(qtbot, builder.contact, "jo@example.org")

    # One from the library, by the Exercises page's button: three times a week.
    _ctrl(qtbot, therapist, Qt.Key.Key_1)
    library = therapist.library_page
    rows = [library.proxy.index(r, 0) for r in range(library.proxy.rowCount())]
    library.list.setCurrentIndex(next(i for i in rows if i.data() == "Share one thing"))
    assert library.start.text() == "Add to the plan"
    click(qtbot, library.start)
    assert therapist.current_page() is builder
    card = builder.cards[0]
    _choose(card.often, "weekly")
    _choose(card.times, 3)

    # A broken file of the therapist's own is refused with its problems; a sound one travels with the plan.
    builder.pick_open = lambda *_args: _own_exercise(tmp_path, broken=True)
    click(qtbot, builder.bundle_button)
    assert builder.bundle_error.isVisible() and "broken.toml" in builder.bundle_error.text()
    assert "category" in builder.bundle_error.text()
    assert len(builder.cards) == 1
    builder.pick_open = lambda *_args: _own_exercise(tmp_path)
    click(qtbot, builder.bundle_button)
    assert not builder.bundle_error.isVisible()
    assert [c.item.exercise for c in builder.cards] == ["share-one-thing", "our-evening-check"]
    second = builder.cards[1]
    _choose(second.often, "once")
    click(qtbot, second.own_days)
    second.starts.setDate(QDate(2026, 11, 25))
    second.ends.setDate(QDate(2026, 11, 29))
    _type(qtbot, second.note, "Any evening that week.")

    _ctrl(qtbot, therapist, Qt.Key.Key_S)
    saved = tmp_path / "sam-and-alex.couplesdesk-plan"
    assert asked == ["sam-and-alex-until-2026-12-03.couplesdesk-plan"]
    assert saved.exists(), builder.problems.text()
    assert "Saved in" in builder.status.text()

    loaded = load_plan(saved, {e.exercise.id for e in therapist.services.library})
    assert loaded.problems == [] and loaded.plan is not None
    plan = loaded.plan
    assert plan.items == [
        PlanItem(exercise="share-one-thing", often="weekly", times=3),
        PlanItem(
            exercise="our-evening-check",
            often="once",
            starts=dt.date(2026, 11, 25),
            ends=dt.date(2026, 11, 29),
            note="Any evening that week.",
        ),
    ]
    assert plan.therapist.recipient == therapist_key.recipient(root)
    assert (plan.therapist.name, plan.therapist.contact) == ("Jo Berger", "jo@example.org")
    assert (plan.couple, plan.starts, plan.ends) == ("Sam and Alex", dt.date(2026, 11, 20), dt.date(2026, 12, 3))
    assert plan.note == "Gently, a little each day."
    assert [b.file for b in plan.bundled] == ["our-evening-check.toml"]
    assert plan.bundled[0].text == _own_exercise(tmp_path).read_text(encoding="utf-8")

    # The name and how to reach them are remembered for the next plan.
    settle(qtbot, therapist.services)
    assert therapist.services.store.settings.get("therapist_name") == "Jo Berger"
    _ctrl(qtbot, therapist, Qt.Key.Key_N)
    assert builder.cards == [] and builder.couple.text() == ""
    assert builder.name.text() == "Jo Berger" and builder.contact.text() == "jo@example.org"

    # A plan file handed to the app (couplesdesk open FILE) opens in the builder.
    therapist.open_homework(str(saved))
    assert builder.path == saved and len(builder.cards) == 2 and builder.couple.text() == "Sam and Alex"

    # A change not saved is never lost without asking.
    _type(qtbot, builder.couple, "Robin and Kim")
    builder.pick_open = lambda *_args: saved
    _ctrl(qtbot, therapist, Qt.Key.Key_O, shift=True)  # Open plan...
    leave = builder.findChild(QMessageBox, "confirmLeave")
    qtbot.waitUntil(lambda: leave is not None and leave.isVisible())
    leave.button(QMessageBox.StandardButton.Cancel).click()
    assert builder.couple.text() == "Robin and Kim"

    # Open it again to change it: everything is back on screen.
    _ctrl(qtbot, therapist, Qt.Key.Key_O, shift=True)  # Open plan...
    leave = [b for b in builder.findChildren(QMessageBox, "confirmLeave") if b.isVisible()][0]
    next(b for b in leave.buttons() if b.text() == "Leave them").click()
    assert builder.couple.text() == "Sam and Alex" and builder.path == saved
    assert [(c.item.exercise, c.often.currentData(), c.times.currentData()) for c in builder.cards][0] == (
        "share-one-thing",
        "weekly",
        3,
    )
    assert builder.cards[1].own_days.isChecked() and builder.cards[1].note.text() == "Any evening that week."
    assert not builder.unsaved

    # Closing the window with changes not saved asks first; the plan stays on screen.
    _type(qtbot, builder.title, "Two gentle weeks")
    therapist.close()
    leave = [b for b in builder.findChildren(QMessageBox, "confirmLeave") if b.isVisible()][0]
    assert therapist.isVisible()
    leave.button(QMessageBox.StandardButton.Cancel).click()
    assert therapist.isVisible() and builder.title.text() == "Two gentle weeks"
    _ctrl(qtbot, therapist, Qt.Key.Key_S)  # saved where it was opened from: no question
    assert not builder.unsaved and 'title = "Two gentle weeks"' in saved.read_text(encoding="utf-8")

    # Something that is not a plan is refused in words, and the plan on screen stays.
    (tmp_path / "notes.txt").write_text("shopping: apples", encoding="utf-8")
    builder.pick_open = lambda *_args: tmp_path / "notes.txt"
    _ctrl(qtbot, therapist, Qt.Key.Key_O, shift=True)  # Open plan...
    assert builder.problems.isVisible() and "cannot be opened as a homework plan" in builder.problems.text()
    assert builder.couple.text() == "Sam and Alex" and builder.path == saved


def test_saving_over_another_file_asks_first(qtbot, open_app, tmp_path):
    therapist = _therapist_with_key(qtbot, open_app)
    _ctrl(qtbot, therapist, Qt.Key.Key_2)
    builder = therapist.plan_builder
    qtbot.waitUntil(lambda: builder.save_button.height() > 0)  # laid out, as a person sees it
    other = tmp_path / "other.couplesdesk-plan"
    other.write_text("someone else's plan", encoding="utf-8")
    builder.pick_save = lambda *_args: other
    _type(qtbot, builder.couple, "Robin and Kim")
    _type(qtbot, builder.name, "Jo Berger")
    _choose(builder.picker, "weekly-check-in")
    click(qtbot, builder.add_button)
    click(qtbot, builder.save_button)
    box = therapist.findChild(QMessageBox, "confirmReplace")
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert other.read_text(encoding="utf-8") == "someone else's plan"
    click(qtbot, builder.save_button)
    box = [b for b in therapist.findChildren(QMessageBox, "confirmReplace") if b.isVisible()][0]
    next(b for b in box.buttons() if b.text() == "Replace it").click()
    assert "weekly-check-in" in other.read_text(encoding="utf-8")


def test_back_to_couple_mode_in_the_settings_and_to_therapist_mode_again(qtbot, open_app):
    therapist = _therapist_with_key(qtbot, open_app)
    _ctrl(qtbot, therapist, Qt.Key.Key_2)
    _type(qtbot, therapist.plan_builder.couple, "Sam and Alex")  # a plan begun, not saved
    _ctrl(qtbot, therapist, Qt.Key.Key_Comma)
    dialog = therapist.findChild(QWidget, "therapistSettings")
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.findChild(QPushButton, "switchMode"))
    leave = [b for b in therapist.findChildren(QMessageBox, "confirmLeave") if b.isVisible()][0]
    next(b for b in leave.buttons() if b.text() == "Leave them").click()  # asked once, and only once
    couple = _replaced(qtbot, therapist, MainWindow)
    assert not therapist.isVisible()
    assert couple.first_run.isVisible()  # no couple yet: their names come first
    store = Store.open(couple.services.paths.database, couple.services.clock)
    assert store.settings.get("mode") == "couple"
    store.close()

    # A couple's window: the settings offer therapist mode, and the key made before is still there.
    couple.services.store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    couple.services.store.couple.acknowledge_safety()
    couple.first_run_done()
    _ctrl(qtbot, couple, Qt.Key.Key_Comma)
    names = couple.findChild(QWidget, "namesDialog")
    qtbot.waitUntil(names.isVisible)
    click(qtbot, names.findChild(QPushButton, "switchMode"))
    again = _replaced(qtbot, couple, TherapistWindow)
    assert again.sidebar.isVisible() and again.current_page() is again.plan_builder


def test_the_key_is_exported_only_with_the_passphrase_and_backed_up_locked(qtbot, open_app, tmp_path):
    import os
    import shutil
    import stat
    import subprocess

    import pyrage

    therapist = _therapist_with_key(qtbot, open_app)
    root = therapist.services.paths.root
    _ctrl(qtbot, therapist, Qt.Key.Key_7)
    page = therapist.key_page
    qtbot.waitUntil(lambda: page.export_button.height() > 0)
    targets = iter([tmp_path / "key.txt", tmp_path / "key.txt", tmp_path / "backup.age"])
    page.pick_save = lambda *_args: next(targets)

    _type(qtbot, page.export_passphrase, "not my passphrase")
    click(qtbot, page.export_button)
    qtbot.waitUntil(page.export_error.isVisible, timeout=30_000)
    assert "does not open your key" in page.export_error.text()
    assert not (tmp_path / "key.txt").exists()

    _type(qtbot, page.export_passphrase, PASSPHRASE)
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: "Whoever has this file can read your reports" in page.status.text(), timeout=30_000)
    assert page.export_passphrase.text() == ""
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "key.txt").stat().st_mode) == 0o600
    sealed = pyrage.encrypt(b"for Jo alone", [pyrage.x25519.Recipient.from_str(therapist_key.recipient(root))])
    identity = pyrage.x25519.Identity.from_str(therapist_key.identity_of((tmp_path / "key.txt").read_text("ascii")))
    assert pyrage.decrypt(sealed, [identity]) == b"for Jo alone"
    if shutil.which("age") is not None:  # the stock tool (Debian package age), when installed
        (tmp_path / "report.age").write_bytes(sealed)
        opened = subprocess.run(
            ["age", "-d", "-i", str(tmp_path / "key.txt"), str(tmp_path / "report.age")],
            capture_output=True,
            check=True,
            timeout=60,
        )
        assert opened.stdout == b"for Jo alone"

    click(qtbot, page.backup_button)
    qtbot.waitUntil(lambda: "away from this computer" in page.status.text(), timeout=30_000)
    assert (tmp_path / "backup.age").read_bytes() == (root / therapist_key.KEY_FILE).read_bytes()
    assert b"AGE-SECRET-KEY" not in (tmp_path / "backup.age").read_bytes()


def test_a_key_backup_from_another_computer_is_taken_with_its_passphrase(qtbot, open_app, data_dir, clock, tmp_path):
    other = tmp_path / "old-computer"
    other.mkdir()
    public = therapist_key.make_key(other, PASSPHRASE, clock.now())
    therapist_key.backup(other, tmp_path / "my-key.age")
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.settings.set("mode", "therapist")
    store.close()
    window = open_app(couple=False)
    assert isinstance(window, TherapistWindow) and not window.sidebar.isVisible()
    page = window.key_page
    page.pick_open = lambda *_args: tmp_path / "my-key.age"
    _type(qtbot, page.new_passphrase, "not the passphrase")
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: "does not open your key" in page.make_error.text(), timeout=30_000)
    assert not therapist_key.has_key(data_dir)
    _type(qtbot, page.new_passphrase, PASSPHRASE)
    click(qtbot, page.restore_button)
    qtbot.waitUntil(window.sidebar.isVisible, timeout=30_000)
    assert therapist_key.recipient(data_dir) == public == page.public.text()


def test_an_exercise_from_the_therapists_own_folder_travels_with_the_plan(qtbot, open_app, data_dir, clock):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "exercises").mkdir(exist_ok=True)
    _own_exercise(data_dir / "exercises")
    therapist_key.make_key(data_dir, PASSPHRASE, clock.now())
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.settings.set("mode", "therapist")
    store.close()
    window = open_app(couple=False)
    builder = window.plan_builder
    assert window.current_page() is builder  # with a key, the window opens on the plan
    _choose(builder.picker, "our-evening-check")
    click(qtbot, builder.add_button)
    assert [c.item.exercise for c in builder.cards] == ["our-evening-check"]
    assert [b.file for b in builder.draft.bundled] == ["our-evening-check.toml"]
    assert "Travelling with this plan: our-evening-check.toml" in builder.bundled_words.text()
    click(qtbot, builder.cards[0].remove)
    assert builder.cards == [] and builder.draft.bundled == [] and not builder.bundled_words.isVisible()

    # Closing with changes not saved asks; "Leave them" closes (and the window's services with it).
    window.close()
    leave = [b for b in builder.findChildren(QMessageBox, "confirmLeave") if b.isVisible()][0]
    next(b for b in leave.buttons() if b.text() == "Leave them").click()
    qtbot.waitUntil(lambda: not window.isVisible())
    with pytest.raises(RuntimeError, match="stopped"):
        window.services.database.run(lambda _store: None)
