"""A personal passphrase, driven through the window as a couple would: Alex sets one on the
Privacy page; the hand-over asks Alex for it (a wrong one said kindly, nothing shown); what
Alex writes never reaches any file of the data folder as it is; Sam's hand-over does not open
it; the reveal asks Alex again, then shows both, and from then on Alex's answer is shared text.
With the data folder encrypted too, even the shared passphrase does not read Alex's words."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QFrame, QPlainTextEdit, QPushButton

from couplesdesk.app import create
from couplesdesk.storage import connection, encryption

from .conftest import click, visible_texts

A, B = "partner_a", "partner_b"
ALEX = "lanterns over the river"
SAM = "31415926"
ALEX_WORDS = "I have been scared about the scan results all week"
SAM_WORDS = "The walk by the canal made my whole day"


def _dialog(name: str) -> QDialog:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    assert found, f"no {name} on screen"
    return found[-1]


def section(window) -> QFrame:
    return window.privacy_page.findChild(QFrame, "personalSection")


def set_personal(qtbot, window, partner: str, secret: str) -> QDialog:
    """On the Privacy page: 'Set a passphrase...' for ``partner``, typed twice."""
    window.show_page(window.privacy_page)
    button = section(window).findChild(QPushButton, f"personalSet_{partner}")
    qtbot.waitUntil(button.isVisible)
    click(qtbot, button)
    ask = _dialog("personalDialog")
    first, second = ask.fields
    qtbot.keyClicks(first, secret)
    qtbot.keyClicks(second, secret)
    click(qtbot, ask.action)
    return ask


def set_and_wait(qtbot, window, partner: str, secret: str) -> None:
    ask = set_personal(qtbot, window, partner, secret)
    qtbot.waitUntil(lambda: not ask.isVisible(), timeout=10_000)


def gate_open(qtbot, page, secret: str) -> None:
    gate = page.gate
    assert page.body.currentWidget() is gate
    qtbot.keyClicks(gate.field, secret)
    click(qtbot, gate.button)
    qtbot.waitUntil(lambda: not gate.busy, timeout=10_000)


def files_holding(folder, words: str) -> list[str]:
    """Every file of the data folder (the database, its WAL, backups, logs) holding ``words``."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            if words.encode("utf-8") in raw or words.encode("utf-16-le") in raw:
                found.append(str(path.relative_to(folder)))
    return found


def _type(qtbot, page, text: str) -> None:
    box = page.step_widget.findChild(QPlainTextEdit, "answerBox")
    box.setFocus()
    qtbot.keyClicks(box, text)


def test_alexs_passphrase_guards_the_hand_over_the_files_and_the_reveal(qtbot, open_app, data_dir):
    window = open_app()
    ask = set_personal(qtbot, window, A, ALEX)
    qtbot.waitUntil(lambda: not ask.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: "Alex: set." in visible_texts(section(window)), timeout=5000)
    texts = visible_texts(window.privacy_page)
    assert "It can't be recovered. If you forget it, what it kept locked stays unreadable for good." in texts
    assert "Sam: no personal passphrase." in texts

    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    assert "Hand the screen to Alex" in page.handover_text.text()
    click(qtbot, page.handover_button)

    # The hand-over asks Alex first; nothing of the step is on screen yet.
    assert page.body.currentWidget() is page.gate and page.step_widget is None
    assert "Alex's passphrase" == page.title.text() and "This part is for Alex alone" in visible_texts(page)
    assert "It can't be recovered" in page.gate.hint.text()
    gate_open(qtbot, page, "lanterns over the rivers")
    assert page.body.currentWidget() is page.gate and page.step_widget is None
    assert "That isn't Alex's passphrase. Nothing was shown." in page.gate.status.text()
    assert page.gate.field.text() == "lanterns over the rivers"  # kept to correct, all selected
    page.gate.field.clear()
    gate_open(qtbot, page, ALEX)
    assert page.body.currentWidget() is page.step_scroll
    _type(qtbot, page, ALEX_WORDS)
    page.flush()

    # Saved, and in no file of the data folder as it is: not the database, not its WAL.
    store = window.services.store
    run_id = page.run.id
    text, locked_with = store.conn.execute(
        "SELECT text, locked_with FROM answers WHERE run_id = ? AND author = ?", [run_id, A]
    ).fetchone()
    assert text.startswith("locked:v1:") and locked_with is not None
    assert files_holding(data_dir, ALEX_WORDS) == []
    assert (data_dir / "couplesdesk.db-wal").exists()
    click(qtbot, page.next_button)

    # Sam's hand-over: Sam has no passphrase, and it closes Alex's key.
    assert "Hand the screen to Sam" in page.handover_text.text()
    assert not store.personal.is_open(A)
    click(qtbot, page.handover_button)
    assert page.body.currentWidget() is page.step_scroll
    assert ALEX_WORDS not in visible_texts(window)
    assert not store.personal.is_open(A)
    _type(qtbot, page, SAM_WORDS)
    click(qtbot, page.next_button)
    assert files_holding(data_dir, ALEX_WORDS) == []

    # Together again: the reveal asks Alex, then shows both.
    click(qtbot, page.handover_button)
    assert page.run.screen.step.id == "read-both"
    assert page.body.currentWidget() is page.gate
    assert "Alex's answers here are kept locked with Alex's passphrase" in visible_texts(page)
    assert ALEX_WORDS not in visible_texts(window) and SAM_WORDS not in visible_texts(window)
    gate_open(qtbot, page, ALEX)
    screen = visible_texts(window)
    assert ALEX_WORDS in screen and SAM_WORDS in screen
    assert not store.personal.is_open(A)  # opened for the reveal only

    # Both have read it: from now on it is shared text, readable without Alex's key.
    answer = store.answers.of_run(run_id)[("my-thing", A)]
    assert answer.revealed and answer.locked_with is None and answer.value == ALEX_WORDS
    while page.body.currentWidget() is not page.finished_page:
        if page.run.screen.step.id.startswith("heard"):
            _type(qtbot, page, "I heard you.")
        click(qtbot, page.next_button)
    click(qtbot, page.finished_button)


