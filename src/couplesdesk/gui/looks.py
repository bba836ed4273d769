"""How the interface looks: light or dark (or as the system says), and the text size.

The choice is kept in the settings table (``theme``: system, light or dark; ``text_size``: a
percentage from 90 to 200); ``--theme`` overrides it for one session (screenshots). Following
the system reads ``QStyleHints.colorScheme`` and listens to ``colorSchemeChanged`` (Qt 6.5+).

A change applies at once: the app's style sheet is built again from its template
(``resources/style.qss``, see ``palette.fill``), as is every page style set through
``themed``, and Qt re-polishes. Building a sheet is a few string replacements; at start-up it
is built once, as the plain file was read before.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ..resources import resource
from .palette import DARK, DARK_NAME, LIGHT, LIGHT_NAME, Looks, Palette, clamp_scale, fill, looks, set_looks

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

log = logging.getLogger("couplesdesk.looks")

THEME_SETTING = "theme"
TEXT_SIZE_SETTING = "text_size"
SYSTEM = "system"
THEMES = (SYSTEM, LIGHT_NAME, DARK_NAME)


def system_is_dark() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and app.styleHints().colorScheme() == Qt.ColorScheme.Dark


class Appearance(QObject):
    """Signals: changed(): the palette or the text size changed (after the sheets were rebuilt)."""

    changed = Signal()

    def __init__(self, app: QApplication, override: str | None = None):
        super().__init__(app)
        self.app = app
        self.override = override if override in (LIGHT_NAME, DARK_NAME) else None
        self.theme = SYSTEM
        self.scale = 100
        self._template: str | None = None
        self._themed: list[tuple[weakref.ref[QWidget], str]] = []
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    # ------------------------------------------------------------------ choosing

    def palette_now(self) -> Palette:
        chosen = self.override or self.theme
        if chosen == SYSTEM:
            return DARK if system_is_dark() else LIGHT
        return DARK if chosen == DARK_NAME else LIGHT

    def use(self, theme: object = None, scale: object = None) -> None:
        """Apply a theme (system, light, dark) and a text size; unknown values are let go."""
        if theme in THEMES:
            self.theme = str(theme)
        if isinstance(scale, int) and not isinstance(scale, bool):
            self.scale = clamp_scale(scale)
        self.apply()

    def _system_changed(self, _scheme: object) -> None:
        if self.override is None and self.theme == SYSTEM:
            self.apply()

    # ------------------------------------------------------------------ applying

    def apply(self, force: bool = False) -> None:
        wanted = Looks(self.palette_now(), self.scale)
        if wanted == looks() and self._template is not None and not force:
            return
        first = self._template is None
        before = looks().palette
        set_looks(wanted)
        if wanted.palette is DARK or before is DARK:  # light keeps Qt's own, as ever
            self.app.setPalette(qt_palette(wanted.palette, self.app))
        self.app.setStyleSheet(self.sheet())
        if not first:
            self._restyle()
            self.changed.emit()

    def sheet(self) -> str:
        if self._template is None:
            style = resource("style.qss")
            self._template = style.read_text(encoding="utf-8") if style.is_file() else ""
        folder = str(resource("")).replace("\\", "/").rstrip("/")
        return fill(self._template, resources=folder)

    def themed(self, widget: QWidget, template: str) -> None:
        """Give ``widget`` the style sheet ``template``, filled now and again on every change."""
        widget.setStyleSheet(fill(template))
        self._themed.append((weakref.ref(widget), template))

    def _restyle(self) -> None:
        kept = []
        for ref, template in self._themed:
            widget = ref()
            if widget is None:
                continue
            try:
                widget.setStyleSheet(fill(template))
            except RuntimeError:  # its C++ side is gone
                continue
            kept.append((ref, template))
        self._themed = kept
        for top in self.app.topLevelWidgets():
            top.update()


def qt_palette(chosen: Palette, app: QApplication) -> QPalette:
    """Qt's own palette for what the style sheet does not reach (native parts, dialogs)."""
    from PySide6.QtGui import QColor, QPalette  # only when dark, or back from dark: not at every start

    if chosen.name == LIGHT_NAME:
        return app.style().standardPalette()
    made = QPalette()
    role = QPalette.ColorRole
    for where, colour in (
        (role.Window, chosen.window),
        (role.WindowText, chosen.text),
        (role.Base, chosen.surface),
        (role.AlternateBase, chosen.surface_soft),
        (role.Text, chosen.text),
        (role.Button, chosen.surface),
        (role.ButtonText, chosen.text),
        (role.ToolTipBase, chosen.tip_back),
        (role.ToolTipText, chosen.tip_text),
        (role.PlaceholderText, chosen.muted),
        (role.Highlight, chosen.selected),
        (role.HighlightedText, chosen.text),
        (role.Link, chosen.accent_text),
        (role.LinkVisited, chosen.accent_text),
        (role.BrightText, chosen.text),
        (role.Mid, chosen.border),
        (role.Dark, chosen.sidebar),
        (role.Light, chosen.surface_soft),
    ):
        made.setColor(where, QColor(colour))
    for where, colour in ((role.WindowText, chosen.disabled_text), (role.Text, chosen.disabled_text),
                          (role.ButtonText, chosen.disabled_text)):  # fmt: skip
        made.setColor(QPalette.ColorGroup.Disabled, where, QColor(colour))
    return made


_appearance: list[Appearance] = []


def start(app: QApplication, override: str | None = None) -> Appearance:
    """The app's looks, made once (the system's scheme, or ``override``) and applied."""
    if _appearance and _appearance[0].app is app:  # opened again (a test, another window)
        made = _appearance[0]
        made.override = override if override in (LIGHT_NAME, DARK_NAME) else None
        made.theme, made.scale = SYSTEM, 100  # until the settings are read
        made.apply()
        return made
    made = Appearance(app, override)
    _appearance[:] = [made]
    made.apply(force=True)
    return made


def appearance() -> Appearance | None:
    return _appearance[0] if _appearance else None


def themed(widget: QWidget, template: str) -> None:
    """Set ``widget``'s style sheet from ``template`` (``@role@`` colours), kept in step with the theme."""
    made = appearance()
    if made is None:
        widget.setStyleSheet(fill(template))
        return
    made.themed(widget, template)


def use_settings(get: Callable[[str], object]) -> None:
    """Apply the theme and text size kept in the settings (``store.settings.get``)."""
    made = appearance()
    if made is not None:
        made.use(get(THEME_SETTING) or SYSTEM, get(TEXT_SIZE_SETTING) or 100)
