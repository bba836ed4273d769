"""The main window: a pause button always in view, a quiet sidebar of pages, the current page."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ..storage import StoreError
from . import text_size
from . import window_pages as pages
from .first_frame import after_first_frame
from .focus import controls_in, follow_selection
from .homework_drops import PlanDrops
from .i18n import translate
from .lock import Guard
from .menus import couple_menus
from .pause_bar import PauseBar
from .services import Services
from .today_page import TodayPage
from .tray import furnish
from .window_pages import LazyPage, holder_of

if TYPE_CHECKING:  # the other pages are imported when first shown, not at start-up
    from ..core.engine import Run
    from .agreements_page import AgreementsPage
    from .boundaries_page import BoundariesPage
    from .first_run import FirstRunPage
    from .history_page import HistoryPage
    from .homework_preview import PlanPreview
    from .library_page import LibraryPage
    from .privacy_page import PrivacyPage
    from .progress_page import ProgressPage
    from .reminders import Reminders
    from .run_page import RunPage
    from .safety_page import SafetyPage
    from .search_page import SearchPage

log = logging.getLogger("couplesdesk.window")

PAUSE_EXERCISE = "timed-pause"


class MainWindow(PlanDrops):
    """Signals: ready(), emitted once the window is shown and the event loop is idle (start-up timing)."""

    ready = Signal()

    def __init__(self, services: Services):
        super().__init__()
        self.services = services
        self.preview: PlanPreview | None = None  # the homework plan being previewed, if any
        self.setAcceptDrops(True)  # a homework plan dropped on the window opens its preview
        self.setObjectName("mainWindow")
        self.setWindowTitle("CouplesDesk")
        self.resize(1100, 740)
        self.setMinimumSize(QSize(800, 560))
        # Made top down, each widget with its parent (moving a widget into another re-styles all of
        # it). The window's content, under which the lock and quick-hide screens sit (gui/lock.py).
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("windowStack")
        self.setCentralWidget(self.stack)
        central = QWidget(self.stack)
        self.stack.addWidget(central)
        self.bar = PauseBar(services, central)
        self.bar.pause_requested.connect(self.call_pause)
        self.bar.fit_button()
        self.pause_button = self.bar.pause_button
        body = QWidget(central)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(body, 1)
        self._build_body(body)
        self._build_pages()
        self.guard = Guard(self, self.stack, central)
        self._build_actions()
        couple_menus(self)  # File, Go, Help: the actions above, in menus
        self._shown_once = False
        self._reminders: Reminders | None = None  # made after the first frame (see reminders)
        services.bus.damaged.connect(self._damaged)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        couple = services.store.couple.get()
        if couple is None or not couple.safety_acknowledged:
            self._show_first_run()
        else:
            self._open_start_page()

    def _build_body(self, body: QWidget) -> None:
        side = self.sidebar = QWidget(body)
        side.setObjectName("sidebar")
        side.setFixedWidth(190)
        self.pages = QStackedWidget(body)
        self.pages.setObjectName("pages")
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(side)
        body_layout.addWidget(self.pages, 1)
        self.nav = QListWidget(side)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(translate("main_window", "Pages"))
        self.names_button = QPushButton(translate("main_window", "Names and colours"), side)
        self.names_button.setObjectName("namesButton")
        self.names_button.setAccessibleName(translate("main_window", "Change your names and colours (Ctrl+,)"))
        self.names_button.setFlat(True)
        self.names_button.clicked.connect(self.edit_names)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 12)
        side_layout.setSpacing(0)
        self.homework_button = QPushButton(translate("main_window", "Open homework..."), side)
        self.homework_button.setObjectName("openHomeworkButton")
        self.homework_button.setAccessibleName(translate("main_window", "Open your therapist's homework (Ctrl+O)"))
        self.homework_button.setFlat(True)
        self.homework_button.clicked.connect(self.choose_homework)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.homework_button)
        side_layout.addWidget(self.names_button)

    def _build_pages(self) -> None:
        self.today_page = TodayPage(self.services, self.pages)
        self._library: LazyPage[LibraryPage] = LazyPage(lambda: pages.library(self), self.pages)
        self._boundaries: LazyPage[BoundariesPage] = LazyPage(lambda: pages.boundaries(self), self.pages)
        self._agreements: LazyPage[AgreementsPage] = LazyPage(lambda: pages.agreements(self), self.pages)
        self._history: LazyPage[HistoryPage] = LazyPage(lambda: pages.history(self), self.pages)
        self._safety: LazyPage[SafetyPage] = LazyPage(lambda: pages.safety(self), self.pages)
        self._progress: LazyPage[ProgressPage] = LazyPage(lambda: pages.progress(self), self.pages)
        self._privacy: LazyPage[PrivacyPage] = LazyPage(lambda: pages.privacy(self), self.pages)
        self._search: LazyPage[SearchPage] = LazyPage(lambda: pages.search(self), self.pages)
        self._run: LazyPage[RunPage] = LazyPage(lambda: pages.run(self), self.pages)
        self._first_run: LazyPage[FirstRunPage] = LazyPage(lambda: pages.first_run(self), self.pages)
        self._nav_pages: list[QWidget] = []
        self._add_page(translate("main_window", "Today"), self.today_page, "Ctrl+1")
        self._add_page(translate("main_window", "Exercises"), self._library, "Ctrl+2")
        self._add_page(translate("main_window", "Boundaries"), self._boundaries, "Ctrl+3")
        self._add_page(translate("main_window", "Agreements"), self._agreements, "Ctrl+6")  # beside Boundaries
        self._add_page(translate("main_window", "History"), self._history, "Ctrl+4")
        self._add_page(translate("main_window", "Progress"), self._progress, "Ctrl+5")
        self._add_page(translate("main_window", "Search"), self._search, "Ctrl+F", self._focus_search)
        self._add_page(translate("main_window", "Privacy"), self._privacy, "Ctrl+8")
        self._add_page(translate("main_window", "Safety"), self._safety, "Ctrl+9")
        self.pages.addWidget(self._run)
        self.pages.addWidget(self._first_run)
        self.nav.currentRowChanged.connect(self._nav_changed)
        follow_selection(self.nav)
        self.today_page.resume_requested.connect(self.resume_run)
        self.today_page.start_requested.connect(self.start_exercise)
        self.today_page.homework.start_requested.connect(self.start_exercise)
        self.today_page.show_boundaries.connect(lambda: self.show_page(self.boundaries_page))

    def _build_actions(self) -> None:
        self._action(translate("main_window", "Call a pause"), "Ctrl+P", self.call_pause)
        self._action(translate("main_window", "Quit"), "Ctrl+Q", self.close)  # Ctrl+Q everywhere (none on Windows)
        self._action(translate("main_window", "Names and colours"), "Ctrl+,", self.edit_names)
        self._action(translate("main_window", "Open homework..."), QKeySequence.StandardKey.Open, self.choose_homework)
        self._action(translate("main_window", "Lock"), "Ctrl+L", self.guard.lock)
        self._action(translate("main_window", "Prepare for our session"), "Ctrl+R", self.prepare_report)
        self.hide_action = self._action(translate("main_window", "Quick hide"), "Ctrl+Shift+H", self.guard.toggle_hide)
        text_size.install(self, self.services, self.sidebar)  # Ctrl++, Ctrl+-, Ctrl+0

    def set_actions_enabled(self, enabled: bool) -> None:
        """Off while the lock or quick hide covers the window (quick hide stays, to come back)."""
        for action in self.actions():
            if action is not self.hide_action:
                action.setEnabled(enabled)

    # ------------------------------------------------------------------ pages

    @property
    def search_page(self) -> SearchPage:
        return self._search.page()

    @property
    def privacy_page(self) -> PrivacyPage:
        return self._privacy.page()

    @property
    def run_page(self) -> RunPage:
        """The page that runs an exercise (built on first use)."""
        return self._run.page()

    @property
    def first_run(self) -> FirstRunPage:
        """The first-run page: names, colours, safety (built only when needed)."""
        return self._first_run.page()

    @property
    def library_page(self) -> LibraryPage:
        """The Exercises page (built on first use)."""
        return self._library.page()

    @property
    def boundaries_page(self) -> BoundariesPage:
        return self._boundaries.page()

    @property
    def agreements_page(self) -> AgreementsPage:
        return self._agreements.page()

    @property
    def history_page(self) -> HistoryPage:
        return self._history.page()

    @property
    def safety_page(self) -> SafetyPage:
        return self._safety.page()

    def _running(self) -> RunPage | None:
        """The run page if it has been built and holds a run that is under way; else None."""
        page = self._run.built
        return page if page is not None and page.active else None

    def _current_run(self) -> Run | None:
        """The run on the run page, if it has been built and holds one."""
        page = self._run.built
        return page.run if page is not None else None

    def current_page(self) -> QWidget:
        """The page on screen (the page itself, not its LazyPage holder)."""
        widget = self.pages.currentWidget()
        assert widget is not None
        page: QWidget = widget.page() if isinstance(widget, LazyPage) else widget
        return page

    def _holder(self, page: QWidget) -> QWidget:
        """The widget in the page stack that shows ``page`` (its LazyPage, if it has one)."""
        return holder_of(page)

    def prepare_report(self) -> QWidget:
        """Prepare for our session (Ctrl+R): the report for the therapist, each partner choosing their own."""
        from .session_report import prepare

        return prepare(self.services, self)

    def _action(self, label: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(label, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _add_page(self, label: str, page: QWidget, shortcut: str, go: Callable[[], None] | None = None) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
        item.setToolTip(f"{label} ({shortcut})")
        self.nav.addItem(item)
        self.pages.addWidget(page)
        self._nav_pages.append(page)
        row = self.nav.count() - 1
        self._action(label, shortcut, go or (lambda: self.nav.setCurrentRow(row) if self.nav.isEnabled() else None))

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self._nav_pages[row]
        running = self._running()
        if self.pages.currentWidget() is self._run and running is not None:
            # Moving away from a running exercise leaves it for now; Today offers to resume.
            running.leave(quiet=True)
        self.pages.setCurrentWidget(page)
        self._focus_into(page)

    def show_page(self, page: QWidget) -> None:
        page = self._holder(page)
        if page in self._nav_pages:
            self.nav.setCurrentRow(self._nav_pages.index(page))
            self.pages.setCurrentWidget(page)
        else:
            self.nav.blockSignals(True)
            self.nav.clearSelection()
            # Through the view, not setCurrentRow(-1): then a Tab into the list does not make
            # its first row current, which would go to Today and leave a running exercise.
            self.nav.setCurrentIndex(QModelIndex())
            self.nav.blockSignals(False)
            self.pages.setCurrentWidget(page)
        self._focus_into(page)

    def _focus_into(self, page: QWidget) -> None:
        """The keyboard goes along to the page shown, to where it was last on that page or
        its first control; unless it is in the list of pages, moving from page to page."""
        focused = self.focusWidget()
        if focused is self.nav or (focused is not None and page.isAncestorOf(focused) and focused.isVisibleTo(self)):
            return
        last = page.focusWidget()
        if last is not None and page.isAncestorOf(last) and last.isVisibleTo(self) and last.isEnabled():
            last.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        first_control = getattr(page.page() if isinstance(page, LazyPage) else page, "first_control", None)
        if first_control is not None:
            # The page knows its own order (Today, at start-up: walking Qt's focus chain
            # there would wrap every internal widget of its scroll area for Python).
            control = first_control()
            if control is not None:
                control.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        for widget in controls_in(page):
            if widget.isVisibleTo(self) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _show_first_run(self) -> None:
        # Nothing to navigate to yet: the sidebar and the pause control wait until names are in.
        self.nav.setEnabled(False)
        self.names_button.setEnabled(False)
        self.pause_button.setEnabled(False)
        self.sidebar.hide()
        self.pause_button.hide()
        self.show_page(self.first_run)

    def first_run_done(self) -> None:
        self.sidebar.show()
        self.pause_button.show()
        self.nav.setEnabled(True)
        self.names_button.setEnabled(True)
        self.pause_button.setEnabled(True)
        self.show_page(self.today_page)
        from .privacy_offer import offer_encryption_once

        offer_encryption_once(self)  # once, gently; the Privacy page has it any time

    def show_start_page(self) -> None:
        self._open_start_page()

    def _open_start_page(self) -> None:
        """On start: straight back into an active pause; otherwise Today."""
        pause = self.bar.pause
        if pause is not None and self.run_page.resume(pause.run_id):
            self.show_page(self.run_page)
        else:
            self.show_page(self.today_page)

    def _focus_search(self) -> None:
        if not self.nav.isEnabled():
            return
        self.show_page(self.search_page)
        self.search_page.focus_box()

    def edit_names(self) -> None:
        if not self.nav.isEnabled():
            return
        from .first_run import NamesDialog

        dialog = NamesDialog(self.services, self)
        dialog.open()

    # ------------------------------------------------------------------ runs

    def start_exercise(self, exercise_id: str, plan_item_id: str | None = None) -> None:
        running = self._running()
        if running is not None:
            running.leave(quiet=True)
        if self.run_page.start(exercise_id, plan_item_id):
            self.show_page(self.run_page)

    # ------------------------------------------------------------------ homework

    def resume_run(self, run_id: str) -> None:
        running = self._running()
        if running is not None and running.run is not None and running.run.id == run_id:
            self.show_page(self.run_page)
            return
        if running is not None:
            running.leave(quiet=True)
        if self.run_page.resume(run_id):
            self.show_page(self.run_page)

    def call_pause(self) -> None:
        """One action, from anywhere: go to the active pause, or start a new one (it runs at once)."""
        if not self.pause_button.isEnabled():
            return
        pause = self.services.store.pauses.active()
        if pause is not None:
            self.resume_run(pause.run_id)
            return
        run = self._current_run()
        if run is not None and run.exercise.id == PAUSE_EXERCISE and not run.finished:
            self.show_page(self.run_page)
            return
        self.start_exercise(PAUSE_EXERCISE)

    # ------------------------------------------------------------------ time

    def tick(self) -> None:
        """Once a second: countdowns move on, and a pause that is over alerts both partners."""
        self.services.bus.tick.emit()

    @property
    def reminders(self) -> Reminders:
        """The reminders (made when first asked: after the first frame, or by a test)."""
        if self._reminders is None:
            from .reminders import for_window

            self._reminders = for_window(self)
        return self._reminders

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            after_first_frame(self, self._after_first_frame)

    def _after_first_frame(self, now: bool = False) -> None:
        # The first frame needs no exercise library (Today names runs by their kept
        # titles): it loads on a worker thread once the window is up.
        self.services.load_library_soon()
        if now:
            self._start_extras()
        else:
            QTimer.singleShot(0, self._start_extras)  # once the window has answered what came first

    def _start_extras(self) -> None:
        if self.services.bus.closed:  # closed before it came to this
            return
        self.bar.show_tray()
        if self.bar.tray is not None:
            furnish(self.bar.tray, self)
        self.reminders.start()

    def start_quietly(self) -> None:
        """``--quiet``: only the tray icon shows (reminders can come); without a tray, minimised."""
        if self.nav.isEnabled() and QSystemTrayIcon.isSystemTrayAvailable():
            self._shown_once = True
            self._after_first_frame(now=True)
        else:
            self.showMinimized()

    def _damaged(self, damage: StoreError) -> None:
        """The background check found the database damaged: stop using it; the damage window
        takes over (nothing more is written, nothing is deleted)."""
        from .damage_window import DamageWindow
        from .opening import replace

        log.error("Damage found after opening: %s", damage)
        window = DamageWindow(self.services.paths, self.services.clock, str(damage), self.services.key)
        paths, clock, key = self.services.paths, self.services.clock, self.services.key
        window.recovered.connect(lambda: replace(window, paths, clock, key))
        self.setProperty("replacedBy", window)
        window.show()
        self.close()

    def flush_run(self) -> None:
        """Save what is typed in a running exercise now."""
        if self._run.built is not None:
            self._run.built.flush()

    def cover_run(self) -> None:
        """The lock covers the window: what is typed is saved, every personal key closes (on the
        database worker's connection too, where History and the export open theirs)."""
        if self._run.built is not None:
            self._run.built.gate.cover()
        self.services.forget_keys()

    def discard_private_turn(self) -> None:
        if self._run.built is not None:
            self._run.built.discard_private_turn()

    def stand_down(self) -> None:
        """Save what is typed, stop the clock and close every connection (before the data
        folder's files are rewritten; a new window then opens on them)."""
        self.flush_run()
        self.ticker.stop()
        self.guard.stand_down()
        if self._reminders is not None:
            self._reminders.stop()
        self.services.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stand_down()
        super().closeEvent(event)
