"""Forget everything takes the therapist's key files with it (someone who used therapist mode
in this data folder, then came back to couple mode), and says so first; "Keep it" keeps them."""

from __future__ import annotations

from couplesdesk.storage import therapist_key

from .conftest import click
from .test_deleting import dialog, prepared  # noqa: F401 (a fixture)

PASSPHRASE = "quiet harbour lights"


def test_forget_everything_removes_the_therapists_key_after_saying_so(qtbot, open_app, prepared, data_dir, clock):  # noqa: F811
    therapist_key.make_key(data_dir, PASSPHRASE, clock.now())
    (data_dir / ".therapist-key.age.x1y2z3.partial").write_bytes(b"half a key")  # left by a crash
    files = [therapist_key.key_path(data_dir), therapist_key.public_path(data_dir)]
    window = open_app()
    page = window.privacy_page
    window.show_page(page)

    click(qtbot, page.findChild(type(page.lock_button), "forgetEverything"))
    ask = dialog(qtbot, "forgetDialog")
    assert "The therapist's key kept here goes too" in ask.words.text()
    click(qtbot, ask.keep)
    assert all(path.exists() for path in files)  # kept, as everything else

    click(qtbot, page.findChild(type(page.lock_button), "forgetEverything"))
    ask = dialog(qtbot, "forgetDialog")
    qtbot.keyClicks(ask.phrase, "forget everything")
    click(qtbot, ask.action)
    qtbot.waitUntil(lambda: window.property("replacedBy") is not None, timeout=20_000)
    new = window.property("replacedBy")
    qtbot.addWidget(new)
    done = dialog(qtbot, "forgotten")
    assert "could not be removed" not in done.text()
    done.accept()
    assert not any(path.exists() for path in files)
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".therapist-key")]
    assert not therapist_key.has_key(data_dir)
    new.close()


def test_the_question_names_the_key_only_when_there_is_one(qtbot, open_app, prepared):  # noqa: F811
    window = open_app()
    window.show_page(window.privacy_page)
    click(qtbot, window.privacy_page.findChild(type(window.privacy_page.lock_button), "forgetEverything"))
    ask = dialog(qtbot, "forgetDialog")
    assert "therapist" not in ask.words.text()
    click(qtbot, ask.keep)
