"""Exercise and partner text on buttons and in tooltips, shown as written: the light half of
:mod:`couplesdesk.gui.plain`, for pages on the first frame (no text documents imported)."""

from __future__ import annotations

from PySide6.QtGui import Qt as GuiQt

from ..core.safe_text import display_text


def button_text(text: str) -> str:
    """``text`` for a button's label, where '&' would otherwise be taken for a shortcut key."""
    return display_text(text).replace("&", "&&")


def plain_tooltip(text: str) -> str:
    """``text`` for a tooltip, which Qt reads as HTML whenever it looks like HTML: then escaped."""
    text = display_text(text)
    if not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)
