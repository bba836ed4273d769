"""File pickers, in one place so a test can give its own answer (a page keeps the picker it
uses as an attribute, ``pick_save`` / ``pick_open``, which a test replaces on that page)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from .i18n import translate

SavePicker = Callable[[QWidget, str, str, str], "Path | None"]
"""(parent, title, suggested file name, filter) -> the chosen path, or None."""
OpenPicker = Callable[[QWidget, str, str], "Path | None"]
"""(parent, title, filter) -> the chosen path, or None."""


def save_path(parent: QWidget, title: str, suggested: str, filter_text: str) -> Path | None:
    """Where to save; the caller asks before replacing a file (so it can say what it holds)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), filter_text, options=QFileDialog.Option.DontConfirmOverwrite
    )
    return Path(name) if name else None


def open_path(parent: QWidget, title: str, filter_text: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filter_text)
    return Path(name) if name else None


def confirm_replace(parent: QWidget, path: Path, then: Callable[[], None]) -> None:
    """``then()`` at once for a new file; for one that is there already, after asking."""
    if not path.exists():
        then()
        return
    words = translate("pickers", "There is already a file called {name} there. Replace it with this one?")
    ask(
        parent,
        "confirmReplace",
        translate("pickers", "Replace the file?"),
        words.format(name=path.name),
        translate("pickers", "Replace it"),
        then,
    )


def ask(parent: QWidget, name: str, title: str, words: str, action: str, then: Callable[[], None]) -> None:
    """``then()`` once the person chose ``action``; Cancel (the default) does nothing."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, words, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName(name)
    chosen = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: then() if button is chosen else None)
    from .lock import step_away_keys  # Ctrl+Shift+H and Ctrl+L reach the window from here too

    step_away_keys(box)
    box.open()
