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
from .i18n import translate
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
    if problem.line is None:
        return problem.message
    return translate("homework_preview", "line {line}: {problem}").format(line=problem.line, problem=problem.message)


class PlanPreview(QDialog):
    """Signals: accepted() when the couple accepts the plan (only possible when it has no problems)."""

    def __init__(self, loaded: PlanLoad, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        assert loaded.draft is not None
        self.loaded = loaded
        self.plan: Plan = loaded.draft
        self.setObjectName("planPreview")
        step_away_keys(self)  # Ctrl+Shift+H and Ctrl+L work here too
        self.setWindowTitle(translate("homework_preview", "Homework"))
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
        self._add(
            "previewFrom",
            translate("homework_preview", "Homework from {therapist}").format(therapist=display_text(therapist.name)),
            "title",
        )
        span = span_words(plan.starts, plan.ends)
        self._add(
            "previewTitle",
            translate("homework_preview", "“{title}”, {days}").format(title=display_text(plan.title), days=span),
            "lead",
        )
        if therapist.contact:
            self._add(
                "previewContact",
                translate("homework_preview", "How to reach {therapist}: {contact}").format(
                    therapist=display_text(therapist.name), contact=display_text(therapist.contact)
                ),
                "hint",
            )
        if plan.note:
            self._add("previewNote", display_text(plan.note), "quote")

    def _build_items(self, plan: Plan, library: Library) -> None:
        bundled = {b.exercise.id: b.exercise for b in self.loaded.bundled if b.exercise is not None}
        self._add(
            "previewAsksTitle",
            translate("homework_preview", "What it asks, until {day}").format(day=day_words(plan.ends)),
            "section",
        )
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
            "previewBundledTitle",
            translate("homework_preview", "An exercise that comes with it")
            if one
            else translate("homework_preview", "Exercises that come with it"),
            "section",
        )
        for n, check in enumerate(bundled):
            if check.exercise is not None and not check.problems:
                exercise, minutes = check.exercise, check.exercise.minutes  # a plain name, for pyside6-lupdate
                words = translate("homework_preview", "•  {title}, about %n minutes: {summary}", None, minutes).format(
                    title=exercise.text(exercise.title), summary=exercise.text(exercise.summary)
                )
                self._add(f"previewBundled_{n}", display_text(words), "item")
                continue
            cannot = translate("homework_preview", "•  {file} cannot be used as it is:").format(
                file=display_text(check.file)
            )
            self._add(f"previewBundled_{n}", cannot, "item")
            for m, problem in enumerate(check.problems):
                self._add(f"previewBundledProblem_{n}_{m}", display_text(_problem_words(problem)), "itemNote")

    def _build_problems(self, loaded: PlanLoad) -> None:
        inside = {id(p) for b in loaded.bundled for p in b.problems}
        others = [p for p in loaded.problems if id(p) not in inside]
        if not loaded.problems:
            self._add(
                "previewAfter",
                translate("homework_preview", "Accepting adds it to Today. Nothing is sent anywhere."),
                "hint",
            )
            return
        if others:
            self._add("previewProblemsTitle", translate("homework_preview", "What needs fixing in the file"), "section")
            for m, problem in enumerate(others):
                self._add(f"previewProblem_{m}", display_text(f"•  {_problem_words(problem)}"), "itemNote")
        name = display_text(self.plan.therapist.name)
        self._add(
            "previewCannot",
            translate(
                "homework_preview",
                "This plan cannot be accepted as it is, so nothing has been added. {therapist} can send a corrected "
                "file.",
            ).format(therapist=name),
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
        self.decline_button = QPushButton(translate("homework_preview", "Decline"), self)
        self.decline_button.setObjectName("previewDecline")
        self.decline_button.clicked.connect(self.reject)
        self.accept_button = QPushButton(translate("homework_preview", "Accept"), self)
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
