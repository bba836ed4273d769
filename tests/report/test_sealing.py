"""The sealed file: only the therapist's identity opens it; another key, a changed byte, a file
that is not a report, or one from a newer CouplesDesk each get a message, never a traceback.
The stock age tool opens it too, with the identity the therapist exported."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from datetime import timedelta

import pytest
from pyrage import x25519

from couplesdesk.report import Choice, ReportProblem, compose, couple_copy, gather, open_report, seal
from couplesdesk.report.making import couple_pdf, therapist_file
from couplesdesk.report.reading import lines

from .helpers import (
    A_PRIVATE,
    A_SHARED,
    B_FLAG_NOTE,
    B_SEALED,
    B_SHARED,
    B_SOLO,
    NOW,
    TOGETHER,
    history,
    make_store,
    plan,
)


@pytest.fixture
def therapist():
    return x25519.Identity.generate()


def _report(tmp_path, recipient):
    """Partner A includes one answer; partner B includes none and adds a private flag."""
    store = make_store(tmp_path / "db.sqlite")
    ids = history(store)
    offer = gather(store, None, NOW.date() - timedelta(days=7), NOW.date(), plan(recipient))
    store.close()
    choices = {
        "partner_a": Choice("partner_a", NOW, frozenset({ids["a_shared"]})),
        "partner_b": Choice("partner_b", NOW + timedelta(minutes=3), note=B_FLAG_NOTE, flag=True),
    }
    return compose(offer, choices, NOW + timedelta(minutes=4)), ids


def test_the_therapist_sees_exactly_what_was_chosen(qapp, tmp_path, therapist):
    report, ids = _report(tmp_path, str(therapist.to_public()))
    path = tmp_path / "ours.couplesdesk-report"
    path.write_bytes(therapist_file(report, str(therapist.to_public())))
    assert path.read_bytes().startswith(b"age-encryption.org/v1\n")
    opened = open_report(path, str(therapist))
    assert opened.sealed and opened.pdf.startswith(b"%PDF")
    got = opened.report
    assert [i["id"] for i in got["items"]] == [ids["a_shared"]]
    assert [(n["partner"], n["flag"], n["note"]) for n in got["for_therapist"]] == [("partner_b", True, B_FLAG_NOTE)]
    shown = "\n".join(line.text for line in lines(got))
    assert A_SHARED in shown and B_FLAG_NOTE in shown
    for word in (B_SHARED, TOGETHER, A_PRIVATE, B_SEALED, B_SOLO):
        assert word not in json.dumps(got) and word not in shown
    assert open_report(path, therapist).report == got  # an Identity object does as well as its text


def test_the_couples_copy_has_no_flag_and_no_note(qapp, tmp_path, therapist):
    from couplesdesk.gui.report_pdf import report_document

    report, _ = _report(tmp_path, str(therapist.to_public()))
    shown = report_document(couple_copy(report)).toPlainText()
    assert A_SHARED in shown
    assert B_FLAG_NOTE not in shown and "on my own" not in shown and "For you alone" not in shown
    assert "on my own" in report_document(report).toPlainText()  # the therapist's has it
    assert couple_pdf(report).startswith(b"%PDF")


def test_another_key_is_refused_kindly(qapp, tmp_path, therapist):
    report, _ = _report(tmp_path, str(therapist.to_public()))
    path = tmp_path / "ours.couplesdesk-report"
    path.write_bytes(seal(report, b"%PDF-", str(therapist.to_public())))
    with pytest.raises(ReportProblem) as refused:
        open_report(path, x25519.Identity.generate())
    assert refused.value.kind == "wrong_key" and "different key" in str(refused.value)
    with pytest.raises(ReportProblem) as refused:
        open_report(path, None)
    assert refused.value.kind == "needs_key"
    with pytest.raises(ReportProblem) as refused:
        open_report(path, "not a key")
    assert "AGE-SECRET-KEY-1" in str(refused.value)


@pytest.mark.parametrize("where", [-1, -40, 120])
def test_one_changed_byte_is_refused(tmp_path, therapist, where):
    report, _ = _report(tmp_path, str(therapist.to_public()))
    sealed = bytearray(seal(report, b"%PDF-", str(therapist.to_public())))
    sealed[where] ^= 0x01
    path = tmp_path / "changed.couplesdesk-report"
    path.write_bytes(bytes(sealed))
    with pytest.raises(ReportProblem) as refused:
        open_report(path, therapist)
    assert refused.value.kind in ("changed", "wrong_key"), refused.value
    assert "\n" not in str(refused.value) and "Traceback" not in str(refused.value)
    if where < 0:  # in the payload, age's authentication says exactly this
        assert refused.value.kind == "changed" and "changed or damaged" in str(refused.value)


def test_without_a_key_the_report_is_unsealed_and_opens_as_it_is(tmp_path):
    report, _ = _report(tmp_path, None)
    path = tmp_path / "plain.couplesdesk-report"
    path.write_bytes(seal(report, b"%PDF-", None))
    opened = open_report(path)
    assert not opened.sealed and opened.report == report


def test_a_bad_key_in_the_plan_never_gives_an_unsealed_file(tmp_path):
    report, _ = _report(tmp_path, None)
    with pytest.raises(ReportProblem) as refused:
        seal(report, b"", "age1notakey")
    assert refused.value.kind == "bad_key" and "nothing was saved" in str(refused.value)


def _zip(**parts: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name.replace("_", "."), data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "kind", "words"),
    [
        (b"", "not_report", "not a CouplesDesk session report"),
        (b"# a plan\nformat_version = 1\n", "not_report", "not a CouplesDesk session report"),
        (_zip(notes_txt=b"hello"), "not_report", "not a CouplesDesk session report"),
        (_zip(report_json=b"{not json"), "not_report", "not a CouplesDesk session report"),
        (_zip(report_json=b'{"format": "couplesdesk-export", "version": 1}'), "not_report", "not a CouplesDesk"),
        (_zip(report_json=b'{"format": "couplesdesk-report", "version": 9}'), "newer", "newer CouplesDesk"),
        (_zip(report_json=b'{"format": "couplesdesk-report", "version": 1}'), "not_report", "incomplete"),
        (b"PK\x03\x04 broken", "not_report", "not a CouplesDesk session report"),
    ],
)
def test_what_is_not_a_report_says_so(tmp_path, data, kind, words):
    path = tmp_path / "odd.couplesdesk-report"
    path.write_bytes(data)
    with pytest.raises(ReportProblem) as refused:
        open_report(path, x25519.Identity.generate())
    assert refused.value.kind == kind and words in str(refused.value)


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(ReportProblem) as refused:
        open_report(tmp_path / "nowhere.couplesdesk-report")
    assert refused.value.kind == "unreadable" and "could not be read" in str(refused.value)


@pytest.mark.skipif(shutil.which("age") is None, reason="the stock age tool is not installed")
def test_the_stock_age_tool_opens_it_with_the_exported_identity(tmp_path, therapist):
    report, ids = _report(tmp_path, str(therapist.to_public()))
    path = tmp_path / "ours.couplesdesk-report"
    path.write_bytes(seal(report, b"%PDF-1.4 stand-in", str(therapist.to_public())))
    key = tmp_path / "key.txt"
    key.write_text(f"# public key: {therapist.to_public()}\n{therapist}\n")
    done = subprocess.run(["age", "-d", "-i", str(key), str(path)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(io.BytesIO(done.stdout)) as archive:
        assert json.loads(archive.read("report.json"))["items"][0]["id"] == ids["a_shared"]
        assert archive.read("report.pdf") == b"%PDF-1.4 stand-in"
