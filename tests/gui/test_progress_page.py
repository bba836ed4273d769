"""The Progress page, opened from the sidebar's shortcut (Ctrl+5) as a couple would: each
picture shows what the database holds (the calendar marks exactly the days you both shared;
a check-in number appears only where its author chose to show it), the sentence above it says
so in words, a screen reader gets the same facts, an empty card invites, nothing is drawn in
red, and the page reads again on the change bus, never by polling."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QLabel

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.rhythm import end_break, start_break
from couplesdesk.gui.progress_drawing import (
    LIGHT,
    calendar_cells,
    draw_boundaries,
    draw_calendar,
    draw_checkins,
    draw_pauses,
)
from couplesdesk.gui.progress_page import Picture, PictureCard, ProgressPage

from ..progress_helpers import A, B, check_in, pause, share
from .conftest import click, library_announced, settle, visible_texts
from .test_accessibility import unnamed_controls
from .test_today_rhythm import SCORE_OR_REPROACH

NOW = datetime(2026, 11, 20, 20, 10)  # a Friday; the week began on Monday 16 November
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def clock():
    return FakeClock(NOW.astimezone())


def open_progress(qtbot, window) -> ProgressPage:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_5, CTRL)
    page = window.current_page()
    assert isinstance(page, ProgressPage)
    settle(qtbot, window.services)
    assert page.data is not None
    return page


def on(d: int, month: int = 11) -> datetime:
    return datetime(2026, month, d, 19, 30)


def fill(window, clock) -> None:
    """Five weeks of a couple's life: shares, a short break, check-ins, pauses, boundaries."""
    store = window.services.store
    for d in (26, 27, 29):
        share(store, clock, on(d, 10), A, B)
    for d in (2, 3, 4, 16, 18, 20):
        share(store, clock, on(d), A, B)
    share(store, clock, on(19), A)  # one of you: not a day you both shared
    start_break(store, date(2026, 11, 9))
    end_break(store, date(2026, 11, 12))
    library = window.services.library
    check_in(store, library, clock, on(1), {A: (7, "show"), B: (5, "show")})
    check_in(store, library, clock, on(8), {A: (8, "show"), B: (3, "keep")})
    check_in(store, library, clock, on(15), {A: (6, "say"), B: (6, "show")})
    pause(store, clock, on(17), 30, 31)
    pause(store, clock, on(5), 30, 75)
    pause(store, clock, on(4), 20, 20)
    for status in ("heard", "heard", "needs_time", "talked_through"):
        store.boundaries.add(None, A, "A boundary", status)


def card(page: ProgressPage, name: str) -> PictureCard:
    found = page.findChild(PictureCard, name)
    assert found is not None, name
    return found


