"""Prepare for our session: the couple composes a report for their therapist, together and
each alone.

1. Which days (by default, since the last report).
2. A shared preview of what could go in: only what both have already seen.
3. Each partner in turn, behind the hand-over the run page uses ("Hand the screen to Alex" /
   "I'm Alex, show me", and Alex's own passphrase when Alex has one), ticks which of their own
   answers and ratings to send (nothing is ticked until they do), and may add a note or a
   flag for the therapist alone, which never shows on the shared screen or in the couple's copy.
4. Save the one file for the therapist (sealed to the key in the plan; without one, a plain
   warning first), and, if they like, a PDF copy for themselves.

Back goes from the preview to the days, never across a hand-over: "Start again" forgets
every choice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.people import PARTNERS
from ..export.files import ExportRefused, refusal, write_private
from ..report import SUFFIX, Choice, Offer, Report, ReportPlan, ReportProblem, compose, gather
from ..report.making import couple_pdf, therapist_file
from ..report.period import default_period, remember_report
from ..report.plan import current_plan
from ..storage import Store, StoreError
from .lock import step_away_keys
from .privacy_page import button
from .reflow import wrap_words
from .report_parts import CandidateList, Choices, card, scroll_of
from .run_parts import CentredPanel, text_label
from .services import Services

OTHER = {PARTNERS[0]: PARTNERS[1], PARTNERS[1]: PARTNERS[0]}
Chooser = Callable[[QWidget, str, str], str]


def choose_file(parent: QWidget, suggested: str, pattern: str) -> str:
    """Where to save (the system's own dialog); '' when they changed their mind."""
    name, _ = QFileDialog.getSaveFileName(parent, "Save as", suggested, pattern)
    return name


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())


def _footer(*buttons: QPushButton, stretch_after: int = 0) -> QHBoxLayout:
    row = QHBoxLayout()
    for i, made in enumerate(buttons):
        if i == stretch_after:
            row.addStretch(1)
        row.addWidget(made)
    return row


