"""The Progress page's pictures in the PDF journal: the same drawing functions as the page
(gui/progress_drawing.py), painted on images that the text document holds, each with the
page's title, its sentence, and its description as the text alternative.

Only pictures with something to show are printed; an empty one would say nothing a reader needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument, QTextImageFormat

from ..core.progress_data import ProgressData, RatingSeries
from . import progress_words as words
from .progress_drawing import LIGHT, draw_boundaries, draw_calendar, draw_checkins, draw_pauses

WIDTH = 480.0
"""The width of a picture on the page, in the document's units (A4 inside its margins)."""
SHARPNESS = 2
"""Pixels per unit: enough for print."""

Draw = Callable[[QPainter, QRectF], None]


class PrintedPicture(NamedTuple):
    title: str
    sentence: str
    description: str  # the text alternative: the same facts, in words
    height: float
    draw: Draw


def pictures(data: ProgressData) -> list[PrintedPicture]:
    """The pictures that have something to show, in the page's order."""
    out: list[PrintedPicture] = []
    calendar = data.calendar
    if not words.calendar_is_empty(calendar):
        out.append(PrintedPicture(words.shown(words.CALENDAR_TITLE), words.calendar_sentence(calendar),
                                  words.calendar_description(calendar), 190,
                                  lambda p, r: draw_calendar(p, r, calendar, LIGHT)))  # fmt: skip
    for series in data.checkins:
        if series.lines:
            out.append(PrintedPicture(words.checkin_title(series.scale), words.checkin_sentence(series),
                                      words.checkin_description(series, data.names), 150 * len(series.lines) + 60,
                                      _checkins(series, data.names)))  # fmt: skip
    weeks = data.pauses
    if not words.pauses_are_empty(weeks):
        out.append(PrintedPicture(words.shown(words.PAUSES_TITLE), words.pauses_sentence(weeks),
                                  words.pauses_description(weeks, data.today), 200,
                                  lambda p, r: draw_pauses(p, r, weeks, LIGHT)))  # fmt: skip
    counts = data.boundaries
    if counts:
        sentence = words.boundaries_sentence(counts)
        out.append(PrintedPicture(words.shown(words.BOUNDARIES_TITLE), sentence, sentence, 36 * len(counts) + 8,
                                  lambda p, r: draw_boundaries(p, r, counts, LIGHT)))  # fmt: skip
    return out


def _checkins(series: RatingSeries, names: dict[str, str]) -> Draw:
    return lambda painter, rect: draw_checkins(painter, rect, series, LIGHT, names)


def picture_image(picture: PrintedPicture) -> QImage:
    """The picture painted on a white image, ``SHARPNESS`` pixels per unit."""
    image = QImage(int(WIDTH * SHARPNESS), int(picture.height * SHARPNESS), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(SHARPNESS)
    image.fill(QColor(LIGHT.surface))
    painter = QPainter(image)
    try:
        picture.draw(painter, QRectF(0, 0, WIDTH, picture.height))
    finally:
        painter.end()
    return image


def image_format(document: QTextDocument, picture: PrintedPicture, number: int) -> QTextImageFormat:
    """The picture, added to ``document`` as a resource, as an image to insert at a cursor."""
    name = f"couplesdesk-progress:{number}"
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), picture_image(picture))
    made = QTextImageFormat()
    made.setName(name)
    made.setWidth(WIDTH)
    made.setHeight(picture.height)
    made.setToolTip(picture.description)
    return made
