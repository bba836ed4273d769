"""What any step may carry besides its own controls: quotes of earlier answers (``show``) and,
for an answer only its author may reveal (``reveal_consent``), the author's choice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QRadioButton, QVBoxLayout, QWidget

from ...core import model
from ...core.engine import Run
from ...core.safe_text import display_text
from ..i18n import translate


def consent_words(step: model.StepBase | None = None) -> dict[str, str]:
    """The author's choices, in words that fit the answer: 'what I wrote' under words typed
    (and when no step is named), 'what I chose' under a number or a choice."""
    chose = step is not None and not isinstance(step, (model.WriteStep, model.TemplateStep))
    return {
        "show": translate("steps/extras", "Show what I chose")
        if chose
        else translate("steps/extras", "Show what I wrote"),
        "keep": translate("steps/extras", "Keep it private"),
        "say": translate("steps/extras", "I'll say it myself, in my own words"),
    }


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
            for author, answer in texts.items():
                who = translate("steps/extras", "Both of you") if author == "together" else run.name(author)
                text = display_text(answer)  # as typed, shown safely
                if len(texts) > 1:
                    text = translate("steps/extras", "{name}: {answer}").format(name=who, answer=text)
                quote = _plain(text, f"quote_{step.id}_{author}", "quote")
                quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                layout.addWidget(quote)
            if not texts:
                layout.addWidget(
                    _plain(translate("steps/extras", "(Nothing to show here.)"), f"quote_{step.id}", "hint")
                )


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
                translate("steps/extras", "Only you decide whether your partner sees this. When it is time to share:"),
                "consentQuestion",
                "hint",
            )
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, text in (words or consent_words()).items():
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