def laid_out() -> None:
    """Let the layouts settle (a card that changed asks for a new layout, then a scroll bar may come)."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def picture_image(picture: Picture) -> QImage:
    laid_out()
    return picture.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def is_red(colour: QColor) -> bool:
    """Alarm red: a strong, clear colour within a dozen degrees of pure red (terracotta, at 14
    degrees and muted, is the app's warm accent, not a warning)."""
    hue, saturation, value = colour.hslHue(), colour.hsvSaturationF(), colour.valueF()
    return (hue <= 12 or hue >= 348) and saturation >= 0.5 and value >= 0.35 and hue != -1


def red_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return sum(
        1 for y in range(0, image.height(), 1) for x in range(0, image.width(), 1) if is_red(QColor(image.pixel(x, y)))
    )


# --------------------------------------------------------------------------- the pictures


def test_the_calendar_marks_exactly_the_days_you_both_shared(qtbot, open_app, clock):
    window = open_app()
    fill(window, clock)
    page = open_progress(qtbot, window)
    calendar = card(page, "progressCalendar")
    assert calendar.sentence.text() == (
        "You both shared on 9 days in the last five weeks, and took a break on 3 days. "
        "Nothing is counted during a break."
    )
    picture = calendar.picture
    assert picture.isVisible()
    assert picture.accessibleDescription() == (
        "A calendar from Monday 19 October to Sunday 22 November. Days you both shared: 26 to 27 October, "
        "29 October, 2 to 4 November, 16 November, 18 November and 20 November. A break you took: 9 to 11 "
        "November. Today is Friday 20 November."
    )
    # On the screen: a day's box is filled in sage exactly when you both shared on it.
    image = picture_image(picture)
    device = QImage(picture.size(), QImage.Format.Format_RGB32)
    painter = QPainter(device)
    painter.setFont(picture.font())
    cells = calendar_cells(painter, picture.drawing_rect(), page.data.calendar)
    painter.end()
    sage = QColor(LIGHT.shared)
    filled = set()
    for day, cell in cells.items():
        spot = QColor(image.pixel(int(cell.left() + cell.width() * 0.22), int(cell.center().y())))
        if spot == sage:
            filled.add(day)
    assert filled == {date(2026, 10, d) for d in (26, 27, 29)} | {date(2026, 11, d) for d in (2, 3, 4, 16, 18, 20)}


def test_a_check_in_number_appears_only_where_its_author_chose_to_show_it(qtbot, open_app, clock):
    window = open_app()
    store, library = window.services.store, window.services.library
    check_in(store, library, clock, on(1), {A: (7, "show"), B: (4, "keep")}, ease={A: 9, B: 1})
    page = open_progress(qtbot, window)
    checkins = card(page, "progressCheckins")
    assert checkins.title.text() == "Closeness"
    description = checkins.picture.accessibleDescription()
    assert "Alex: 7 on 1 November." in description
    assert "Sam" not in description and "4 on" not in description and "9 on" not in description
    before = picture_image(checkins.picture)

    # Numbers kept back, and private ones, change nothing that is drawn or said.
    check_in(store, library, clock, on(8), {A: (2, "keep"), B: (10, "say")}, ease={A: 0, B: 10})
    settle(qtbot, window.services)
    assert checkins.picture.accessibleDescription() == description
    assert picture_image(checkins.picture) == before

    # A number its author chose to show appears, on that partner's own line.
    check_in(store, library, clock, on(15), {A: (7, "keep"), B: (6, "show")})
    settle(qtbot, window.services)
    after = checkins.picture.accessibleDescription()
    assert "Alex: 7 on 1 November." in after and "Sam: 6 on 15 November." in after
    assert picture_image(checkins.picture) != before
    for hidden in ("4 on", "2 on", "10 on", "0 on", "9 on", "1 on"):
        assert hidden not in after.replace("Alex: 7 on 1 November", ""), hidden


def test_each_sentence_says_what_its_picture_shows(qtbot, open_app, clock):
    window = open_app()
    fill(window, clock)
    page = open_progress(qtbot, window)
    pauses, boundaries = card(page, "progressPauses"), card(page, "progressBoundaries")
    assert pauses.sentence.text() == (
        "You took 3 pauses in the last twelve weeks. After 2 of them, you came back by the time you named."
    )
    assert pauses.picture.accessibleDescription().endswith(
        "The week of 2 November: 2 pauses, 1 back by the time you named and 1 back later than that; "
        "the week of 16 November: 1 pause, 1 back by the time you named. No pause in the other weeks."
    )
    assert boundaries.sentence.text() == "You have 4 boundaries: 2 heard, 1 needing time and 1 talked through."
    assert boundaries.picture.accessibleDescription() == boundaries.sentence.text()
    checkins = card(page, "progressCheckins").picture.accessibleDescription()
    assert checkins.endswith(
        "0 is far apart, 10 is very close. Alex: 7 on 1 November and 8 on 8 November. "
        "Sam: 5 on 1 November and 6 on 15 November."
    )
    text = visible_texts(page)
    for pattern in SCORE_OR_REPROACH:
        assert not re.search(pattern, text, re.IGNORECASE), (pattern, text)


def test_empty_cards_invite_and_their_buttons_begin(qtbot, open_app, clock):
    window = open_app()
    page = open_progress(qtbot, window)
    for card_ in page.cards:
        assert not card_.picture.isVisible() and card_.empty_text.isVisible()
    text = visible_texts(page)
    assert "When you both share one thing on a few days, those days will show here" in text
    assert "When you take a pause, it will show here" in text
    assert "When you do the weekly check-in and choose to show your closeness number" in text
    for pattern in SCORE_OR_REPROACH + [r"\b(no|none|nothing|empty|zero|yet)\b"]:
        assert not re.search(pattern, text, re.IGNORECASE), (pattern, text)
    assert not card(page, "progressPauses").start_button.isVisible()  # a pause is never asked for
    click(qtbot, card(page, "progressCalendar").start_button)
    assert window.current_page() is window.run_page
    assert window.run_page.run.exercise.id == "share-one-thing"


def test_nothing_is_drawn_in_red(qtbot, open_app, clock):
    window = open_app()
    fill(window, clock)
    pause(window.services.store, clock, on(19), 30, None)  # one still open, outlined
    page = open_progress(qtbot, window)
    assert is_red(QColor("#D32F2F")) and is_red(QColor("#FF0000"))  # the check can fail
    assert not is_red(QColor(LIGHT.today)) and not is_red(QColor("#B0583E"))
    for size in ((1100, 740), (800, 560)):
        window.resize(*size)
        for card_ in page.cards:
            if card_.picture.isVisible():
                image = picture_image(card_.picture)
                assert red_pixels(image) == 0, (card_.objectName(), size)
    assert red_pixels(window.grab().toImage()) == 0


# --------------------------------------------------------------------------- reading


def test_the_page_reads_again_on_a_change_and_never_polls(qtbot, open_app, clock):
    window = open_app()
    services = window.services
    # The library loads on a worker and, when it is in, older runs get their titles (a change
    # the page rightly reads again): let that happen first, so only this test's changes count.
    library_announced(qtbot, services)
    page = open_progress(qtbot, window)
    jobs: list[object] = []  # the page's reads
    original = page.refresh
    page.refresh = lambda: (jobs.append(1), original())[1]
    for _ in range(5):  # a minute of ticks, on the same day: nothing is read
        clock.advance(seconds=12)
        window.tick()
    assert jobs == []
    with qtbot.waitSignal(page.refreshed):
        services.database.run(lambda store: store.boundaries.add(None, "together", "Words", "heard"))
    assert card(page, "progressBoundaries").sentence.text() == "You have 1 boundary, heard."
    # Away from the page, a change is only noted; the page reads once it is shown again.
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1, CTRL)
    jobs.clear()
    share(services.store, clock, NOW, A, B)
    assert jobs == []
    open_progress(qtbot, window)
    assert len(jobs) == 1
    assert card(page, "progressCalendar").sentence.text() == "You both shared on 1 day in the last five weeks."
    # A new day while the page is shown: the calendar moves on.
    clock.advance(days=1)
    with qtbot.waitSignal(page.refreshed):
        window.tick()
    assert "Today is Saturday 21 November." in card(page, "progressCalendar").picture.accessibleDescription()


