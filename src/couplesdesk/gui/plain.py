"""Exercise and partner text on screen, shown as written.

Labels take it as plain text (see ``run_parts.text_label``); buttons, tooltips and the
fields the exercise format reads as Markdown need a little more, all here:

- :func:`button_text`: a button reads '&' as a keyboard mnemonic; written '&&', it shows '&'.
- :func:`plain_tooltip`: a tooltip that looks like HTML is read as HTML; escaped, it never is.
- :func:`set_markdown` and :class:`SafeBrowser`: Markdown (CommonMark, with any HTML in it
  shown as typed), then links made plain words, images replaced by their description, and
  bidi controls and control characters shown safely. Nothing is ever fetched: such a
  document loads no resource at all, from the disk or the network.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
)
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from ..core.safe_text import UNSAFE, display_text
from .plain_words import button_text as button_text
from .plain_words import plain_tooltip as plain_tooltip

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownNoHTML
"""CommonMark, with HTML in it taken as text (no GitHub extensions: nothing becomes a link by itself)."""


def _fragments(document: QTextDocument) -> list[tuple[int, int, QTextCharFormat, str]]:
    """(position, length, format, text) of every run of equally formatted text."""
    out = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                out.append((fragment.position(), fragment.length(), fragment.charFormat(), fragment.text()))
            it += 1
        block = block.next()
    return out


def _neutralise(document: QTextDocument) -> None:
    """Links become words, images their description (nothing is loaded), and bidi controls
    and control characters (a Markdown character reference can make them) are shown safely."""
    cursor = QTextCursor(document)
    for position, length, char_format, text in reversed(_fragments(document)):
        plain = QTextCharFormat(char_format)
        replacement = text
        if char_format.isImageFormat():
            alt = char_format.property(QTextFormat.Property.ImageAltText)
            plain = QTextCharFormat()
            replacement = f"[{alt}]" if isinstance(alt, str) and alt else ""
        elif char_format.isAnchor():
            for prop in (QTextFormat.Property.AnchorHref, QTextFormat.Property.AnchorName):
                plain.clearProperty(prop)
            plain.setAnchor(False)
            plain.clearForeground()
            plain.setFontUnderline(False)
        elif UNSAFE.search(text) is None:
            continue
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(display_text(replacement), plain)


class Document(QTextDocument):
    """A document that loads no resource. (A plain QTextDocument reads any file on the disk
    that a picture names, whatever its viewer says when asked first.)"""

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 (Qt's name)
        return None


def fill_markdown(document: QTextDocument, text: str) -> None:
    """Show ``text`` (Markdown from an exercise file) in ``document``, safely."""
    document.setMarkdown(text, MARKDOWN)
    _neutralise(document)


def markdown_html(text: str) -> str:
    """``text`` (Markdown) as the HTML of a safe document: Qt writes it, escaping every word."""
    document = Document()
    fill_markdown(document, text)
    return QTextDocumentFragment(document).toHtml()  # a fragment: no font of its own, the label's


def set_markdown(label: QLabel, text: str) -> None:
    """Show Markdown from an exercise file in a label: rich text the app itself wrote."""
    label.setTextFormat(GuiQt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.setProperty("safeMarkdown", True)
    label.setText(markdown_html(text))


class _NoPicture(QPyTextObject):
    """Draws a picture as nothing. (Qt's own handler opens any file a picture names.)"""

    def intrinsicSize(self, doc: QTextDocument, pos: int, format: QTextFormat) -> QSizeF:  # noqa: A002
        return QSizeF(0, 0)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        format: QTextFormat,  # noqa: A002 (Qt's name)
    ) -> None:
        return None


class SafeBrowser(QTextBrowser):
    """A read-only text view for Markdown that follows no link and loads nothing: no picture,
    no style sheet, from the disk or from the network, whatever its document holds."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocument(Document(self))
        layout = self.document().documentLayout()
        layout.registerHandler(int(QTextFormat.ObjectTypes.ImageObject), _NoPicture(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 (Qt's name)
        return None

    def show_markdown(self, text: str) -> None:
        """Show ``text`` from its top (a new text never opens where the last one was scrolled to)."""
        fill_markdown(self.document(), text)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)
