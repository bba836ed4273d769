"""Building and running the application.

``create(argv)`` builds the QApplication (or reuses the running one) and the main window
without entering the event loop, so tests and benchmarks drive the real app;
``main(argv)`` parses the command line and runs it.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .cli import app_arguments, build_parser
from .cli import main as cli_main
from .core.clock import Clock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def create(argv: Sequence[str] | None = None, clock: Clock | None = None) -> QMainWindow | None:
    """Build the app and its main window for ``argv`` (``--data-dir``, ``--language``,
    ``--theme`` and Qt's own flags).

    ``clock`` replaces the system clock (tests move time on by hand). Returns the main
    window, or None when the data dir cannot be opened (the reason is shown and logged).
    """
    # The app collects cycles on a GUI timer (gui/garbage.py); switched off from here, no
    # collection walks the start-up's imports (tens of thousands of objects that live as long
    # as the process) a few dozen times before the first frame.
    gc.disable()
    # What start-up needs of the core, before Qt: PySide6 installs an import hook that
    # re-reads the source of every module imported after it. The exercise models (pydantic)
    # and sqlite-utils are not needed for the first frame; they load on a worker after it.
    from . import storage  # noqa: F401
    from .gui.app import build
    from .paths import private_files

    private_files()

    opening = app_arguments(list(argv or []))
    if opening is not None:
        return build(*opening, clock)
    args, qt_args = build_parser().parse_known_args(list(argv or []))
    return build(args.data_dir, qt_args, clock, args.language, args.theme)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv)
