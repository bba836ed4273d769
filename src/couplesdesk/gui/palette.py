"""Every colour of the interface, in one place: the light palette and the dark one, by role.

Style sheets are templates: ``@role@`` stands for a colour of the palette in use (``@text@``,
``@surface@``...), ``@RESOURCES@`` for the folder of shipped files, and every ``font-size: Npt``
is multiplied by the text size chosen (``fill``). Code that paints reads ``current()``.

The dark palette is its own design, not the light one inverted: deep warm browns and greys,
a soft terracotta and a soft sage, text a warm off-white (never pure white, which glares at
night). ``READING_PAIRS`` names what is read on what; ``tests/gui/test_palette_contrast.py``
holds every pair, in both palettes, to WCAG 2.x (4.5:1 body text, 3:1 large text and the
borders and focus rings of controls).

Qt-free on purpose: it is only strings, and it keeps start-up light.
"""

import re
from functools import cache, lru_cache
from typing import NamedTuple

LIGHT_NAME, DARK_NAME = "light", "dark"


class Palette(NamedTuple):
    """The colours of one theme, by what they are for (a named tuple: cheaper to make at
    start-up than a dataclass)."""

    name: str
    # What things sit on.
    window: str  # the page
    sidebar: str  # the sidebar and the top bar; a quiet panel
    surface: str  # cards, fields, lists: what words are written on
    surface_soft: str  # a hovered button, a detail panel, an empty day
    selected: str  # a chosen row or card, an answer chip
    chip: str  # the chosen page in the sidebar, a chip
    # Lines.
    border: str  # the edge of a card (decoration, not a control)
    rule: str  # a hairline between rows
    control_border: str  # the edge of a button or a field (3:1)
    quiet_border: str  # a scroll handle, a step not reached yet
    # Words.
    text: str  # body text (4.5:1 on every surface)
    muted: str  # hints, details, dates (4.5:1 on every surface)
    disabled_text: str  # a control that cannot be used now
    disabled_face: str
    disabled_border: str
    # Terracotta: actions and focus.
    accent: str  # the face of a main button, a chosen box
    on_accent: str  # words on it (4.5:1)
    accent_hover: str
    accent_text: str  # links and toggles (4.5:1 on window and surface)
    focus: str  # the keyboard focus ring (3:1)
    text_selection: str  # selected text in a field
    highlight: str  # a word found by search
    # Sage: calm, the pause, done.
    calm: str  # the face of the Pause button, done steps, bars
    on_calm: str
    calm_hover: str
    calm_soft: str  # a calm banner, a confirmed answer
    calm_soft_hover: str
    calm_border: str
    calm_text: str  # countdowns, numbers, calm words (4.5:1 on window, surface and calm_soft)
    # Warm notes: a flag, a problem to look at.
    warm_soft: str
    warm_border: str
    warm_text: str  # (4.5:1 on warm_soft, window and surface)
    # Tooltips.
    tip_back: str
    tip_text: str


LIGHT = Palette(
    name=LIGHT_NAME,
    window="#FBF7F2",
    sidebar="#F3ECE3",
    surface="#FFFFFF",
    surface_soft="#F6EFE7",
    selected="#F1E2D6",
    chip="#E7D7C6",
    border="#E6DBCD",
    rule="#EFE6DB",
    control_border="#958578",
    quiet_border="#DCCFC0",
    text="#3B3330",
    muted="#6E625A",
    disabled_text="#9A8F86",
    disabled_face="#EFE8E0",
    disabled_border="#E2D8CD",
    accent="#A8573F",
    on_accent="#FFFFFF",
    accent_hover="#94492F",
    accent_text="#94492F",
    focus="#B8654B",
    text_selection="#E9C9B8",
    highlight="#E8C3A8",
    calm="#587A60",
    on_calm="#FFFFFF",
    calm_hover="#4A6651",
    calm_soft="#EEF3EE",
    calm_soft_hover="#E2EBE3",
    calm_border="#C8D6CA",
    calm_text="#2F4A36",
    warm_soft="#FCEFE3",
    warm_border="#EBC9A8",
    warm_text="#7A4A2E",
    tip_back="#3B3330",
    tip_text="#FBF7F2",
)

DARK = Palette(
    name=DARK_NAME,
    window="#221D1A",  # a deep warm brown-grey, like a room with one lamp on
    sidebar="#1B1714",
    surface="#2C2622",
    surface_soft="#342D28",
    selected="#4A3A31",
    chip="#4E3F35",
    border="#443A33",
    rule="#3A322C",
    control_border="#8E7E72",
    quiet_border="#51463F",
    text="#EFE6DC",
    muted="#BDAFA3",
    disabled_text="#857970",
    disabled_face="#2E2824",
    disabled_border="#3E3630",
    accent="#CC8467",  # terracotta in lamplight: a soft face with dark words
    on_accent="#1E120E",
    accent_hover="#D98B6C",
    accent_text="#EBA184",
    focus="#E39A7E",
    text_selection="#6A4636",
    highlight="#6E4A36",
    calm="#7FA387",  # sage, dimmed for the night: the Pause button is there, not glaring
    on_calm="#16201A",
    calm_hover="#8DB095",
    calm_soft="#27322B",
    calm_soft_hover="#2F3C33",
    calm_border="#4C6553",
    calm_text="#AED0B5",
    warm_soft="#3A2B21",
    warm_border="#6E4E38",
    warm_text="#EDBB95",
    tip_back="#EFE6DC",
    tip_text="#221D1A",
)

