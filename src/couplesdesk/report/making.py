"""Making the files of a report: the therapist's sealed file and the couple's own PDF copy.

The PDF is drawn by Qt (``gui/report_pdf.py``), imported only when one is made, as the
export's PDF is.
"""

from __future__ import annotations

from .compose import Report, couple_copy
from .sealing import seal


def report_pdf(report: Report) -> bytes:
    """The report as a PDF (A4), drawn by Qt."""
    from ..gui.report_pdf import pdf_bytes

    return pdf_bytes(report)


def therapist_file(report: Report, recipient: str | None) -> bytes:
    """The one file for the therapist: the report and its PDF, sealed to ``recipient`` (or
    unsealed when the plan has no therapist's key)."""
    return seal(report, report_pdf(report), recipient)


def couple_pdf(report: Report) -> bytes:
    """The couple's own PDF copy: nothing private to one of them in it (no note, no flag)."""
    return report_pdf(couple_copy(report))
