"""Homework plans come in through the main window: File > Open homework, ``couplesdesk open``,
or a plan file dropped onto it. The preview (gui/homework_import.py) takes it from there."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from .main_window import MainWindow


class PlanDrops(QMainWindow):
    """The main window's part in opening a plan file (a mixin: the window sets acceptDrops)."""

    def choose_homework(self) -> None:
        from .homework_import import choose_plan_file

        choose_plan_file(self.as_main())

    def open_homework(self, path: str) -> None:
        """Preview the plan file at ``path`` (dropped, or handed over by ``couplesdesk open``)."""
        from .homework_import import open_plan

        open_plan(self.as_main(), Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from ..core.plan.files import is_plan_path  # the plan models load when a file comes near

        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile() and is_plan_path(Path(urls[0].toLocalFile())):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            path = urls[0].toLocalFile()
            QTimer.singleShot(0, lambda: self.open_homework(path))  # after the drop is done with

    def as_main(self) -> MainWindow:
        from .main_window import MainWindow

        assert isinstance(self, MainWindow)
        return self
