"""The Progress pictures, drawn with QPainter: no widgets here, so the same functions draw on
the screen, into an image or into a PDF (QPdfWriter) for an export or a therapist report.

Each ``draw_...(painter, rect, data, palette)`` draws one picture inside ``rect`` and leaves
the painter as it found it. Lengths are in units of a 96-dpi pixel, scaled to the device;
text sizes follow the painter's font. Colours come from one :class:`ChartPalette` (a dark
palette is another instance): calm sage, sand and ink, never red; marks
stand out at least 3:1 from the surface and words at least 4.5:1.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from ..core.progress_data import CALENDAR_WEEKS, PauseWeek, RatingSeries, SharedCalendar
from .i18n import MONTH_SHORT, WEEKDAY, date_words, translate
from .kept_words import boundary_words
from .palette import DARK_NAME, Palette
from .progress_words import pause_words, scale_words
from .words import capital

LINE_GAP = timedelta(days=21)
"""Two check-ins further apart than this are not joined: a gap stays a gap, nothing is made up."""


@dataclass(frozen=True)
class ChartPalette:
    """Every colour the pictures use (contrast against ``surface`` in brackets)."""

    surface: str = "#FFFFFF"  # what the pictures are drawn on (a card)
    ink: str = "#3B3330"  # words (12:1)
    ink_soft: str = "#6E625A"  # axis words and legends (5.9:1)
    grid: str = "#EFE6DB"  # guide lines, never a mark
    day: str = "#F6F1EA"  # a day with nothing to mark
    outline: str = "#958578"  # the outline of a mark without a fill (3.6:1)
    shared: str = "#4F6B55"  # a day you both shared (5.9:1; its number in `on_shared`, 5.9:1)
    on_shared: str = "#FFFFFF"
    line: str = "#3E5A45"  # a line of ratings and its points (7.6:1)
    bar: str = "#5F7F66"  # bars (4.5:1)
    bar_soft: str = "#DCE6DE"  # the lighter part of a bar, always outlined in `bar`
    rest: str = "#F3ECE3"  # a day of a break (outlined, dashed, in `outline`)
    today: str = "#3B3330"  # the ring around today (12:1; not terracotta, which reads as keyboard focus)


LIGHT = ChartPalette()
DARK = ChartPalette(
    surface="#2C2622",  # the dark theme's card (gui/palette.py)
    ink="#EFE6DC",  # (12.5:1)
    ink_soft="#BDAFA3",  # (7.0:1)
    grid="#3A322C",
    day="#342D28",
    outline="#8E7E72",  # (3.6:1)
    shared="#8DB095",  # (6.3:1; its number in `on_shared`, 7.6:1)
    on_shared="#16201A",
    line="#AED0B5",  # (8.6:1)
    bar="#8DB095",
    bar_soft="#3B4A3F",
    rest="#3A312B",
    today="#EFE6DC",
)


def chart_colours(theme: Palette) -> ChartPalette:
    """The pictures' colours on screen, for the app's theme (printed pictures are always LIGHT)."""
    return DARK if theme.name == DARK_NAME else LIGHT


# --------------------------------------------------------------------------- helpers


def unit(painter: QPainter) -> float:
    """One 96-dpi pixel on the painter's device (1 on screen; more on a printer or PDF)."""
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return max(dpi, 1) / 96


def font(base: QFont, scale: float = 1.0, bold: bool = False) -> QFont:
    """``base`` (the painter's font when a picture began), ``scale`` times its size."""
    base = QFont(base)
    if base.pointSizeF() > 0:
        base.setPointSizeF(base.pointSizeF() * scale)
    elif base.pixelSize() > 0:
        base.setPixelSize(max(1, round(base.pixelSize() * scale)))
    base.setBold(bold)
    return base


