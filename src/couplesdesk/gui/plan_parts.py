"""The plan builder's small parts: its fields, buttons and look, and what it remembers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..core.library import Library
from ..core.plan import load_plan
from ..core.plan.files import PLAN_SUFFIX
from ..core.plan_draft import Bundled, Draft, from_plan
from ..storage import Store
from .i18n import translate

NAME, CONTACT = "therapist_name", "therapist_contact"

STYLE = """
QFrame#planItem { background: @surface@; border: 1px solid @border@; border-radius: 10px; }
QFrame#planItem QLabel, QFrame#planItem QCheckBox { background: transparent; }
QFrame#planItem QLabel[role="flag"] { background: @warm_soft@; }
QFrame#planItem QLabel#planItemTitle { font-weight: 600; font-size: 12pt; }
QWidget#planBuilder QDateEdit { min-width: 120px; }
"""


def plan_filter() -> str:
    return translate("plan_parts", "Homework plans (*{suffix});;All files (*)").format(suffix=PLAN_SUFFIX)


def exercise_filter() -> str:
    return translate("plan_parts", "Exercise files (*.toml);;All files (*)")


class TitleRow(QWidget):
    """The page's title with its buttons beside it, or under it when the two do not fit side
    by side (a longer language, the narrowest window)."""

    def __init__(self, title: QLabel, buttons: Sequence[QPushButton]):
        super().__init__()
        self.title = title
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        for made in buttons:
            self.buttons.addWidget(made)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(title, 1)
        self.box.addLayout(self.buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.title.fontMetrics().horizontalAdvance(self.title.text()) + self.buttons.sizeHint().width() + 24
        side = self.width() >= needed
        self.box.setDirection(QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom)
        self.box.setAlignment(self.buttons, Qt.AlignmentFlag(0) if side else Qt.AlignmentFlag.AlignLeft)


def header_buttons() -> tuple[QPushButton, QPushButton, QPushButton]:
    """New, Open… and Save… at the top of the plan builder."""
    return (
        button(translate("plan_parts", "New"), "newPlan", translate("plan_parts", "New plan (Ctrl+N)")),
        button(
            translate("plan_parts", "Open…"),
            "openPlan",
            translate("plan_parts", "Open a plan to change it (Ctrl+Shift+O)"),
        ),
        button(translate("plan_parts", "Save…"), "savePlan", translate("plan_parts", "Save the plan (Ctrl+S)"), True),
    )


def key_words(has_key: bool) -> str:
    """Whether the plan carries the therapist's public key, and what that means."""
    if not has_key:
        return translate(
            "plan_parts",
            "You have no key yet (Your key, Ctrl+7): reports for this plan would not be sealed for you alone.",
        )
    return translate(
        "plan_parts",
        "Your public key goes into the plan by itself, so the reports the couple sends you are sealed "
        "for you alone (Your key, Ctrl+7).",
    )


def opened_draft(path: Path, library: Library) -> Draft | str:
    """A plan file back in the builder, or why it cannot be opened, in words."""
    # An old plan may be opened to make a new one from it: its past days are for the builder to point out.
    loaded = load_plan(path, set(library.entries), builtin=builtin_ids(library), today=dt.date.min)
    if loaded.plan is None:
        problems = "\n".join(f"• {problem}" for problem in loaded.problems[:12])
        words = translate("plan_parts", "{file} cannot be opened as a homework plan:").format(file=path.name)
        return f"{words}\n{problems}"
    texts = {b.file: b.text for b in loaded.plan.bundled}
    bundled = {
        check.exercise.id: Bundled(
            check.file, texts[check.file], check.exercise.id, check.exercise.text(check.exercise.title)
        )
        for check in loaded.bundled
        if check.exercise is not None
    }

    def title_of(exercise_id: str) -> str | None:
        found = library.get(exercise_id)
        return found.text(found.title) if found is not None else None

    return from_plan(loaded.plan, title_of, bundled)


def line_field(name: str, placeholder: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    return edit


def button(text: str, name: str, accessible: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setProperty("primary", primary)
    return button


def form_layout() -> QFormLayout:
    """The two forms of the page, their labels in one column."""
    form = QFormLayout()
    form.setVerticalSpacing(8)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    return form


def caption(text: str, buddy: QWidget) -> QLabel:
    caption = QLabel(text)
    caption.setMinimumWidth(140)  # the same in both forms of the page
    caption.setBuddy(buddy)
    return caption


def file_name(couple: str, ends: dt.date) -> str:
    words = re.sub(r"[^\w]+", "-", couple.strip().lower(), flags=re.UNICODE).strip("-")
    return f"{words or 'homework'}-until-{ends.isoformat()}{PLAN_SUFFIX}"


def builtin_ids(library: Library) -> set[str]:
    """The exercises that come with CouplesDesk (a file of the therapist's own may not take their ids)."""
    return {entry.exercise.id for entry in library if entry.origin == "built-in"}


def remembered(store: Store) -> tuple[str, str]:
    """The therapist's name and how to reach them, from the last plan saved (on the database worker)."""
    return str(store.settings.get(NAME) or ""), str(store.settings.get(CONTACT) or "")


def remember(store: Store, name: str, contact: str) -> None:
    store.settings.set(NAME, name)
    store.settings.set(CONTACT, contact)
