"""Export, from the Privacy page: what you have both shared, as a file to keep.

What each partner kept private stays out. A partner may add their own private answers (and
their answers not yet revealed), but only by their own choice, made at the screen behind a
hand-over ("Only Alex, please"); the other cannot add them. A partner with a personal
passphrase then types it (personal_ask.py): their key is opened on the database worker's
connection, where the export reads, and closed again once the file is written (or the dialog
closes). Answers still locked when the export reads are left out, and the dialog says so. A
plain file is never written inside an encrypted data folder (see ``export/files.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.people import PARTNERS
from ..core.privacy import Viewer
from ..core.progress_data import ProgressData
from ..export.collect import collect, locked_out, progress_until
from ..export.files import SUFFIXES, ExportRefused, refusal, render, write_private
from ..storage import Store, StoreError
from .i18n import translate
from .lock import step_away_keys
from .personal_ask import PersonalAsk
from .privacy_page import button, section
from .run_parts import CentredPanel, text_label
from .services import Services


def formats() -> tuple[tuple[str, str], ...]:
    """The kinds of file to choose from, in words."""
    return (
        (translate("export_dialog", "A journal to read or print (PDF)"), "pdf"),
        (translate("export_dialog", "A journal as plain text (Markdown)"), "md"),
        (translate("export_dialog", "Everything, for another program (JSON)"), "json"),
        (translate("export_dialog", "Ratings, for a spreadsheet (CSV)"), "csv"),
    )


Made = tuple[dict[str, Any], ProgressData]
"""What a PDF is drawn from on the GUI thread: the document, and the Progress page's facts."""


def periods() -> tuple[tuple[str, int | None], ...]:
    """Which days to export, in days back from today (None: all; -1: chosen)."""
    return (
        (translate("export_dialog", "All of it"), None),
        (translate("export_dialog", "The last three months"), 91),
        (translate("export_dialog", "The last year"), 365),
        (translate("export_dialog", "Choose the days"), -1),
    )


def export_section(services: Services, window: QWidget) -> QFrame:
    """The Privacy page's section that opens the export."""
    frame, column, _ = section(
        translate("export_dialog", "Take your history with you"),
        translate(
            "export_dialog",
            "Save what you have both shared: a journal to read or print, everything for another program, or your "
            "ratings for a spreadsheet. What either of you kept private stays out, unless that person adds their own.",
        ),
        "exportSection",
    )
    opener = button(translate("export_dialog", "Export..."), "exportButton")
    opener.clicked.connect(lambda: ExportDialog(services, window).open())
    column.addWidget(opener, 0, Qt.AlignmentFlag.AlignLeft)
    return frame


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())


