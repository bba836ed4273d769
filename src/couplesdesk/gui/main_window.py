"""The main window: a quiet sidebar of pages on the left, the current page on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from .library_page import LibraryPage
from .safety_page import SafetyPage
from .services import Services


class MainWindow(QMainWindow):
    """Signals:

    ready(): emitted once the window is shown and the event loop is idle (for start-up timing).
    """

    ready = Signal()

    def __init__(self, services: Services):
        super().__init__()
        self.services = services
        self.setObjectName("mainWindow")
        self.setWindowTitle("CouplesDesk")
        self.resize(1100, 720)
        self.setMinimumSize(QSize(760, 520))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName("Pages")
        self.nav.setFixedWidth(180)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")

        self.library_page = LibraryPage(services.library)
        self.safety_page = SafetyPage()
        self._add_page("Exercises", self.library_page, "Ctrl+2")
        self._add_page("Safety", self.safety_page, "Ctrl+9")
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        quit_action = QAction("Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        find = QAction("Find exercise", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)

    def _add_page(self, label: str, page: QWidget, shortcut: str) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
        item.setToolTip(f"{label} ({shortcut})")
        self.nav.addItem(item)
        self.pages.addWidget(page)
        action = QAction(label, self)
        action.setShortcut(QKeySequence(shortcut))
        row = self.nav.count() - 1
        action.triggered.connect(lambda: self.nav.setCurrentRow(row))
        self.addAction(action)

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))

    def _focus_search(self) -> None:
        self.show_page(self.library_page)
        self.library_page.search.setFocus()
        self.library_page.search.selectAll()