PALETTES = {LIGHT_NAME: LIGHT, DARK_NAME: DARK}
ROLES = tuple(field for field in Palette._fields if field != "name")

READING_PAIRS: tuple[tuple[str, str, str], ...] = (
    # (what is read, what it is read on, "text" 4.5:1 | "large" 3:1 | "border" 3:1)
    *((fore, back, "text") for fore in ("text", "muted", "accent_text", "calm_text") for back in ("window", "surface")),
    ("text", "sidebar", "text"),
    ("muted", "sidebar", "text"),
    ("text", "surface_soft", "text"),
    ("muted", "surface_soft", "text"),
    ("text", "selected", "text"),
    ("muted", "selected", "text"),
    ("text", "chip", "text"),
    ("text", "text_selection", "text"),
    ("text", "highlight", "text"),
    ("on_accent", "accent", "text"),
    ("on_accent", "accent_hover", "text"),
    ("on_calm", "calm", "text"),
    ("on_calm", "calm_hover", "text"),
    ("calm_text", "calm_soft", "text"),
    ("calm_text", "calm_soft_hover", "text"),
    ("calm_text", "sidebar", "text"),
    ("warm_text", "warm_soft", "text"),
    ("warm_text", "window", "text"),
    ("text", "warm_soft", "text"),
    ("tip_text", "tip_back", "text"),
    ("accent_text", "sidebar", "text"),
    # Control edges and the focus ring, against the control's face and the page around it.
    *((edge, back, "border") for edge in ("control_border", "focus") for back in ("window", "surface", "sidebar")),
    ("accent", "window", "border"),
    ("accent", "surface", "border"),
    ("calm", "window", "border"),
    ("calm", "surface", "border"),
    ("calm", "calm_soft", "border"),
)

_TOKEN = re.compile(r"@([A-Za-z_]+)@")
_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")

MIN_SCALE, MAX_SCALE, STEP = 90, 200, 10
"""The text size, in percent of the usual size, and one step of Ctrl++ / Ctrl+-."""


def clamp_scale(percent: int) -> int:
    return max(MIN_SCALE, min(MAX_SCALE, int(percent)))


class Looks(NamedTuple):
    """What the interface looks like now: the palette, and the text size in percent."""

    palette: Palette = LIGHT
    scale: int = 100


_current: list[Looks] = [Looks()]


def current() -> Palette:
    """The palette in use (for code that paints)."""
    return _current[0].palette


def looks() -> Looks:
    return _current[0]


def set_looks(value: Looks) -> None:
    _current[0] = value


def points(size: float, scale: int | None = None) -> float:
    """A font size in points, at the text size chosen."""
    return round(size * (looks().scale if scale is None else scale) / 100, 2)


@lru_cache(maxsize=64)
def _pieces(template: str) -> tuple[str, ...]:
    """A template cut at its ``@role@`` tokens (once per template: a theme change is a join)."""
    return tuple(_TOKEN.split(template))


@cache
def _colours(palette: Palette) -> dict[str, str]:
    """Every role's colour, by name (made once per palette)."""
    return {role: str(getattr(palette, role)) for role in ROLES}


def fill(template: str, palette: Palette | None = None, scale: int | None = None, resources: str = "") -> str:
    """``template`` with its ``@role@`` colours from ``palette`` and its font sizes at ``scale``
    (both default to what is in use). An unknown role is a KeyError: a typo never ships."""
    chosen = palette or current()
    percent = looks().scale if scale is None else scale
    table = {**_colours(chosen), "RESOURCES": resources}
    pieces = _pieces(template)  # words and role names, in turn
    try:
        text = "".join([piece if at % 2 == 0 else table[piece] for at, piece in enumerate(pieces)])
    except KeyError as missing:
        raise KeyError(f"no colour role {missing.args[0]!r} in the palette") from None
    if percent != 100:
        text = _FONT_SIZE.sub(lambda m: f"font-size: {points(float(m.group(1)), percent):g}pt", text)
    return text


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#RRGGBB``."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio between two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


PARTNER_ON_DARK = {
    "#B0583E": "#E0957A",  # terracotta
    "#4F7358": "#93BE9D",  # sage
    "#3F6E8C": "#8DB8D6",  # lake blue
    "#7F4F78": "#CC9BC4",  # plum
    "#94701F": "#D9B36A",  # ochre
    "#A5506A": "#E29AB0",  # rose
}
"""A partner's colour as a line or words on a dark surface: the same hue, lit (their colour as
a face with white words stays as chosen)."""


PARTNER_ON_LIGHT = {"#94701F": "#826219"}
"""Ochre's words on the cream page (4.3:1) a shade deeper (5.2:1)."""


def partner_line(colour: str, palette: Palette | None = None) -> str:
    """A partner's chosen colour as words or a line on the palette's surfaces."""
    if (palette or current()).name == DARK_NAME:
        return PARTNER_ON_DARK.get(colour.upper(), colour)
    return PARTNER_ON_LIGHT.get(colour.upper(), colour)
