"""The pause and its check-in can be read: digits of a readable weight and contrast (issue 13
item 14), and nothing cut off or scrolled sideways at the smallest window, 800x560 (item 15)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from .conftest import click, rate

MINIMUM = QSize(800, 560)


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def background_of(widget: QWidget | None) -> QColor:
    """The colour behind a widget: its own, or (where it is see-through) its parent's."""
    while widget is not None:
        colour = widget.palette().color(QPalette.ColorRole.Window)
        if colour.alpha() == 255:
            return colour
        widget = widget.parentWidget()
    raise AssertionError("nothing is painted behind it")


def assert_readable(label: QLabel) -> None:
    """A readable weight, and at least 4.5:1 between the colours it is drawn in, as the style
    gives them and as they land on screen."""
    assert label.font().weight() >= QFont.Weight.DemiBold, f"{label.objectName()} is drawn thin"
    text, page = label.palette().color(QPalette.ColorRole.WindowText), background_of(label)
    assert contrast(text, page) >= 4.5, f"{label.objectName()}: {text.name()} on {page.name()}"
    settle_layout()
    area = label.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(label)
        settle_layout()
    window = label.window()
    image = window.grab(QRect(label.mapTo(window, QPoint(0, 0)), label.size())).toImage()  # as it lands on screen
    assert not image.isNull(), f"{label.objectName()} is not on screen"
    drawn = Counter(image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height()))
    (background, _), (ink, _) = drawn.most_common(2)
    assert (background, ink) == (page.name(), text.name())
    assert contrast(QColor(background), QColor(ink)) >= 4.5


def settle_layout() -> None:
    for _ in range(3):
        QApplication.processEvents()


def clipped(root: QWidget) -> list[str]:
    """Every label a person can see whose words do not fit the room it was given."""
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                out.append(f"{label.objectName() or label.text()[:30]}: {need} high in {label.height()}")
        else:
            hint = label.sizeHint()
            if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
                out.append(f"{label.objectName() or label.text()[:30]}: {hint.width()} wide in {label.width()}")
    return out


def at_the_smallest_size(qtbot, window) -> None:
    window.resize(MINIMUM)
    qtbot.waitUntil(lambda: window.size() == MINIMUM)
    settle_layout()


def assert_fits(window, where: str) -> None:
    settle_layout()
    page = window.run_page
    assert clipped(window) == [], where
    assert not page.step_scroll.horizontalScrollBar().isVisible(), f"{where}: a sideways scrollbar"
    content = page.step_scroll.widget()
    assert content.width() <= page.step_scroll.viewport().width(), where


def test_the_countdown_and_a_chosen_number_are_drawn_readably(qtbot, open_app, clock):
    window = open_app()
    click(qtbot, window.pause_button)
    widget = window.run_page.step_widget
    assert_readable(widget.countdown)
    assert_readable(widget.return_label)
    click(qtbot, widget.details_button)
    flooded = widget.details.steps["how-flooded"]
    rate(qtbot, type("Page", (), {"step_widget": flooded})(), 6)
    assert flooded.value_label.text() == "6"
    assert_readable(flooded.value_label)
    clock.advance(minutes=30, seconds=1)
    window.tick()
    click(qtbot, window.run_page.next_button)
    click(qtbot, window.run_page.handover_button)
    rate(qtbot, window.run_page, 4)  # the check-in, in private
    assert_readable(window.run_page.step_widget.value_label)


@pytest.mark.parametrize("open_first", [(), ("ideas",), ("details",), ("ideas", "details")])
def test_the_running_pause_fits_the_smallest_window(qtbot, open_app, clock, open_first):
    window = open_app()
    at_the_smallest_size(qtbot, window)
    click(qtbot, window.pause_button)
    widget = window.run_page.step_widget
    assert_fits(window, "the pause, just called")
    if not open_first:
        # Closed, the short screen is all in view: nothing to scroll for.
        assert not window.run_page.step_scroll.verticalScrollBar().isVisible()
    for name in open_first:
        click(qtbot, widget.ideas_button if name == "ideas" else widget.details_button)
        assert_fits(window, f"the pause, {name} open")
    clock.advance(minutes=30, seconds=1)
    window.tick()
    assert_fits(window, "the pause, over")


def test_the_check_in_and_what_follows_fit_the_smallest_window(qtbot, open_app, clock):
    window = open_app()
    at_the_smallest_size(qtbot, window)
    page = window.run_page
    click(qtbot, window.pause_button)
    clock.advance(minutes=30, seconds=1)
    window.tick()
    click(qtbot, page.next_button)
    for value in (8, 3):
        click(qtbot, page.handover_button)
        rate(qtbot, page, value)
        assert_fits(window, f"check-in, {value}")
        click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    assert page.run.screen.step.id == "extend-or-schedule"
    assert_fits(window, "not ready yet")
    click(qtbot, page.step_widget.buttons["schedule"])
    click(qtbot, page.next_button)
    assert page.run.screen.step.id == "schedule"
    assert_fits(window, "choose a time to talk")
