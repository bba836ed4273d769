"""A document drawn for paper (the journal's run, shown on the Search page) in the screen's
colours: its ink, grey and sage become the palette's text, muted text and calm text, so a dark
theme does not show dark words on a dark page. Paper keeps its own colours (journal_pdf.py)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument

from .palette import LIGHT_NAME, Palette, current


def for_screen(document: QTextDocument, palette: Palette | None = None) -> None:
    """Recolour ``document``'s words for the palette in use (nothing to do in the light one)."""
    chosen = palette or current()
    if chosen.name == LIGHT_NAME:
        return
    from .journal_pdf import INK, MUTED, SAGE  # the paper's colours, and the role each is on screen

    paper = {INK.name().upper(): "text", MUTED.name().upper(): "muted", SAGE.name().upper(): "calm_text"}
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        pieces = block.begin()
        while not pieces.atEnd():
            piece = pieces.fragment()
            if piece.isValid():
                ink = piece.charFormat().foreground().color().name().upper()
                look = QTextCharFormat()
                look.setForeground(QBrush(QColor(getattr(chosen, paper.get(ink, "text")))))
                cursor.setPosition(piece.position())
                cursor.setPosition(piece.position() + piece.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(look)
            pieces += 1
        block = block.next()
