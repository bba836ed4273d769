"""The Progress page's pictures in a session report (issue 12, item 4): chosen together in the
shared preview (nothing by default), carried as the numbers they are drawn from, drawn again in
the therapist's view and in both PDFs; only counts of what the couple did together, asked of the
privacy rule (nothing of an exercise one partner did alone, no words, no ratings)."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest
from pyrage import x25519
from PySide6.QtGui import QTextDocument

from couplesdesk.gui.report_pdf import pdf_bytes, report_document
from couplesdesk.gui.report_view import ReportView
from couplesdesk.report import couple_copy, open_report
from couplesdesk.report.schema import report_schema

from ..progress_helpers import A, B, pause, share
from ..report.helpers import A_SHARED, history
from .conftest import click, shown, visible_texts
from .test_session_report import box_for, open_dialog, see_what

SOLO_BOUNDARY, JOINT_BOUNDARY = "alone by the sea", "one evening a week for myself"


def couple_did_things(store, clock) -> None:
    """Shares on three days (two by both), a pause in a run together, and, in a run Sam did
    alone, a pause and a boundary: those must never be counted in a report."""
    now = clock.now()
    for days, who in ((3, (A, B)), (2, (A,)), (1, (A, B))):
        share(store, clock, now - timedelta(days=days), *who)
    pause(store, clock, now - timedelta(days=2, hours=2), 20, 22)
    store.boundaries.add(None, A, JOINT_BOUNDARY, "heard")
    solo = store.runs.create("stepping-away", 1, {"self": B}, {})
    store.pauses.start(solo, "pause", B, 20, now + timedelta(minutes=20))
    store.boundaries.add(solo, B, SOLO_BOUNDARY, "stated")


def images_in(document: QTextDocument) -> list[str]:
    """The names of the images a document holds, each with its picture loaded."""
    found, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                name = fmt.toImageFormat().name()
                assert not document.resource(QTextDocument.ResourceType.ImageResource, name).isNull()
                found.append(name)
            it += 1
        block = block.next()
    return found


def make_report(qtbot, services, tmp_path, with_pictures: bool):
    therapist = x25519.Identity.generate()
    history(services.store)
    couple_did_things(services.store, services.clock)
    dialog = open_dialog(qtbot, services, tmp_path, str(therapist.to_public()))
    see_what(qtbot, services, dialog)
    box = dialog.pictures_box
    assert box is not None and box.isVisible() and not box.isChecked(), "nothing is included by default"
    assert "Days you both shared" in visible_texts(dialog) and SOLO_BOUNDARY not in visible_texts(dialog)
    if with_pictures:
        click(qtbot, box)
        dialog.resize(800, 560)
        qtbot.wait(1)
        out = Path(os.environ.get("REPORT_SHOTS") or tmp_path)
        assert dialog.grab().save(str(out / "report-preview-pictures-800.png"))
    click(qtbot, dialog.first_turn)
    click(qtbot, dialog.handover.button)
    click(qtbot, box_for(dialog, A_SHARED))
    click(qtbot, dialog.done_button)
    click(qtbot, dialog.handover.button)
    click(qtbot, dialog.done_button)
    click(qtbot, dialog.save_button)
    click(qtbot, dialog.copy_button)
    sealed = next(tmp_path.glob("*.couplesdesk-report"))
    return open_report(sealed, therapist), next(tmp_path.glob("*.pdf")).read_bytes(), dialog


def pdf_images(pdf: bytes) -> int:
    return pdf.count(b"/Subtype /Image")


def test_pictures_both_chose_reach_the_therapist_drawn_again(qtbot, services, tmp_path, styled):
    opened, couple_pdf, dialog = make_report(qtbot, services, tmp_path, with_pictures=True)
    report = opened.report
    pictures = report["pictures"]
    today = services.clock.today()
    assert pictures["day"] == dialog.offer.end.isoformat() == today.isoformat()
    assert pictures["shared_days"]["both"] == [(today - timedelta(days=d)).isoformat() for d in (3, 1)]
    assert sum(w["on_time"] + w["later"] + w["open"] for w in pictures["pauses"]) == 1, "not the solo run's pause"
    assert pictures["boundaries"] == [{"status": "heard", "count": 1}], "not the solo run's boundary"
    words = json.dumps(pictures)
    assert not any(w in words for w in (SOLO_BOUNDARY, JOINT_BOUNDARY, A_SHARED, "small thing", "Alex", "Sam"))
    import jsonschema

    jsonschema.validate(report, report_schema())
    jsonschema.validate(couple_copy(report), report_schema())

    view = shown(qtbot, ReportView())
    view.show_report(report, "ours.couplesdesk-report", opened.sealed)
    assert len(images_in(view.text.document())) == 3, "shared days, pauses and boundaries"
    assert "How it has been going" in view.plain_text() and "Days you both shared" in view.plain_text()
    assert pdf_images(opened.pdf) >= 3, "the sealed file's PDF holds the pictures"
    assert pdf_images(couple_pdf) >= 3, "and so does the couple's own copy"
    view.resize(1100, 740)
    view.text.verticalScrollBar().setValue(240)
    out = Path(os.environ.get("REPORT_SHOTS") or tmp_path)
    assert view.grab().save(str(out / "report-view-pictures-1100.png"))
    (out / "report-pictures.pdf").write_bytes(opened.pdf)


def test_a_report_without_pictures_has_none(qtbot, services, tmp_path):
    opened, couple_pdf, dialog = make_report(qtbot, services, tmp_path, with_pictures=False)
    assert "pictures" not in opened.report
    view = shown(qtbot, ReportView())
    view.show_report(opened.report, "ours.couplesdesk-report", opened.sealed)
    assert images_in(view.text.document()) == [] and "How it has been going" not in view.plain_text()
    assert pdf_images(opened.pdf) == 0 and pdf_images(couple_pdf) == 0


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p.update(day="yesterday"),
        lambda p: p["pauses"].pop(),
        lambda p: p["pauses"][0].update(later=-1),
        lambda p: p["boundaries"].append({"status": "<b>made up</b>", "count": 1}),
        lambda p: p["shared_days"]["both"].append("1999-01-01"),
        lambda p: p.update(shared_days=None),
    ],
)
def test_pictures_that_are_not_what_a_report_writes_are_refused(qtbot, services, tmp_path, change):
    from couplesdesk.report.sealing import report_problem

    opened, _pdf, dialog = make_report(qtbot, services, tmp_path, with_pictures=True)
    report = json.loads(json.dumps(opened.report))
    change(report["pictures"])
    assert report_problem(report) == "this report is incomplete, so it is not shown."


def test_the_pdf_of_a_report_with_pictures_draws_them(qtbot, services, tmp_path):
    opened, _pdf, dialog = make_report(qtbot, services, tmp_path, with_pictures=True)
    assert pdf_images(pdf_bytes(opened.report)) >= 3
    assert len(images_in(report_document(opened.report))) == 3
