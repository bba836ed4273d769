"""The reveal: both partners' answers side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ...core import model
from .base import StepWidget, widget_for


@widget_for(
    "reveal",
)
class RevealWidget(StepWidget[model.RevealStep]):
    """The answers of both partners (or of one, with ``of``), side by side. An answer whose
    author decides (``reveal_consent``) and did not choose to show it gets the same quiet
    card whether it is kept private or will be said aloud: the partner cannot tell which."""

    def build(self) -> None:
        step = self.step
        if step.prompt is not None:
            self.add_label(self.text(step.prompt), "stepPrompt", role="lead")
        people = self.run.revealed_people(step)
        host = QWidget()
        grid = QGridLayout(host)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        couple = self.services.store.couple.get()
        for col, key in enumerate(people):
            name = QLabel(self.run.name(key))
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setProperty("role", "partnerName")
            if couple is not None:
                name.setStyleSheet(f"color: {couple.partner(key).color};")
            grid.addWidget(name, 0, col)
        row = 1
        for target, texts in self.run.reveal():
            heading = QLabel(self._heading(target))
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setWordWrap(True)
            heading.setProperty("role", "hint")
            grid.addWidget(heading, row, 0, 1, len(people))
            row += 1
            for col, key in enumerate(people):
                grid.addWidget(self._card(target, key, texts), row, col)
            row += 1
        grid.setRowStretch(row, 1)
        # The run page's step area already scrolls; a second scroll area inside it cut cards.
        host.setAccessibleName(
            "Both answers, side by side" if len(people) > 1 else f"{self.run.name(people[0])}'s answer"
        )
        self.layout_.addWidget(host, 1)

    def _card(self, target: model.StepBase, key: str, texts: dict[str, str]) -> QLabel:
        text = texts.get(key) or texts.get("together")
        if text is None and target.reveal_consent is not None:
            text = f"In {self.run.name(key)}'s own words, if and when {self.run.name(key)} wants."
        card = QLabel(text or "(nothing written)")
        card.setObjectName(f"reveal_{target.id}_{key}")
        card.setTextFormat(Qt.TextFormat.PlainText)
        card.setWordWrap(True)
        card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setProperty("role", "card")
        card.setAccessibleName(f"{self.run.name(key)}'s answer")
        return card

    def _heading(self, target: model.StepBase) -> str:
        # The question itself (for a daily share, the prompt of the day), not just a title.
        if isinstance(target, model.WriteStep):
            return self.run.prompt_for(target)
        if target.title is not None:
            return self.text(target.title)
        prompt = getattr(target, "prompt", None)
        return self.text(prompt) if prompt is not None else target.id
