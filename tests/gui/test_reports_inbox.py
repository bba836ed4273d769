"""The therapist's reports inbox: sealed reports open with the key's passphrase, one row per
couple (its latest report, the homework's progress, a flag), several couples side by side;
another key, a changed file and a file that is not a report are each said in a sentence."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from pyrage import x25519
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from couplesdesk.gui.reports_inbox import ReportsInbox
from couplesdesk.report import Choice, compose, gather, seal
from couplesdesk.storage import Store, therapist_key

from ..report.helpers import A_SHARED, B_FLAG_NOTE, B_SHARED, NOW, history, plan
from .conftest import click, shown, visible_texts

PASSPHRASE = "a therapist's long passphrase"


def _report_file(folder: Path, name: str, recipient: str, couple: str, flag: bool, made_at=NOW) -> Path:
    folder.mkdir(exist_ok=True)
    store = Store.open(folder / f"{name}.sqlite", _clock())
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    ids = history(store)
    base = plan(recipient)
    offer = gather(
        store, None, NOW.date() - timedelta(days=7), NOW.date(), type(base)(**{**base.__dict__, "couple": couple})
    )
    store.close()
    choices = {
        "partner_a": Choice("partner_a", NOW, frozenset({ids["a_shared"], "plan-progress"})),
        "partner_b": Choice(
            "partner_b", NOW, frozenset({"plan-progress"}), note=B_FLAG_NOTE if flag else "", flag=flag
        ),
    }
    path = folder / f"{name}.couplesdesk-report"
    path.write_bytes(seal(compose(offer, choices, made_at), b"%PDF-", recipient))
    return path


def _clock():
    from couplesdesk.core.clock import FakeClock

    return FakeClock(NOW)


def test_reports_open_with_the_key_one_row_per_couple(qtbot, services, tmp_path, styled):
    root = services.paths.root
    public = therapist_key.make_key(root, PASSPHRASE, NOW)
    made = tmp_path / "made"
    first = _report_file(made, "first", public, "Sam and Alex", flag=False, made_at=NOW - timedelta(days=14))
    latest = _report_file(made, "latest", public, "Sam and Alex", flag=True)
    other = _report_file(made, "other", public, "Kim and Lee", flag=False)
    elsewhere = _report_file(made, "elsewhere", str(x25519.Identity.generate().to_public()), "Nora and Ed", flag=True)
    changed = made / "changed.couplesdesk-report"
    data = bytearray(other.read_bytes())
    data[-5] ^= 1
    changed.write_bytes(bytes(data))
    odd = made / "odd.couplesdesk-report"
    odd.write_text("not a report")

    inbox = shown(qtbot, ReportsInbox(services))
    inbox.open_files([first, latest, other, elsewhere, changed, odd])
    assert inbox.unlock_row.isVisible() and inbox.table.rowCount() == 0
    assert "odd.couplesdesk-report is not a CouplesDesk session report" in inbox.status.text()
    qtbot.keyClicks(inbox.passphrase, "not it")
    click(qtbot, inbox.unlock_button)
    qtbot.waitUntil(lambda: inbox.unlock_button.isEnabled() and not inbox.work.busy, timeout=30_000)
    assert inbox.identity is None and inbox.unlock_row.isVisible()
    inbox.passphrase.clear()
    qtbot.keyClicks(inbox.passphrase, PASSPHRASE)
    qtbot.keyClick(inbox.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 2, timeout=30_000)

    rows = [[inbox.table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert rows[0][0] == "Kim and Lee" and rows[1][0] == "Sam and Alex"
    assert rows[1][2] == "7 of 10 done" and rows[1][3] == "A flag for you" and rows[0][3] == ""
    status = inbox.status.text()
    assert "elsewhere.couplesdesk-report was sealed for a different key" in status
    assert "changed.couplesdesk-report has been changed or damaged" in status
    inbox.table.selectRow(1)
    text = inbox.view.plain_text()
    assert "latest.couplesdesk-report" in visible_texts(inbox)
    assert A_SHARED in text and B_FLAG_NOTE in text and B_SHARED not in text
    assert "does not screen" in visible_texts(inbox)
    for size in ((1100, 740), (800, 560)):
        inbox.resize(*size)
        out = Path(os.environ.get("REPORT_SHOTS") or tmp_path)
        assert inbox.grab().save(str(out / f"inbox-{size[0]}.png"))


def test_a_report_dropped_on_the_inbox_opens(qtbot, services, tmp_path):
    public = therapist_key.make_key(services.paths.root, PASSPHRASE, NOW)
    path = _report_file(tmp_path / "made", "ours", public, "Sam and Alex", flag=False)
    inbox = shown(qtbot, ReportsInbox(services))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    inbox.dropEvent(drop)
    assert inbox.unlock_row.isVisible()
    qtbot.keyClicks(inbox.passphrase, PASSPHRASE)
    click(qtbot, inbox.unlock_button)
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 1, timeout=30_000)
    assert not inbox.status.isVisible()


def test_the_therapists_window_has_the_inbox_on_ctrl_3(qtbot, services):
    from couplesdesk.gui.therapist_window import TherapistWindow

    therapist_key.make_key(services.paths.root, PASSPHRASE, NOW)
    window = TherapistWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page(), ReportsInbox)
    assert "Reports" in [window.nav.item(i).text() for i in range(window.nav.count())]
