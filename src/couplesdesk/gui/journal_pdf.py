"""The journal as a Qt text document: the PDF export (``QTextDocument`` printed on a
``QPdfWriter``), and the search page's view of one run.

Built with a text cursor, a piece of plain text at a time, each with its own format: what
partners wrote is never parsed as HTML or Markdown, so it shows exactly as typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from ..core.progress_data import ProgressData
from ..export.journal import Day, Entry, exported_line, journal, private_line, title_of
from .i18n import translate
from .progress_print import image_format, pictures

INK, MUTED, SAGE = QColor("#3B3330"), QColor("#6E5E55"), QColor("#4F6B55")
_app: QGuiApplication | None = None


def _char(size: float, weight: QFont.Weight = QFont.Weight.Normal, color: QColor = INK, italic: bool = False) -> QTextCharFormat:  # fmt: skip
    made = QTextCharFormat()
    made.setFontPointSize(size)
    made.setFontWeight(weight)
    made.setForeground(color)
    made.setFontItalic(italic)
    return made


def _block(top: float, bottom: float = 2, indent: float = 0) -> QTextBlockFormat:
    made = QTextBlockFormat()
    made.setTopMargin(top)
    made.setBottomMargin(bottom)
    made.setLeftMargin(indent)
    return made


TITLE = _char(20, QFont.Weight.DemiBold)
DAY = _char(14, QFont.Weight.DemiBold, SAGE)
RUN = _char(12, QFont.Weight.DemiBold)
ASKED = _char(10, QFont.Weight.DemiBold, MUTED)
WORDS = _char(11)
NOTE = _char(10, color=MUTED, italic=True)


class Writer:
    """Appends the journal to a document, one plain piece of text at a time."""

    def __init__(self, document: QTextDocument):
        self.document = document
        self.cursor = QTextCursor(document)
        self.first = True
        self.positions: dict[str, tuple[int, int]] = {}  # answer id -> where its words start and end

    def add(self, text: str, char: QTextCharFormat, block: QTextBlockFormat) -> tuple[int, int]:
        """A paragraph of plain ``text``; returns where it starts and ends in the document."""
        if self.first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(block, char)
        # Line breaks inside an answer stay line breaks within its paragraph.
        start = self.cursor.position()
        self.cursor.insertText(text.replace("\r\n", "\n").replace("\n", "\u2028"), char)
        return start, self.cursor.position()

    def entry(self, entry: Entry) -> None:
        unfinished = translate("journal_pdf", " (not finished)") if entry.unfinished else ""
        self.add(f"{entry.title}, {entry.time}{unfinished}", RUN, _block(14, 4))
        for line in entry.lines:
            self.add(f"{line.heading} · {line.who}", ASKED, _block(8, 2))
            self.positions[line.answer_id] = self.add(line.text, WORDS, _block(0, 4, indent=12))
        for note in entry.notes:
            self.add(note, NOTE, _block(6, 2))

    def pictures(self, progress: ProgressData) -> None:
        """The Progress page's pictures that have something to show, each with its title, the
        sentence that says what it shows, and the same facts in words beneath."""
        shown = pictures(progress)
        if not shown:
            return
        self.add(translate("journal_pdf", "How it has been going"), DAY, _block(22, 2))
        for number, picture in enumerate(shown):
            self.add(picture.title, RUN, _block(14, 2))
            self.add(picture.sentence, WORDS, _block(0, 6))
            self.cursor.insertBlock(_block(0, 4))
            self.cursor.insertImage(image_format(self.document, picture, number))
            self.add(picture.description, NOTE, _block(0, 6))

    def day(self, day: Day) -> None:
        self.add(day.heading, DAY, _block(22, 2))
        for entry in day.entries:
            self.entry(entry)


def journal_document(document: dict[str, Any], progress: ProgressData | None = None) -> QTextDocument:
    """The whole journal of an export document; with ``progress``, the Progress page's
    pictures first (what both may see, whatever the export includes)."""
    made = QTextDocument()
    made.setDocumentMargin(0)
    writer = Writer(made)
    writer.add(title_of(document), TITLE, _block(0, 6))
    writer.add(exported_line(document), NOTE, _block(0, 2))
    private = private_line(document)
    if private:
        writer.add(private, NOTE, _block(0, 2))
    if progress is not None:
        writer.pictures(progress)
    days = journal(document)
    if not days:
        writer.add(translate("journal_pdf", "Nothing was written in these days."), WORDS, _block(18))
    for day in days:
        writer.day(day)
    return made


def run_document(document: dict[str, Any], run_id: str) -> tuple[QTextDocument, dict[str, tuple[int, int]]]:
    """One run of an export document, and where each answer's words start in it."""
    made = QTextDocument()
    made.setDocumentMargin(12)
    writer = Writer(made)
    for day in journal(document):
        for entry in day.entries:
            if entry.run_id == run_id:
                writer.add(day.heading, DAY, _block(0, 2))
                writer.entry(entry)
    if writer.first:
        writer.add(translate("journal_pdf", "This exercise has nothing more to show."), NOTE, _block(0))
    return made, writer.positions


def _application() -> None:
    """Qt's fonts and PDF writer need an application object: outside the app (the command
    line), one without any window, on the offscreen platform."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["couplesdesk", "-platform", "offscreen"])


def pdf_bytes(document: dict[str, Any], progress: ProgressData | None = None) -> bytes:
    """The journal of ``document`` as a PDF (A4), with the progress pictures if given."""
    _application()
    text = journal_document(document, progress)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title_of(document))
    writer.setCreator("CouplesDesk")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter)
    text.print_(writer)
    buffer.close()
    return bytes(data.data())
