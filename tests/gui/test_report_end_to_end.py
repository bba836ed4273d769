"""Issue 12, end to end: a therapist's key and plan; the couple opens the plan file and accepts
it in the import preview, as a couple would; two homework items done
on a controlled clock; "Prepare for our session" (Ctrl+R) where Alex includes one answer and
Sam includes none and raises a flag; the therapist's inbox opens the sealed file and shows
exactly Alex's answer and Sam's flag; the couple's copy holds no flag; another key or one
changed byte is refused kindly; the stock age tool opens the file with the exported key."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from pyrage import x25519
from PySide6.QtCore import Qt

from couplesdesk.gui.report_pdf import report_document
from couplesdesk.gui.reports_inbox import ReportsInbox
from couplesdesk.gui.services import Services
from couplesdesk.gui.session_report import SessionReportDialog
from couplesdesk.paths import DataPaths
from couplesdesk.report import ReportProblem, couple_copy, open_report
from couplesdesk.storage import Store, therapist_key

from .conftest import click, settle, visible_texts
from .test_report_pictures import images_in

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "homework-two-weeks.couplesdesk-plan"
PASSPHRASE = "the therapist's own long passphrase"
ALEX_WORDS, SAM_WORDS, SAM_NOTE = "the walk by the canal", "the quiet breakfast", "about my mother's visit"


def _plan_text(public: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p", public)
    text = text.replace("starts = 2026-12-08", "starts = 2026-11-25")  # the once item, in the second week
    return text.replace("starts = 2026-12-01", "starts = 2026-11-18").replace("ends = 2026-12-14", "ends = 2026-12-01")


def _homework(store, clock, item_id, day, author, words):
    """One homework run of share-one-thing, on ``day``, with one answer both have seen."""
    clock.set(day)
    run = store.runs.create("share-one-thing", 1, {}, {}, title="Share one thing", plan_item_id=item_id)
    store.answers.save(run, "my-thing", author, "write", "", words, private=False, sealed=True)
    store.answers.mark_revealed(run, ["my-thing"])
    store.runs.end(run, "finished")


def _choose(qtbot, dialog, words: str | None, note: str = "", flag: bool = False):
    click(qtbot, dialog.handover.button)
    for box in dialog.turn_view.boxes.values():
        assert not box.isChecked()
        if words is not None and words in visible_texts(box.parentWidget()):
            click(qtbot, box)
    if note:
        qtbot.keyClicks(dialog.turn_view.note, note)
    if flag:
        click(qtbot, dialog.turn_view.flag)
    click(qtbot, dialog.done_button)


def test_a_report_from_the_couple_to_their_therapist(qtbot, open_app, clock, tmp_path):
    therapist = tmp_path / "therapist"
    therapist.mkdir()
    public = therapist_key.make_key(therapist, PASSPHRASE, clock.now())
    plan_file = tmp_path / "ours.couplesdesk-plan"
    plan_file.write_text(_plan_text(public), encoding="utf-8")

    window = open_app()
    store, start = window.services.store, clock.now()
    window.open_homework(str(plan_file))  # as a couple opens it: File > Open homework, a drop, `couplesdesk open`
    preview = window.preview
    assert preview is not None and preview.isVisible()
    assert "Homework from Jo Berger" in visible_texts(preview) and store.plans.current() == []
    click(qtbot, preview.accept_button)
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: window.today_page.homework.isVisible(), timeout=5000)
    assert "From Jo Berger, until 1 December" in visible_texts(window.today_page)
    (imported,) = store.plans.current()
    assert imported.recipient == public and imported.text == plan_file.read_text(encoding="utf-8")
    share = imported.items[0]
    _homework(store, clock, share.id, start - timedelta(days=1), "partner_a", ALEX_WORDS)
    _homework(store, clock, share.id, start, "partner_b", SAM_WORDS)
    store.boundaries.add(None, "partner_a", "an hour to myself on Sundays", "heard")

    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SessionReportDialog)
    assert dialog is not None
    dialog.choose_file = lambda _parent, suggested, _pattern: str(tmp_path / Path(suggested).name)
    settle(qtbot, window.services)
    qtbot.waitUntil(dialog.next_button.isEnabled)
    assert "For Jo Berger: Two weeks of small steps." in visible_texts(dialog) and not dialog.unsealed.isVisible()
    click(qtbot, dialog.next_button)
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    assert ALEX_WORDS in visible_texts(dialog) and SAM_WORDS in visible_texts(dialog)
    assert dialog.pictures_box is not None and not dialog.pictures_box.isChecked()
    click(qtbot, dialog.pictures_box)  # together: the Progress page's pictures go in too
    click(qtbot, dialog.first_turn)
    _choose(qtbot, dialog, ALEX_WORDS)
    _choose(qtbot, dialog, None, note=SAM_NOTE, flag=True)
    assert SAM_NOTE not in visible_texts(dialog)
    click(qtbot, dialog.save_button)
    click(qtbot, dialog.copy_button)
    sealed = next(tmp_path.glob("*.couplesdesk-report"))
    couple_text = report_document(couple_copy(dialog.report)).toPlainText()
    assert ALEX_WORDS in couple_text and SAM_NOTE not in couple_text and "on my own" not in couple_text

    # The therapist's own data folder (the inbox remembers there where its reports are).
    desk_store = Store.open(therapist / "couplesdesk.db", clock)
    desk = Services(paths=DataPaths(therapist), library=window.services.library, store=desk_store, clock=clock)
    inbox = ReportsInbox(desk)
    qtbot.addWidget(inbox)
    inbox.show()
    inbox.open_files([sealed])
    qtbot.keyClicks(inbox.passphrase, PASSPHRASE)
    click(qtbot, inbox.unlock_button)
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 1, timeout=30_000)
    assert [inbox.table.item(0, c).text() for c in (0, 3)] == ["Example couple", "A flag for you"]
    report = inbox.latest["Example couple"].report
    assert [(i["author"], i["text"]) for i in report["items"]] == [("partner_a", ALEX_WORDS)]
    assert [(n["name"], n["flag"], n["note"]) for n in report["for_therapist"]] == [("Sam", True, SAM_NOTE)]
    assert report["pictures"]["boundaries"] == [{"status": "heard", "count": 1}]
    assert len(images_in(inbox.view.text.document())) == 1, "the therapist sees the one picture with something in it"
    shown = inbox.view.plain_text()
    assert ALEX_WORDS in shown and SAM_NOTE in shown and SAM_WORDS not in shown
    inbox.finish_work()
    desk.close()

    with pytest.raises(ReportProblem, match="different key"):
        open_report(sealed, x25519.Identity.generate())
    changed = tmp_path / "changed.couplesdesk-report"
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x20
    changed.write_bytes(bytes(data))
    with pytest.raises(ReportProblem, match="changed or damaged"):
        open_report(changed, therapist_key.identity_of(therapist_key.unlock(therapist, PASSPHRASE)))

    if shutil.which("age") is not None:
        key = tmp_path / "key.txt"
        therapist_key.export_identity(therapist, PASSPHRASE, key)
        done = subprocess.run(["age", "-d", "-i", str(key), str(sealed)], capture_output=True, timeout=60)
        assert done.returncode == 0, done.stderr
        with zipfile.ZipFile(io.BytesIO(done.stdout)) as archive:
            assert json.loads(archive.read("report.json")) == report
            assert archive.read("report.pdf").startswith(b"%PDF")
