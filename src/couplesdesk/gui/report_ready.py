"""The last page of "Prepare for our session": save the one file for the therapist (sealed to
the key in the plan; without one, a plain warning first), and, if the couple like, a PDF copy
for themselves without anything either of them wrote for the therapist alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..export.files import ExportRefused, refusal, write_private
from ..report import SUFFIX, Report, ReportPlan, ReportProblem
from ..report.making import couple_pdf, therapist_file
from ..report.period import remember_report
from ..storage import StoreError
from .i18n import translate
from .privacy_page import button
from .run_parts import text_label
from .services import Services

Chooser = Callable[[QWidget, str, str], str]


def choose_file(parent: QWidget, suggested: str, pattern: str) -> str:
    """Where to save (the system's own dialog); '' when they changed their mind."""
    name, _ = QFileDialog.getSaveFileName(parent, translate("report_ready", "Save as"), suggested, pattern)
    return name


def footer(*buttons: QPushButton, stretch_after: int = 0) -> QHBoxLayout:
    row = QHBoxLayout()
    for i, made in enumerate(buttons):
        if i == stretch_after:
            row.addStretch(1)
        row.addWidget(made)
    return row


class ReadyPage(QWidget):
    """Ready for the therapist: Save (the sealed file), Save a copy for us (PDF), Start again, Close."""

    def __init__(self, services: Services, choose: Chooser, start_again: Callable[[], None], close: Callable[[], None]):
        super().__init__()
        self.services, self.choose = services, choose
        self.report: Report | None = None
        self.plan: ReportPlan | None = None
        self.therapist = ""
        column = QVBoxLayout(self)
        column.setSpacing(12)
        self.title = text_label("reportReadyTitle", "title")
        self.sub = text_label("reportReadySub", "lead")
        self.warning = text_label("reportReadyWarning", "flag")
        self.save_button = button("", "reportSave", primary=True)
        self.save_button.clicked.connect(self.save_for_therapist)
        self.copy_button = button(translate("report_ready", "Save a copy for us (PDF)..."), "reportSaveCopy")
        self.copy_button.clicked.connect(self.save_copy)
        self.copy_words = text_label("reportCopyWords", "hint")
        self.status = text_label("reportStatus", "hint")
        for widget in (self.title, self.sub, self.warning):
            column.addWidget(widget)
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(8)
        column.addWidget(self.copy_words)
        column.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.status)
        column.addStretch(1)
        again = QPushButton(translate("report_ready", "Start again"))
        again.setObjectName("reportStartAgain")
        again.clicked.connect(start_again)
        done = QPushButton(translate("report_ready", "Close"))
        done.setObjectName("reportClose")
        done.clicked.connect(close)
        column.addLayout(footer(again, done, stretch_after=1))

    def show_report(self, report: Report, plan: ReportPlan | None, therapist: str) -> None:
        """The words for this report: sealed for ``therapist``, or not (and a plain warning)."""
        self.report, self.plan, self.therapist = report, plan, therapist
        sealed = plan is not None and bool(plan.recipient)
        self.title.setText(translate("report_ready", "Ready for {therapist}").format(therapist=therapist))
        if sealed:
            sub = translate(
                "report_ready",
                "Thank you both. Save the report as one file and send it to {therapist} as you usually would: it "
                "is sealed, so only {therapist} can open it.",
            )
        else:
            sub = translate(
                "report_ready", "Thank you both. Save the report as one file, and bring it to your session."
            )
        self.sub.setText(sub.format(therapist=therapist))
        self.warning.setVisible(not sealed)
        self.warning.setText(
            translate(
                "report_ready",
                "It is not sealed: anyone who gets the file can read it, including what each of you wrote just for "
                "{therapist}. Keep it safe, and hand it over in person or in a way you trust.",
            ).format(therapist=therapist)
        )
        self.save_button.setText(
            translate("report_ready", "Save the report for {therapist}...").format(therapist=therapist)
        )
        self.copy_words.setText(
            translate(
                "report_ready",
                "Your own copy holds what you both chose to send, and nothing either of you wrote just for {therapist}.",
            ).format(therapist=therapist)
        )
        self.save_button.setEnabled(True)
        self.status.setText("")

    def _target(self, title: str, suffix: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / f"{title}-{self.services.clock.today().isoformat()}{suffix}"
        chosen = self.choose(self, str(suggested), f"*{suffix}")
        if not chosen:
            return None
        target = Path(chosen)
        return target if target.suffix else target.with_suffix(suffix)

    def save_for_therapist(self) -> None:
        report, plan = self.report, self.plan
        target = self._target("for-our-session", SUFFIX)
        if report is None or target is None:
            return
        recipient = plan.recipient if plan is not None else None
        problem = None if recipient else refusal(self.services.paths, target)
        try:
            if problem is not None:
                raise ExportRefused(problem)
            write_private(target, therapist_file(report, recipient))
        except (OSError, ExportRefused, ReportProblem) as exc:
            self.status.setText(translate("report_ready", "Not saved. {problem}").format(problem=exc))
            return
        made_at, end = self.services.clock.now(), date.fromisoformat(report["period"]["to"])
        self.services.database.run(lambda store: remember_report(store, made_at, end), None, self._failed)
        if recipient:
            said = translate("report_ready", "Saved to {file}. Only {therapist} can open it.")
        else:
            said = translate("report_ready", "Saved to {file}.")
        self.status.setText(said.format(file=target, therapist=self.therapist))

    def save_copy(self) -> None:
        report = self.report
        target = self._target("our-session-copy", ".pdf")
        if report is None or target is None:
            return
        try:
            problem = refusal(self.services.paths, target)
            if problem is not None:
                raise ExportRefused(problem)
            write_private(target, couple_pdf(report))
        except (OSError, ExportRefused) as exc:
            self.status.setText(translate("report_ready", "Not saved. {problem}").format(problem=exc))
            return
        self.status.setText(translate("report_ready", "Your copy is saved to {file}.").format(file=target))

    def _failed(self, error: StoreError) -> None:
        self.status.setText(translate("report_ready", "Something went wrong: {problem}").format(problem=error))