# --------------------------------------------------------------------------- reading it without seeing it


def test_every_picture_has_its_facts_in_words_and_takes_the_keyboard(qtbot, open_app, clock):
    window = open_app()
    fill(window, clock)
    page = open_progress(qtbot, window)
    assert unnamed_controls(window) == []
    reached = []
    for _ in range(8):
        focused = QApplication.focusWidget()
        if isinstance(focused, Picture):
            reached.append(focused.objectName())
            assert focused.accessibleName().endswith(", a picture")
            assert len(focused.accessibleDescription()) > 40
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert reached[:4] == [
        "progressCalendarPicture", "progressCheckinsPicture", "progressPausesPicture", "progressBoundariesPicture"
    ]  # fmt: skip
    assert page.findChild(QLabel, "progressLead").text().startswith("A look back")


def test_the_small_window_stacks_the_cards_and_cuts_nothing(qtbot, open_app, clock):
    window = open_app()
    fill(window, clock)
    page = open_progress(qtbot, window)
    window.resize(800, 560)
    qtbot.waitUntil(lambda: page.grid.itemAtPosition(1, 0) is not None and page.grid.itemAtPosition(0, 1) is None)
    assert not page.scroll_area.horizontalScrollBar().isVisible()
    viewport = page.scroll_area.viewport().width()
    for card_ in page.cards:
        assert card_.width() <= viewport
        label = card_.sentence
        assert label.height() >= label.heightForWidth(label.width())  # the whole sentence, every line
    window.resize(1100, 740)
    qtbot.waitUntil(lambda: page.grid.itemAtPosition(0, 1) is not None)
    calendar = card(page, "progressCalendar").picture
    device = QImage(calendar.size(), QImage.Format.Format_RGB32)
    painter = QPainter(device)
    cells = calendar_cells(painter, calendar.drawing_rect(), page.data.calendar)
    painter.end()
    assert all(calendar.drawing_rect().contains(c) for c in cells.values())
    assert min(c.width() for c in cells.values()) >= 36  # a day big enough to read its number


