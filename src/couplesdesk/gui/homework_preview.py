"""The preview of a homework plan, before anything is imported: who it is from, what it asks
and until when, the notes, and every exercise that comes with it. Accept or decline; a plan
with anything wrong (a broken bundled exercise, say) is shown with what is wrong, and cannot
be accepted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core.homework import day_words, item_words, span_words
from ..core.library import Library
from ..core.loader import Problem
from ..core.plan import BundledCheck, Plan, PlanLoad
from ..core.safe_text import display_text
from .lock import step_away_keys
from .looks import themed
from .run_parts import text_label

STYLE = """
QLabel[role="section"] { font-size: 12.5pt; font-weight: 600; margin-top: 8px; }
QLabel[role="item"] { padding-left: 4px; }
QLabel[role="itemNote"] { color: @muted@; padding-left: 18px; }
QLabel[role="gentleFlag"] { color: @warm_text@; }
QFrame#previewBody { background: transparent; }
"""


def _problem_words(problem: Problem) -> str:
    """A problem as a couple reads it: the line of the file, what is wrong (no folder names)."""
    where = f"line {problem.line}: " if problem.line is not None else ""
    return f"{where}{problem.message}"


class PlanPreview(QDialog):
    """Signals: accepted() when the couple accepts the plan (only possible when it has no problems)."""

    def __init__(self, loaded: PlanLoad, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        assert loaded.draft is not None
        self.loaded = loaded
        self.plan: Plan = loaded.draft
        self.setObjectName("planPreview")
        step_away_keys(self)  # Ctrl+Shift+H and Ctrl+L work here too
        self.setWindowTitle("Homework")
        themed(self, STYLE)
        self.setMinimumSize(520, 420)
        self.resize(640, 560)
        self._column = QVBoxLayout()
        self._column.setSpacing(6)
        self._build_header(self.plan)
        self._build_items(self.plan, library)
        self._build_bundled(loaded.bundled)
        self._build_problems(loaded)
        self._column.addStretch(1)
        self._build_frame()

    def _add(self, name: str, text: str, role: str = "") -> QLabel:
        label = text_label(name, role)
        label.setText(text)
        self._column.addWidget(label)
        return label

    def _build_header(self, plan: Plan) -> None:
        therapist = plan.therapist
        self._add("previewFrom", f"Homework from {display_text(therapist.name)}", "title")
        span = span_words(plan.starts, plan.ends)
        self._add("previewTitle", f"“{display_text(plan.title)}”, {span}", "lead")
        if therapist.contact:
            self._add(
                "previewContact",
                f"How to reach {display_text(therapist.name)}: {display_text(therapist.contact)}",
                "hint",
            )
        if plan.note:
            self._add("previewNote", display_text(plan.note), "quote")

    def _build_items(self, plan: Plan, library: Library) -> None:
        bundled = {b.exercise.id: b.exercise for b in self.loaded.bundled if b.exercise is not None}
        self._add("previewAsksTitle", f"What it asks, until {day_words(plan.ends)}", "section")
        for n, item in enumerate(plan.items):
            exercise = library.get(item.exercise) or bundled.get(item.exercise)
            title = exercise.text(exercise.title) if exercise is not None else item.exercise
            words = item_words(title, item.often, item.times, item.first_day(plan), item.last_day(plan))
            self._add(f"previewItem_{n}", f"•  {display_text(words)}", "item")
            if item.note:
                self._add(f"previewItemNote_{n}", display_text(item.note), "itemNote")

    def _build_bundled(self, bundled: list[BundledCheck]) -> None:
        if not bundled:
            return
        one = len(bundled) == 1
        self._add(
            "previewBundledTitle", "An exercise that comes with it" if one else "Exercises that come with it", "section"
        )
        for n, check in enumerate(bundled):
            if check.exercise is not None and not check.problems:
                exercise = check.exercise
                words = f"•  {exercise.text(exercise.title)}, about {exercise.minutes} minutes: {exercise.text(exercise.summary)}"
                self._add(f"previewBundled_{n}", display_text(words), "item")
                continue
            self._add(f"previewBundled_{n}", f"•  {display_text(check.file)} cannot be used as it is:", "item")
            for m, problem in enumerate(check.problems):
                self._add(f"previewBundledProblem_{n}_{m}", display_text(_problem_words(problem)), "itemNote")

    def _build_problems(self, loaded: PlanLoad) -> None:
        inside = {id(p) for b in loaded.bundled for p in b.problems}
        others = [p for p in loaded.problems if id(p) not in inside]
        if not loaded.problems:
            self._add("previewAfter", "Accepting adds it to Today. Nothing is sent anywhere.", "hint")
            return
        if others:
            self._add("previewProblemsTitle", "What needs fixing in the file", "section")
            for m, problem in enumerate(others):
                self._add(f"previewProblem_{m}", display_text(f"•  {_problem_words(problem)}"), "itemNote")
        name = display_text(self.plan.therapist.name)
        self._add(
            "previewCannot",
            f"This plan cannot be accepted as it is, so nothing has been added. {name} can send a corrected file.",
            "gentleFlag",
        )

    def _build_frame(self) -> None:
        body = QFrame()
        body.setObjectName("previewBody")
        body.setLayout(self._column)
        scroll = QScrollArea(self)
        scroll.setObjectName("previewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.decline_button = QPushButton("Decline", self)
        self.decline_button.setObjectName("previewDecline")
        self.decline_button.clicked.connect(self.reject)
        self.accept_button = QPushButton("Accept", self)
        self.accept_button.setObjectName("previewAccept")
        self.accept_button.setProperty("primary", True)
        self.accept_button.setEnabled(not self.loaded.problems)
        self.accept_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.decline_button)
        row.addWidget(self.accept_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.addWidget(scroll, 1)
        outer.addLayout(row)
        (self.accept_button if self.accept_button.isEnabled() else self.decline_button).setDefault(True)
        body.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
