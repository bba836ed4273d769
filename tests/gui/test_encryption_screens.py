"""Encryption through the window, as a couple would: turn it on from the Privacy page and keep
the recovery key; open with the passphrase screen (a wrong one said kindly, nothing touched);
'remember on this computer'; change the passphrase; turn it off again."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtWidgets import QApplication, QDialog

from couplesdesk.app import create
from couplesdesk.storage import encryption

from .conftest import click, visible_texts

PASS = "tea in the garden at dusk"
WORDS = "the blue kettle whistled at midnight"


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def delete_password(self, service, username):
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("none")


@pytest.fixture
def memory_keyring():
    import keyring

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def _dialog(name: str) -> QDialog:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    assert found, f"no {name} on screen"
    return found[-1]


def _front(window):
    while window.property("replacedBy") is not None:
        window = window.property("replacedBy")
    return window


def _write_words(qtbot, window) -> None:
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    qtbot.keyClicks(page.step_widget.box, WORDS)
    page.leave()


def test_turning_it_on_keeping_the_key_changing_and_turning_it_off(qtbot, open_app, data_dir):
    window = open_app()
    _write_words(qtbot, window)
    window.show_page(window.privacy_page)
    assert "Off." in visible_texts(window.privacy_page)
    click(qtbot, window.privacy_page.encrypt_button)

    ask = _dialog("passphraseDialog")
    first, second = ask.fields
    qtbot.keyClicks(first, PASS)
    qtbot.keyClicks(second, PASS + "!")
    click(qtbot, ask.action)
    assert "not the same" in ask.message.text()
    qtbot.keyClicks(first, PASS)
    qtbot.keyClicks(second, PASS)
    click(qtbot, ask.action)

    qtbot.waitUntil(lambda: window.property("replacedBy") is not None, timeout=20_000)
    new = _front(window)
    qtbot.addWidget(new)
    keep = _dialog("recoveryKeyDialog")
    code = keep.key_label.text()
    assert encryption.parse_recovery_code(code) == new.services.key
    assert not keep.done_button.isEnabled()
    keep.reject()  # Esc does not lose the key before it is kept
    assert keep.isVisible()
    click(qtbot, keep.kept)
    click(qtbot, keep.done_button)
    assert not _holds(data_dir, WORDS)

    new.show_page(new.privacy_page)
    assert "On." in visible_texts(new.privacy_page)
    click(qtbot, new.privacy_page.change_button)
    change = _dialog("passphraseDialog")
    current, fresh, again = change.fields
    qtbot.keyClicks(current, "not it")
    qtbot.keyClicks(fresh, "a newer passphrase")
    qtbot.keyClicks(again, "a newer passphrase")
    click(qtbot, change.action)
    qtbot.waitUntil(lambda: change.message.isVisible(), timeout=10_000)
    assert "does not open" in change.message.text()
    qtbot.keyClicks(current, code)  # the recovery key works here too
    qtbot.keyClicks(fresh, "a newer passphrase")
    qtbot.keyClicks(again, "a newer passphrase")
    click(qtbot, change.action)
    qtbot.waitUntil(lambda: not change.isVisible(), timeout=10_000)
    assert encryption.unlock(data_dir, "a newer passphrase") == new.services.key

    click(qtbot, new.privacy_page.decrypt_button)
    off = _dialog("passphraseDialog")
    qtbot.keyClicks(off.fields[0], "a newer passphrase")
    click(qtbot, off.action)
    qtbot.waitUntil(lambda: new.property("replacedBy") is not None, timeout=20_000)
    plain = _front(new)
    qtbot.addWidget(plain)
    assert plain.services.key is None
    assert not (data_dir / "encryption.json").exists()
    assert _holds(data_dir, WORDS)
    plain.close()


def _holds(folder, words: str) -> bool:
    return any(words.encode() in p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_the_passphrase_screen_says_a_wrong_one_kindly_and_touches_nothing(qtbot, open_app, data_dir, clock):
    window = open_app()
    _write_words(qtbot, window)
    window.close()
    encryption.encrypt_folder(data_dir, data_dir / "couplesdesk.db", PASS)
    before = {p: p.read_bytes() for p in data_dir.rglob("*.db")}

    unlock = create(["--data-dir", str(data_dir)], clock=clock)
    qtbot.addWidget(unlock)
    unlock.show()
    assert unlock.objectName() == "unlockWindow"
    panel = unlock.panel
    assert WORDS not in visible_texts(unlock) and "Welcome back" in visible_texts(unlock)
    qtbot.keyClicks(panel.field, "tea in the garden at dawn")
    click(qtbot, panel.button)
    qtbot.waitUntil(panel.status.isVisible, timeout=10_000)
    assert "does not open" in panel.status.text()
    assert {p: p.read_bytes() for p in data_dir.rglob("*.db")} == before

    qtbot.keyClicks(panel.field, PASS)
    click(qtbot, panel.button)
    qtbot.waitUntil(lambda: unlock.property("replacedBy") is not None, timeout=10_000)
    main = _front(unlock)
    qtbot.addWidget(main)
    assert main.objectName() == "mainWindow" and main.services.key is not None
    assert "share" in visible_texts(main).lower()  # Today reads the encrypted data
    main.close()


def test_remember_on_this_computer_opens_without_asking(qtbot, open_app, data_dir, clock, memory_keyring):
    window = open_app()
    window.close()
    encryption.encrypt_folder(data_dir, data_dir / "couplesdesk.db", PASS)

    unlock = create(["--data-dir", str(data_dir)], clock=clock)
    qtbot.addWidget(unlock)
    unlock.show()
    assert unlock.panel.remember.isVisible() and not unlock.panel.remember.isChecked()
    click(qtbot, unlock.panel.remember)
    qtbot.keyClicks(unlock.panel.field, PASS)
    click(qtbot, unlock.panel.button)
    qtbot.waitUntil(lambda: unlock.property("replacedBy") is not None, timeout=10_000)
    main = _front(unlock)
    qtbot.addWidget(main)
    main.show_page(main.privacy_page)
    assert main.privacy_page.remember.isChecked()
    main.close()

    again = create(["--data-dir", str(data_dir)], clock=clock)
    qtbot.addWidget(again)
    assert again.objectName() == "mainWindow"
    again.show()
    again.show_page(again.privacy_page)
    click(qtbot, again.privacy_page.remember)  # forget it
    assert memory_keyring.kept == {}
    again.close()
    assert create(["--data-dir", str(data_dir)], clock=clock).objectName() == "unlockWindow"