class SessionReportDialog(QDialog):
    """The whole flow. ``choose_file`` may be replaced (tests answer it)."""

    def __init__(
        self,
        services: Services,
        parent: QWidget,
        plan_of: Callable[[Store, date], ReportPlan | None] = current_plan,
    ):
        super().__init__(parent)
        self.services = services
        self.setObjectName("sessionReportDialog")
        self.setWindowTitle("Prepare for our session")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.choose_file: Chooser = choose_file
        self.plan: ReportPlan | None = None
        self.offer: Offer | None = None
        self.choices: dict[str, Choice] = {}
        self.turn: str | None = None
        self.report: Report | None = None
        self.pages = QStackedWidget()
        for page in (self._build_period(), self._build_preview(), self._build_handover(), self._build_turn()):
            self.pages.addWidget(page)
        self.pages.addWidget(self._build_ready())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(self.pages)
        self.resize(760, 620)
        for made in self.findChildren(QPushButton):
            made.setAutoDefault(False)
        self.next_button.setEnabled(False)
        step_away_keys(self, self.start_again)  # every choice and note dropped (nothing of them was kept)
        today = services.clock.today()

        def job(store: Store) -> tuple[ReportPlan | None, tuple[date, date]]:
            plan = plan_of(store, today)
            return plan, default_period(store, today, plan)

        services.database.run(job, self._loaded, self._failed)

    # ------------------------------------------------------------------ building

    def _title(self, name: str, text: str = "") -> Any:
        made = text_label(name, "title")
        made.setText(text)
        return made

    def _build_period(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(12)
        column.addWidget(self._title("reportTitle", "Prepare for our session"))
        intro = text_label("reportIntro", "lead")
        intro.setText(
            "Together, choose the days the report covers. Then each of you, in turn, picks what of your own to "
            "send. Nothing goes in unless its author chooses it."
        )
        self.plan_line = text_label("reportPlanLine")
        self.unsealed = text_label("reportUnsealed", "flag")
        self.unsealed.hide()
        days = QHBoxLayout()
        self.start, self.end = QDateEdit(), QDateEdit()
        for label, edit, name in (("From", self.start, "reportFrom"), ("to", self.end, "reportTo")):
            edit.setObjectName(name)
            edit.setAccessibleName(label.capitalize())
            edit.setCalendarPopup(True)
            edit.setMaximumWidth(240)
            edit.setDisplayFormat("d MMMM yyyy")
            words = text_label(f"{name}Label", wrap=False)
            words.setText(label)
            days.addWidget(words)
            days.addWidget(edit)
        days.addStretch(1)
        self.period_status = text_label("reportPeriodStatus", "hint")
        for widget in (intro, self.plan_line, self.unsealed):
            column.addWidget(widget)
        column.addLayout(days)
        column.addStretch(1)
        column.addWidget(self.period_status)
        cancel = QPushButton("Cancel")
        cancel.setObjectName("reportCancel")
        cancel.clicked.connect(self.reject)
        self.next_button = button("See what could go in", "reportSeeWhat", primary=True)
        self.next_button.clicked.connect(self.see_what)
        column.addLayout(_footer(cancel, self.next_button, stretch_after=1))
        return page

    def _build_preview(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(10)
        column.addWidget(self._title("reportPreviewTitle", "What could go in"))
        self.preview_sub = text_label("reportPreviewSub", "hint")
        column.addWidget(self.preview_sub)
        self.preview = CandidateList("reportPreviewList")
        column.addWidget(scroll_of(self.preview, "reportPreviewScroll"), 1)
        back = QPushButton("Back")
        back.setObjectName("reportBack")
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.first_turn = button("", "reportFirstTurn", primary=True)
        self.first_turn.clicked.connect(lambda: self.hand_over(PARTNERS[0]))
        column.addLayout(_footer(back, self.first_turn, stretch_after=1))
        return page

    def _build_handover(self) -> QWidget:
        self.handover = CentredPanel("reportHandover", "reportHandoverText", "reportHandoverGo", "reportHandoverSub")
        self.handover.button.clicked.connect(self.handed_over)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("reportPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaximumWidth(360)
        self.passphrase.returnPressed.connect(self.handed_over)
        self.gate_status = text_label("reportGateStatus", "flag", centred=True)
        self.gate_status.hide()
        layout = self.handover.layout()
        assert isinstance(layout, QVBoxLayout)
        at = layout.indexOf(self.handover.button)
        layout.insertWidget(at, self.passphrase, 0, Qt.AlignmentFlag.AlignCenter)
        layout.insertWidget(at + 1, self.gate_status)
        return self.handover

    def _build_turn(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.turn_view = Choices()
        column.addWidget(self.turn_view, 1)
        self.done_button = button("", "reportTurnDone", primary=True)
        self.done_button.clicked.connect(self.turn_done)
        column.addLayout(_footer(self.done_button))
        return page

    def _build_ready(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(12)
        self.ready_title = self._title("reportReadyTitle")
        self.ready_sub = text_label("reportReadySub", "lead")
        self.ready_warning = text_label("reportReadyWarning", "flag")
        self.save_button = button("", "reportSave", primary=True)
        self.save_button.clicked.connect(self.save_for_therapist)
        self.copy_button = button("Save a copy for us (PDF)...", "reportSaveCopy")
        self.copy_button.clicked.connect(self.save_copy)
        self.copy_words = text_label("reportCopyWords", "hint")
        self.status = text_label("reportStatus", "hint")
        for widget in (self.ready_title, self.ready_sub, self.ready_warning):
            column.addWidget(widget)
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(8)
        column.addWidget(self.copy_words)
        column.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.status)
        column.addStretch(1)
        again = QPushButton("Start again")
        again.setObjectName("reportStartAgain")
        again.clicked.connect(self.start_again)
        close = QPushButton("Close")
        close.setObjectName("reportClose")
        close.clicked.connect(self.accept)
        column.addLayout(_footer(again, close, stretch_after=1))
        return page

    # ------------------------------------------------------------------ the days, and what could go in

    @property
    def therapist(self) -> str:
        return self.plan.therapist if self.plan is not None else "your therapist"

    def _name(self, partner: str) -> str:
        couple = self.services.store.couple.get()
        return couple.partner(partner).name if couple is not None else partner

    def _loaded(self, got: tuple[ReportPlan | None, tuple[date, date]]) -> None:
        self.plan, (start, end) = got
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))
        self.next_button.setEnabled(True)
        if self.plan is not None:
            self.plan_line.setText(f"For {self.plan.therapist}: {self.plan.title}.")
        else:
            self.plan_line.setText("You have no homework plan from a therapist here, so the report is just for you "
                                   "to bring along.")  # fmt: skip
        if self.plan is None or not self.plan.recipient:
            self.unsealed.setText(
                f"This report can't be sealed: there is no key from {self.therapist} in your plan. Anyone who gets "
                "the file can read it, so hand it over in person or in a way you trust."
            )
            self.unsealed.show()

    def see_what(self) -> None:
        start, end = _day(self.start.date()), _day(self.end.date())
        if start > end:
            self.period_status.setText("The first day is after the last one: choose the days again.")
            return
        self.period_status.setText("Looking through these days...")
        self.next_button.setEnabled(False)
        plan, library = self.plan, self.services.library_if_loaded()
        self.services.database.run(lambda store: gather(store, library, start, end, plan), self._gathered, self._failed)

    def _gathered(self, offer: Offer) -> None:
        self.offer, self.choices = offer, {}
        self.period_status.setText("")
        self.next_button.setEnabled(True)
        self.preview.clear()
        first, second = self._name(PARTNERS[0]), self._name(PARTNERS[1])
        if offer.candidates:
            self.preview_sub.setText(
                f"Only what you have both already seen. Nothing here goes to {self.therapist} yet: next, {first} and "
                f"then {second} each choose their own, on their own."
            )
        else:
            self.preview_sub.setText(
                f"Nothing you have both seen in these days could go in. Each of you can still write a note for "
                f"{self.therapist}, on your own."
            )
        for candidate in offer.candidates:
            self.preview.add(card(candidate, offer))
        self.first_turn.setText(f"Next: {first} chooses")
        self.pages.setCurrentIndex(1)

    # ------------------------------------------------------------------ each partner in turn

    def hand_over(self, partner: str) -> None:
        """'Hand the screen to Alex': nothing of Alex's choosing is shown until Alex says it is them."""
        name, other = self._name(partner), self._name(OTHER[partner])
        self.turn = partner
        self.handover.text.setText(f"Hand the screen to {name}.")
        assert self.handover.sub is not None
        self.handover.sub.setText(
            f"What {name} chooses, and anything {name} writes for {self.therapist}, is for {name} alone. {other}, "
            "please look away or step out for a moment."
        )
        self.handover.button.setText(f"I'm {name}, show me")
        locked = self.services.store.personal.has(partner)
        self.passphrase.clear()
        self.passphrase.setVisible(locked)
        self.passphrase.setPlaceholderText(f"{name}'s passphrase or PIN")
        self.passphrase.setAccessibleName(f"{name}'s personal passphrase or PIN")
        self.gate_status.hide()
        self.handover.button.setEnabled(True)
        self.pages.setCurrentWidget(self.handover)
        (self.passphrase if locked else self.handover.button).setFocus()

    def handed_over(self) -> None:
        partner = self.turn
        if partner is None or not self.handover.button.isEnabled():
            return
        if not self.services.store.personal.has(partner):
            self._show_turn(partner)
            return
        secret = self.passphrase.text()
        if not secret:
            self.gate_status.setText(f"{self._name(partner)}, please type your passphrase first.")
            self.gate_status.show()
            return
        self.handover.button.setEnabled(False)

        def job(store: Store) -> None:
            store.personal.unlock(partner, secret)  # only to know it is them: nothing locked is read here
            store.personal.forget(partner)

        self.services.database.run(job, lambda _: self._show_turn(partner), self._refused)

    def _refused(self, error: StoreError) -> None:
        self.handover.button.setEnabled(True)
        self.passphrase.selectAll()
        self.gate_status.setText(str(error))
        self.gate_status.show()

    def _show_turn(self, partner: str) -> None:
        if self.offer is None or self.turn != partner:
            return
        self.passphrase.clear()
        others = [self._name(OTHER[partner])]
        self.turn_view.show_turn(self.offer, partner, self.therapist, others)
        last = all(p in self.choices or p == partner for p in PARTNERS)
        self.done_button.setText("Done" if last else f"Done: hand over to {others[0]}")
        self.pages.setCurrentIndex(3)

    def turn_done(self) -> None:
        partner = self.turn
        if partner is None:
            return
        view = self.turn_view
        self.choices[partner] = Choice(
            partner, self.services.clock.now(), view.ticked(), view.note_text(), view.flag.isChecked()
        )
        view.wipe()
        self.turn = None
        waiting = [p for p in PARTNERS if p not in self.choices]
        if waiting:
            self.hand_over(waiting[0])
        else:
            self._ready()

    # ------------------------------------------------------------------ saving

    def _ready(self) -> None:
        assert self.offer is not None
        self.report = compose(self.offer, self.choices, self.services.clock.now())
        sealed = self.plan is not None and bool(self.plan.recipient)
        self.ready_title.setText(f"Ready for {self.therapist}")
        if sealed:
            self.ready_sub.setText(
                f"Thank you both. Save the report as one file and send it to {self.therapist} as you usually "
                f"would: it is sealed, so only {self.therapist} can open it."
            )
        else:
            self.ready_sub.setText("Thank you both. Save the report as one file, and bring it to your session.")
        self.ready_warning.setVisible(not sealed)
        self.ready_warning.setText(
            "It is not sealed: anyone who gets the file can read it, including what each of you wrote just for "
            f"{self.therapist}. Keep it safe, and hand it over in person or in a way you trust."
        )
        self.save_button.setText(f"Save the report for {self.therapist}...")
        self.copy_words.setText(
            f"Your own copy holds what you both chose to send, and nothing either of you wrote just for "
            f"{self.therapist}."
        )
        self.save_button.setEnabled(True)
        self.status.setText("")
        self.pages.setCurrentIndex(4)
        self.save_button.setFocus()

    def _target(self, title: str, suffix: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / f"{title}-{self.services.clock.today().isoformat()}{suffix}"
        chosen = self.choose_file(self, str(suggested), f"*{suffix}")
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
            self.status.setText(f"Not saved. {exc}")
            return
        made_at, end = self.services.clock.now(), date.fromisoformat(report["period"]["to"])
        self.services.database.run(lambda store: remember_report(store, made_at, end), None, self._failed)
        only = f" Only {self.therapist} can open it." if recipient else ""
        self.status.setText(f"Saved to {target}.{only}")

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
            self.status.setText(f"Not saved. {exc}")
            return
        self.status.setText(f"Your copy is saved to {target}.")

    def start_again(self) -> None:
        """Every choice is forgotten; back to the days."""
        self.choices, self.report, self.turn, self.offer = {}, None, None, None
        self.turn_view.wipe()
        self.preview.clear()
        self.pages.setCurrentIndex(0)

    def _failed(self, error: StoreError) -> None:
        self.next_button.setEnabled(True)
        self.period_status.setText(f"Something went wrong: {error}")
        self.status.setText(f"Something went wrong: {error}")


def report_section(services: Services, window: QWidget) -> QWidget:
    """The Privacy page's section, beside Export, that opens "Prepare for our session"."""
    from .privacy_page import section

    frame, column, _ = section(
        "Prepare for our session",
        "A report for your therapist, made together: you choose the days, then each of you picks what of your own "
        "to send. Nothing goes in unless its author chooses it (Ctrl+R).",
        "sessionReportSection",
    )
    opener = button("Prepare for our session...", "sessionReportButton")
    wrap_words(opener)  # on two lines rather than cut, at large text
    opener.clicked.connect(lambda: SessionReportDialog(services, window).open())
    column.addWidget(opener, 0, Qt.AlignmentFlag.AlignLeft)
    return frame
