"""The plan builder: a homework plan for one couple, made of exercises from the library (and
the therapist's own files, travelling inside it), saved as a ``.couplesdesk-plan`` file.

What is missing or does not fit is said beside it when saving is tried, and again as it is
put right; nothing is saved until everything fits. The therapist's name and how to reach
them are remembered for the next plan (settings); their public key goes in by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.loader import ExerciseFileError
from ..core.plan import Plan
from ..core.plan.files import PLAN_SUFFIX
from ..core.plan_draft import Bundled, Draft, Mistake, bundle_file, default_title, mistakes, to_plan
from ..core.plan_draft import write_plan as write_plan_file
from ..storage import StoreError, therapist_key
from . import pickers
from .i18n import translate
from .looks import themed
from .plan_items import ItemCard, date_edit, pydate, qdate
from .plan_parts import (
    STYLE,
    TitleRow,
    builtin_ids,
    button,
    caption,
    exercise_filter,
    file_name,
    form_layout,
    header_buttons,
    key_words,
    line_field,
    opened_draft,
    plan_filter,
    remember,
    remembered,
)
from .run_parts import text_label
from .services import Services


class PlanBuilderPage(QWidget):
    """A homework plan being made or changed (New Ctrl+N, Open Ctrl+Shift+O, Save Ctrl+S)."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planBuilder")
        themed(self, STYLE)
        self.services = services
        self.pick_save: pickers.SavePicker = pickers.save_path
        self.pick_open: pickers.OpenPicker = pickers.open_path
        self.path: Path | None = None
        self.tried = False  # once saving was tried, mistakes are shown (and cleared) as things change
        self.unsaved = False  # changed since it was opened, started or saved
        self._filled = False  # while a plan is put on screen, nothing counts as a change
        self.cards: list[ItemCard] = []
        self.draft = Draft.new(services.clock.today(), recipient=self._recipient())
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(32, 8, 32, 24)
        body.setSpacing(10)
        self._build_plan(body)
        self._build_items(body)
        self._build_from_you(body)
        body.addStretch(1)
        area = QScrollArea()
        area.setObjectName("planScroll")
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        self.scroll_area = area
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._build_header())
        layout.addWidget(area, 1)
        self._fill()
        services.database.run(remembered, self._remembered)

    # ------------------------------------------------------------------ building

    def _build_header(self) -> QVBoxLayout:
        title = text_label("planPageTitle", "title")
        title.setText(translate("plan_builder", "Homework plan"))
        self.new_button, self.open_button, self.save_button = header_buttons()
        self.new_button.clicked.connect(self.new_plan)
        self.open_button.clicked.connect(self.open_plan)
        self.save_button.clicked.connect(self.save)
        row = TitleRow(title, (self.new_button, self.open_button, self.save_button))
        self.status = text_label("planStatus", "hint")
        self.status.hide()
        self.problems = text_label("planProblems", "flag")
        self.problems.hide()
        header = QVBoxLayout()
        header.setContentsMargins(32, 24, 32, 8)
        header.setSpacing(6)
        header.addWidget(row)
        header.addWidget(self.status)
        header.addWidget(self.problems)
        return header

    def _build_plan(self, body: QVBoxLayout) -> None:
        heading = text_label("planForWhom", "sectionTitle")
        heading.setText(translate("plan_builder", "For whom, and when"))
        self.couple = line_field(
            "planCouple", translate("plan_builder", "e.g. Sam and Alex"), translate("plan_builder", "The couple")
        )
        self.title = line_field("planTitle", "", translate("plan_builder", "Title of the plan"))
        self.starts = date_edit("planStarts", translate("plan_builder", "The plan's first day"))
        self.ends = date_edit("planEnds", translate("plan_builder", "The plan's last day"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("planNote")
        self.note.setAccessibleName(translate("plan_builder", "A note for the couple"))
        self.note.setPlaceholderText(
            translate("plan_builder", "A note for the two of them, shown with the plan (optional)")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        days = QHBoxLayout()
        days.setSpacing(8)
        days.addWidget(self.starts)
        days.addWidget(QLabel(translate("plan_builder", "to", "between two dates")))
        days.addWidget(self.ends)
        days.addStretch(1)
        self.couple_error = text_label("coupleError", "flag")
        self.dates_error = text_label("datesError", "flag")
        form = form_layout()
        form.addRow(caption(translate("plan_builder", "The couple"), self.couple), self.couple)
        form.addRow("", self.couple_error)
        form.addRow(caption(translate("plan_builder", "Title"), self.title), self.title)
        form.addRow(caption(translate("plan_builder", "Days"), self.starts), days)
        form.addRow("", self.dates_error)
        form.addRow(caption(translate("plan_builder", "Note"), self.note), self.note)
        body.addWidget(heading)
        body.addLayout(form)
        self.couple.textChanged.connect(self._plan_changed)
        self.title.textChanged.connect(self._plan_changed)
        self.note.textChanged.connect(self._plan_changed)
        self.starts.dateChanged.connect(self._days_changed)
        self.ends.dateChanged.connect(self._days_changed)

    def _build_items(self, body: QVBoxLayout) -> None:
        heading = text_label("planExercises", "sectionTitle")
        heading.setText(translate("plan_builder", "Exercises"))
        hint = text_label("planExercisesHint", "hint")
        hint.setText(
            translate("plan_builder", "Pick them here, or with “Add to the plan” on the Exercises page (Ctrl+1).")
        )
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(10)
        self.items_error = text_label("itemsError", "flag")
        self.picker = QComboBox()
        self.picker.setObjectName("exercisePicker")
        self.picker.setAccessibleName(translate("plan_builder", "Exercise to add"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(16)
        library = self.services.library
        for entry in sorted(library, key=lambda e: e.exercise.text(e.exercise.title).casefold()):
            self.picker.addItem(entry.exercise.text(entry.exercise.title), entry.exercise.id)
        self.add_button = button(
            translate("plan_builder", "Add"), "addExercise", translate("plan_builder", "Add this exercise to the plan")
        )
        self.add_button.clicked.connect(lambda: self.add_exercise(str(self.picker.currentData())))
        self.bundle_button = button(
            translate("plan_builder", "Add your own exercise file…"),
            "bundleExercise",
            translate("plan_builder", "Add your own exercise file"),
        )
        self.bundle_button.clicked.connect(self.bundle)
        add_row = QHBoxLayout()
        add_row.addWidget(self.picker, 1)
        add_row.addWidget(self.add_button)
        own_row = QHBoxLayout()
        own_row.addWidget(self.bundle_button)
        own_row.addStretch(1)
        self.bundled_words = text_label("bundledWords", "hint")
        self.bundle_error = text_label("bundleError", "flag")
        self.bundle_error.hide()
        for widget in (heading, hint):
            body.addWidget(widget)
        body.addLayout(self.items_box)
        body.addWidget(self.items_error)
        body.addLayout(add_row)
        body.addLayout(own_row)
        body.addWidget(self.bundle_error)
        body.addWidget(self.bundled_words)

    def _build_from_you(self, body: QVBoxLayout) -> None:
        heading = text_label("planFromYou", "sectionTitle")
        heading.setText(translate("plan_builder", "From you"))
        self.name = line_field(
            "therapistName",
            translate("plan_builder", "Your name, as the couple knows you"),
            translate("plan_builder", "Your name"),
        )
        self.contact = line_field(
            "therapistContact",
            translate("plan_builder", "e.g. a phone number or email (optional)"),
            translate("plan_builder", "How to reach you"),
        )
        self.name_error = text_label("nameError", "flag")
        self.key_words = text_label("planKeyWords", "hint")
        form = form_layout()
        form.addRow(caption(translate("plan_builder", "Your name"), self.name), self.name)
        form.addRow("", self.name_error)
        form.addRow(caption(translate("plan_builder", "How to reach you"), self.contact), self.contact)
        body.addSpacing(6)
        body.addWidget(heading)
        body.addLayout(form)
        body.addWidget(self.key_words)
        self.name.textChanged.connect(self._plan_changed)
        self.contact.textChanged.connect(self._plan_changed)

    # ------------------------------------------------------------------ the draft on screen

    def _recipient(self) -> str | None:
        try:
            return therapist_key.recipient(self.services.paths.root)
        except StoreError:
            return None

    def _fill(self) -> None:
        """Show ``self.draft`` (a new or opened plan)."""
        draft = self.draft
        for edit, value in ((self.couple, draft.couple), (self.title, draft.title), (self.name, draft.name)):
            edit.blockSignals(True)
            edit.setText(value)
            edit.blockSignals(False)
        self.contact.blockSignals(True)
        self.contact.setText(draft.contact)
        self.contact.blockSignals(False)
        self.note.blockSignals(True)
        self.note.setPlainText(draft.note)
        self.note.blockSignals(False)
        for date_field, day in ((self.starts, draft.starts), (self.ends, draft.ends)):
            date_field.blockSignals(True)
            date_field.setDate(qdate(day))
            date_field.blockSignals(False)
        self.title.setPlaceholderText(default_title(draft.ends))
        self._key_words()
        self._filled = False
        self._rebuild_items()
        self.tried = self.unsaved = False
        self._filled = True
        self._show_mistakes([])

    def _key_words(self) -> None:
        self.key_words.setText(key_words(self.draft.recipient is not None))

    def _rebuild_items(self) -> None:
        for card in self.cards:
            self.items_box.removeWidget(card)
            card.hide()  # gone from the screen now, not only once deleted
            card.deleteLater()
        self.cards = []
        for item in self.draft.items:
            card = ItemCard(item, (self.draft.starts, self.draft.ends))
            card.changed.connect(self._recheck)
            card.remove_requested.connect(lambda card=card: self._remove(card))
            self.items_box.addWidget(card)
            card.show()  # at once, not on the next turn of the event loop
            self.cards.append(card)
        names = ", ".join(f"{b.file} ({b.title})" for b in self.draft.bundled)
        self.bundled_words.setText(
            translate("plan_builder", "Travelling with this plan: {files}").format(files=names) if names else ""
        )
        self.bundled_words.setVisible(bool(names))
        self._recheck()

    def _collect(self) -> None:
        draft = self.draft
        draft.couple, draft.title = self.couple.text(), self.title.text()
        draft.name, draft.contact = self.name.text(), self.contact.text()
        draft.note = self.note.toPlainText()
        draft.starts, draft.ends = pydate(self.starts.date()), pydate(self.ends.date())

    def _plan_changed(self) -> None:
        self._collect()
        self._recheck()

    def _days_changed(self) -> None:
        self._collect()
        self.title.setPlaceholderText(default_title(self.draft.ends))
        for card in self.cards:
            card.plan_days_changed(self.draft.starts, self.draft.ends)
        self._recheck()

    def _recheck(self) -> None:
        """After every change: it is unsaved now; and the mistakes, once saving was tried."""
        self.unsaved = self.unsaved or self._filled
        if self.tried:
            self._show_mistakes(mistakes(self.draft, self.services.clock.today()))

    def _show_mistakes(self, found: list[Mistake]) -> None:
        """Each message beside what it is about."""
        by_place: dict[str, list[str]] = {}
        for mistake in found:
            by_place.setdefault(mistake.where if mistake.index is None else f"item{mistake.index}", []).append(
                mistake.message
            )
        places = {"couple": self.couple_error, "dates": self.dates_error, "items": self.items_error}
        places["name"] = self.name_error
        for where, label in places.items():
            label.setText(" ".join(by_place.pop(where, [])))
            label.setVisible(bool(label.text()))
        for index, card in enumerate(self.cards):
            card.show_mistakes(by_place.pop(f"item{index}", []))
        left = [message for messages in by_place.values() for message in messages]  # title, note
        if found:
            left.insert(0, translate("plan_builder", "The plan is not saved yet: please look at what is marked below."))
        self.problems.setText("\n".join(left))
        self.problems.setVisible(bool(left))

    # ------------------------------------------------------------------ exercises

    def add_exercise(self, exercise_id: str) -> None:
        """An exercise from the library into the plan (one of the therapist's own files travels with it)."""
        entry = self.services.library.entries.get(exercise_id)
        if entry is None:
            return
        if any(item.exercise == exercise_id for item in self.draft.items):
            title = entry.exercise.text(entry.exercise.title)
            self._say(translate("plan_builder", "“{title}” is in the plan already.").format(title=title))
            return
        if entry.origin == "yours":
            self._add_bundled_from(Path(entry.path))
            return
        self.draft.add(exercise_id, entry.exercise.text(entry.exercise.title))
        self._rebuild_items()
        self._say("")
        self.cards[-1].often.setFocus()

    def bundle(self) -> None:
        path = self.pick_open(self, translate("plan_builder", "Your own exercise file"), exercise_filter())
        if path is not None:
            self._add_bundled_from(path)

    def _add_bundled_from(self, path: Path) -> None:
        try:
            bundled: Bundled = bundle_file(path)
        except ExerciseFileError as exc:
            problems = "\n".join(f"• {problem}" for problem in exc.problems)
            words = translate("plan_builder", "{file} cannot go into the plan until it is put right:")
            self.bundle_error.setText(f"{words.format(file=path.name)}\n{problems}")
            self.bundle_error.show()
            return
        if bundled.exercise in builtin_ids(self.services.library):
            self.bundle_error.setText(
                translate(
                    "plan_builder",
                    "{file} uses the id “{id}” of an exercise that comes with CouplesDesk: "
                    "give your version an id of its own.",
                ).format(file=path.name, id=bundled.exercise)
            )
            self.bundle_error.show()
            return
        self.bundle_error.hide()
        self.draft.add_bundled(bundled)
        self._rebuild_items()
        self._say(translate("plan_builder", "{file} travels with the plan.").format(file=path.name))

    def _remove(self, card: ItemCard) -> None:
        if card in self.cards:
            self.draft.remove(self.cards.index(card))
            self._rebuild_items()
            self.picker.setFocus()

    def _say(self, words: str) -> None:
        self.status.setText(words)
        self.status.setVisible(bool(words))  # no empty line under the title

    # ------------------------------------------------------------------ files

    def leave_then(self, then: Callable[[], None]) -> None:
        """``then()``, after asking when the plan on screen has changes not saved."""
        if not self.unsaved:
            then()
            return
        words = translate(
            "plan_builder", "The changes to this plan are not saved. Leave them, or go back and save them first?"
        )
        pickers.ask(
            self,
            "confirmLeave",
            translate("plan_builder", "Leave this plan?"),
            words,
            translate("plan_builder", "Leave them"),
            then,
        )

    def new_plan(self) -> None:
        self.leave_then(self._new_plan)

    def _new_plan(self) -> None:
        self.path = None
        self.draft = Draft.new(self.services.clock.today(), self.name.text(), self.contact.text(), self._recipient())
        self._fill()
        self._say(translate("plan_builder", "A new plan."))
        self.couple.setFocus()

    def open_plan(self) -> None:
        self.leave_then(self._open_plan)

    def _open_plan(self) -> None:
        path = self.pick_open(self, translate("plan_builder", "Open a homework plan"), plan_filter())
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        draft = opened_draft(path, self.services.library)
        if isinstance(draft, str):
            self.problems.setText(draft)
            self.problems.show()
            return
        self.draft = draft
        self.draft.recipient = self._recipient() or self.draft.recipient
        self.path = path
        self._fill()
        self._say(translate("plan_builder", "Changing {file}: saving replaces it.").format(file=path.name))

    def save(self) -> bool:
        """Check, ask where (the first time), and write the file. Whether it was written."""
        self._collect()
        self.tried = True
        found = mistakes(self.draft, self.services.clock.today())
        self._show_mistakes(found)
        if found:
            return False
        try:
            plan = to_plan(self.draft)
        except ValidationError as exc:
            words = translate("plan_builder", "The plan is not saved yet: {problem}.")
            self.problems.setText(words.format(problem=exc.errors()[0]["msg"]))
            self.problems.show()
            return False
        if self.path is not None:
            return self._write(self.path, plan)
        target = self.pick_save(
            self,
            translate("plan_builder", "Save the homework plan"),
            file_name(self.draft.couple, self.draft.ends),
            plan_filter(),
        )
        if target is None:
            return False
        if not target.name.endswith(PLAN_SUFFIX):
            target = target.with_name(target.name + PLAN_SUFFIX)
        pickers.confirm_replace(self, target, lambda: None if self._write(target, plan) else None)
        return True

    def _write(self, path: Path, plan: Plan) -> bool:
        try:
            write_plan_file(path, plan)
        except OSError as exc:
            words = translate("plan_builder", "The plan could not be saved in {path}: {reason}. Nothing was changed.")
            self.problems.setText(words.format(path=path, reason=exc.strerror or exc))
            self.problems.show()
            return False
        self.path = path
        self.unsaved = False
        name, contact = self.draft.name.strip(), self.draft.contact.strip()
        self.services.database.run(lambda store: remember(store, name, contact))
        self._say(
            translate(
                "plan_builder", "Saved in {path}. Send this file to the couple; they open it in CouplesDesk."
            ).format(path=path)
        )
        return True

    def _remembered(self, values: tuple[str, str]) -> None:
        """Name and contact from last time, unless typed already."""
        if not self.name.text() and not self.contact.text():
            unsaved = self.unsaved
            self.name.setText(values[0])
            self.contact.setText(values[1])
            self.unsaved = unsaved  # filled in for the therapist, not changed by them

    def finish_work(self) -> None:
        """Nothing runs in the background here; kept for the window's closing."""
