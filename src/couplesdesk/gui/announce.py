"""Telling a screen reader what changed: a new screen, a hand-over, a pause that started.

Qt 6.8+ sends an announcement over AT-SPI (``object:announcement``, which Orca speaks without
moving the focus). What is said is only words already on the screen that a partner did not
write: titles, whose turn it is, the hand-over's instructions. Never an answer, so a hand-over
or a step before the reveal cannot speak what the other partner wrote in private.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

ENDS = (".", "!", "?", ":", "…", "。")


def sentences(*parts: str) -> str:
    """The non-empty ``parts`` read as sentences, one after the other."""
    said = [part.strip() for part in parts if part.strip()]
    return " ".join(part if part.endswith(ENDS) else part + "." for part in said)


def announce(widget: QWidget, words: str, *, assertive: bool = False) -> None:
    """Say ``words`` now, on ``widget``'s behalf (polite: after what is being read ends)."""
    if not words:
        return
    event = QAccessibleAnnouncementEvent(widget, words)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def announce_soon(widget: QWidget, words: str) -> None:
    """Say ``words`` once the screen has been shown and the focus has landed (the reader says
    where the focus is first, then this)."""
    QTimer.singleShot(0, widget, lambda: announce(widget, words))
