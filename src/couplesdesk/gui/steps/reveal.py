"""The reveal: both partners' answers side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ...core import model
from ...core.people import PARTNERS as PARTNER_KEYS
from .base import StepWidget, widget_for


@widget_for(
    "reveal",
)
class RevealWidget(StepWidget[model.RevealStep]):
    def build(self) -> None:
        step = self.step
        if step.prompt is not None:
            self.add_label(self.text(step.prompt), "stepPrompt", role="lead")
        host = QWidget()
        grid = QGridLayout(host)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        couple = self.services.store.couple.get()
        for col, key in enumerate(PARTNER_KEYS):
            name = QLabel(self.run.name(key))
            name.setProperty("role", "partnerName")
            if couple is not None:
                name.setStyleSheet(f"color: {couple.partner(key).color};")
            grid.addWidget(name, 0, col)
        row = 1
        for target, texts in self.run.reveal():
            heading = QLabel(self._heading(target))
            heading.setWordWrap(True)
            heading.setProperty("role", "hint")
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for col, key in enumerate(PARTNER_KEYS):
                card = QLabel(texts.get(key) or texts.get("together") or "(nothing written)")
                card.setObjectName(f"reveal_{target.id}_{key}")
                card.setWordWrap(True)
                card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                card.setFrameShape(QFrame.Shape.StyledPanel)
                card.setProperty("role", "card")
                card.setAccessibleName(f"{self.run.name(key)}'s answer")
                grid.addWidget(card, row, col)
            row += 1
        grid.setRowStretch(row, 1)
        # The run page's step area already scrolls; a second scroll area inside it cut cards.
        host.setAccessibleName("Both answers, side by side")
        self.layout_.addWidget(host, 1)

    def _heading(self, target: model.StepBase) -> str:
        # The question itself (for a daily share, the prompt of the day), not just a title.
        if isinstance(target, model.WriteStep):
            return self.run.prompt_for(target)
        if target.title is not None:
            return self.text(target.title)
        prompt = getattr(target, "prompt", None)
        return self.text(prompt) if prompt is not None else target.id
