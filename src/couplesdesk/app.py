"""Building and running the application.

``create(argv)`` builds the QApplication (or reuses the running one) and the main window
without entering the event loop, so tests and benchmarks drive the real app;
``main(argv)`` parses the command line and runs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .cli import app_arguments, before_qt, build_parser
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
    before_qt()
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
