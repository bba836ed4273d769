"""Readable contrast (WCAG 2.1): body text at least 4.5:1 against what is behind it, large text
3:1, the borders of controls 3:1. Computed for every colour pair the care screens set, in the
style sheet's "care screens" block and in the colours drawn in code, and read back from the
screen for the things people had trouble with: pale detail text, thin pale numbers, and
confirmed 'I heard it' buttons that looked disabled."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from couplesdesk.gui.palette import DARK, LIGHT, PALETTES, Palette, fill
from couplesdesk.resources import resource

from .care_helpers import run_in_window
from .conftest import click, rate

PAGE, CARD = LIGHT.window, LIGHT.surface
"""The two surfaces everything sits on (light): the cream page and a white card or field."""
CONTROLS = ("QPushButton", "QLineEdit", "QComboBox", "QTextEdit", "QPlainTextEdit", "QSpinBox", "QDateTimeEdit")
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    rgb = QColor(colour)
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue())


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_wcag():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the well-known grey


def care_rules(palette: Palette) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) of every rule in the style sheet's care-screens block,
    filled with ``palette``'s colours."""
    text = fill(resource("style.qss").read_text(encoding="utf-8"), palette, 100)
    assert "/* care screens */" in text, "the care screens block is missing from style.qss"
    block = re.sub(r"/\*.*?\*/", "", text.split("/* care screens */", 1)[1], flags=re.DOTALL)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", block):
        props = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                props[name.strip()] = value.strip()
        rules.append((" ".join(selector.split()), props))
    return rules


def first_hex(value: str | None) -> str | None:
    match = HEX.search(value or "")
    return match.group(0) if match else None


def large(props: dict[str, str]) -> bool:
    """WCAG's large text: 18 pt, or 14 pt in bold."""
    size = float(re.sub(r"[^0-9.]", "", props.get("font-size", "11")) or 11)
    bold = props.get("font-weight", "normal") in ("bold", "600", "700", "800", "900")
    return size >= 18 or (size >= 14 and bold)


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_colour_pair_in_the_care_screens_block_is_readable(name):
    palette = PALETTES[name]
    page, card = palette.window, palette.surface
    problems, checked = [], 0
    for selector, props in care_rules(palette):
        background = first_hex(props.get("background"))
        behind = [background] if background else [page, card]  # transparent: whatever it sits on
        for name in ("color", "placeholder-text-color"):
            colour = first_hex(props.get(name))
            if colour is None:
                continue
            needed = 3.0 if large(props) else 4.5
            for surface in behind:
                checked += 1
                if contrast(colour, surface) < needed:
                    problems.append(f"{selector}: {name} {colour} on {surface} is {contrast(colour, surface):.2f}:1")
        border = first_hex(props.get("border-color") or props.get("border"))
        if border is not None and selector.split()[0].split("[")[0].split(":")[0].split(",")[0] in CONTROLS:
            for surface in {background or card, page}:  # the control's own face, and the page around it
                checked += 1
                if contrast(border, surface) < 3.0:
                    problems.append(f"{selector}: border {border} on {surface} is {contrast(border, surface):.2f}:1")
    assert checked >= 15 and problems == []


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_colours_drawn_in_code_are_readable(palette):
    for text in (palette.text, palette.muted):  # the library's cards, History's rows
        assert contrast(text, palette.surface) >= 4.5 and contrast(text, palette.selected) >= 4.5, text
    assert contrast(palette.on_accent, palette.accent) >= 4.5  # the 'Start here' mark
    # The parts of the progress line that tell done from now (its words say the same).
    for colour in (palette.calm, palette.accent):
        assert contrast(colour, palette.window) >= 3.0, colour


AGREE = '\n[[steps]]\nid = "ok"\nkind = "agree"\nstatement = "We go for a walk on Sunday."\n'
RATE = '\n[[steps]]\nid = "calm"\nkind = "rate"\nprompt = "How calm?"\nlow_label = "calm"\nhigh_label = "tense"\n'
WRITE = '\n[[steps]]\nid = "words"\nkind = "write"\nprompt = "Anything else?"\n'


def test_what_people_read_on_screen_is_readable(qtbot, open_app):
    window = open_app()
    page = run_in_window(qtbot, window, AGREE, RATE, WRITE, size=(1100, 740))
    # A confirmed button is done, not disabled-looking: its words stand out from its face.
    confirmed = page.step_widget.findChild(QPushButton, "confirm_partner_a")
    click(qtbot, confirmed)
    assert not confirmed.isEnabled() and confirmed.property("confirmed")
    palette = confirmed.palette()
    face = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button).name()
    words = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    assert contrast(words, face) >= 4.5, (words, face)
    assert face.upper() != "#EFE8E0"  # not the grey face of a button that cannot be used
    click(qtbot, page.step_widget.findChild(QPushButton, "confirm_partner_b"))
    click(qtbot, page.next_button)
    # The number chosen on a scale: not a thin weight, and dark enough.
    rate(qtbot, page, 4)
    value = page.step_widget.findChild(QLabel, "rateValue")
    assert value.font().weight() >= QFont.Weight.Normal
    assert contrast(value.palette().color(QPalette.ColorRole.WindowText).name(), PAGE) >= 4.5
    click(qtbot, page.next_button)
    # The words that say what to write in an empty box are readable, not half-transparent.
    box = page.step_widget.findChild(QPlainTextEdit, "answerBox")
    hint = box.palette().color(QPalette.ColorRole.PlaceholderText)
    assert hint.alpha() == 255 and contrast(hint.name(), CARD) >= 4.5


def test_a_confirmed_button_shows_all_of_its_words(qtbot, open_app):
    window = open_app()
    page = run_in_window(qtbot, window, AGREE, size=(1100, 740))
    confirmed = page.step_widget.findChild(QPushButton, "confirm_partner_a")
    click(qtbot, confirmed)
    qtbot.wait(10)
    needed = confirmed.fontMetrics().horizontalAdvance(confirmed.text())
    assert confirmed.font().weight() >= QFont.Weight.DemiBold
    assert needed <= confirmed.contentsRect().width(), (needed, confirmed.width())
