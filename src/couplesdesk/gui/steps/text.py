"""Steps where people write: write and template."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLabel, QLineEdit, QWidget

from ...core import model
from ...core.engine import answer_text
from ...core.safe_text import display_text
from ..i18n import translate
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


def blank_label(name: str) -> str:
    """A template blank's label, from its name in the exercise file: 'feeling' is 'Feeling'."""
    known = {
        "situation": translate("steps/text", "Situation"),
        "feeling": translate("steps/text", "Feeling"),
        "behaviour": translate("steps/text", "Behaviour"),
        "need": translate("steps/text", "Need"),
        "reason": translate("steps/text", "Reason"),
        "my_move": translate("steps/text", "My move"),
        "your_move": translate("steps/text", "Your move"),
        "my_next_move": translate("steps/text", "My next move"),
    }
    return known.get(name, name.replace("_", " ").capitalize())


def length_hint(min_words: int | None, max_words: int | None) -> str:
    """How long an answer is asked to be, in words ('' when the step does not say)."""
    if min_words and max_words:
        return translate("steps/text", "About {low} to {high} words.").format(low=min_words, high=max_words)
    if max_words and max_words <= SHORT_ANSWER_WORDS:
        return translate("steps/text", "Keep it short: up to about {count} words.").format(count=max_words)
    if max_words:
        return translate("steps/text", "Up to about {count} words.").format(count=max_words)
    if min_words:
        return translate("steps/text", "Try for at least {count} words.").format(count=min_words)
    return ""


def flagged(text: str, words: list[str]) -> list[str]:
    """The flag words (whole words or phrases, any case) that appear in ``text``."""
    found = []
    for word in words:
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.IGNORECASE):
            found.append(word)
    return found


def flag_words(word: str, message: str) -> str:
    """A gentle flag: the word that was found, and the exercise's message about it."""
    return translate("steps/text", "“{word}”: {message}").format(word=word, message=message)


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
        self.box.setAccessibleName(translate("steps/text", "Your answer: {question}").format(question=question))
        self.box.setTabChangesFocus(True)
        self.box.setPlaceholderText(translate("steps/text", "Write here. It is saved as you type."))
        self.box.setPlainText(str(self.current_answer() or ""))
        # A box the size of what is asked: a line or two, or a paragraph; longer answers scroll.
        self.box.ensurePolished()  # measured in the font the style sheet gives it
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * box_lines(step.max_words) + 28)
        self.layout_.addWidget(self.box)
        hints = []
        if step.guidance is not None:
            hints.append(self.text(step.guidance))
        if step.min_words or step.max_words:
            hints.append(length_hint(step.min_words, step.max_words))
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
            self.flag.setText(flag_words(words[0], self.text(self.step.flag_message)))
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
            edit.setAccessibleName(
                translate("steps/text", "{blank}: {hint}").format(blank=blank_label(name), hint=hint)
            )
            edit.setText(str(value.get(name, "")))
            if blank.suggestions:
                words = [self.text(s) for s in blank.suggestions]
                completer = QCompleter(words, edit)
                completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
                completer.setFilterMode(completer.filterMode().MatchContains)
                edit.setCompleter(completer)
                examples = translate("steps/text", "For example: {words}").format(words=", ".join(words[:8]))
                edit.setToolTip(plain_tooltip(examples))
            edit.textChanged.connect(self._changed)
            label = QLabel(blank_label(name))
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[name] = edit
            if blank.suggestions:
                ideas = QLabel(examples)
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
            self.flag.setText(flag_words(words[0], self.text(self.step.flag_message)))
        self.flag.setVisible(bool(words))

    def _changed(self) -> None:
        self._refresh()
        self.edited.emit(self.value())

    def focus_first(self) -> None:
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()
