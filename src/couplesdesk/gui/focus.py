"""Walking Qt's keyboard focus chain, for pages that put the keyboard where a person goes on."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tabbable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def controls_in(container: QWidget) -> Iterator[QWidget]:
    """The widgets inside ``container`` that Tab stops at, in the window's Tab order."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if container.isAncestorOf(widget) and tabbable(widget):
            yield widget
        widget = widget.nextInFocusChain()
