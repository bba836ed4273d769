"""Fixtures for driving the real main window on a fresh data dir and a clock the test moves."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QTextBrowser, QWidget

from couplesdesk.app import create
from couplesdesk.core.clock import FakeClock


@pytest.fixture
def clock():
    # Local wall-clock time, so clock.today() and the times the app prints (local) agree on
    # any machine's time zone.
    return FakeClock(datetime(2026, 11, 20, 19, 0).astimezone())


@pytest.fixture
def services(tmp_path, clock):
    """The services a single page needs, on a fresh database with a couple set up."""
    from couplesdesk.core.library import load_library
    from couplesdesk.gui.services import Services
    from couplesdesk.paths import DataPaths
    from couplesdesk.resources import builtin_exercises
    from couplesdesk.storage import Store

    store = Store.open(tmp_path / "db.sqlite", clock)
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.couple.acknowledge_safety()
    services = Services(
        paths=DataPaths(tmp_path), library=load_library(builtin_exercises(), None), store=store, clock=clock
    )
    yield services
    services.close()  # as the app does on quit: the database worker's thread is joined


@pytest.fixture
def german(qapp):
    """The interface in German, installed as the app installs it (gui/translators.py, the .qm
    compiled for this session); tests/conftest.py's english_unless_told puts English back."""
    from couplesdesk.gui import translators

    assert translators.install("de") == "de"
    yield


@pytest.fixture
def open_app(qtbot, data_dir, clock):
    """Open the app on the test's data dir; call again to 'restart' it. Couple preset unless told."""
    windows = []

    def _open(couple: bool = True, language: str | None = "en"):
        """``language``: as with --language (English unless told, whatever this computer's
        language is); None for the couple's setting or the computer's language."""
        if couple:
            from couplesdesk.storage import Store

            data_dir.mkdir(parents=True, exist_ok=True)
            store = Store.open(data_dir / "couplesdesk.db", clock)
            if store.couple.get() is None:
                store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
                store.couple.acknowledge_safety()
            store.close()
        chosen = ["--language", language] if language is not None else []
        window = create(["--data-dir", str(data_dir), *chosen], clock=clock)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Shortcuts (Ctrl+P, Esc, Ctrl+Enter) only reach the active window, as on a desktop.
        with qtbot.waitActive(window):
            window.activateWindow()
        windows.append(window)
        return window

    yield _open
    for window in windows:
        window.close()  # closes its services, joining the database worker


def close_app(window) -> None:
    """Close the window as a person would (its services close with it, as on quit)."""
    window.close()


def label_words(label: QLabel) -> str:
    """What a label shows: its text, or the words of its rich text (Markdown from an exercise)."""
    if label.textFormat() == Qt.TextFormat.RichText:
        document = QTextDocument()
        document.setHtml(label.text())
        return document.toPlainText()
    return label.text()


def visible_texts(root: QWidget) -> str:
    """Every piece of text a person could read on screen right now."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            parts.append(label_words(widget))
        elif isinstance(widget, QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit,)):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QTextBrowser):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            parts.append(widget.text())
    return "\n".join(parts)


def settle(qtbot, services) -> None:
    """Wait until the database worker has answered every read and write asked of it: pages
    read there, and show what they read a moment later."""
    qtbot.waitUntil(services.settled, timeout=5000)


def library_announced(qtbot, services) -> None:
    """Wait until pages have been told the library is here (Changes.LIBRARY), and have read
    again for it. Not ``library_if_loaded()``: the worker has the library a moment before the
    GUI thread hears of it."""
    qtbot.waitUntil(lambda: services.library_announced, timeout=10_000)
    settle(qtbot, services)


def no_longer_watched(qtbot, window, clock) -> None:
    """``window`` is closed: its lock no longer sees typing in another window, nor locks when
    the clock moves on and the bus ticks."""
    from PySide6.QtWidgets import QLineEdit

    left = window.guard.last_activity
    clock.advance(minutes=1)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field, "typing elsewhere")
    assert field.text() == "typing elsewhere"
    assert window.guard.last_activity == left
    clock.advance(hours=1)
    window.services.bus.tick.emit()
    assert not window.guard.locked


def rate(qtbot, page, value: int = 2) -> None:
    """Choose ``value`` on the rating of the run page's current step, with the keyboard (a
    rating starts with no number chosen)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSlider

    slider = page.step_widget.findChild(QSlider, "rateSlider")
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    for _ in range(value - slider.minimum()):
        qtbot.keyClick(slider, Qt.Key.Key_Right)


def click(qtbot, button) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    assert button.isVisible(), f"{button.objectName()} is not visible"
    assert button.isEnabled(), f"{button.objectName()} is not enabled"
    if isinstance(button, (QRadioButton, QCheckBox)):
        # On its circle or box, as a person would: only that and the label take a click,
        # and a short label leaves the middle of a wide row empty.
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(qtbot, page: QWidget) -> QWidget:
    """Show one page on its own, at a typical window size, as the tests of single pages do."""
    qtbot.addWidget(page)
    page.resize(900, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def styled(qapp):
    """The app's own style sheet, as the app sets it, for screenshots of a widget shown alone."""
    from couplesdesk.gui.app import _application

    before = qapp.styleSheet()
    _application([])
    yield qapp
    qapp.setStyleSheet(before)