def test_the_palette_keeps_marks_and_words_readable():
    from .test_contrast import contrast

    p = LIGHT
    for mark in (p.shared, p.line, p.bar, p.outline, p.today):
        assert contrast(mark, p.surface) >= 3, mark
    for words in (p.ink, p.ink_soft):
        assert contrast(words, p.surface) >= 4.5, words
        assert contrast(words, p.day) >= 4.5 and contrast(words, p.rest) >= 4.5
    assert contrast(p.on_shared, p.shared) >= 4.5  # a shared day's number
    assert contrast(p.bar, p.bar_soft) >= 3  # the outline of a light bar


def test_the_same_drawing_serves_a_pdf(qtbot, open_app, clock, tmp_path):
    """An export draws the page's pictures into a PDF with the same functions, at its own
    resolution: lengths grow with the device, so nothing shrinks to a speck on paper."""
    window = open_app()
    fill(window, clock)
    data = open_progress(qtbot, window).data
    pdf = QPdfWriter(str(tmp_path / "progress.pdf"))
    pdf.setResolution(300)
    painter = QPainter(pdf)
    scale = 300 / 96
    rect = QRectF(0, 0, 390 * scale, 340 * scale)
    cells = calendar_cells(painter, rect, data.calendar)
    draw_calendar(painter, rect, data.calendar, LIGHT)
    for n, draw in enumerate((
        lambda r: draw_checkins(painter, r, data.checkins[0], LIGHT, data.names),
        lambda r: draw_pauses(painter, r, data.pauses, LIGHT),
        lambda r: draw_boundaries(painter, r, data.boundaries, LIGHT),
    )):  # fmt: skip
        draw(rect.translated(0, (n + 1) * rect.height()))
    painter.end()
    assert (tmp_path / "progress.pdf").stat().st_size > 5000
    assert min(c.width() for c in cells.values()) >= 36 * scale


def test_the_pdf_journal_carries_the_pages_pictures_with_their_words(qtbot, open_app, clock):
    """The PDF export prints the pictures the page shows (drawn by the same functions), each
    with its title, its sentence and its description in words; nothing private is in them."""
    from couplesdesk.core.privacy import Viewer
    from couplesdesk.export.collect import collect, progress_until
    from couplesdesk.gui import progress_words as words
    from couplesdesk.gui.journal_pdf import journal_document, pdf_bytes
    from couplesdesk.gui.progress_print import pictures

    window = open_app()
    fill(window, clock)
    shown = open_progress(qtbot, window).data
    store = window.services.store
    data = progress_until(store, window.services.library, clock.today())
    assert data == shown  # the page's facts, read the same way
    document = collect(store, Viewer.export(), window.services.library, clock.now())
    text = journal_document(document, data).toPlainText()
    assert "How it has been going" in text
    for title in (words.CALENDAR_TITLE, words.PAUSES_TITLE, words.BOUNDARIES_TITLE):
        assert title in text
    assert words.calendar_sentence(data.calendar) in text
    assert words.calendar_description(data.calendar) in text  # the same facts, for those who cannot see them
    assert len(pictures(data)) >= 4
    assert pdf_bytes(document, data).count(b"/Subtype /Image") == len(pictures(data))
    assert "How it has been going" not in journal_document(document).toPlainText()  # no pictures asked for
