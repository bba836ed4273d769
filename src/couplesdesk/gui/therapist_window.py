"""The therapist's window: the exercise library, the plan builder and the therapist's key.

It never shows a couple's screens (Today, a running exercise, the pause bar). The first time,
before anything else, the therapist makes a key (reports come back sealed to it). Pages sit
in a sidebar like the couple's, each with its shortcut; the reports inbox is Ctrl+3 (and
Ctrl+O opens report files into it; Ctrl+Shift+O opens a plan). The lock (Ctrl+L) and quick
hide (Ctrl+Shift+H) cover it as they do the couple's window (``gui/lock.py``); the menu bar
is ``gui/menus.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..storage import therapist_key
from .first_frame import after_first_frame
from .focus import controls_in
from .i18n import translate
from .lock import THERAPIST_LOCK, Guard, step_away_keys
from .menus import therapist_menus
from .mode import COUPLE, ModeSection, switch_mode
from .services import Services
from .window_pages import LazyPage, holder_of

if TYPE_CHECKING:
    from .library_page import LibraryPage
    from .plan_builder import PlanBuilderPage
    from .reports_inbox import ReportsInbox
    from .therapist_key_page import KeyPage


class TherapistWindow(QMainWindow):
    """The window in therapist mode."""

    def __init__(self, services: Services):
        super().__init__()
        self.services = services
        self.setObjectName("therapistWindow")
        self.setWindowTitle(translate("therapist_window", "CouplesDesk for therapists"))
        self.resize(1100, 740)
        self.setMinimumSize(QSize(800, 560))
        self.stack = QStackedWidget(self)  # the content, under the lock and quick-hide screens
        self.setCentralWidget(self.stack)
        body = QWidget(self.stack)
        self.stack.addWidget(body)
        self._build_body(body)
        self._nav_pages: list[QWidget] = []
        self._library: LazyPage[LibraryPage] = LazyPage(self._make_library, self.pages)
        self._plan: LazyPage[PlanBuilderPage] = LazyPage(self._make_plan_builder, self.pages)
        self._key: LazyPage[KeyPage] = LazyPage(self._make_key_page, self.pages)
        self._inbox: LazyPage[ReportsInbox] = LazyPage(self._make_inbox, self.pages)
        self.add_page(translate("therapist_window", "Exercises"), self._library, "Ctrl+1")
        self.add_page(translate("therapist_window", "Homework plan"), self._plan, "Ctrl+2")
        self.add_page(translate("therapist_window", "Reports"), self._inbox, "Ctrl+3")
        self.add_page(translate("therapist_window", "Your key"), self._key, "Ctrl+7")
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.guard = Guard(self, self.stack, body, THERAPIST_LOCK)
        self.ticker = QTimer(self)  # the lock's clock: it locks by itself after time away
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self._build_actions()
        therapist_menus(self)
        self._shown_once = False
        self._leaving = False  # the therapist chose to leave a plan not saved
        if therapist_key.has_key(services.paths.root):
            self.show_page(self._plan)
        else:
            self._first_key()

    def _build_body(self, body: QWidget) -> None:
        side = self.sidebar = QWidget(body)
        side.setObjectName("sidebar")
        side.setFixedWidth(190)
        self.pages = QStackedWidget(body)
        self.pages.setObjectName("pages")
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.pages, 1)
        self.nav = QListWidget(side)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(translate("therapist_window", "Pages"))
        self.settings_button = QPushButton(translate("therapist_window", "Settings"), side)
        self.settings_button.setObjectName("namesButton")  # the same quiet link as the couple's
        self.settings_button.setAccessibleName(translate("therapist_window", "Settings (Ctrl+,)"))
        self.settings_button.setFlat(True)
        self.settings_button.clicked.connect(self.open_settings)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 12)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.settings_button)

    def _build_actions(self) -> None:
        self._action(
            translate("therapist_window", "Quit"), "Ctrl+Q", self.close
        )  # Ctrl+Q everywhere (no standard Quit key on Windows)
        self._action(translate("therapist_window", "Find exercise"), QKeySequence.StandardKey.Find, self._focus_search)
        self._action(translate("therapist_window", "Settings"), "Ctrl+,", self.open_settings)
        self._action(
            translate("therapist_window", "New plan"),
            QKeySequence.StandardKey.New,
            lambda: self._on_plan(lambda p: p.new_plan()),
        )
        self._action(
            translate("therapist_window", "Open plan..."),
            "Ctrl+Shift+O",
            lambda: self._on_plan(lambda p: p.open_plan()),
        )
        self._action(
            translate("therapist_window", "Save plan"),
            QKeySequence.StandardKey.Save,
            lambda: self._on_plan(lambda p: p.save()),
        )
        self._action(translate("therapist_window", "Open reports..."), QKeySequence.StandardKey.Open, self.open_reports)
        self._action(translate("therapist_window", "Lock"), "Ctrl+L", self.guard.lock)
        self.hide_action = self._action(
            translate("therapist_window", "Quick hide"), "Ctrl+Shift+H", self.guard.toggle_hide
        )

    def set_actions_enabled(self, enabled: bool) -> None:
        """Off while the lock or quick hide covers the window (quick hide stays, to come back)."""
        for action in self.actions():
            action.setEnabled(enabled or action is self.hide_action)

    def cover_run(self) -> None:
        """The lock covers the window: the key opened for the inbox is forgotten, and the reports
        it opened leave the screen (they open again with the key's passphrase)."""
        if self._inbox.built is not None:
            self._inbox.built.cover()

    def discard_private_turn(self) -> None:
        """Quick hide: nothing of a couple's is written here (a report read stays, behind the notes)."""

    def show_start_page(self) -> None:
        """Back from quick hide: the page that was on screen stays."""

    def _action(self, label: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(label, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def add_page(self, label: str, page: QWidget, shortcut: str) -> None:
        """A page in the sidebar, with its shortcut (the reports inbox comes in here)."""
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
        item.setToolTip(f"{label} ({shortcut})")
        self.nav.addItem(item)
        self.pages.addWidget(page)
        self._nav_pages.append(page)
        row = self.nav.count() - 1
        self._action(label, shortcut, lambda: self.nav.setCurrentRow(row) if self.nav.isEnabled() else None)

    # ------------------------------------------------------------------ pages

    def _make_library(self) -> LibraryPage:
        from .library_page import LibraryPage

        page = LibraryPage(self.services.library)  # without services: no "Start here" for a therapist
        page.start.setText(translate("therapist_window", "Add to the plan"))
        page.start.setAccessibleName(translate("therapist_window", "Add the selected exercise to the homework plan"))
        page.start_requested.connect(self._add_to_plan)
        return page

    def _make_plan_builder(self) -> PlanBuilderPage:
        from .plan_builder import PlanBuilderPage

        return PlanBuilderPage(self.services, self._plan)

    def _make_key_page(self) -> KeyPage:
        from .therapist_key_page import KeyPage

        page = KeyPage(self.services, self._key)
        page.made.connect(self._key_made)
        return page

    def _make_inbox(self) -> ReportsInbox:
        from .reports_inbox import ReportsInbox

        return ReportsInbox(self.services, self._inbox)

    @property
    def reports_inbox(self) -> ReportsInbox:
        return self._inbox.page()

    def open_reports(self) -> None:
        if self.nav.isEnabled():
            self.show_page(self._inbox)
            self.reports_inbox.choose()

    @property
    def library_page(self) -> LibraryPage:
        return self._library.page()

    @property
    def plan_builder(self) -> PlanBuilderPage:
        return self._plan.page()

    @property
    def key_page(self) -> KeyPage:
        return self._key.page()

    def current_page(self) -> QWidget:
        widget = self.pages.currentWidget()
        assert widget is not None
        page: QWidget = widget.page() if isinstance(widget, LazyPage) else widget
        return page

    def show_page(self, page: QWidget) -> None:
        holder = holder_of(page)
        assert holder is not None
        if holder in self._nav_pages:
            self.nav.setCurrentRow(self._nav_pages.index(holder))
        self.pages.setCurrentWidget(holder)
        self._focus_into(holder)

    def _nav_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentWidget(self._nav_pages[row])
            self._focus_into(self._nav_pages[row])

    def _focus_into(self, holder: QWidget) -> None:
        focused = self.focusWidget()
        if focused is self.nav or (focused is not None and holder.isAncestorOf(focused)):
            return
        page = holder.page() if isinstance(holder, LazyPage) else holder
        last = page.focusWidget()
        if last is not None and page.isAncestorOf(last) and last.isVisibleTo(self) and last.isEnabled():
            last.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for widget in controls_in(page):
            if widget.isVisibleTo(self) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _first_key(self) -> None:
        """The first time: the key comes first; the sidebar waits until it is made."""
        self.sidebar.hide()
        self.nav.setEnabled(False)
        self.key_page.first_time(True)
        self.show_page(self._key)

    def _key_made(self) -> None:
        if not self.sidebar.isVisible():
            self.sidebar.show()
            self.nav.setEnabled(True)
            self.key_page.first_time(False)

    def _on_plan(self, act: Callable[[PlanBuilderPage], object]) -> None:
        if self.nav.isEnabled():
            self.show_page(self._plan)
            act(self.plan_builder)

    def _add_to_plan(self, exercise_id: str) -> None:
        self.show_page(self._plan)
        self.plan_builder.add_exercise(exercise_id)

    def open_homework(self, path: str) -> None:
        """A plan file handed to the app (``couplesdesk open FILE``, the desktop): in therapist
        mode it opens in the plan builder, to be changed (after asking, if one is not saved)."""
        if not self.nav.isEnabled():  # the key comes first
            return
        self.show_page(self._plan)
        self.plan_builder.leave_then(lambda: self.plan_builder.open_file(Path(path)))

    def _focus_search(self) -> None:
        if self.nav.isEnabled():
            self.show_page(self._library)
            self.library_page.search.setFocus()
            self.library_page.search.selectAll()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self)
        dialog.open()

    # ------------------------------------------------------------------ life

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            after_first_frame(self, self.services.load_library_soon)

    def tick(self) -> None:
        """Once a second (tests call it after moving their clock)."""
        self.services.bus.tick.emit()

    def stand_down(self) -> None:
        self.ticker.stop()
        self.guard.stand_down()
        for page in (self._key.built, self._plan.built, self._inbox.built):
            if page is not None:
                page.finish_work()
        self.services.close()

    def leave_then(self, then: Callable[[], None]) -> None:
        """``then()`` (close, switch mode), after asking if a plan on screen is not saved;
        once the therapist chose to leave it, closing does not ask again."""
        builder = self._plan.built
        if builder is None or not builder.unsaved:
            then()
            return

        def leave() -> None:
            self._leaving = True
            then()

        self.show_page(builder)
        builder.leave_then(leave)

    def closeEvent(self, event: QCloseEvent) -> None:
        builder = self._plan.built
        if builder is not None and builder.unsaved and not self._leaving:
            event.ignore()  # the plan on screen is kept; asked first

            def close_now() -> None:
                self.close()

            self.leave_then(close_now)
            return
        self.stand_down()
        super().closeEvent(event)


class SettingsDialog(QDialog):
    """Settings in therapist mode: for now, back to couple mode."""

    def __init__(self, window: TherapistWindow):
        super().__init__(window)
        self.setObjectName("therapistSettings")
        self.setWindowTitle(translate("therapist_window", "Settings"))

        def to_couple() -> None:
            self.reject()
            window.leave_then(lambda: switch_mode(window, window.services, COUPLE))

        self.section = ModeSection(COUPLE, to_couple)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section)
        layout.addWidget(buttons)
        step_away_keys(self)
        self.setMinimumWidth(460)
        self.setWindowModality(Qt.WindowModality.WindowModal)
