"""The plan builder's small parts: its fields, buttons and look, and what it remembers."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..core.library import Library
from ..core.plan.files import PLAN_SUFFIX
from ..storage import Store

PLAN_FILTER = f"Homework plans (*{PLAN_SUFFIX});;All files (*)"
EXERCISE_FILTER = "Exercise files (*.toml);;All files (*)"
NAME, CONTACT = "therapist_name", "therapist_contact"

STYLE = """
QFrame#planItem { background: @surface@; border: 1px solid @border@; border-radius: 10px; }
QFrame#planItem QLabel, QFrame#planItem QCheckBox { background: transparent; }
QFrame#planItem QLabel[role="flag"] { background: @warm_soft@; }
QFrame#planItem QLabel#planItemTitle { font-weight: 600; font-size: 12pt; }
QWidget#planBuilder QDateEdit { min-width: 120px; }
"""


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
