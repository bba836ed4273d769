"""The reveal: both partners' answers side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ...core import model
from ...core.engine import answer_text
from ...core.privacy import locked_words
from ...core.safe_text import display_text
from ..i18n import translate
from ..palette import partner_line
from .answers import answer_view, label_and_question, plain
from .base import StepWidget, widget_for


@widget_for(
    "reveal",
)
class RevealWidget(StepWidget[model.RevealStep]):
    """The answers of both partners (or of one, with ``of``), side by side, under the question
    they answer, which spans both. Choices show as chips and a rating in words. An answer
    whose author decides (``reveal_consent``) and did not choose to show it gets the same
    quiet card whether it is kept private or will be said aloud: the partner cannot tell which."""

    def build(self) -> None:
        step = self.step
        if step.prompt is not None:
            self.add_label(self.text(step.prompt), "stepPrompt", role="lead")
        people = self.run.revealed_people(step)
        couple = self.services.store.couple.get()
        self.colours = {key: couple.partner(key).color for key in people} if couple is not None else {}
        for target, values in self.run.reveal_values():
            group = QWidget()
            group.setObjectName(f"revealGroup_{target.id}")
            column = QVBoxLayout(group)
            column.setContentsMargins(0, 4, 0, 0)
            column.setSpacing(8)
            label, question = label_and_question(self._heading(target))
            if label is not None:
                column.addWidget(plain(label, f"revealLabel_{target.id}", "eyebrow"))
            column.addWidget(plain(question, f"revealQuestion_{target.id}", "question"))
            row = QHBoxLayout()
            row.setSpacing(16)
            for key in people:
                row.addWidget(self._card(target, key, values), 1)
            column.addLayout(row)
            self.layout_.addWidget(group)
        # The run page's step area already scrolls; a second scroll area inside it cut cards.
        self.setAccessibleName(
            translate("steps/reveal", "Both answers, side by side")
            if len(people) > 1
            else translate("steps/reveal", "{name}'s answer").format(name=self.run.name(people[0]))
        )

        self.layout_.addStretch(1)

    def _card(self, target: model.StepBase, key: str, values: dict[str, Any]) -> QFrame:
        name = self.run.name(key)
        author = key if key in values else "together"
        value = values.get(author)
        if value is not None:
            text = answer_text(target, value, self.run.exercise)
        elif self.run.unreadable(target.id, key):
            text = locked_words(self.run.unreadable(target.id, key), name)
        elif target.reveal_consent is not None:
            text = translate("steps/reveal", "In {name}'s own words, if and when {name} wants.").format(name=name)
        else:
            text = translate("steps/reveal", "(nothing written)")
        card = QFrame()
        card.setObjectName(f"reveal_{target.id}_{key}")
        card.setProperty("role", "revealCard")
        colour = self.colours.get(key)
        if colour is not None:  # whose card: a band in their colour (the name says it in words)
            card.setStyleSheet(f"QFrame#{card.objectName()} {{ border-left: 4px solid {partner_line(colour)}; }}")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(plain(name, f"revealName_{target.id}_{key}", "partnerName"))
        layout.addWidget(answer_view(target, value, self.run.exercise, text, f"revealAnswer_{target.id}_{key}"))
        layout.addStretch(1)
        card.setAccessibleName(translate("steps/reveal", "{name}'s answer").format(name=name))
        card.setAccessibleDescription(display_text(text))  # the words themselves, read after whose they are
        return card

    def _heading(self, target: model.StepBase) -> str:
        # The question itself (for a daily share, the prompt of the day), not just a title.
        if isinstance(target, model.WriteStep):
            return self.run.prompt_for(target)
        if target.title is not None:
            return self.text(target.title)
        prompt = getattr(target, "prompt", None)
        return self.text(prompt) if prompt is not None else target.id
