"""Make the README screenshot and a set of screens to look at, on a demo data dir.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT_DIR [--theme dark|light] [--text-size PERCENT]
        [--language de] [--readme]

Writes OUT_DIR/*.png; with --readme also the README's picture: docs/screenshot.png (the
library, light) or, with --theme dark, docs/screenshot-dark.png (Today). Never touches real data.
``--theme`` shows the app light or dark (as ``couplesdesk --theme``); ``--text-size`` at a
larger or smaller text size (90 to 200).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog, QPushButton  # noqa: E402

from couplesdesk.app import create  # noqa: E402
from couplesdesk.core.clock import FakeClock  # noqa: E402
from couplesdesk.demo import fill_demo  # noqa: E402

OUT_DIR: list[Path] = []


def _option(argv: list[str], name: str) -> list[str]:
    """``[name, value]`` if ``argv`` has ``name value``, and takes both out of ``argv``."""
    if name not in argv:
        return []
    at = argv.index(name)
    found = argv[at : at + 2]
    del argv[at : at + 2]
    return found


def main(argv: list[str]) -> int:
    argv = list(argv)
    theme = _option(argv, "--theme")
    size = _option(argv, "--text-size")
    language = _option(argv, "--language")
    out = Path(argv[1] if len(argv) > 1 and not argv[1].startswith("--") else "screens")
    out.mkdir(parents=True, exist_ok=True)
    OUT_DIR[:] = [out]
    data_dir = Path(tempfile.mkdtemp(prefix="couplesdesk-demo-"))
    clock = FakeClock(datetime(2026, 11, 18, 19, 30, tzinfo=UTC))
    fill_demo(data_dir / "couplesdesk.db", clock.today())  # the sample couple of `couplesdesk demo`
    window = create(["--data-dir", str(data_dir), *theme, *language], clock=clock)
    if size:
        from couplesdesk.gui.looks import appearance

        appearance().use(scale=int(size[1]))
    window.resize(1100, 740)
    window.show()
    app = QApplication.instance()

    def grab(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))

    while window.services.library_if_loaded() is None:  # Today names runs in the language
        app.processEvents()  # shown once the library is in, and reads again then
    for _ in range(5):
        app.processEvents()
        while not window.services.settled():
            app.processEvents()
    grab("today")
    dark = theme[1:] == ["dark"]
    if "--readme" in argv and dark:
        window.grab().save("docs/screenshot-dark.png")
    window.show_page(window.library_page)
    grab("library")
    if "--readme" in argv and not dark:
        window.grab().save("docs/screenshot.png")
    for page in (window.boundaries_page, window.agreements_page, window.history_page):
        window.show_page(page)
        while not window.services.settled():  # they read on the database worker
            app.processEvents()
        grab(page.objectName().removesuffix("Page"))
    search_screens(window, grab)
    for page in (window._progress.page(), window.privacy_page, window.safety_page):
        window.show_page(page)
        while not window.services.settled():
            app.processEvents()
        grab(page.objectName().removesuffix("Page"))
    window.call_pause()  # the pause runs at once, in one tap
    grab("pause")
    window.close()
    return 0


def search_screens(window: Any, grab: Callable[[str], None]) -> None:
    """The Search page: inviting, then a word found and its exercise shown; the export dialog."""
    app = QApplication.instance()
    window._focus_search()
    grab("search-empty")
    page = window.search_page
    page.box.setText("tea")
    page.search_now()
    while not window.services.settled():
        app.processEvents()
    page.list.setCurrentIndex(page.model.index(0, 0))
    while not window.services.settled():
        app.processEvents()
    grab("search")
    window.resize(800, 560)
    grab("search-small")
    window.resize(1100, 740)
    window.show_page(window.privacy_page)
    window.privacy_page.findChild(QPushButton, "exportButton").click()
    app.processEvents()
    dialog = window.findChild(QDialog, "exportDialog")
    dialog.grab().save(str(OUT_DIR[0] / "export.png"))
    dialog.findChild(QPushButton, "exportPrivateButton_partner_a").click()
    app.processEvents()
    dialog.grab().save(str(OUT_DIR[0] / "export-handover.png"))
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
