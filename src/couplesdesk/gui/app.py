"""Application start-up: logging, crash handling, stylesheet, the data dir, the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from .. import __version__
from ..core import language as languages
from ..core.clock import Clock, SystemClock
from ..paths import APP_NAME, DataPaths
from ..resources import resource
from ..storage import StoreError
from .garbage import collect_on_gui_thread

log = logging.getLogger("couplesdesk.app")


LOG_BYTES = 512_000
"""A log file this big is set aside at the next start; the three before it are kept."""
LOG_KEPT = 3


def rotate_log(path: Path, max_bytes: int = LOG_BYTES, kept: int = LOG_KEPT) -> None:
    """Once per start, not per line: a session writes little, and this keeps
    ``logging.handlers`` (with socket and pickle) off the start-up path."""
    if not path.exists() or path.stat().st_size <= max_bytes:
        return
    for n in range(kept - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


class _LogFile(logging.FileHandler):
    """A log file that never breaks the app: if it cannot be opened (its folder was removed,
    the disk is full), the record is dropped the way logging drops any record it cannot write,
    instead of the error reaching the code that logged (``FileHandler.emit`` opens the file
    outside its own error handling)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)


def _setup_logging(paths: DataPaths) -> None:
    """Log to the data folder being opened (a process that opens another folder, as tests do,
    moves its log there too, rather than writing into the first folder it opened)."""
    root = logging.getLogger("couplesdesk")
    for handler in [h for h in root.handlers if isinstance(h, _LogFile)]:
        if Path(handler.baseFilename) == paths.log_file.absolute():
            return
        root.removeHandler(handler)
        handler.close()
    try:
        paths.log_file.parent.mkdir(parents=True, exist_ok=True)
        rotate_log(paths.log_file)
        handler = _LogFile(paths.log_file, encoding="utf-8", delay=True)
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _install_excepthook(paths: DataPaths) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        from PySide6.QtWidgets import QMessageBox  # only when something went wrong

        from .i18n import translate

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("app", "Something went wrong"),
            translate(
                "app",
                "CouplesDesk hit an unexpected problem. Everything you wrote up to a moment ago "
                "is saved.\n\nThe details are in the log file:\n{path}",
            ).format(path=paths.log_file),
        )
        box.setObjectName("crashDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as it is
        box.open()

    sys.excepthook = hook


def _application(qt_args: Sequence[str], theme: str | None = None) -> QApplication:
    """The QApplication (made, or the running one), with the app's name, icon and style
    (``theme``, light or dark, for this session; else as the system is set, until the
    settings are read)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] or APP_NAME, *qt_args])
    collect_on_gui_thread()  # before any thread starts (see garbage.py)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icon.svg"))))
    from .looks import start

    start(app, theme)  # the style sheet, built from the palette
    return app


def system_language() -> str | None:
    """The computer's preferred language for reading ("de-DE"), as the system says it.

    On Linux and the BSDs that is the environment, read the way Qt's own system locale reads
    it (``LANGUAGE``'s first entry, then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), without
    touching ``QLocale``: its first use builds Python enums of every language and country
    (~650 members, 15-30 ms of start-up). Elsewhere the system is asked through ``QLocale``."""
    if sys.platform not in ("win32", "darwin"):
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(name, "").split(":")[0]
            if value:  # the first one set decides; "C" and "POSIX" mean no language (English)
                return None if value.split(".")[0] in ("C", "POSIX") else value
        return None
    from PySide6.QtCore import QLocale

    preferred = QLocale.system().uiLanguages()
    return preferred[0] if preferred else QLocale.system().name()


def build(
    data_dir: str | None,
    qt_args: Sequence[str] = (),
    clock: Clock | None = None,
    language: str | None = None,
    theme: str | None = None,
) -> QMainWindow | None:
    """Build the QApplication (or reuse one) and the main window; the event loop is not entered.

    A damaged database gets the damage window instead (what happened, the newest good backup,
    restore or save what can be read); an encrypted one whose key is not remembered, the
    unlock screen. Returns None, after telling the person why, when the
    data dir cannot be opened for another reason. ``language`` (``--language``) is the one
    exercises are shown in this session; else the couple's setting, else the computer's.
    ``theme`` (``--theme``): light or dark for this session.
    """
    from .opening import first_window
    from .translators import install

    _application(qt_args, theme)
    install(languages.start(language, system_language()))  # before any window with words is built
    paths = DataPaths.resolve(data_dir)
    try:
        paths.ensure()  # private from the first file on; an older folder is tightened
    except OSError as exc:
        cannot_open_data(paths, exc)
        return None
    _setup_logging(paths)  # first, so what opening the data does (a backup, a migration) is logged
    return first_window(paths, clock or SystemClock(), cannot_open_data)


def cannot_open_data(paths: DataPaths, exc: StoreError | OSError) -> None:
    message = (
        str(exc)
        if isinstance(exc, StoreError)
        else f"CouplesDesk cannot use its data folder {paths.root}: {exc.strerror or exc}."
    )
    log.error("Cannot open the data dir: %s", message)
    print(message, file=sys.stderr)
    from PySide6.QtWidgets import QMessageBox  # only when something went wrong

    from .i18n import translate

    if not isinstance(exc, StoreError):
        message = translate("app", "CouplesDesk cannot use its data folder {folder}: {reason}.").format(
            folder=paths.root, reason=exc.strerror or exc
        )
    box = QMessageBox(QMessageBox.Icon.Critical, translate("app", "CouplesDesk cannot open your data"), message)
    box.setObjectName("openError")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path or an error is shown as it is
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        box.exec()


def front(window: QMainWindow) -> QMainWindow:
    """The window that has taken ``window``'s place (after damage or a recovery), if any."""
    while True:
        replaced = window.property("replacedBy")
        if not isinstance(replaced, QMainWindow):
            return window
        window = replaced


def run(
    data_dir: str | None,
    qt_args: Sequence[str] = (),
    language: str | None = None,
    plan: str | None = None,
    quiet: bool = False,
    theme: str | None = None,
) -> int:
    """Run the app (showing the homework ``plan``'s preview, if given); ``quiet`` (started with
    the computer): in the tray, or minimised."""
    from .single_instance import SingleInstance

    _application(qt_args, theme)
    paths = DataPaths.resolve(data_dir)
    instance = SingleInstance(paths)
    if not instance.acquire(plan, knock=not quiet):
        if not quiet:  # started with the computer while open already: nothing to say or show
            handed = " and shows the homework plan" if plan else ""
            print(f"CouplesDesk is already open on {paths.root}; that window has been brought to the front{handed}.")
        return 0
    window = build(data_dir, qt_args, language=language, theme=theme)
    if window is None:
        instance.release()
        return 1
    _install_excepthook(paths)
    app = QApplication.instance()
    assert app is not None
    instance.raise_requested.connect(lambda: _bring_to_front(front(window)))
    instance.open_requested.connect(lambda path: open_homework(front(window), path))
    if plan is not None:
        QTimer.singleShot(0, lambda: open_homework(front(window), plan))
    app.aboutToQuit.connect(lambda: _quit(front(window), instance))
    _show(window, quiet)
    # Tell start-up measurements when the first frame is shown and the loop is idle.
    ready = getattr(window, "ready", None)
    if ready is not None:
        QTimer.singleShot(0, ready.emit)
    return app.exec()


def _show(window: QMainWindow, quiet: bool) -> None:
    if not quiet:
        window.show()
        return
    start_quietly = getattr(window, "start_quietly", None)  # the main window; not the unlock or damage screen
    if start_quietly is not None:
        start_quietly()
    elif window.objectName() == "damageWindow":
        window.show()  # damage is said at once, however the app was started
    else:
        window.showMinimized()  # the unlock screen waits for the passphrase, out of the way


def open_homework(window: QMainWindow, path: str) -> None:
    """Show a homework plan's preview in the window, once it is the main window (not while
    the data is locked or first run is under way: then the file is left for later, and logged)."""
    opener = getattr(window, "open_homework", None)
    if opener is None or not callable(opener):
        log.info("A homework plan was handed over while the window could not show it")
        return
    opener(path)


def _bring_to_front(window: QMainWindow) -> None:
    from .tray import bring_to_front

    bring_to_front(window)
    log.info("Another launch on this data folder: brought the window to the front")


def _quit(window: QMainWindow, instance: object) -> None:
    services = getattr(window, "services", None)
    if services is not None:
        services.close()
    release = getattr(instance, "release", None)
    if release is not None:
        release()
