"""What any step may carry besides its own controls: quotes of earlier answers (``show``) and,
for an answer only its author may reveal (``reveal_consent``), the author's choice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QRadioButton, QVBoxLayout, QWidget

from ...core import model
from ...core.engine import Run

CONSENT_WORDS = {
    "show": "Show what I wrote",
    "keep": "Keep it private",
    "say": "I'll say it myself, in my own words",
}


def consent_words(step: model.StepBase) -> dict[str, str]:
    """The author's choices, in words that fit the answer: 'what I wrote' under words typed,
    'what I chose' under a number or a choice."""
    written = isinstance(step, (model.WriteStep, model.TemplateStep))
    return {**CONSENT_WORDS, "show": "Show what I wrote" if written else "Show what I chose"}


def _plain(text: str, name: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class Quotes(QFrame):
    """Earlier answers this step quotes, as whoever looks at this screen may see them."""

    def __init__(self, run: Run, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quotes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for step, texts in run.quoted():
            heading = run.render(step.title) if step.title is not None else step.id.replace("-", " ").capitalize()
            layout.addWidget(_plain(heading, f"quoteHeading_{step.id}", "hint"))
            for author, text in texts.items():
                who = "Both of you" if author == "together" else run.name(author)
                quote = _plain(f"{who}: {text}" if len(texts) > 1 else text, f"quote_{step.id}_{author}", "quote")
                quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                layout.addWidget(quote)
            if not texts:
                layout.addWidget(_plain("(Nothing to show here.)", f"quote_{step.id}", "hint"))


class ConsentChoice(QFrame):
    """'When it is time to share this': show it, keep it private, or say it myself. Nothing is
    chosen at first, and nothing chosen means kept private."""

    def __init__(
        self,
        chosen: str | None,
        choose: Callable[[str], bool],
        words: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("consentChoice")
        self._choose = choose
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(
            _plain(
                "Only you decide whether your partner sees this. When it is time to share:",
                "consentQuestion",
                "hint",
            )
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, text in (words or CONSENT_WORDS).items():
            button = QRadioButton(text)
            button.setObjectName(f"consent_{key}")
            button.setChecked(key == chosen)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[key] = button
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        for key, candidate in self.buttons.items():
            if candidate is button:
                self._choose(key)
