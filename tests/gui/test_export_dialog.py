"""Export from the Privacy page, as a couple would: choose what, choose where, save. Private
answers stay out unless their author adds them, at the screen, behind a hand-over; a plain
file is never written inside an encrypted data folder."""

from __future__ import annotations

import json
import stat

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from couplesdesk.gui.export_dialog import ExportDialog
from couplesdesk.gui.services import Services
from couplesdesk.paths import DataPaths
from couplesdesk.storage import Store, encryption

from .conftest import click, settle, visible_texts


def secrets(store) -> None:
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "my-thing", "partner_a", "write", "", "Alex's sealed tangerine", private=False, sealed=True)
    store.answers.save(run, "note", "partner_a", "write", "", "Alex's private quince", private=True, sealed=True)
    store.answers.save(run, "note", "partner_b", "write", "", "Sam's private damson", private=True, sealed=True)
    store.answers.save(run, "plan", "together", "write", "", "Our shared apricot", private=False, sealed=False)
    store.runs.end(run, "finished")


def open_export(qtbot, window, tmp_path, name: str) -> ExportDialog:
    window.show_page(window.privacy_page)
    click(qtbot, window.privacy_page.findChild(QPushButton, "exportButton"))
    dialog = window.findChild(QDialog, "exportDialog")
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    dialog.choose_file = lambda _parent, _suggested, _fmt: str(tmp_path / name)  # the person picks the place
    return dialog


def choose_format(dialog: ExportDialog, fmt: str) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))


def save(qtbot, window, dialog: ExportDialog) -> None:
    click(qtbot, dialog.save_button)
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: dialog.status.text().startswith(("Saved", "Not")), timeout=10_000)


def test_a_journal_is_saved_with_only_what_both_have_seen(qtbot, open_app, tmp_path):
    window = open_app()
    secrets(window.services.store)
    dialog = open_export(qtbot, window, tmp_path, "ours.md")
    choose_format(dialog, "md")
    save(qtbot, window, dialog)
    out = tmp_path / "ours.md"
    assert dialog.status.text().startswith(f"Saved to {out}.")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text()
    assert "Our shared apricot" in text
    for word in ("tangerine", "quince", "damson"):
        assert word not in text


def test_a_partner_adds_their_own_private_answers_behind_a_hand_over(qtbot, open_app, tmp_path):
    window = open_app()
    secrets(window.services.store)
    dialog = open_export(qtbot, window, tmp_path, "ours.json")
    choose_format(dialog, "json")
    click(qtbot, dialog.findChild(QPushButton, "exportPrivateButton_partner_a"))
    shown = visible_texts(dialog)
    assert "Only Alex, please." in shown and "Sam too" in shown
    click(qtbot, dialog.findChild(QPushButton, "exportAddMine"))
    assert "Alex's private answers: added, by Alex's own choice." in visible_texts(dialog)
    assert "Sam's private answers: left out." in visible_texts(dialog)
    # Sam is asked too, and says no.
    click(qtbot, dialog.findChild(QPushButton, "exportPrivateButton_partner_b"))
    click(qtbot, dialog.findChild(QPushButton, "exportKeepOut"))
    save(qtbot, window, dialog)
    text = (tmp_path / "ours.json").read_text()
    assert json.loads(text)["includes_private_of"] == ["partner_a"]
    assert "quince" in text and "tangerine" in text  # Alex's own, by Alex's choice
    assert "damson" not in text  # Sam's stays out
    assert "Alex's private answers too" in dialog.status.text()


def test_a_partner_can_take_their_answers_out_again(qtbot, open_app, tmp_path):
    window = open_app()
    secrets(window.services.store)
    dialog = open_export(qtbot, window, tmp_path, "ours.json")
    choose_format(dialog, "json")
    click(qtbot, dialog.findChild(QPushButton, "exportPrivateButton_partner_a"))
    click(qtbot, dialog.findChild(QPushButton, "exportAddMine"))
    click(qtbot, dialog.findChild(QPushButton, "exportPrivateButton_partner_a"))  # "Take them out"
    save(qtbot, window, dialog)
    text = (tmp_path / "ours.json").read_text()
    assert "quince" not in text and "tangerine" not in text


def test_a_pdf_journal_is_saved(qtbot, open_app, tmp_path):
    window = open_app()
    secrets(window.services.store)
    dialog = open_export(qtbot, window, tmp_path, "ours")  # no suffix: the format's is added
    choose_format(dialog, "pdf")
    dialog.period.setCurrentIndex(dialog.period.findData(91))  # the last three months
    save(qtbot, window, dialog)
    assert (tmp_path / "ours.pdf").read_bytes().startswith(b"%PDF")


def test_a_plain_export_is_refused_inside_an_encrypted_folder(qtbot, tmp_path, clock):
    data = tmp_path / "data"
    paths = DataPaths(data)
    paths.ensure()
    store = Store.open(paths.database, clock)
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    secrets(store)
    store.close()
    encryption.encrypt_folder(data, paths.database, "a long passphrase")
    services = Services.open(paths, clock, key=encryption.unlock(data, "a long passphrase"))
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        dialog = ExportDialog(services, parent)
        dialog.choose_file = lambda _parent, _suggested, _fmt: str(data / "ours.md")
        dialog.open()
        choose_format(dialog, "md")
        click(qtbot, dialog.save_button)
        assert "is encrypted" in dialog.status.text() and "outside the data folder" in dialog.status.text()
        assert not (data / "ours.md").exists()
        dialog.choose_file = lambda _parent, _suggested, _fmt: str(tmp_path / "ours.md")
        save(qtbot, services_window(services), dialog)
        assert "not protected by your passphrase" in dialog.status.text()
        assert "Our shared apricot" in (tmp_path / "ours.md").read_text()
    finally:
        services.close()


class services_window:  # noqa: N801 - what save() needs of a window: its services
    def __init__(self, services):
        self.services = services
