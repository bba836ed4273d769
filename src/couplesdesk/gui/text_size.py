"""The text size from the keyboard: Ctrl++ larger, Ctrl+- smaller, Ctrl+0 the usual size,
in steps of 10% from 90% to 200% (``palette.MIN_SCALE``...). The size is kept in the settings;
the sidebar grows with the text, so the names of the pages are never cut."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QPushButton, QWidget

from ..storage import Store, StoreError
from .i18n import translate
from .looks import TEXT_SIZE_SETTING, appearance
from .palette import STEP, clamp_scale, looks
from .services import Services

log = logging.getLogger("couplesdesk.looks")

SIDEBAR_WIDTH = 190
"""The sidebar's width at the usual text size (main_window.py)."""


def save_text_size(services: Services, percent: int) -> None:
    def save(store: Store) -> None:
        store.settings.set(TEXT_SIZE_SETTING, percent)

    def failed(exc: StoreError) -> None:
        log.warning("The text size could not be saved: %s", exc)

    services.database.run(save, None, failed)


def change_text_size(services: Services, percent: int) -> None:
    """Show the text at ``percent`` (kept within 90-200%) and keep it."""
    made = appearance()
    if made is None:
        return
    percent = clamp_scale(percent)
    if percent == made.scale:
        return
    made.use(scale=percent)
    save_text_size(services, percent)


def fit_sidebar(sidebar: QWidget) -> None:
    """The sidebar as wide as its words need at the text size (190 px at the usual size), and
    no wider: at 200% every pixel is wanted by the page beside it."""
    if looks().scale <= 100:
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        return
    sidebar.ensurePolished()
    need = 0
    for child in sidebar.findChildren(QWidget):
        child.ensurePolished()
        if isinstance(child, QListWidget):
            frame = child.frameWidth() * 2 + child.contentsMargins().left() + child.contentsMargins().right()
            need = max(need, child.sizeHintForColumn(0) + frame + child.verticalScrollBar().sizeHint().width())
        elif isinstance(child, QPushButton):
            need = max(need, child.sizeHint().width())
    sidebar.setFixedWidth(max(SIDEBAR_WIDTH, need + 4))


def install(window: QMainWindow, services: Services, sidebar: QWidget | None = None) -> list[QAction]:
    """The three shortcuts, as actions of ``window`` (work from any page)."""
    made: list[QAction] = []
    steps = (
        ("LargerText", translate("text_size", "Larger text"), (QKeySequence.StandardKey.ZoomIn, "Ctrl+="), STEP),
        ("SmallerText", translate("text_size", "Smaller text"), (QKeySequence.StandardKey.ZoomOut,), -STEP),
        ("UsualTextSize", translate("text_size", "Usual text size"), ("Ctrl+0",), 0),
    )
    for name, words, keys, step in steps:
        action = QAction(words, window)
        action.setObjectName(name)
        bindings: list[QKeySequence] = []
        for key in keys:
            bindings.extend(
                QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
            )
        action.setShortcuts(bindings)
        action.triggered.connect(
            lambda _=False, step=step: change_text_size(services, looks().scale + step if step else 100)
        )
        window.addAction(action)
        made.append(action)
    if sidebar is not None:
        SidebarFit(sidebar)
    return made


class SidebarFit(QObject):
    """Keeps ``sidebar`` as wide as the text size needs (it goes when the sidebar goes, and
    with it its connection)."""

    def __init__(self, sidebar: QWidget):
        super().__init__(sidebar)
        self.sidebar = sidebar
        self.fit()
        looks_now = appearance()
        if looks_now is not None:
            looks_now.changed.connect(self.fit)

    def fit(self) -> None:
        fit_sidebar(self.sidebar)