def test_sams_own_passphrase_is_not_alexs_and_a_pin_is_enough(qtbot, open_app, monkeypatch):
    from couplesdesk.storage import personal

    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})
    window = open_app()
    set_and_wait(qtbot, window, A, ALEX)
    short = set_personal(qtbot, window, B, "31415")
    assert short.message.text() == "A PIN needs at least 6 digits."
    short.reject()
    set_and_wait(qtbot, window, B, SAM)

    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    gate_open(qtbot, page, ALEX)
    _type(qtbot, page, ALEX_WORDS)
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)  # "I'm Sam, show me"
    assert page.title.text() == "Sam's passphrase"
    gate_open(qtbot, page, ALEX)  # Alex's passphrase does not open Sam's turn
    assert page.body.currentWidget() is page.gate and "That isn't Sam's passphrase" in page.gate.status.text()
    page.gate.field.clear()
    gate_open(qtbot, page, SAM)
    assert page.body.currentWidget() is page.step_scroll
    assert ALEX_WORDS not in visible_texts(window)
    _type(qtbot, page, SAM_WORDS)
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)

    # The reveal asks each of them in turn.
    gate_open(qtbot, page, ALEX)
    assert "Sam's answers here are kept locked" in visible_texts(page)
    assert ALEX_WORDS not in visible_texts(window)
    gate_open(qtbot, page, SAM)
    screen = visible_texts(window)
    assert ALEX_WORDS in screen and SAM_WORDS in screen


def test_wrong_tries_in_a_row_slow_down_on_the_apps_clock(qtbot, open_app, clock, monkeypatch):
    from couplesdesk.storage import personal

    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})
    window = open_app()
    set_and_wait(qtbot, window, A, ALEX)
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    for _ in range(3):
        page.gate.field.clear()
        gate_open(qtbot, page, "a guess at it")
    assert (
        page.gate.status.text()
        == "That isn't Alex's passphrase either. To keep guessing slow, you can try again in 5 seconds."
    )
    assert not page.gate.button.isEnabled() and page.step_widget is None
    clock.advance(seconds=5)
    window.tick()
    assert page.gate.button.isEnabled() and page.gate.status.text() == "You can try again now."
    page.gate.field.clear()
    gate_open(qtbot, page, ALEX)
    assert page.body.currentWidget() is page.step_scroll


