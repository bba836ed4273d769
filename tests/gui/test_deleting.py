"""Deleting through the window, as a couple would: an unfinished run from Today, a boundary from
the Boundaries page, one partner's private data (alone at the screen) and everything (with a
typed phrase) from the Privacy page. Each asks first, saying what goes; 'Keep it' keeps it.
Afterwards the database holds tombstones only, and no file in the data folder holds the words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from couplesdesk import keychain
from couplesdesk.app import create
from couplesdesk.paths import DataPaths
from couplesdesk.storage import Store, encryption
from couplesdesk.storage.backups import backups_in, make_backup

from .conftest import click, settle, visible_texts
from .test_encryption_screens import memory_keyring  # noqa: F401 (a fixture)


def dialog(qtbot, name: str) -> QDialog:
    def find():
        return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]

    qtbot.waitUntil(lambda: bool(find()), timeout=5000)
    return find()[-1]


def holds(folder: Path, words: str) -> list[str]:
    return [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and words.encode() in p.read_bytes()]


def a_left_run(store: Store, marker: str, title: str) -> str:
    """A run left half-way, with both partners' words in it and a boundary it kept."""
    run = store.runs.create("boundary-statement", 2, {}, {}, title=title)
    store.answers.save(run, "draft", "partner_a", "write", f"{marker} alex", f"{marker} alex", private=False, sealed=True)  # fmt: skip
    store.answers.save(run, "draft", "partner_b", "write", f"{marker} sam", f"{marker} sam", private=False, sealed=True)  # fmt: skip
    store.boundaries.add(run, "partner_a", f"{marker} boundary")
    store.runs.end(run, "left")
    return run


@pytest.fixture
def prepared(data_dir, clock):
    """The couple, two left runs (Zanzibar, Kilimanjaro), each partner's private words, and a
    backup holding all of it."""
    data_dir.mkdir(parents=True)
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.couple.acknowledge_safety()
    runs = {"Zanzibar": a_left_run(store, "Zanzibar", "Boundary statement")}
    clock.advance(minutes=1)
    runs["Kilimanjaro"] = a_left_run(store, "Kilimanjaro", "Getting uncomfortable")
    for author, words in (("partner_a", "Alexprivate fjord"), ("partner_b", "Samprivate tundra")):
        store.answers.save(runs["Kilimanjaro"], "mine", author, "write", words, words, private=True, sealed=True)
    make_backup(store.conn, data_dir / "backups", clock.now(), "daily")
    store.close()
    clock.advance(minutes=5)
    return runs


def test_an_unfinished_run_is_deleted_from_today_after_saying_what_goes(qtbot, open_app, prepared, data_dir):
    window = open_app()
    today = window.today_page
    gone = prepared["Zanzibar"]
    assert set(today.visible_run_ids()) == set(prepared.values())
    delete = today.findChild(type(today.runs_more), f"deleteRun{gone}")
    assert delete.accessibleName() == "Delete Boundary statement..."

    click(qtbot, delete)
    ask = dialog(qtbot, "deleteRunDialog")
    words = visible_texts(ask)
    assert "Delete “Boundary statement”?" in words
    assert "what each of you wrote, private words too. The boundary it kept goes with it." in words
    assert "gone for both of you, from this computer and from every backup" in words
    qtbot.keyClick(ask, Qt.Key.Key_Return)  # Enter keeps it
    assert not ask.isVisible()
    settle(qtbot, window.services)
    assert gone in today.visible_run_ids() and holds(data_dir, "Zanzibar")

    click(qtbot, delete)
    ask = dialog(qtbot, "deleteRunDialog")
    with qtbot.waitSignal(today.refreshed, timeout=5000):
        click(qtbot, ask.action)
    settle(qtbot, window.services)
    assert not ask.isVisible()
    assert today.visible_run_ids() == [prepared["Kilimanjaro"]]
    assert "Zanzibar" not in visible_texts(window)
    assert holds(data_dir, "Zanzibar") == []  # database, log and the backup
    assert "couplesdesk.db" in holds(data_dir, "Kilimanjaro alex")
    store = window.services.store
    assert store.conn.execute("SELECT deleted_at IS NOT NULL, title FROM runs WHERE id = ?", [gone]).fetchone() == (
        1,
        "",
    )


