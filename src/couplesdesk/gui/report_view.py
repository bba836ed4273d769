"""The therapist's view of one opened report: a calm document to read, drawn from the same
lines as the report's PDF (``report/reading.py``): plan items done and not done, what each
partner chose to share, and the notes and flags addressed to the therapist.

A read-only text view, filled a plain piece of text at a time (nothing partners wrote is
read as HTML). ``ReportView.show_report`` takes a report ``open_report`` opened; the reports
inbox puts one beside its table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from ..report.reading import lines
from .i18n import translate
from .report_pdf import report_document
from .run_parts import text_label


def has_flag(report: dict[str, Any]) -> bool:
    return any(note.get("flag") for note in report.get("for_therapist") or [])


class ReportView(QWidget):
    """One report as a document; a short line above it says where it came from."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportView")
        self.source = text_label("reportViewSource", "hint")
        self.source.setText(translate("report_view", "Open a report to read it here."))
        self.source.setContentsMargins(16, 8, 16, 0)
        self.text = QTextBrowser()
        self.text.setObjectName("reportViewText")
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setAccessibleName(translate("report_view", "The report"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.source)
        layout.addWidget(self.text, 1)

    def show_report(self, report: dict[str, Any], source: str = "", sealed: bool = True) -> None:
        document = report_document(report, margin=16)
        document.setParent(self.text)
        self.text.setDocument(document)
        if sealed:
            how = translate("report_view", "{file} (sealed for you)")
        else:
            how = translate("report_view", "{file} (not sealed: anyone who had the file could read it)")
        self.source.setText(how.format(file=source) if source else "")
        self.source.setVisible(bool(source))

    def clear(self) -> None:
        self.text.clear()
        self.source.setText(translate("report_view", "Open a report to read it here."))
        self.source.show()

    def plain_text(self) -> str:
        return self.text.toPlainText()


def summary(report: dict[str, Any]) -> str:
    """One line about a report for a list: its days, and whether a partner raised a flag."""
    first = next((line.text for line in lines(report) if line.style == "note"), "")
    return translate("report_view", "{line} · a flag for you").format(line=first) if has_flag(report) else first