def test_with_the_folder_encrypted_too_the_shared_passphrase_does_not_read_alexs_words(
    qtbot, open_app, data_dir, clock
):
    window = open_app()
    window.close()
    shared = "tea in the garden at dusk"
    encryption.encrypt_folder(data_dir, data_dir / "couplesdesk.db", shared)
    unlock = create(["--data-dir", str(data_dir)], clock=clock)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.panel.field, shared)
    click(qtbot, unlock.panel.button)
    qtbot.waitUntil(lambda: unlock.property("replacedBy") is not None, timeout=10_000)
    window = unlock.property("replacedBy")
    qtbot.addWidget(window)

    same = set_personal(qtbot, window, A, shared)  # the shared one would guard nothing
    qtbot.waitUntil(same.message.isVisible, timeout=10_000)
    assert "That is the passphrase you both use to open CouplesDesk" in same.message.text()
    same.reject()
    set_and_wait(qtbot, window, A, ALEX)

    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    gate_open(qtbot, page, ALEX)
    _type(qtbot, page, ALEX_WORDS)
    page.leave()
    key = window.services.key
    window.close()

    assert files_holding(data_dir, ALEX_WORDS) == []
    # Whoever knows the shared passphrase opens the database, and finds only ciphertext.
    conn = connection.read_only(data_dir / "couplesdesk.db", encryption.unlock(data_dir, shared))
    rows = conn.execute("SELECT text, value FROM answers WHERE author = 'partner_a'").fetchall()
    conn.close()
    assert key is not None and rows and all(ALEX_WORDS not in text + value for text, value in rows)
    assert all(text.startswith("locked:v1:") for text, _ in rows)


def test_after_the_lock_alexs_private_step_needs_alexs_passphrase_again(qtbot, open_app, monkeypatch):
    """The app lock opens for whoever is at the computer; Alex's private step does not."""
    from couplesdesk.storage import personal

    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})
    window = open_app()
    set_and_wait(qtbot, window, A, ALEX)
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    gate_open(qtbot, page, ALEX)
    _type(qtbot, page, ALEX_WORDS)
    window.guard.lock()
    assert not window.services.store.personal.is_open(A)
    click(qtbot, window.guard.lock_screen.findChild(QPushButton, "lockOpen"))
    assert page.body.currentWidget() is page.gate and ALEX_WORDS not in visible_texts(window)
    gate_open(qtbot, page, ALEX)
    assert page.step_widget.box.toPlainText() == ALEX_WORDS  # saved before the lock, locked, and back


def _privacy_button(qtbot, window, name: str) -> None:
    window.show_page(window.privacy_page)
    button = section(window).findChild(QPushButton, name)
    qtbot.waitUntil(button.isVisible, timeout=5000)
    click(qtbot, button)


def _act(qtbot, dialog: QDialog, *typed: str) -> None:
    for field, text in zip(dialog.fields, typed, strict=True):
        field.clear()
        qtbot.keyClicks(field, text)
    click(qtbot, dialog.action)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.message.isVisible(), timeout=10_000)


def test_changing_removing_and_letting_go_from_the_privacy_page(qtbot, open_app, monkeypatch):
    from couplesdesk.storage import personal

    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})
    window = open_app()
    set_and_wait(qtbot, window, A, ALEX)
    store = window.services.store
    run = store.runs.create("share-one-thing", 3, {}, {})
    store.personal.unlock(A, ALEX)
    store.answers.save(run, "my-thing", A, "write", ALEX_WORDS, ALEX_WORDS, private=False, sealed=True)
    store.personal.forget()

    _privacy_button(qtbot, window, f"personalChange_{A}")
    change = _dialog("personalDialog")
    _act(qtbot, change, "not it at all", "a kinder new phrase", "a kinder new phrase")
    assert change.isVisible() and "That isn't Alex's passphrase" in change.message.text()
    _act(qtbot, change, ALEX, "a kinder new phrase", "a kinder new phrase")
    assert not change.isVisible()
    qtbot.waitUntil(lambda: "Alex's passphrase is changed." in visible_texts(section(window)), timeout=5000)

    _privacy_button(qtbot, window, f"personalRemove_{A}")
    remove = _dialog("personalDialog")
    assert "anyone who opens the data folder could read them" in remove.words.text()
    _act(qtbot, remove, "a kinder new phrase")
    assert not remove.isVisible()
    qtbot.waitUntil(lambda: "Alex: no personal passphrase." in visible_texts(section(window)), timeout=5000)
    assert store.answers.of_run(run)[("my-thing", A)].locked_with is None  # stored as it is again, still sealed

    set_and_wait(qtbot, window, A, "a third phrase for alex")
    assert store.answers.of_run(run)[("my-thing", A)].unreadable == "locked"
    _privacy_button(qtbot, window, f"personalLetGo_{A}")
    let_go = _dialog("personalDialog")
    assert "can't be recovered" in let_go.words.text() and let_go.fields == []
    _act(qtbot, let_go)
    qtbot.waitUntil(lambda: "Alex: no personal passphrase." in visible_texts(section(window)), timeout=5000)
    assert store.answers.of_run(run)[("my-thing", A)].unreadable == "lost"
    assert f"personalSet_{A}" in [b.objectName() for b in section(window).findChildren(QPushButton) if b.isVisible()]