def choose_file(parent: QWidget, suggested: str, fmt: str) -> str:
    """Where to save (the system's own dialog); '' when the person changed their mind."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("export_dialog", "Save the export as"), suggested, f"*{SUFFIXES[fmt]}"
    )
    return name


class ExportDialog(QDialog):
    """Choose what to export and where. ``choose_file`` may be replaced (tests answer it)."""

    def __init__(self, services: Services, parent: QWidget):
        super().__init__(parent)
        self.services = services
        self.setObjectName("exportDialog")
        step_away_keys(self)  # Ctrl+Shift+H and Ctrl+L work here too
        self.setWindowTitle(translate("export_dialog", "Export"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.choose_file: Callable[[QWidget, str, str], str] = choose_file
        self.including: set[str] = set()
        self._asking: str | None = None
        self._keys_open: set[str] = set()  # the personal keys this dialog opened, closed after the export
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choices())
        self.pages.addWidget(self._build_handover())
        self.gate = PersonalAsk(services, "exportGate")
        self.gate.opened.connect(self._gate_opened)
        self.gate.declined.connect(self._gate_declined)
        self.pages.addWidget(self.gate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(600, 400)
        for made in self.findChildren(QPushButton):
            made.setAutoDefault(False)  # no button turns into the loud one by having the keyboard
        self._show_private()

    # ------------------------------------------------------------------ building

    def _build_choices(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(12)
        title = text_label("exportTitle", "sectionTitle")
        title.setText(translate("export_dialog", "Export"))
        column.addWidget(title)
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for label, fmt in formats():
            self.format.addItem(label, fmt)
        self.period = QComboBox()
        self.period.setObjectName("exportPeriod")
        for label, days in periods():
            self.period.addItem(label, days)
        self.period.currentIndexChanged.connect(self._period_chosen)
        form.addRow(translate("export_dialog", "What"), self.format)
        form.addRow(translate("export_dialog", "Which days"), self.period)
        column.addLayout(form)
        column.addWidget(self._build_days())
        private = text_label("exportPrivateHint", "hint")
        private.setText(
            translate(
                "export_dialog",
                "What each of you kept private, and answers not yet revealed, stay out of the file. Each of you may "
                "add your own, and only your own.",
            )
        )
        column.addSpacing(6)
        column.addWidget(private)
        column.addWidget(self._build_private())
        column.addStretch(1)
        self.status = text_label("exportStatus", "hint")
        column.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(translate("export_dialog", "Close"))
        self.close_button.setObjectName("exportClose")
        self.close_button.clicked.connect(self.reject)
        self.save_button = button(translate("export_dialog", "Save as..."), "exportSave", primary=True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.close_button)
        row.addWidget(self.save_button)
        column.addLayout(row)
        return page

    def _build_days(self) -> QWidget:
        self.days = QWidget()
        row = QHBoxLayout(self.days)
        row.setContentsMargins(0, 0, 0, 0)
        today = self.services.clock.today()
        self.start = QDateEdit(QDate(today.year, today.month, 1))
        self.start.setObjectName("exportFrom")
        self.start.setAccessibleName(translate("export_dialog", "From"))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        self.end.setObjectName("exportTo")
        self.end.setAccessibleName(translate("export_dialog", "To"))
        for name, label, edit in (
            ("From", translate("export_dialog", "From"), self.start),
            ("To", translate("export_dialog", "to"), self.end),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(translate("export_dialog", "d MMMM yyyy"))  # QLocale's letters for a date
            words = text_label(f"export{name}Label", wrap=False)
            words.setText(label)
            row.addWidget(words)
            row.addWidget(edit)
        row.addStretch(1)
        self.days.hide()
        return self.days

    def _build_private(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        self.private_rows: dict[str, tuple[Any, QPushButton]] = {}
        for partner in PARTNERS:
            words = text_label(f"exportPrivate_{partner}")
            change = QPushButton()
            change.setObjectName(f"exportPrivateButton_{partner}")
            change.clicked.connect(lambda _=False, p=partner: self._private_clicked(p))
            row = QHBoxLayout()
            row.addWidget(words, 1)
            row.addWidget(change)
            column.addLayout(row)
            self.private_rows[partner] = (words, change)
        return box

    def _build_handover(self) -> QWidget:
        self.handover = CentredPanel("exportHandover", "exportHandoverText", "exportAddMine", "exportHandoverSub")
        self.handover.button.clicked.connect(lambda: self._answer_handover(True))
        self.handover.button.setProperty("primary", False)  # neither answer is the one to give
        self.keep_out = QPushButton(translate("export_dialog", "No, leave them out"))
        self.keep_out.setObjectName("exportKeepOut")
        self.keep_out.clicked.connect(lambda: self._answer_handover(False))
        layout = self.handover.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 2, self.keep_out, 0, Qt.AlignmentFlag.AlignCenter)
        return self.handover

    # ------------------------------------------------------------------ choosing

    def _name(self, partner: str) -> str:
        couple = self.services.store.couple.get()
        return couple.partner(partner).name if couple is not None else partner

    def _show_private(self) -> None:
        for partner, (words, change) in self.private_rows.items():
            name = self._name(partner)
            if partner in self.including:
                words.setText(
                    translate("export_dialog", "{name}'s private answers: added, by {name}'s own choice.").format(
                        name=name
                    )
                )
                change.setText(translate("export_dialog", "Take them out"))
            else:
                words.setText(translate("export_dialog", "{name}'s private answers: left out.").format(name=name))
                change.setText(translate("export_dialog", "{name}: add mine...").format(name=name))

    def _private_clicked(self, partner: str) -> None:
        if partner in self.including:
            self.including.discard(partner)
            if partner in self._keys_open:
                self._keys_open.discard(partner)
                self.services.forget_keys(partner)
            self._show_private()
            return
        name, other = self._name(partner), self._name(PARTNERS[1 - PARTNERS.index(partner)])
        self._asking = partner
        self.handover.text.setText(translate("export_dialog", "Only {name}, please.").format(name=name))
        assert self.handover.sub is not None
        self.handover.sub.setText(
            translate(
                "export_dialog",
                "{name}, this adds what you kept private, and your answers not yet revealed, to the file. Whoever "
                "opens the file can read them, {other} too. Add them only if you want to.",
            ).format(name=name, other=other)
        )
        self.handover.button.setText(translate("export_dialog", "Yes, add mine"))
        self.pages.setCurrentWidget(self.handover)
        self.keep_out.setFocus()

    def _answer_handover(self, yes: bool) -> None:
        partner = self._asking
        if not yes or partner is None:
            self._back_to_choices()
            return

        if not self.services.store.personal.has(partner):  # one small read, as the names are
            self.including.add(partner)
            self._back_to_choices()
            return
        name = self._name(partner)
        self.gate.ask(
            partner,
            name,
            translate(
                "export_dialog",
                "{name}, your private answers are kept locked with your own passphrase. Type it to add them to the "
                "file; they are locked again once the file is saved.",
            ).format(name=name),
        )
        self.pages.setCurrentWidget(self.gate)
        self.resize(max(self.width(), 600), max(self.height(), 500))  # its words need the room, unsqueezed
        self.gate.field.setFocus()

    def _gate_opened(self, partner: str) -> None:
        self._keys_open.add(partner)
        self.including.add(partner)
        self._back_to_choices()

    def _gate_declined(self) -> None:
        partner = self._asking
        if partner is not None:
            name = self._name(partner)
            self.status.setText(
                translate(
                    "export_dialog",
                    "{name}'s private answers stay out of the file: they are kept locked with {name}'s passphrase.",
                ).format(name=name)
            )
        self._back_to_choices()

    def _back_to_choices(self) -> None:
        self._asking = None
        self._show_private()
        self.pages.setCurrentIndex(0)

    def _close_keys(self) -> None:
        for partner in sorted(self._keys_open):
            self.services.forget_keys(partner)
        self._keys_open.clear()

    def done(self, result: int) -> None:
        """Closed (Close, Escape, the window's own close): no key this dialog opened stays open."""
        self.gate.cancel()
        self._close_keys()
        super().done(result)

    def _period_chosen(self) -> None:
        self.days.setVisible(self.period.currentData() == -1)

    def chosen_days(self) -> tuple[date | None, date | None]:
        days = self.period.currentData()
        today = self.services.clock.today()
        if days is None:
            return None, None
        if days == -1:
            return _day(self.start.date()), _day(self.end.date())
        return today - timedelta(days=days), today

    # ------------------------------------------------------------------ saving

    def _suggested(self, fmt: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"couplesdesk-{self.services.clock.today().isoformat()}{SUFFIXES[fmt]}")

    def save(self) -> None:
        fmt = str(self.format.currentData())
        start, end = self.chosen_days()
        if start and end and start > end:
            self.status.setText(
                translate("export_dialog", "The first day is after the last one: choose the days again.")
            )
            return
        chosen = self.choose_file(self, self._suggested(fmt), fmt)
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(SUFFIXES[fmt])
        problem = refusal(self.services.paths, target)
        if problem is not None:
            self.status.setText(problem)
            return
        self.status.setText(translate("export_dialog", "Saving..."))
        self.save_button.setEnabled(False)
        viewer, library, now = (
            Viewer.export(frozenset(self.including)),
            self.services.library,
            self.services.clock.now(),
        )

        def job(store: Store) -> tuple[Made | None, set[str]]:
            document = collect(store, viewer, library, now, start, end)
            left_out = locked_out(store, viewer, start, end)
            if fmt == "pdf":  # drawn on this thread, where Qt's fonts live
                return (document, progress_until(store, library, end or now.date())), left_out
            write_private(target, render(document, fmt))
            return None, left_out

        added, opened = set(self.including), set(self._keys_open)

        def read(got: tuple[Made | None, set[str]]) -> None:
            self._forget(opened)
            self._saved(target, fmt, added, *got)

        def not_read(exc: StoreError) -> None:
            self._forget(opened)
            self._failed(exc)

        self.services.database.run(job, read, not_read)
        # The keys it needed close once the export has read (not before: every connection holds
        # the same keys), and the choice to add what they locked was for this file: another asks again.
        self._keys_open.clear()
        self.including -= opened
        self._show_private()

    def _forget(self, partners: set[str]) -> None:
        for partner in sorted(partners):
            self.services.forget_keys(partner)

    def _saved(self, target: Path, fmt: str, added_by: set[str], made: Made | None, left_out: set[str]) -> None:
        try:
            if made is not None:
                write_private(target, render(made[0], fmt, made[1]))
        except (OSError, ExportRefused) as exc:
            self._failed(
                StoreError(translate("export_dialog", "The file could not be written: {reason}").format(reason=exc))
            )
            return
        self.save_button.setEnabled(True)
        self.status.setText(self._saved_words(target, added_by, left_out))

    def _saved_words(self, target: Path, added_by: set[str], left_out: set[str]) -> str:
        added = [self._name(p) for p in PARTNERS if p in added_by and p not in left_out]
        if len(added) == 2:
            holds = translate("export_dialog", "It holds {first} and {second}'s private answers too.")
        elif added:
            holds = translate("export_dialog", "It holds {first}'s private answers too.")
        else:
            holds = translate("export_dialog", "It holds what you both may see.")
        first, second = [*added, "", ""][:2]
        words = [
            translate("export_dialog", "Saved to {file}.").format(file=target),
            holds.format(first=first, second=second),
        ]
        for partner in (p for p in PARTNERS if p in left_out):
            words.append(
                translate(
                    "export_dialog",
                    "{name}'s answers kept locked with {name}'s passphrase were left out, as it was closed before "
                    "the file was made. To add them, {name} can choose “add mine” again.",
                ).format(name=self._name(partner))
            )
        if self.services.key:
            words.append(translate("export_dialog", "It is not protected by your passphrase: keep it somewhere safe."))
        return " ".join(words)

    def _failed(self, exc: StoreError) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(translate("export_dialog", "Not saved. {reason}").format(reason=exc))
