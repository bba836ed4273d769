"""The therapist's document view of an opened report: exactly what each partner chose, and
the flags and notes for the therapist; words shown as typed."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from pyrage import x25519

from couplesdesk.gui.report_view import ReportView, summary
from couplesdesk.report import Choice, compose, gather, open_report, seal

from ..report.helpers import A_SHARED, B_FLAG_NOTE, B_SHARED, NOW, TOGETHER, history, make_store, plan
from .conftest import shown, visible_texts


@pytest.fixture
def opened(tmp_path):
    therapist = x25519.Identity.generate()
    store = make_store(tmp_path / "db.sqlite")
    ids = history(store)
    offer = gather(store, None, NOW.date() - timedelta(days=7), NOW.date(), plan(str(therapist.to_public())))
    store.close()
    both = frozenset({ids["a_shared"], "plan-progress"})
    choices = {
        "partner_a": Choice("partner_a", NOW, both),
        "partner_b": Choice(
            "partner_b", NOW, frozenset({"plan-progress"}), note=B_FLAG_NOTE + " <b>&amp;</b>", flag=True
        ),
    }
    path = tmp_path / "r.couplesdesk-report"
    path.write_bytes(seal(compose(offer, choices, NOW), b"%PDF-", str(therapist.to_public())))
    return open_report(path, therapist), path


def test_the_view_shows_the_report_as_chosen(qtbot, opened, tmp_path, styled):
    report, path = opened
    view = shown(qtbot, ReportView())
    view.show_report(report.report, path.name, report.sealed)
    text = view.plain_text()
    assert "For our session with Jo Berger" in text
    assert "For you alone" in text and "From Sam" in text and "on my own" in text
    assert B_FLAG_NOTE + " <b>&amp;</b>" in text, "a note is shown exactly as typed"
    assert "done 7 times, not done 3 times" in text
    assert A_SHARED in text and B_SHARED not in text and TOGETHER not in text
    assert "sealed for you" in visible_texts(view)
    assert "a flag for you" in summary(report.report)
    view.resize(1100, 740)
    out = Path(os.environ.get("REPORT_SHOTS") or tmp_path)
    assert view.grab().save(str(out / "report-view-1100.png"))