def test_a_boundary_is_deleted_from_the_boundaries_page(qtbot, open_app, prepared, data_dir):
    window = open_app()
    page = window.boundaries_page
    window.show_page(page)
    settle(qtbot, window.services)
    page.select(next(r.id for r in page._records.values() if r.statement == "Zanzibar boundary"))
    assert page.delete_button.isVisible()

    click(qtbot, page.delete_button)
    ask = dialog(qtbot, "deleteBoundaryDialog")
    assert ask.quote.text() == "Zanzibar boundary"
    assert "Alex's boundary. It is gone for both of you" in ask.words.text()
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        click(qtbot, ask.action)
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["Kilimanjaro boundary"]
    assert holds(data_dir, "Zanzibar boundary") == []
    window.show_page(window.today_page)
    settle(qtbot, window.services)
    assert "Zanzibar boundary" not in visible_texts(window.today_page)
    assert "Zanzibar alex" in " ".join(r[0] for r in window.services.store.conn.execute("SELECT text FROM answers"))


def test_an_agreement_is_deleted_from_the_agreements_page_with_its_earlier_words(qtbot, open_app, prepared, data_dir):
    window = open_app()
    store = window.services.store
    kept = store.agreements.add(prepared["Zanzibar"], "Zanzibar first words")
    store.agreements.reword(kept, "Zanzibar agreement")
    store.agreements.add(None, "Kilimanjaro agreement")
    page = window.agreements_page
    window.show_page(page)
    settle(qtbot, window.services)
    page.select(kept)
    assert page.delete_button.isVisible()

    click(qtbot, page.delete_button)
    ask = dialog(qtbot, "deleteAgreementDialog")
    assert ask.quote.text() == "Zanzibar agreement"
    click(qtbot, ask.keep)  # 'Keep it' keeps it
    assert [a.statement for a in store.agreements.list()].count("Zanzibar agreement") == 1

    click(qtbot, page.delete_button)
    ask = dialog(qtbot, "deleteAgreementDialog")
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        click(qtbot, ask.action)
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["Kilimanjaro agreement"]
    assert holds(data_dir, "Zanzibar agreement") == [] and holds(data_dir, "Zanzibar first words") == []


def test_a_partner_deletes_their_private_data_alone_and_the_page_shows_no_trace(qtbot, open_app, prepared, data_dir):
    window = open_app()
    page = window.privacy_page
    window.show_page(page)
    settle(qtbot, window.services)
    before = visible_texts(page)
    alex = page.findChild(type(page.lock_button), "deletePrivateA")
    assert alex.text() == "Delete Alex's private data..."

    click(qtbot, alex)
    ask = dialog(qtbot, "deletePrivateDialog")
    first = visible_texts(ask)
    assert "This is for Alex alone: Sam, please look away" in first
    assert "exercise" not in first  # nothing of what there is, before the hand-over
    click(qtbot, ask.action)  # "I'm Alex, go on"
    qtbot.waitUntil(lambda: ask.action.text() == "Delete my private data", timeout=5000)
    assert "never showed Sam, in 2 exercises" in ask.words.text()  # a private answer and two sealed ones
    click(qtbot, ask.action)
    qtbot.waitUntil(lambda: ask.heading.text() == "Your private data is deleted", timeout=5000)
    assert not ask.action.isVisible()
    click(qtbot, ask.keep)  # Close
    settle(qtbot, window.services)

    assert visible_texts(page) == before
    assert holds(data_dir, "Alexprivate") == [] and holds(data_dir, "Zanzibar alex") == []
    assert "couplesdesk.db" in holds(data_dir, "Samprivate tundra")
    assert "couplesdesk.db" in holds(data_dir, "Zanzibar sam")


