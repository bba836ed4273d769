"""How each page of the main window is made and wired, on first use (the window opens on
Today, so the other pages and their modules cost start-up nothing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from .agreements_page import AgreementsPage
    from .boundaries_page import BoundariesPage
    from .first_run import FirstRunPage
    from .history_page import HistoryPage
    from .library_page import LibraryPage
    from .main_window import MainWindow
    from .privacy_page import PrivacyPage
    from .progress_page import ProgressPage
    from .run_page import RunPage
    from .safety_page import SafetyPage
    from .search_page import SearchPage

P = TypeVar("P", bound=QWidget)


class LazyPage(QWidget, Generic[P]):
    """Holds a page that is built, and its module imported, the first time it is needed:
    the window opens on Today, so the other pages need not cost start-up time."""

    def __init__(self, factory: Callable[[], P], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self.built: P | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> P:
        if self.built is None:
            self.built = self._factory()
            # A page taller than the window (large text, the smallest window) scrolls as a whole
            # rather than being squeezed until its words are cut; when it fits, nothing shows.
            # Made with the page, not before: start-up builds every holder.
            self.page_scroll = QScrollArea(self)
            self.page_scroll.setObjectName("pageScroll")
            self.page_scroll.setWidgetResizable(True)
            self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.page_scroll.setWidget(self.built)
            self._layout.addWidget(self.page_scroll)
            if self.isVisible():  # made after this holder was shown: shown by hand
                self.page_scroll.show()
                self.built.show()
        return self.built

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)


def holder_of(page: QWidget) -> QWidget:
    """The LazyPage that holds ``page`` (it sits in a scroll area in it), or ``page`` itself."""
    parent = page.parentWidget()
    while parent is not None:
        if isinstance(parent, LazyPage):
            return parent
        if isinstance(parent, QStackedWidget):
            break
        parent = parent.parentWidget()
    return page


def library(window: MainWindow) -> LibraryPage:
    from .library_page import LibraryPage

    page = LibraryPage(window.services.library, window.services)
    page.start_requested.connect(window.start_exercise)
    return page


def boundaries(window: MainWindow) -> BoundariesPage:
    from .boundaries_page import BoundariesPage

    page = BoundariesPage(window.services)
    page.start_requested.connect(window.start_exercise)
    return page


def agreements(window: MainWindow) -> AgreementsPage:
    from .agreements_page import AgreementsPage

    page = AgreementsPage(window.services, window._agreements)
    page.open_run.connect(lambda _run_id: window.show_page(window.history_page))  # then read it there:
    page.open_run.connect(lambda run_id: window.history_page.open_run(run_id))
    return page


def history(window: MainWindow) -> HistoryPage:
    from .history_page import HistoryPage

    page = HistoryPage(window.services, window._history)  # made in place: no re-styling when added
    page.resume_requested.connect(window.resume_run)
    page.start_requested.connect(window.start_exercise)
    return page


def progress(window: MainWindow) -> ProgressPage:
    from .progress_page import ProgressPage

    page = ProgressPage(window.services, window._progress)  # made in place: not re-styled when added
    page.start_requested.connect(window.start_exercise)
    return page


def safety(window: MainWindow) -> SafetyPage:
    from .safety_page import SafetyPage

    page = SafetyPage(window.services)
    page.hide_requested.connect(window.guard.hide_now)
    return page


def privacy(window: MainWindow) -> PrivacyPage:
    from . import encryption_flow
    from .delete_section import DeleteSection
    from .export_dialog import export_section
    from .language_section import LanguageSection
    from .looks_section import LooksSection
    from .personal_section import PersonalSection
    from .privacy_page import PrivacyPage
    from .reminders_section import ReminderSection
    from .session_report import report_section

    page = PrivacyPage(window.services)
    page.add_section(PersonalSection(window.services))
    page.add_section(ReminderSection(window.services))
    page.add_section(LanguageSection(window))
    page.add_section(LooksSection(window.services))
    page.encrypt_requested.connect(lambda: encryption_flow.turn_on(window))
    page.passphrase_change_requested.connect(lambda: encryption_flow.change_passphrase(window))
    page.decrypt_requested.connect(lambda: encryption_flow.turn_off(window))
    page.lock_requested.connect(window.guard.lock)
    page.hide_requested.connect(window.guard.hide_now)
    page.add_section(export_section(window.services, window))
    page.add_section(report_section(window.services, window))
    page.add_section(DeleteSection(window))
    return page


def search(window: MainWindow) -> SearchPage:
    from .search_page import SearchPage

    return SearchPage(window.services, resume=window.resume_run)


def run(window: MainWindow) -> RunPage:
    from .run_page import RunPage

    page = RunPage(window.services)
    page.closed.connect(lambda: window.show_page(window.today_page))
    return page


def first_run(window: MainWindow) -> FirstRunPage:
    from .first_run import FirstRunPage
    from .mode import THERAPIST, switch_mode

    page = FirstRunPage(window.services)
    page.done.connect(window.first_run_done)
    page.therapist_chosen.connect(lambda: switch_mode(window, window.services, THERAPIST))
    return page
