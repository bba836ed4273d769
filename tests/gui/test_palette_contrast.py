"""Contrast checked, not guessed (WCAG 2.x), in the light palette and the dark one: every pair
the palette names as read on something, every colour rule of every style sheet template as
filled, the countdown digits, and the partners' colours; and no colour is chosen outside the
palette."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from couplesdesk.gui import (
    deleting,
    first_run,
    history_page,
    history_transcript,
    homework_preview,
    kept_parts,
    plan_parts,
    progress_drawing,
    progress_page,
    today_page,
)
from couplesdesk.gui.palette import DARK, LIGHT, PALETTES, READING_PAIRS, ROLES, Palette, contrast, fill, partner_line
from couplesdesk.resources import resource

NEEDED = {"text": 4.5, "large": 3.0, "border": 3.0}
TEMPLATES = {
    "style.qss": resource("style.qss").read_text(encoding="utf-8"),
    "today_page": today_page.PAGE_STYLE,
    "kept_parts": kept_parts.PAGE_STYLE,
    "history_page.list": history_page.LIST_STYLE,
    "history_page.viewer": history_page.VIEWER_STYLE,
    "history_transcript": history_transcript.STYLE,
    "deleting": deleting.LINK_STYLE,
    "homework_preview": homework_preview.STYLE,
    "plan_parts": plan_parts.STYLE,
    "progress_page": progress_page.PAGE_STYLE,
}
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
BOTH = pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])


def test_the_formula_is_wcags():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1)


@BOTH
def test_every_pair_the_palette_names_is_readable(palette: Palette):
    problems = []
    for fore, back, kind in READING_PAIRS:
        ratio = contrast(getattr(palette, fore), getattr(palette, back))
        if ratio < NEEDED[kind]:
            problems.append(f"{fore} on {back}: {ratio:.2f}:1, needs {NEEDED[kind]}")
    assert len(READING_PAIRS) >= 40 and problems == []


def test_the_two_palettes_have_every_role_and_differ():
    for palette in PALETTES.values():
        for role in ROLES:
            assert HEX.fullmatch(getattr(palette, role)), (palette.name, role)
    assert LIGHT.window != DARK.window
    # Dark is warm, not an inverted grey: red above blue in the page, the cards and the words.
    for role in ("window", "surface", "sidebar", "text"):
        colour = getattr(DARK, role)
        assert int(colour[1:3], 16) > int(colour[5:7], 16), role


def rules(template: str, palette: Palette) -> list[tuple[str, dict[str, str]]]:
    text = re.sub(r"/\*.*?\*/", "", fill(template, palette, 100), flags=re.DOTALL)
    found = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        props = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                props[name.strip()] = value.strip()
        found.append((" ".join(selector.split()), props))
    return found


def large(props: dict[str, str]) -> bool:
    size = float(re.sub(r"[^0-9.]", "", props.get("font-size", "11")) or 11)
    bold = props.get("font-weight", "normal") in ("bold", "600", "700", "800", "900")
    return size >= 18 or (size >= 14 and bold)


@BOTH
@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_colour_rule_of_every_style_sheet_is_readable(palette: Palette, name: str):
    """Words against their own background, or (transparent) against the page and a card;
    the disabled look of a control that cannot be used now is exempt (WCAG 1.4.3), the
    confirmed one, which carries meaning, is not."""
    problems, checked = [], 0
    for selector, props in rules(TEMPLATES[name], palette):
        if ":disabled" in selector and "confirmed" not in selector:
            continue
        background = HEX.search(props.get("background", ""))
        behind = [background.group(0)] if background else [palette.window, palette.surface]
        if not background and 'primary="true"]' in selector:  # words on a main button: on its face
            behind = [palette.accent, palette.accent_hover]
        for prop in ("color", "placeholder-text-color", "selection-color"):
            colour = HEX.search(props.get(prop, ""))
            if colour is None:
                continue
            if prop == "selection-color":
                selection = HEX.search(props.get("selection-background-color", ""))
                behind_this = [selection.group(0)] if selection else behind
            else:
                behind_this = behind
            for surface in behind_this:
                checked += 1
                ratio = contrast(colour.group(0), surface)
                if ratio < (3.0 if large(props) else 4.5):
                    problems.append(f"{selector}: {prop} {colour.group(0)} on {surface} is {ratio:.2f}:1")
    assert problems == []
    if name == "style.qss":
        assert checked >= 40


@BOTH
def test_countdowns_and_numbers_are_bold_enough_and_dark_or_light_enough(palette: Palette):
    sheet = dict(rules(TEMPLATES["style.qss"], palette))
    big = sheet['QLabel[role="big"]']  # the pause's countdown, a turn's time, a chosen number
    assert big["font-weight"] in ("600", "bold") and contrast(big["color"], palette.window) >= 4.5
    countdown = sheet["QLabel#countdown, QLabel#rateValue"]
    assert countdown["font-weight"] == "600"
    for back in (palette.window, palette.surface, palette.calm_soft):
        assert contrast(countdown["color"], back) >= 4.5


@BOTH
def test_the_partners_colours_read_on_the_palette(palette: Palette):
    for _name, colour in first_run.COLOURS:
        assert contrast(colour, "#FFFFFF") >= 4.5, colour  # white words on their chip
        line = partner_line(colour, palette)
        for back in (palette.window, palette.surface):
            assert contrast(line, back) >= 4.5, (colour, line, back)  # their name in their colour


@BOTH
def test_the_progress_pictures_are_readable_on_screen(palette: Palette):
    chart = progress_drawing.chart_colours(palette)
    assert chart.surface == palette.surface
    for ink in (chart.ink, chart.ink_soft, chart.line, chart.today):
        assert contrast(ink, chart.surface) >= 4.5, ink
    for mark in (chart.outline, chart.shared, chart.bar):
        assert contrast(mark, chart.surface) >= 3.0, mark
    assert contrast(chart.on_shared, chart.shared) >= 4.5


ALLOWED = {
    "palette.py": "the palette itself",
    "progress_drawing.py": "the pictures' two palettes",
    "first_run.py": "the partners' colours to choose from (kept with the couple)",
    "journal_pdf.py": "the printed journal is always light",
    "run_page.py": "white words on a partner's own colour (checked above)",
}


def test_no_colour_is_chosen_outside_the_palette():
    gui = Path(today_page.__file__).parent
    stray = []
    for path in sorted(gui.rglob("*.py")):
        if path.name in ALLOWED:
            continue
        text = path.read_text(encoding="utf-8")
        for found in HEX.finditer(text):
            stray.append(f"{path.relative_to(gui)}: {found.group(0)}")
        for found in re.finditer(r"QColor\(\s*\d", text):
            stray.append(f"{path.relative_to(gui)}: {found.group(0)}")
    assert stray == []
