"""The app lock and quick hide: two screens that cover everything in the window.

* **Lock** (Ctrl+L, or by itself after a chosen time away): a screen that shows nothing of what
  was written. With encryption on, it opens only with the passphrase (or recovery key). It
  never locks by itself during a pause: the countdown is what the couple is waiting for.
* **Quick hide** (Ctrl+Shift+H, or the button on the Privacy and Safety pages): at once, a
  plain empty notes screen titled "Notes". What the partner at the screen is writing in private
  is thrown away (care.md: discard the private turn, log nothing). Ctrl+Shift+H again comes
  back, through the lock when encryption is on.

Time away is measured on the app's clock (tests move it) from the last key or mouse event.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..storage import Changes, Store
from .i18n import translate

if TYPE_CHECKING:
    from .services import Services


class LockSetting(NamedTuple):
    """Where a window's "lock by itself after this many minutes away" is kept (0: never), and
    the minutes used while nothing is chosen."""

    key: str
    default: int

    def minutes(self, store: Store) -> int:
        """The minutes chosen, else the default (a stored 0 is a choice: never)."""
        return int(store.settings.get(self.key, self.default) or 0)


COUPLE_LOCK = LockSetting("lock_after_minutes", 0)
"""The couple's window: never locks by itself until they choose (Privacy page)."""

THERAPIST_LOCK = LockSetting("therapist_lock_after_minutes", 15)
"""The therapist's window, kept apart from the couple's choice (the two modes share a data
folder): it opens couples' reports, so it does not stand open all day by default (Your key)."""

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def step_away_keys(dialog: QDialog, before: Callable[[], None] | None = None) -> None:
    """Ctrl+Shift+H and Ctrl+L inside ``dialog`` (the window's own shortcuts do not reach a
    dialog): ``before`` drops what the dialog holds, the dialog closes, and the window it
    belongs to hides or locks, as if the keys had been pressed there."""

    def step_away(then: str) -> None:
        if before is not None:
            before()
        dialog.reject()
        owner = dialog.parentWidget()
        guard = getattr(owner.window(), "guard", None) if owner is not None else None
        if isinstance(guard, Guard):
            getattr(guard, then)()

    for keys, then in (("Ctrl+Shift+H", "hide_now"), ("Ctrl+L", "lock")):
        action = QAction(dialog)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False, then=then: step_away(then))
        dialog.addAction(action)


class Guarded(Protocol):
    """What a window guarded by the lock and quick hide does (the couple's, the therapist's)."""

    services: Services

    def cover_run(self) -> None: ...  # the lock covers it: save what is typed, forget every key
    def discard_private_turn(self) -> None: ...  # quick hide: what is being written in private goes
    def set_actions_enabled(self, enabled: bool, /) -> None: ...
    def show_start_page(self) -> None: ...
    def windowTitle(self) -> str: ...
    def setWindowTitle(self, title: str, /) -> None: ...


