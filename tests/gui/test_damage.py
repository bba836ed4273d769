"""A damaged database gets a calm screen: what happened, the newest good backup with its date
and what it holds, and one click to go back to it (or to save what can be read)."""

from __future__ import annotations

import random

from couplesdesk.app import create
from couplesdesk.gui.damage_window import DamageWindow
from couplesdesk.gui.main_window import MainWindow

from ..storage.test_backups_and_damage import digest, filled, opened_and_checked
from .conftest import click, visible_texts


def _scramble(db) -> None:
    with db.open("r+b") as fh:
        fh.seek(db.stat().st_size // 2)
        fh.write(random.Random(3).randbytes(8192))


def _open(qtbot, data_dir, clock):
    window = create(["--data-dir", str(data_dir)], clock=clock)
    qtbot.addWidget(window)
    window.show()
    return window


def _recover(qtbot, window: DamageWindow, button) -> MainWindow:
    click(qtbot, button)
    qtbot.waitUntil(window.open_button.isVisible, timeout=20_000)
    click(qtbot, window.open_button)
    reopened = window.property("replacedBy")
    assert isinstance(reopened, MainWindow)
    qtbot.addWidget(reopened)
    return reopened


def test_damage_found_after_opening_hands_over_to_the_damage_screen_and_a_backup_restores(qtbot, data_dir, clock):
    data_dir.mkdir(parents=True)
    db = data_dir / "couplesdesk.db"
    filled(db, clock, answers=3000)
    opened_and_checked(db, clock).close()  # today's backup
    _scramble(db)
    damaged = digest(db)

    window = _open(qtbot, data_dir, clock)
    qtbot.waitUntil(lambda: isinstance(window.property("replacedBy"), DamageWindow), timeout=20_000)
    screen = window.property("replacedBy")
    qtbot.addWidget(screen)
    assert not window.isVisible() and screen.isVisible()
    text = visible_texts(screen)
    assert "is damaged" in text and "Nothing has been deleted." in text
    assert "Your newest good backup is from" in text and "1 exercise, 3000 answers, 1 boundary" in text
    assert digest(db) == damaged  # the app wrote nothing into the damaged file

    today = _recover(qtbot, screen, screen.restore_button)
    assert today.services.store.boundaries.list()[0].statement == "I need a quiet hour after work."
    kept = [p for p in data_dir.glob("couplesdesk-damaged-*.db")]
    assert len(kept) == 1 and digest(kept[0]) == damaged  # kept aside, never changed
    today.close()


def test_an_empty_database_with_backups_opens_the_damage_screen_not_a_first_run(qtbot, data_dir, clock):
    data_dir.mkdir(parents=True)
    db = data_dir / "couplesdesk.db"
    filled(db, clock, answers=5)
    opened_and_checked(db, clock).close()
    db.write_bytes(b"")
    window = _open(qtbot, data_dir, clock)
    assert isinstance(window, DamageWindow)
    text = visible_texts(window)
    assert "is empty (0 bytes)" in text and "Welcome" not in text
    today = _recover(qtbot, window, window.restore_button)
    assert today.services.store.couple.get().a.name == "Alex"
    today.close()


def test_without_a_backup_what_can_still_be_read_is_saved(qtbot, data_dir, clock):
    data_dir.mkdir(parents=True)
    db = data_dir / "couplesdesk.db"
    filled(db, clock, answers=3000)
    _scramble(db)
    window = _open(qtbot, data_dir, clock)
    if isinstance(window, MainWindow):
        qtbot.waitUntil(lambda: isinstance(window.property("replacedBy"), DamageWindow), timeout=20_000)
        window = window.property("replacedBy")
        qtbot.addWidget(window)
    assert not window.restore_button.isVisible()
    assert "There is no backup to go back to" in visible_texts(window)
    today = _recover(qtbot, window, window.salvage_button)
    store = today.services.store
    assert store.couple.get().b.name == "Sam"
    assert 2000 < store.conn.execute("SELECT count(*) FROM answers").fetchone()[0] < 3000
    today.close()