def test_forget_everything_needs_the_phrase_and_opens_on_the_first_run(qtbot, open_app, prepared, data_dir, clock):
    (data_dir / "couplesdesk-replaced-20261101-100000.db").write_bytes((data_dir / "couplesdesk.db").read_bytes())
    window = open_app()
    page = window.privacy_page
    window.show_page(page)
    click(qtbot, page.findChild(type(page.lock_button), "forgetEverything"))
    ask = dialog(qtbot, "forgetDialog")
    assert "Every backup, and every copy kept aside in the data folder, is removed now" in ask.words.text()
    assert ask.phrase_label.text() == "To be sure, type “forget everything” here:"
    assert not ask.action.isEnabled()
    qtbot.keyClicks(ask.phrase, "forget every")
    assert not ask.action.isEnabled()
    qtbot.keyClicks(ask.phrase, "thing")
    click(qtbot, ask.action)

    qtbot.waitUntil(lambda: window.property("replacedBy") is not None, timeout=20_000)
    new = window.property("replacedBy")
    qtbot.addWidget(new)
    done = dialog(qtbot, "forgotten")
    assert "Everything is forgotten" in done.text()
    done.accept()
    assert new.current_page() is new.first_run
    assert not new.sidebar.isVisible()
    for words in ("Alex", "Zanzibar", "Kilimanjaro", "Samprivate"):
        assert holds(data_dir, words) == [], words
    assert sorted(p.name for p in data_dir.iterdir() if p.suffix == ".db") == ["couplesdesk.db"]
    assert [b.taken_at for b in backups_in(data_dir / "backups")] == [clock.now()]  # the new start's own

    # And the app goes on: a new couple begins.
    first = new.first_run
    qtbot.keyClicks(first.names.a_name, "Robin")
    qtbot.keyClicks(first.names.b_name, "Kai")
    click(qtbot, first.names_next)
    click(qtbot, first.safety_ok)
    assert new.current_page() is new.today_page
    settle(qtbot, new.services)
    assert "Robin and Kai" in new.today_page.greeting.text()
    assert new.today_page.visible_run_ids() == []
    new.close()


def test_forget_everything_in_an_encrypted_folder_keeps_it_encrypted(
    qtbot,
    prepared,
    data_dir,
    clock,
    memory_keyring,  # noqa: F811
):
    code = encryption.encrypt_folder(data_dir, data_dir / "couplesdesk.db", "a long enough passphrase")
    key = encryption.parse_recovery_code(code)
    keychain.remember(DataPaths(data_dir), key)
    window = create(["--data-dir", str(data_dir)], clock=clock)
    qtbot.addWidget(window)
    window.show()
    assert window.services.key == key
    window.show_page(window.privacy_page)
    click(qtbot, window.privacy_page.findChild(type(window.privacy_page.lock_button), "forgetEverything"))
    ask = dialog(qtbot, "forgetDialog")
    assert "so does encryption, with the same passphrase." in ask.words.text()
    qtbot.keyClicks(ask.phrase, "Forget everything")
    click(qtbot, ask.action)
    qtbot.waitUntil(lambda: window.property("replacedBy") is not None, timeout=20_000)
    new = window.property("replacedBy")
    qtbot.addWidget(new)
    dialog(qtbot, "forgotten").accept()
    assert new.services.key == key and new.current_page() is new.first_run
    assert new.services.store.couple.get() is None
    assert [b.taken_at for b in backups_in(data_dir / "backups")] == [clock.now()]
    new.close()
    with pytest.raises(Exception):  # noqa: B017 (sqlite3 cannot read it: still encrypted)
        import sqlite3

        sqlite3.connect(data_dir / "couplesdesk.db").execute("SELECT * FROM partners").fetchall()


def test_quick_hide_closes_a_question_and_hides_the_window(qtbot, open_app, prepared):
    window = open_app()
    window.show_page(window.privacy_page)
    click(qtbot, window.privacy_page.findChild(type(window.privacy_page.lock_button), "deletePrivateB"))
    ask = dialog(qtbot, "deletePrivateDialog")
    [hide] = [a for a in ask.actions() if a.shortcut().toString() == "Ctrl+Shift+H"]
    hide.trigger()  # (the offscreen platform never makes a dialog the active window)
    assert not ask.isVisible()
    assert window.guard.hidden


def test_the_question_says_what_a_run_takes_with_it():
    from couplesdesk.gui.deleting import run_words
    from couplesdesk.storage.forgetting import RunHolding

    assert run_words(RunHolding(0, 0, 0, False), solo=False) == (
        "Nothing was written in it yet.\n\n"
        "It is gone for both of you, from this computer and from every backup, and cannot be brought back."
    )
    assert run_words(RunHolding(3, 2, 1, True), solo=False).startswith(
        "Everything written in it goes: what each of you wrote, private words too. The 2 boundaries it kept, "
        "the agreement it kept and the talk you planned go with it.\n\n"
    )
    assert run_words(RunHolding(1, 0, 0, False), solo=True) == (
        "Everything written in it goes.\n\n"
        "It is gone from this computer and from every backup, and cannot be brought back."
    )
