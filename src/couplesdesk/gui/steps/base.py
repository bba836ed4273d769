"""What every step widget shares, and the registry that finds the widget for a step kind.

A widget module declares which kinds it shows with :func:`widget_for`; every module in
this package is imported by the package, so a new kind's widget needs no list updated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.engine import Run, Screen
from ...core.model import StepBase, Text
from ...storage import StoreError
from ..services import Services

StepT = TypeVar("StepT", bound=StepBase)
W = TypeVar("W", bound=type["StepWidget[Any]"])

WIDGETS: dict[str, type[StepWidget[Any]]] = {}
"""The widget class for each step kind people see."""


def widget_for(*kinds: str) -> Callable[[W], W]:
    """Register a step widget as the one that shows ``kinds``."""

    def register(cls: W) -> W:
        for kind in kinds:
            if kind in WIDGETS:
                raise ValueError(f"two widgets for the step kind {kind!r}")
            WIDGETS[kind] = cls
        return cls

    return register


class StepWidget(QWidget, Generic[StepT]):
    """One step on screen; subclasses lay it out in :meth:`build`.

    Signals:
        edited(object): the person changed the answer; the run page autosaves it within a second.
        state_changed(): something other than the answer changed (a timer started, a
            partner confirmed); the run page re-checks whether Next is possible.
        failed(str): a write did not happen (locked or full database); the message is for people.
    """

    edited = Signal(object)
    state_changed = Signal()
    failed = Signal(str)

    saves_at_once: ClassVar[bool] = False
    """A click (a choice, a number) is saved at once; typing is saved within a second."""

    def __init__(self, run: Run, screen: Screen, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.run = run
        self.run_screen = screen
        self.services = services
        self.step = cast(StepT, screen.step)  # the registry gives each kind its widget
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(14)
        self.build()
        self._add_extras()

    def _add_extras(self) -> None:
        """Quotes of earlier answers first; the author's consent choice last."""
        from .extras import ConsentChoice, Quotes, consent_words

        step = self.run_screen.step
        if step.show:
            self.layout_.insertWidget(0, Quotes(self.run))
        if step.reveal_consent is not None and self.run_screen.private_input:
            actor = self.run_screen.actor
            chosen = self.run.consent(step.id, actor)

            def choose(key: str) -> bool:
                return self.act(lambda: self.run.set_consent(step.id, actor, key))

            self.layout_.addWidget(ConsentChoice(chosen, choose, consent_words(step)))

    def build(self) -> None:
        """Lay out the step (called once, from the constructor)."""

    # helpers -------------------------------------------------------------

    def text(self, value: Text | None) -> str:
        return self.run.render(value)

    def add_label(self, text: str, name: str = "", markdown: bool = False, role: str = "") -> QLabel:
        label = QLabel()
        if markdown:
            label.setTextFormat(Qt.TextFormat.MarkdownText)
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        if role:
            label.setProperty("role", role)
        self.layout_.addWidget(label)
        return label

    def act(self, action: Callable[[], Any]) -> bool:
        """Do something that writes (start a timer, confirm); on a database problem, say so
        and keep the screen as it is. Returns whether it worked."""
        try:
            action()
        except StoreError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def current_answer(self) -> Any:
        return self.run.answer(self.run_screen.step.id, self.run_screen.actor)

    def focus_first(self) -> None:
        """Put the keyboard focus where the person starts (default: the run page's Next)."""

    def initial_value(self) -> Any:
        """An answer to save as soon as the step is shown (what is on screen), or None."""
        return None

    def tick(self) -> None:
        """Called once a second while shown (countdowns)."""
