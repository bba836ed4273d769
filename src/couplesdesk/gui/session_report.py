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
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.people import PARTNERS
from ..report import Choice, Offer, Report, ReportPlan, compose, gather
from ..report.period import default_period
from ..report.plan import current_plan
from ..storage import Store, StoreError
from .i18n import DAY_MONTH_YEAR, translate
from .lock import step_away_keys
from .privacy_page import button
from .reflow import wrap_words
from .report_parts import CandidateList, Choices, card, pictures_card, scroll_of
from .report_ready import Chooser, ReadyPage, choose_file, footer
from .run_parts import CentredPanel, text_label
from .services import Services

OTHER = {PARTNERS[0]: PARTNERS[1], PARTNERS[1]: PARTNERS[0]}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())


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
        self.setWindowTitle(translate("session_report", "Prepare for our session"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.choose_file: Chooser = choose_file
        self.plan: ReportPlan | None = None
        self.offer: Offer | None = None
        self.choices: dict[str, Choice] = {}
        self.turn: str | None = None
        self.report: Report | None = None
        self.pictures_box: QCheckBox | None = None  # in the shared preview: send the Progress page's pictures
        self.pages = QStackedWidget()
        for page in (self._build_period(), self._build_preview(), self._build_handover(), self._build_turn()):
            self.pages.addWidget(page)
        self.ready = ReadyPage(services, lambda *asked: self.choose_file(*asked), self.start_again, self.accept)
        self.pages.addWidget(self.ready)
        self.save_button, self.copy_button, self.status = (
            self.ready.save_button,
            self.ready.copy_button,
            self.ready.status,
        )
        self.ready_warning = self.ready.warning
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
        column.addWidget(self._title("reportTitle", translate("session_report", "Prepare for our session")))
        intro = text_label("reportIntro", "lead")
        intro.setText(
            translate(
                "session_report",
                "Together, choose the days the report covers. Then each of you, in turn, picks what of your own to "
                "send. Nothing goes in unless its author chooses it.",
            )
        )
        self.plan_line = text_label("reportPlanLine")
        self.unsealed = text_label("reportUnsealed", "flag")
        self.unsealed.hide()
        days = QHBoxLayout()
        self.start, self.end = QDateEdit(), QDateEdit()
        for label, edit, name, spoken in (
            (translate("session_report", "From"), self.start, "reportFrom", translate("session_report", "First day")),
            (translate("session_report", "to"), self.end, "reportTo", translate("session_report", "Last day")),
        ):
            edit.setObjectName(name)
            edit.setAccessibleName(spoken)
            edit.setCalendarPopup(True)
            edit.setMaximumWidth(240)
            edit.setDisplayFormat(translate("dates", DAY_MONTH_YEAR))
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
        cancel = QPushButton(translate("session_report", "Cancel"))
        cancel.setObjectName("reportCancel")
        cancel.clicked.connect(self.reject)
        self.next_button = button(translate("session_report", "See what could go in"), "reportSeeWhat", primary=True)
        self.next_button.clicked.connect(self.see_what)
        column.addLayout(footer(cancel, self.next_button, stretch_after=1))
        return page

    def _build_preview(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(10)
        column.addWidget(self._title("reportPreviewTitle", translate("session_report", "What could go in")))
        self.preview_sub = text_label("reportPreviewSub", "hint")
        column.addWidget(self.preview_sub)
        self.preview = CandidateList("reportPreviewList")
        column.addWidget(scroll_of(self.preview, "reportPreviewScroll"), 1)
        back = QPushButton(translate("session_report", "Back"))
        back.setObjectName("reportBack")
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.first_turn = button("", "reportFirstTurn", primary=True)
        self.first_turn.clicked.connect(lambda: self.hand_over(PARTNERS[0]))
        column.addLayout(footer(back, self.first_turn, stretch_after=1))
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
        column.addLayout(footer(self.done_button))
        return page

    # ------------------------------------------------------------------ the days, and what could go in

    @property
    def therapist(self) -> str:
        return self.plan.therapist if self.plan is not None else translate("session_report", "your therapist")

    def _name(self, partner: str) -> str:
        couple = self.services.store.couple.get()
        return couple.partner(partner).name if couple is not None else partner

    def _loaded(self, got: tuple[ReportPlan | None, tuple[date, date]]) -> None:
        self.plan, (start, end) = got
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))
        self.next_button.setEnabled(True)
        if self.plan is not None:
            self.plan_line.setText(
                translate("session_report", "For {therapist}: {title}.").format(
                    therapist=self.plan.therapist, title=self.plan.title
                )
            )
        else:
            self.plan_line.setText(
                translate(
                    "session_report",
                    "You have no homework plan from a therapist here, so the report is just for you to bring along.",
                )
            )
        if self.plan is None or not self.plan.recipient:
            self.unsealed.setText(
                translate(
                    "session_report",
                    "This report can't be sealed: there is no key from {therapist} in your plan. Anyone who gets the "
                    "file can read it, so hand it over in person or in a way you trust.",
                ).format(therapist=self.therapist)
            )
            self.unsealed.show()

    def see_what(self) -> None:
        start, end = _day(self.start.date()), _day(self.end.date())
        if start > end:
            self.period_status.setText(
                translate("session_report", "The first day is after the last one: choose the days again.")
            )
            return
        self.period_status.setText(translate("session_report", "Looking through these days..."))
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
                translate(
                    "session_report",
                    "Only what you have both already seen. Nothing here goes to {therapist} yet: next, {first} and "
                    "then {second} each choose their own, on their own.",
                ).format(therapist=self.therapist, first=first, second=second)
            )
        else:
            self.preview_sub.setText(
                translate(
                    "session_report",
                    "Nothing you have both seen in these days could go in. Each of you can still write a note for "
                    "{therapist}, on your own.",
                ).format(therapist=self.therapist)
            )
        self.pictures_box = None
        if offer.progress is not None:
            frame, self.pictures_box = pictures_card(offer.progress)
            self.preview.add(frame)
        for candidate in offer.candidates:
            self.preview.add(card(candidate, offer))
        self.first_turn.setText(translate("session_report", "Next: {name} chooses").format(name=first))
        self.pages.setCurrentIndex(1)

    # ------------------------------------------------------------------ each partner in turn

    def hand_over(self, partner: str) -> None:
        """'Hand the screen to Alex': nothing of Alex's choosing is shown until Alex says it is them."""
        name, other = self._name(partner), self._name(OTHER[partner])
        self.turn = partner
        self.handover.text.setText(translate("session_report", "Hand the screen to {name}.").format(name=name))
        assert self.handover.sub is not None
        self.handover.sub.setText(
            translate(
                "session_report",
                "What {name} chooses, and anything {name} writes for {therapist}, is for {name} alone. {other}, "
                "please look away or step out for a moment.",
            ).format(name=name, therapist=self.therapist, other=other)
        )
        self.handover.button.setText(translate("session_report", "I'm {name}, show me").format(name=name))
        locked = self.services.store.personal.has(partner)
        self.passphrase.clear()
        self.passphrase.setVisible(locked)
        self.passphrase.setPlaceholderText(translate("session_report", "{name}'s passphrase or PIN").format(name=name))
        self.passphrase.setAccessibleName(
            translate("session_report", "{name}'s personal passphrase or PIN").format(name=name)
        )
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
            self.gate_status.setText(
                translate("session_report", "{name}, please type your passphrase first.").format(
                    name=self._name(partner)
                )
            )
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
        self.done_button.setText(
            translate("session_report", "Done")
            if last
            else translate("session_report", "Done: hand over to {name}").format(name=others[0])
        )
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
        pictures = self.pictures_box is not None and self.pictures_box.isChecked()
        self.report = compose(self.offer, self.choices, self.services.clock.now(), pictures)
        self.ready.show_report(self.report, self.plan, self.therapist)
        self.pages.setCurrentIndex(4)
        self.ready.save_button.setFocus()

    def start_again(self) -> None:
        """Every choice is forgotten; back to the days."""
        self.choices, self.report, self.turn, self.offer, self.pictures_box = {}, None, None, None, None
        self.turn_view.wipe()
        self.preview.clear()
        self.pages.setCurrentIndex(0)

    def _failed(self, error: StoreError) -> None:
        self.next_button.setEnabled(True)
        words = translate("session_report", "Something went wrong: {problem}").format(problem=error)
        self.period_status.setText(words)
        self.status.setText(words)


def prepare(services: Services, window: QWidget) -> SessionReportDialog:
    """Open "Prepare for our session" over ``window`` (Ctrl+R, the Privacy page, Today's homework
    card, History)."""
    dialog = SessionReportDialog(services, window)
    dialog.open()
    return dialog


def report_section(services: Services, window: QWidget) -> QWidget:
    """The Privacy page's section, beside Export, that opens "Prepare for our session"."""
    from .privacy_page import section

    frame, column, _ = section(
        translate("session_report", "Prepare for our session"),
        translate(
            "session_report",
            "A report for your therapist, made together: you choose the days, then each of you picks what of your "
            "own to send. Nothing goes in unless its author chooses it (Ctrl+R).",
        ),
        "sessionReportSection",
    )
    opener = button(translate("session_report", "Prepare for our session..."), "sessionReportButton")
    wrap_words(opener)  # on two lines rather than cut, at large text
    opener.clicked.connect(lambda: prepare(services, window))
    column.addWidget(opener, 0, Qt.AlignmentFlag.AlignLeft)
    return frame
