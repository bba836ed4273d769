"""Prepare for our session, as a couple would: choose the days, look at what could go in
together, then each choose alone behind the hand-over; save the sealed file and a copy.
The therapist's file holds exactly what each chose; the couple's copy holds no flag or note."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pyrage import x25519
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from couplesdesk.gui.session_report import SessionReportDialog
from couplesdesk.report import open_report
from couplesdesk.report.period import LAST_REPORT

from ..report.helpers import A_PRIVATE, A_SHARED, B_FLAG_NOTE, B_SEALED, B_SHARED, B_SOLO, TOGETHER, history, plan
from .conftest import click, settle, visible_texts

HIDDEN = (A_PRIVATE, B_SEALED, B_SOLO)


def open_dialog(qtbot, services, tmp_path, recipient: str | None) -> SessionReportDialog:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SessionReportDialog(services, parent, plan_of=lambda _store, _today: plan(recipient))
    dialog.kept_parent = parent  # the parent lives as long as the dialog
    dialog.choose_file = lambda _parent, suggested, _pattern: str(tmp_path / suggested.rsplit("/", 1)[-1])
    dialog.resize(1100, 740)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot, services)
    qtbot.waitUntil(dialog.next_button.isEnabled)
    return dialog


def see_what(qtbot, services, dialog) -> None:
    click(qtbot, dialog.next_button)
    settle(qtbot, services)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)


def boxes(dialog) -> list[QCheckBox]:
    return [b for b in dialog.turn_view.findChildren(QCheckBox, "reportInclude") if b.isVisible()]


def box_for(dialog, word: str) -> QCheckBox:
    for box in boxes(dialog):
        if word in visible_texts(box.parentWidget()):
            return box
    raise AssertionError(f"no box for {word}")


def test_each_partner_chooses_alone_and_the_therapist_sees_exactly_that(qtbot, services, tmp_path):
    therapist = x25519.Identity.generate()
    history(services.store)
    dialog = open_dialog(qtbot, services, tmp_path, str(therapist.to_public()))
    assert "For Jo Berger" in visible_texts(dialog) and not dialog.unsealed.isVisible()
    see_what(qtbot, services, dialog)
    shown = visible_texts(dialog)
    assert A_SHARED in shown and B_SHARED in shown and TOGETHER in shown and "done 7 times" in shown
    assert not any(word in shown for word in HIDDEN)
    assert not boxes(dialog), "the shared preview ticks nothing"

    click(qtbot, dialog.first_turn)
    assert "Hand the screen to Alex." in visible_texts(dialog)
    assert A_SHARED not in visible_texts(dialog)
    click(qtbot, dialog.handover.button)
    shown = visible_texts(dialog)
    assert A_SHARED in shown and TOGETHER in shown and B_SHARED not in shown
    assert boxes(dialog) and not any(b.isChecked() for b in boxes(dialog)), "nothing is ticked by default"
    click(qtbot, box_for(dialog, A_SHARED))
    assert dialog.done_button.text() == "Done: hand over to Sam"
    assert not [b for b in dialog.findChildren(QPushButton, "reportBack") if b.isVisible()]
    click(qtbot, dialog.done_button)

    assert "Hand the screen to Sam." in visible_texts(dialog) and A_SHARED not in visible_texts(dialog)
    click(qtbot, dialog.handover.button)
    shown = visible_texts(dialog)
    assert B_SHARED in shown and A_SHARED not in shown
    assert not any(b.isChecked() for b in boxes(dialog)), "Alex's ticks are not waiting on Sam's screen"
    qtbot.keyClicks(dialog.turn_view.note, B_FLAG_NOTE)
    click(qtbot, dialog.turn_view.flag)
    click(qtbot, dialog.done_button)

    shown = visible_texts(dialog)
    assert "Ready for Jo Berger" in shown and B_FLAG_NOTE not in shown and "on my own" not in shown
    click(qtbot, dialog.save_button)
    settle(qtbot, services)
    sealed = next(tmp_path.glob("*.couplesdesk-report"))
    assert dialog.status.text() == f"Saved to {sealed}. Only Jo Berger can open it."
    got = open_report(sealed, therapist).report
    assert [i["text"] for i in got["items"]] == [f"A wrote {A_SHARED}"]
    assert [(n["name"], n["flag"], n["note"]) for n in got["for_therapist"]] == [("Sam", True, B_FLAG_NOTE)]
    assert got["plan"]["progress"] == [], "the homework's progress is joint: Sam did not tick it"
    assert services.store.settings.get(LAST_REPORT)["to"] == got["period"]["to"]

    click(qtbot, dialog.copy_button)
    copy = next(tmp_path.glob("*.pdf"))
    assert copy.read_bytes().startswith(b"%PDF") and dialog.status.text().startswith("Your copy is saved")


def test_without_a_therapists_key_the_flow_says_it_is_not_sealed(qtbot, open_app, tmp_path):
    window = open_app()
    history(window.services.store)
    window.show_page(window.privacy_page)
    click(qtbot, window.privacy_page.findChild(QPushButton, "sessionReportButton"))
    dialog = window.findChild(SessionReportDialog)
    assert dialog is not None
    dialog.choose_file = lambda _parent, _suggested, _pattern: str(tmp_path / "ours")
    settle(qtbot, window.services)
    qtbot.waitUntil(dialog.next_button.isEnabled)
    assert dialog.unsealed.isVisible() and "can't be sealed" in dialog.unsealed.text()
    see_what(qtbot, window.services, dialog)
    for _ in range(2):
        click(qtbot, dialog.first_turn if dialog.pages.currentIndex() == 1 else dialog.handover.button)
        if dialog.pages.currentIndex() == 2:
            click(qtbot, dialog.handover.button)
        click(qtbot, dialog.done_button)
    assert dialog.ready_warning.isVisible() and "not sealed" in dialog.ready_warning.text()
    click(qtbot, dialog.save_button)
    opened = open_report(tmp_path / "ours.couplesdesk-report")
    assert not opened.sealed and opened.report["items"] == []
    dialog.close()


def test_a_partners_own_passphrase_opens_their_turn(qtbot, services, tmp_path):
    history(services.store)
    services.store.personal.set("partner_a", "a long passphrase")  # locks Alex's private answer
    services.store.personal.forget()
    dialog = open_dialog(qtbot, services, tmp_path, None)
    see_what(qtbot, services, dialog)
    click(qtbot, dialog.first_turn)
    assert dialog.passphrase.isVisible()
    qtbot.keyClicks(dialog.passphrase, "not the one")
    click(qtbot, dialog.handover.button)
    settle(qtbot, services)
    qtbot.waitUntil(dialog.gate_status.isVisible)
    assert "isn't Alex's passphrase" in dialog.gate_status.text() and dialog.pages.currentIndex() == 2
    assert A_SHARED not in visible_texts(dialog)
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "a long passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    settle(qtbot, services)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=10_000)
    assert A_SHARED in visible_texts(dialog)
    assert not services.store.personal.is_open("partner_a")
    click(qtbot, dialog.done_button)
    assert not dialog.passphrase.isVisible(), "Sam has no passphrase"


def test_start_again_forgets_every_choice(qtbot, services, tmp_path):
    history(services.store)
    dialog = open_dialog(qtbot, services, tmp_path, None)
    see_what(qtbot, services, dialog)
    click(qtbot, dialog.first_turn)
    click(qtbot, dialog.handover.button)
    click(qtbot, box_for(dialog, A_SHARED))
    click(qtbot, dialog.done_button)
    click(qtbot, dialog.handover.button)
    click(qtbot, dialog.done_button)
    click(qtbot, dialog.findChild(QPushButton, "reportStartAgain"))
    assert dialog.pages.currentIndex() == 0 and dialog.choices == {} and dialog.report is None


@pytest.mark.parametrize("size", [(1100, 740), (800, 560)])
def test_screens_for_looking_at(qtbot, services, tmp_path, size, styled):
    """Saves each screen as a PNG (in $REPORT_SHOTS, or the test's folder) to look at."""
    out = Path(os.environ.get("REPORT_SHOTS") or tmp_path)
    history(services.store)
    dialog = open_dialog(qtbot, services, tmp_path, None)
    dialog.resize(*size)
    shots = [("period", None), ("preview", lambda: see_what(qtbot, services, dialog)),
             ("handover", lambda: click(qtbot, dialog.first_turn)),
             ("turn", lambda: click(qtbot, dialog.handover.button)),
             ("ready", lambda: (click(qtbot, dialog.done_button), click(qtbot, dialog.handover.button),
                                click(qtbot, dialog.done_button)))]  # fmt: skip
    for name, step in shots:
        if step is not None:
            step()
        qtbot.wait(1)
        assert dialog.grab().save(str(out / f"report-{name}-{size[0]}.png"))


def test_quick_hide_in_a_partners_turn_drops_it_and_hides_the_window(qtbot, open_app, tmp_path):
    window = open_app()
    history(window.services.store)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SessionReportDialog)
    settle(qtbot, window.services)
    qtbot.waitUntil(dialog.next_button.isEnabled)
    see_what(qtbot, window.services, dialog)
    click(qtbot, dialog.first_turn)
    click(qtbot, dialog.handover.button)
    qtbot.keyClicks(dialog.turn_view.note, B_FLAG_NOTE)
    qtbot.keyClick(
        dialog.turn_view.note, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.guard.hidden and B_FLAG_NOTE not in visible_texts(window)
    assert dialog.choices == {}
    assert not list(tmp_path.glob("*.couplesdesk-report"))