class Guard(QObject):
    """Covers ``content`` in ``stack`` with the lock screen or the neutral screen."""

    def __init__(self, window: Guarded, stack: QStackedWidget, content: QWidget, setting: LockSetting = COUPLE_LOCK):
        """``setting``: where the minutes before it locks by itself are kept."""
        super().__init__(stack)
        self.setting = setting
        self.window, self.stack, self.content = window, stack, content
        self.title = window.windowTitle()  # given back when quick hide ends
        self.services = window.services
        self.lock_screen: QWidget | None = None
        self.neutral: QWidget | None = None
        self._locked = False
        self.lock_after = 0
        self.last_activity = self.services.clock.now()
        self._watching = False
        self._stood_down = False
        self.services.bus.tick.connect(self._tick)
        self.services.bus.changed.connect(self._changed)
        self._asked = False  # the setting is read at the first tick, not before the first frame

    # ------------------------------------------------------------------ state

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def hidden(self) -> bool:
        return self.neutral is not None and self.stack.currentWidget() is self.neutral

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = self.services.clock.now()
        return False

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.SETTINGS:
            self._read_setting()

    def stand_down(self) -> None:
        """The window is going (another takes its place): stop watching the whole app's events
        and the bus, so a window left behind costs nothing and never locks."""
        self._watch(False)
        if not self._stood_down:  # a window stands down before it closes, and again as it closes
            self._stood_down = True
            self.services.bus.tick.disconnect(self._tick)
            self.services.bus.changed.disconnect(self._changed)

    def _read_setting(self) -> None:
        def got(minutes: int) -> None:
            self.lock_after = minutes
            self._watch(minutes > 0)

        self.services.database.run(self.setting.minutes, got, lambda _exc: None)

    def _watch(self, on: bool) -> None:
        """Time away is watched only while a lock by itself is chosen: an application-wide
        event filter sees every event of the app (paints and layouts too)."""
        app = QApplication.instance()
        if app is None or on == self._watching or (on and self._stood_down):
            return
        if on:
            self.last_activity = self.services.clock.now()
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def _tick(self) -> None:
        if not self._asked:
            self._asked = True
            self._read_setting()
        if not self.lock_after or self._locked or self.hidden:
            return
        if self.services.clock.now() - self.last_activity < timedelta(minutes=self.lock_after):
            return
        if self.services.store.pauses.active() is not None:
            return  # never during a pause
        self.lock()

    # ------------------------------------------------------------------ lock

    def lock(self) -> None:
        if self._locked or self.hidden:
            return
        self.window.cover_run()
        self._locked = True
        screen = self._lock_screen()
        self.stack.setCurrentWidget(screen)
        self.window.set_actions_enabled(False)
        screen.setFocus()

    def _lock_screen(self) -> QWidget:
        if self.lock_screen is not None:
            self.lock_screen.deleteLater()  # encryption may have been turned on or off since
        key, root = self.services.key, self.services.paths.root
        screen: QWidget
        if key is not None:
            from ..storage import encryption
            from .passphrase_panel import PassphrasePanel

            def check(secret: str) -> bytes:
                if encryption.unlock(root, secret) != key:
                    raise encryption.WrongPassphrase()
                return key

            panel = PassphrasePanel(
                translate("lock", "CouplesDesk is locked"), translate("lock", "Type your passphrase to open it."), check
            )
            panel.accepted.connect(lambda _result: self.unlock())
            screen = panel
        else:
            screen = QWidget()
            from .run_parts import text_label  # with the lock screen, not on the first frame

            title = text_label("lockTitle", "title")
            title.setText(translate("lock", "CouplesDesk is locked"))
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            button = QPushButton(translate("lock", "Open"))
            button.setObjectName("lockOpen")
            button.setProperty("primary", True)
            button.clicked.connect(self.unlock)
            column = QVBoxLayout(screen)
            column.addStretch(1)
            column.addWidget(title)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
            column.addStretch(2)
        screen.setObjectName("lockScreen")
        self.stack.addWidget(screen)
        self.lock_screen = screen
        return screen

    def unlock(self) -> None:
        self._locked = False
        self.last_activity = self.services.clock.now()
        self.stack.setCurrentWidget(self.content)
        self.window.set_actions_enabled(True)

    # ------------------------------------------------------------------ quick hide

    def toggle_hide(self) -> None:
        if self.hidden:
            self._come_back()
        else:
            self.hide_now()

    def hide_now(self) -> None:
        self.window.discard_private_turn()
        neutral = self._neutral()
        self.stack.setCurrentWidget(neutral)
        self.window.setWindowTitle(translate("lock", "Notes"))
        self.window.set_actions_enabled(False)
        neutral.setFocus()

    def _neutral(self) -> QWidget:
        if self.neutral is None:
            note = QPlainTextEdit()  # nothing typed here is kept anywhere
            note.setObjectName("neutralScreen")
            note.setPlaceholderText(translate("lock", "Notes"))
            note.setAccessibleName(translate("lock", "Notes"))
            self.stack.addWidget(note)
            self.neutral = note
        assert self.neutral is not None
        if isinstance(self.neutral, QPlainTextEdit):
            self.neutral.clear()
        return self.neutral

    def _come_back(self) -> None:
        self.window.setWindowTitle(self.title)
        self.window.show_start_page()
        self.stack.setCurrentWidget(self.content)  # not painted before the lock covers it
        if self.services.key is not None or self._locked:
            self._locked = False
            self.lock()
            return
        self.unlock()
