"""A session report as a Qt text document: its PDF (the sealed file's and the couple's copy)
and the therapist's document view, drawn from the same lines (``report/reading.py``).

Plain text a piece at a time, as the journal is drawn: what partners wrote is never parsed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextBlockFormat, QTextCharFormat, QTextDocument

from ..core.progress_data import ProgressData
from ..report.pictures import from_json
from ..report.reading import lines, names_by_key, title_of
from .journal_pdf import ASKED, DAY, NOTE, RUN, SAGE, TITLE, WORDS, Writer, _application, _block, _char
from .progress_print import image_format, pictures

FLAG = _char(11, QFont.Weight.DemiBold, SAGE)
SECTION = _char(15, QFont.Weight.DemiBold, SAGE)
STYLES: dict[str, tuple[QTextCharFormat, QTextBlockFormat]] = {
    "title": (TITLE, _block(0, 6)),
    "note": (NOTE, _block(0, 2)),
    "section": (SECTION, _block(24, 4)),
    "day": (DAY, _block(14, 2)),
    "run": (RUN, _block(10, 4)),
    "asked": (ASKED, _block(6, 2)),
    "words": (WORDS, _block(0, 4, indent=12)),
    "flag": (FLAG, _block(2, 4, indent=12)),
}


def report_document(report: dict[str, Any], margin: float = 0) -> QTextDocument:
    """The whole report as a document, in reading order."""
    made = QTextDocument()
    made.setDocumentMargin(margin)
    writer = Writer(made)
    for line in lines(report):
        if line.style == "pictures":
            _pictures(writer, line.text, from_json(report["pictures"], names_by_key(report)))
            continue
        char, block = STYLES.get(line.style, STYLES["words"])
        writer.add(line.text, char, block)
    return made


def _pictures(writer: Writer, heading: str, progress: ProgressData) -> None:
    """The Progress page's pictures, drawn again from the numbers the report carries, as the
    journal's PDF draws them: each with its title, its sentence, and the same facts in words."""
    writer.add(heading, *STYLES["section"])
    for number, picture in enumerate(pictures(progress)):
        writer.add(picture.title, *STYLES["run"])
        writer.add(picture.sentence, WORDS, _block(0, 6))
        writer.cursor.insertBlock(_block(0, 4))
        writer.cursor.insertImage(image_format(writer.document, picture, number))
        writer.add(picture.description, NOTE, _block(0, 6))


MARGINS_MM = QMarginsF(20, 18, 20, 18)
_MM = 96 / 25.4  # a document's page size is in pixels at 96 dpi, as print_ scales it


def pdf_bytes(report: dict[str, Any]) -> bytes:
    """The report as a PDF (A4)."""
    _application()
    text = report_document(report)
    # Laid out for the page here: print_ otherwise copies the whole document to lay out the copy.
    text.setPageSize(QSizeF((210 - 40) * _MM, (297 - 36) * _MM))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title_of(report))
    writer.setCreator("CouplesDesk")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    text.print_(writer)
    buffer.close()
    return bytes(data.data())