def pen(colour: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    p = QPen(QColor(colour), width, style)
    p.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return p


def text(painter: QPainter, rect: QRectF, words: str, colour: str, align: Qt.AlignmentFlag) -> None:
    painter.setPen(QColor(colour))
    painter.drawText(rect, int(align), words)


def short_month(d: date) -> str:
    return date_words(d, MONTH_SHORT)


def short_weekday(d: date) -> str:
    """'Mon': the first letters of the weekday's name (as many as the language shortens it to)."""
    letters = translate("progress_drawing", "3")  # how many letters of a weekday's name the calendar shows
    return date_words(d, WEEKDAY)[: int(letters) if letters.isdigit() else 3]


def _legend_rows(metrics: QFontMetricsF, items: list[tuple[str, str]], width: float, u: float) -> list[list[int]]:
    """The legend's items (by index) on rows no wider than ``width``."""
    size = metrics.height() * 0.75
    rows: list[list[int]] = [[]]
    x = 0.0
    for i, (_kind, words) in enumerate(items):
        need = size + 6 * u + metrics.horizontalAdvance(words)
        if rows[-1] and x + need > width:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += need + 18 * u
    return rows


def legend_height(base: QFont, items: list[tuple[str, str]], width: float, u: float) -> float:
    metrics = QFontMetricsF(font(base, 0.9))
    return len(_legend_rows(metrics, items, width, u)) * (metrics.height() + 4 * u)


def legend(painter: QPainter, rect: QRectF, items: list[tuple[str, str]], palette: ChartPalette, base: QFont) -> None:
    """Small swatches, each with its words, from the top left of ``rect``, on as many rows as
    its width needs: ``items`` are (kind, words); a kind is a fill colour, 'ring:colour',
    'dashed:fill:edge' or 'soft:fill:edge'."""
    u = unit(painter)
    painter.setFont(font(base, 0.9))
    metrics = QFontMetricsF(painter.font())
    size, line = metrics.height() * 0.75, metrics.height() + 4 * u
    for r, row in enumerate(_legend_rows(metrics, items, rect.width(), u)):
        x, top = rect.left(), rect.top() + r * line
        for i in row:
            kind, words = items[i]
            swatch_mark(painter, QRectF(x, top + (line - size) / 2, size, size), kind, u)
            x += size + 6 * u
            width = metrics.horizontalAdvance(words)
            text(painter, QRectF(x, top, width + 2 * u, line), words, palette.ink_soft,
                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # fmt: skip
            x += width + 18 * u


def swatch_mark(painter: QPainter, rect: QRectF, kind: str, u: float) -> None:
    parts = kind.split(":")
    radius = rect.width() * 0.25
    inner = rect.adjusted(u, u, -u, -u)
    if parts[0] == "ring":
        painter.setPen(pen(parts[1], 2 * u))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(inner, radius, radius)
    elif parts[0] == "dashed":
        painter.setPen(pen(parts[2], 1.2 * u, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(parts[1]))
        painter.drawRoundedRect(inner, radius, radius)
    elif parts[0] == "soft":
        painter.setPen(pen(parts[2], 1.5 * u))
        painter.setBrush(QColor(parts[1]))
        painter.drawRoundedRect(inner, radius, radius)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(parts[0]))
        painter.drawRoundedRect(rect, radius, radius)


# --------------------------------------------------------------------------- the calendar


def _calendar_items(calendar: SharedCalendar, palette: ChartPalette) -> list[tuple[str, str]]:
    items = [(palette.shared, translate("progress_drawing", "You both shared"))]
    if calendar.breaks:
        items.append((f"dashed:{palette.rest}:{palette.outline}", translate("progress_drawing", "A break")))
    return [*items, (f"ring:{palette.today}", translate("progress_drawing", "Today"))]


def calendar_cells(painter: QPainter, rect: QRectF, calendar: SharedCalendar) -> dict[date, QRectF]:
    """Where :func:`draw_calendar` puts each day, in ``rect`` (for a test or a tooltip)."""
    base, u = QFont(painter.font()), unit(painter)
    metrics = QFontMetricsF(font(base, 0.85))
    items = _calendar_items(calendar, LIGHT)
    gutter = metrics.horizontalAdvance("Mmm") + 12 * u
    header, foot = metrics.height() + 6 * u, legend_height(base, items, rect.width() - gutter, u) + 10 * u
    cell = min((rect.width() - gutter) / 7, (rect.height() - header - foot) / CALENDAR_WEEKS, 58 * u)
    left = rect.left() + (rect.width() - gutter - 7 * cell) / 2 + gutter
    top = rect.top() + header
    return {
        day: QRectF(left + (n % 7) * cell, top + (n // 7) * cell, cell, cell) for n, day in enumerate(calendar.days)
    }


def draw_calendar(painter: QPainter, rect: QRectF, calendar: SharedCalendar, palette: ChartPalette = LIGHT) -> None:
    """The last weeks, Monday to Sunday, a row each: the days you both shared filled in sage,
    the days of a break in sand with a dashed edge, today ringed in ink."""
    base = QFont(painter.font())
    cells = calendar_cells(painter, rect, calendar)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    u = unit(painter)
    small = font(base, 0.85)
    days = calendar.days
    first = cells[days[0]]
    left, top, cell = first.left(), first.top(), first.width()
    painter.setFont(small)
    for column, day in enumerate(days[:7]):
        where = QRectF(left + column * cell, rect.top(), cell, top - rect.top() - 4 * u)
        text(
            painter,
            where,
            short_weekday(day),
            palette.ink_soft,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
        )
    for row in range(CALENDAR_WEEKS):
        week = days[row * 7 : row * 7 + 7]
        month_start = next((d for d in week if d.day == 1), week[0] if row == 0 else None)
        if month_start is not None:
            painter.setFont(small)
            where = QRectF(rect.left(), top + row * cell, left - rect.left() - 8 * u, cell)
            text(painter, where, short_month(month_start), palette.ink_soft,
                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # fmt: skip
        for day in week:
            _day_cell(painter, cells[day], day, calendar, palette, base)
    below = QRectF(left, top + CALENDAR_WEEKS * cell + 10 * u, rect.right() - left, rect.bottom() - top)
    legend(painter, below, _calendar_items(calendar, palette), palette, base)
    painter.restore()


def _day_cell(
    painter: QPainter, cell: QRectF, day: date, calendar: SharedCalendar, palette: ChartPalette, base: QFont
) -> None:
    u = unit(painter)
    gap = max(cell.width() * 0.08, 2 * u)
    box = cell.adjusted(gap, gap, -gap, -gap)
    radius = box.width() * 0.22
    number_colour = palette.ink_soft
    if day in calendar.both:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.shared))
        number_colour = palette.on_shared
    elif day in calendar.breaks:
        painter.setPen(pen(palette.outline, 1.2 * u, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(palette.rest))
    elif day <= calendar.today:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.day))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, radius, radius)
    if day == calendar.today:
        ring = box.adjusted(-gap * 0.55, -gap * 0.55, gap * 0.55, gap * 0.55)
        painter.setPen(pen(palette.today, 2 * u))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(ring, radius * 1.2, radius * 1.2)
    painter.setFont(font(base, 0.9, bold=day in calendar.both))
    text(painter, box, str(day.day), number_colour, Qt.AlignmentFlag.AlignCenter)


# --------------------------------------------------------------------------- check-in ratings


def draw_checkins(
    painter: QPainter,
    rect: QRectF,
    series: RatingSeries,
    palette: ChartPalette = LIGHT,
    names: dict[str, str] | None = None,
) -> None:
    """Each partner's own small chart, one above the other on the same scale: the numbers
    they chose to show, joined where the weeks follow each other, months along the bottom."""
    base = QFont(painter.font())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    u = unit(painter)
    small = font(base, 0.85)
    metrics = QFontMetricsF(small)
    foot = metrics.height() * 2 + 12 * u  # months, then the words of the scale
    lines = series.lines or ()
    panels = max(len(lines), 1)
    gutter = metrics.horizontalAdvance(str(max(abs(series.scale.low), abs(series.scale.high)))) + 14 * u
    height = (rect.height() - foot) / panels
    plot_left, plot_right = rect.left() + gutter, rect.right() - 8 * u
    for n, line in enumerate(lines):
        top = rect.top() + n * height
        name = (names or {}).get(line.author, line.author)
        painter.setFont(font(base, 0.95, bold=True))
        title_h = QFontMetricsF(painter.font()).height()
        text(painter, QRectF(plot_left, top, plot_right - plot_left, title_h), name, palette.ink,
             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # fmt: skip
        plot = QRectF(plot_left, top + title_h + 8 * u, plot_right - plot_left, height - title_h - 18 * u)
        _panel(painter, plot, series, line.points, palette, base)
    bottom = rect.top() + panels * height - 10 * u
    _months(painter, QRectF(plot_left, bottom, plot_right - plot_left, metrics.height() + 6 * u), series, palette, base)
    painter.setFont(small)
    words = QRectF(plot_left, bottom + metrics.height() + 8 * u, plot_right - plot_left, metrics.height() + 4 * u)
    text(
        painter,
        words,
        scale_words(series.scale),
        palette.ink_soft,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    painter.restore()


def _x(day: date, series: RatingSeries, plot: QRectF) -> float:
    span = max((series.last - series.first).days, 1)
    return plot.left() + plot.width() * (day - series.first).days / span


def _panel(
    painter: QPainter,
    plot: QRectF,
    series: RatingSeries,
    points: tuple[tuple[date, int], ...],
    palette: ChartPalette,
    base: QFont,
) -> None:
    u = unit(painter)
    scale = series.scale
    span = max(scale.high - scale.low, 1)

    def y(value: float) -> float:
        clamped = min(max(value, scale.low), scale.high)
        return plot.bottom() - plot.height() * (clamped - scale.low) / span

    painter.setFont(font(base, 0.85))
    for value in (scale.low, (scale.low + scale.high) / 2, scale.high):
        painter.setPen(pen(palette.grid, 1 * u))
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        if value in (scale.low, scale.high):
            where = QRectF(plot.left() - 60 * u, y(value) - 10 * u, 60 * u - 8 * u, 20 * u)
            text(
                painter,
                where,
                f"{value:g}",
                palette.ink_soft,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
    for first_of_month in _month_starts(series):
        x = _x(first_of_month, series, plot)
        painter.setPen(pen(palette.grid, 1 * u))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
    marks = [(QPointF(_x(day, series, plot), y(value)), day) for day, value in points]
    painter.setPen(pen(palette.line, 2 * u))
    for (a, day_a), (b, day_b) in zip(marks, marks[1:], strict=False):
        if day_b - day_a <= LINE_GAP:
            painter.drawLine(a, b)
    painter.setPen(pen(palette.surface, 1.5 * u))
    painter.setBrush(QColor(palette.line))
    radius = 4 * u
    for point, _day in marks:
        painter.drawEllipse(point, radius, radius)


def _month_starts(series: RatingSeries) -> list[date]:
    d = date(series.first.year, series.first.month, 1)
    out = []
    while d <= series.last:
        if d >= series.first:
            out.append(d)
        d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out


def _months(painter: QPainter, band: QRectF, series: RatingSeries, palette: ChartPalette, base: QFont) -> None:
    u = unit(painter)
    painter.setFont(font(base, 0.85))
    metrics = QFontMetricsF(painter.font())
    last_right = -math.inf
    for start in _month_starts(series):
        x = _x(start, series, band)
        label = short_month(start)
        width = metrics.horizontalAdvance(label)
        if x - width / 2 < last_right + 6 * u or x + width / 2 > band.right() + 4 * u:
            continue
        text(painter, QRectF(x - width, band.top(), width * 2, band.height()), label, palette.ink_soft,
             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)  # fmt: skip
        last_right = x + width / 2


# --------------------------------------------------------------------------- pauses


def draw_pauses(painter: QPainter, rect: QRectF, weeks: tuple[PauseWeek, ...], palette: ChartPalette = LIGHT) -> None:
    """A bar a week: the pauses you came back from by the time you named at the bottom in
    sage, those you came back from later in light sage above, any still open outlined."""
    base = QFont(painter.font())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    u = unit(painter)
    small = font(base, 0.85)
    painter.setFont(small)
    metrics = QFontMetricsF(small)
    most = max([w.total for w in weeks] + [2])
    step = 1 if most <= 6 else math.ceil(most / 5)
    top_value = math.ceil(most / step) * step
    gutter = metrics.horizontalAdvance(str(top_value)) + 14 * u
    kinds = [("on_time", palette.bar), ("later", f"soft:{palette.bar_soft}:{palette.bar}"),
             ("open", f"dashed:{palette.surface}:{palette.outline}")]  # fmt: skip
    shown = [(mark, capital(pause_words(k))) for k, mark in kinds if any(getattr(w, k) for w in weeks)]
    key_height = legend_height(base, shown, rect.width() - gutter, u)
    foot = metrics.height() + key_height + 18 * u
    plot = QRectF(rect.left() + gutter, rect.top() + metrics.height() / 2, rect.width() - gutter - 4 * u,
                  rect.height() - foot - metrics.height() / 2)  # fmt: skip

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * value / top_value

    for value in range(0, top_value + 1, step):
        painter.setPen(pen(palette.grid, 1 * u))
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        where = QRectF(rect.left(), y(value) - metrics.height() / 2, gutter - 8 * u, metrics.height())
        text(painter, where, str(value), palette.ink_soft, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    slot = plot.width() / max(len(weeks), 1)
    shape = translate("progress_drawing", "d MMM")  # QLocale's letters for a week's label: '2 Nov'
    widest = max((metrics.horizontalAdvance(date_words(w.start, shape)) for w in weeks), default=0.0)
    label_every = max(1, math.ceil((widest + 10 * u) / slot))
    for n, week in enumerate(weeks):
        x = plot.left() + n * slot + slot * 0.2
        _bar(painter, QRectF(x, plot.top(), slot * 0.6, plot.height()), week, y, palette)
        if (len(weeks) - 1 - n) % label_every == 0:
            label = date_words(week.start, shape)
            where = QRectF(x - slot, plot.bottom() + 4 * u, slot * 2.6, metrics.height() + 4 * u)
            text(painter, where, label, palette.ink_soft, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    legend(painter, QRectF(plot.left(), rect.bottom() - key_height, plot.width(), key_height), shown, palette, base)
    painter.restore()


def _bar(
    painter: QPainter, column: QRectF, week: PauseWeek, y: Callable[[float], float], palette: ChartPalette
) -> None:
    u = unit(painter)
    base = 0
    for count, fill, edge, style in (
        (week.on_time, palette.bar, None, Qt.PenStyle.SolidLine),
        (week.later, palette.bar_soft, palette.bar, Qt.PenStyle.SolidLine),
        (week.open, palette.surface, palette.outline, Qt.PenStyle.DashLine),
    ):
        if not count:
            continue
        top, bottom = y(base + count), y(base)
        box = QRectF(column.left(), top + u, column.width(), bottom - top - 2 * u)
        painter.setBrush(QColor(fill))
        painter.setPen(pen(edge, 1.5 * u, style) if edge else Qt.PenStyle.NoPen)
        inset = box.adjusted(0.75 * u, 0.75 * u, -0.75 * u, -0.75 * u) if edge else box
        painter.drawRoundedRect(inset, 3 * u, 3 * u)
        base += count


# --------------------------------------------------------------------------- boundaries


def draw_boundaries(
    painter: QPainter, rect: QRectF, counts: tuple[tuple[str, int], ...], palette: ChartPalette = LIGHT
) -> None:
    """A bar for each status that has boundaries, in the order statuses go, with how many."""
    base = QFont(painter.font())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    u = unit(painter)
    painter.setFont(font(base, 0.95))
    metrics = QFontMetricsF(painter.font())
    labels = [capital(boundary_words(status)) for status, _ in counts]
    label_w = max((metrics.horizontalAdvance(label) for label in labels), default=0) + 14 * u
    count_w = metrics.horizontalAdvance(str(max((n for _, n in counts), default=0))) + 12 * u
    row = min(rect.height() / max(len(counts), 1), metrics.height() + 18 * u)
    most = max((n for _, n in counts), default=1)
    room = max(rect.width() - label_w - count_w, 10 * u)
    for i, ((_status, n), label) in enumerate(zip(counts, labels, strict=True)):
        top = rect.top() + i * row
        text(painter, QRectF(rect.left(), top, label_w - 10 * u, row), label, palette.ink,
             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # fmt: skip
        height = min(row * 0.56, 18 * u)
        bar = QRectF(rect.left() + label_w, top + (row - height) / 2, max(room * n / most, height), height)
        path = QPainterPath()
        path.addRoundedRect(bar, height / 3, height / 3)
        painter.fillPath(path, QBrush(QColor(palette.bar)))
        where = QRectF(bar.right() + 8 * u, top, count_w, row)
        text(painter, where, str(n), palette.ink, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    painter.restore()
