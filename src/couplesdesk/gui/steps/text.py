"""Steps where people write: write and template."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLabel, QLineEdit, QWidget

from ...core import model
from ...core.engine import answer_text
from ...core.safe_text import display_text
from ..plain import plain_tooltip
from .answers import label_and_question
from .base import StepWidget, widget_for
from .limits import AnswerBox

SHORT_ANSWER_WORDS = 40
"""Write steps asking for this many words or fewer get a short box."""
WORDS_PER_LINE = 14


def box_lines(max_words: int | None) -> int:
    """How many lines an answer box shows: it fits what is asked (a line or two gets a short
    box, a paragraph a taller one), and it never fills the page."""
    if max_words is None:
        return 8
    if max_words <= SHORT_ANSWER_WORDS:
        return 3
    return min(8, -(-max_words // WORDS_PER_LINE) + 2)


def flagged(text: str, words: list[str]) -> list[str]:
    """The flag words (whole words or phrases, any case) that appear in ``text``."""
    found = []
    for word in words:
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.IGNORECASE):
            found.append(word)
    return found


@widget_for(
    "write",
)
class WriteWidget(StepWidget[model.WriteStep]):
    def build(self) -> None:
        step = self.step
        label, question = label_and_question(self.run.prompt_for(step))
        if label is not None:
            self.add_label(label, "stepLabel", role="eyebrow")
        self.add_label(question, "stepPrompt", role="lead")
        self.box = AnswerBox()
        self.box.setObjectName("answerBox")
        self.box.setAccessibleName(f"Your answer: {question}")
        self.box.setTabChangesFocus(True)
        self.box.setPlaceholderText("Write here. It is saved as you type.")
        self.box.setPlainText(str(self.current_answer() or ""))
        # A box the size of what is asked: a line or two, or a paragraph; longer answers scroll.
        self.box.ensurePolished()  # measured in the font the style sheet gives it
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * box_lines(step.max_words) + 28)
        self.layout_.addWidget(self.box)
        hints = []
        if step.guidance is not None:
            hints.append(self.text(step.guidance))
        if step.min_words or step.max_words:
            if step.min_words and step.max_words:
                hints.append(f"About {step.min_words} to {step.max_words} words.")
            elif step.max_words:
                short = "Keep it short: up to" if step.max_words <= SHORT_ANSWER_WORDS else "Up to"
                hints.append(f"{short} about {step.max_words} words.")
            else:
                hints.append(f"Try for at least {step.min_words} words.")
        self.hint = self.add_label(" ".join(hints), "stepHint", role="hint")
        self.hint.setVisible(bool(hints))
        self.flag = self.add_label("", "gentleFlag", role="flag")
        self.flag.hide()
        self.limit_note = self.add_label("", "limitNote", role="flag")
        self.limit_note.hide()
        self.box.limited.connect(self._limited)
        self.layout_.addStretch(1)
        self.box.textChanged.connect(self._changed)
        self._update_flag()

    def _limited(self, words: str) -> None:
        self.limit_note.setText(words)
        self.limit_note.show()

    def _changed(self) -> None:
        self._update_flag()
        self.edited.emit(self.box.toPlainText())

    def _update_flag(self) -> None:
        words = flagged(self.box.toPlainText(), self.step.flag_words)
        if words and self.step.flag_message is not None:
            self.flag.setText(f"“{words[0]}”: {self.text(self.step.flag_message)}")
        self.flag.setVisible(bool(words))

    def focus_first(self) -> None:
        self.box.setFocus()
        cursor = self.box.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.box.setTextCursor(cursor)


@widget_for(
    "template",
)
class TemplateWidget(StepWidget[model.TemplateStep]):
    def build(self) -> None:
        step = self.step
        if step.prompt is not None:
            self.add_label(self.text(step.prompt), "stepPrompt", role="lead")
        value = self.current_answer() or {}
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QLineEdit] = {}
        for name, blank in step.blanks.items():
            edit = QLineEdit()
            edit.setObjectName(f"blank_{name}")
            hint = self.text(blank.hint)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(f"{name.replace('_', ' ')}: {hint}")
            edit.setText(str(value.get(name, "")))
            if blank.suggestions:
                words = [self.text(s) for s in blank.suggestions]
                completer = QCompleter(words, edit)
                completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
                completer.setFilterMode(completer.filterMode().MatchContains)
                edit.setCompleter(completer)
                edit.setToolTip(plain_tooltip("For example: " + ", ".join(words[:8])))
            edit.textChanged.connect(self._changed)
            label = QLabel(name.replace("_", " ").capitalize())
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[name] = edit
            if blank.suggestions:
                ideas = QLabel("For example: " + ", ".join(self.text(s) for s in blank.suggestions[:8]))
                ideas.setTextFormat(Qt.TextFormat.PlainText)
                ideas.setWordWrap(True)
                ideas.setProperty("role", "hint")
                form.addRow("", ideas)
        self.layout_.addWidget(form_host)
        self.preview = self.add_label("", "templatePreview", role="statement")
        self.flag = self.add_label("", "gentleFlag", role="flag")
        self.flag.hide()
        self.layout_.addStretch(1)
        self._refresh()

    def value(self) -> dict[str, Any]:
        return {name: edit.text() for name, edit in self.fields.items()}

    def _refresh(self) -> None:
        value = self.value()
        self.preview.setText(display_text(answer_text(self.step, value, self.run.exercise)))
        words = flagged(" ".join(value.values()), self.step.flag_words)
        if words and self.step.flag_message is not None:
            self.flag.setText(f"“{words[0]}”: {self.text(self.step.flag_message)}")
        self.flag.setVisible(bool(words))

    def _changed(self) -> None:
        self._refresh()
        self.edited.emit(self.value())

    def focus_first(self) -> None:
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()
