"""The Privacy page, the passphrase and lock screens and a reminder's words in German, with
the app's German installed as the app installs it (the ``german`` fixture, tests/gui/conftest.py).
English comes back after each test."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtWidgets import QPushButton

from couplesdesk.core.reminders import ReminderSettings
from couplesdesk.paths import DataPaths
from couplesdesk.storage import Store, encryption

from .conftest import click, settle, visible_texts
from .test_reminders import FakeNotifier, fire, prepare, started


def test_the_privacy_page_is_in_german(qtbot, open_app, german):
    window = open_app(language="de")
    page = window.privacy_page
    window.show_page(page)
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: "Privates von Alex löschen …" in visible_texts(page))
    settle(qtbot, window.services)
    text = visible_texts(page)
    for words in (
        "Privatsphäre",
        "Verschlüsselung",
        "Aus. Eure Texte liegen unverschlüsselt in",
        "Mit einem Passwort verschlüsseln …",
        "Jetzt sperren (Ctrl+L)",
        "Automatisch sperren:",
        "Schnell ausblenden",
        "Jetzt ausblenden (Ctrl+Shift+H)",
        "Eure eigenen Passwörter",
        "Alex: kein eigenes Passwort.",
        "Passwort festlegen …",
        "Erinnerungen",
        "Uns erinnern",
        "Ruhezeiten, von",
        "Leise mit dem Computer starten",
        "Löschen",
        "Alles vergessen …",
    ):
        assert words in text, words
    for english in ("Encryption", "Lock now", "Quick hide", "Your own passphrases", "Remind us", "Forget everything"):
        assert english not in text, english
    set_alex = page.findChild(QPushButton, "personalSet_partner_a")
    assert set_alex.accessibleName() == "Passwort festlegen (eigenes Passwort von Alex)"
    choices = [page.lock_after.itemText(i) for i in range(page.lock_after.count())]
    assert choices == ["Nie", "Nach 5 Minuten", "Nach 15 Minuten", "Nach einer Stunde"]


def test_the_unlock_screen_and_its_refusal_are_in_german(qtbot, tmp_path, clock, german):
    from couplesdesk.gui.unlock_window import UnlockWindow

    folder = tmp_path / "data"
    folder.mkdir()
    Store.open(folder / "couplesdesk.db", clock).close()
    encryption.encrypt_folder(folder, folder / "couplesdesk.db", "quiet harbour lights")
    window = UnlockWindow(DataPaths(folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = visible_texts(window)
    assert "Willkommen zurück" in text
    assert "Eure CouplesDesk-Daten sind verschlüsselt. Tippt euer Passwort ein, um sie zu öffnen." in text
    assert "Vergessen? Tippt stattdessen euren Notfallschlüssel ein" in text
    assert window.panel.field.placeholderText() == "Passwort"
    assert window.panel.button.text() == "Öffnen"
    qtbot.keyClicks(window.panel.field, "not the one at all")
    click(qtbot, window.panel.button)
    qtbot.waitUntil(window.panel.status.isVisible, timeout=20_000)
    assert window.panel.status.text().startswith("Dieses Passwort öffnet den Datenordner nicht.")


def test_the_lock_and_quick_hide_are_in_german(qtbot, open_app, german):
    window = open_app(language="de")
    window.guard.lock()
    assert "CouplesDesk ist gesperrt" in visible_texts(window.guard.lock_screen)
    window.guard.unlock()
    window.guard.hide_now()
    assert window.windowTitle() == "Notizen"
    window.guard.toggle_hide()


def test_a_reminder_speaks_german(qtbot, open_app, data_dir, clock, german):
    store = prepare(data_dir, clock, ReminderSettings(share=True, share_at=time(19, 30)))
    talk = store.runs.create("timed-pause", 1, {}, {})
    store.talks.schedule(talk, datetime(2026, 11, 20, 20, 15).astimezone())
    store.close()
    window = open_app(language="de")
    notifier = FakeNotifier()
    started(qtbot, window, notifier)
    clock.advance(minutes=30)
    fire(qtbot, window)
    clock.advance(minutes=45)
    fire(qtbot, window)
    assert notifier.sent == [
        ("Zeit, eine Sache zu teilen", "Ein paar ruhige Minuten für euch beide, wenn ihr so weit seid."),
        ("Euer geplantes Gespräch", "Es ist 20:15 – die Zeit, die ihr gewählt habt, um wieder miteinander zu reden."),
    ]


def test_the_damage_window_is_in_german_with_its_counts(qtbot, data_dir, clock, german):
    from couplesdesk.app import create
    from couplesdesk.gui.damage_window import DamageWindow

    from ..storage.test_backups_and_damage import filled, opened_and_checked

    data_dir.mkdir(parents=True)
    db = data_dir / "couplesdesk.db"
    filled(db, clock, answers=30)
    opened_and_checked(db, clock).close()  # today's backup
    db.write_bytes(b"")
    window = create(["--data-dir", str(data_dir), "--language", "de"], clock=clock)
    qtbot.addWidget(window)
    assert isinstance(window, DamageWindow)
    window.show()
    text = visible_texts(window)
    assert "Sie enthält 1 Übung, 30 Antworten, 1 Grenze, 0 Vereinbarungen." in text  # a plural form for every count
    assert "Eure Daten brauchen kurz eure Aufmerksamkeit" in text
    assert "ist leer (0 Byte). Es wurde nichts verändert" in text and "Es wurde nichts gelöscht." in text
    assert window.restore_button.text() == "Zu dieser Sicherung zurück"


def test_the_offer_after_first_run_shows_all_its_german_words(qtbot, open_app, german):
    from couplesdesk.gui.privacy_offer import PrivacyOffer

    window = open_app(language="de")
    offer = PrivacyOffer(window)
    offer.open()
    qtbot.waitExposed(offer)
    qtbot.waitUntil(lambda: offer.words.height() >= offer.words.heightForWidth(offer.words.width()))
    assert offer.words.text().startswith("Was ihr hier schreibt, bleibt auf diesem Computer.")
    assert offer.later.text() == "Nicht jetzt" and offer.yes.text() == "Passwort festlegen …"
    offer.reject()
