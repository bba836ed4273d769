"""Make the README screenshot and a set of screens to look at, on a demo data dir.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT_DIR

Writes OUT_DIR/*.png; with --readme also docs/screenshot.png. Never touches real data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from couplesdesk.app import create  # noqa: E402
from couplesdesk.core.clock import FakeClock  # noqa: E402
from couplesdesk.storage import Store  # noqa: E402


def demo_data(data_dir: Path, clock: FakeClock) -> None:
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.couple.acknowledge_safety()
    for _day in range(3):
        run = store.runs.create(
            "share-one-thing",
            1,
            {},
            {"index": 0, "turn": 0, "history": [], "timers": {}, "turns": {}, "confirmed": {}, "finished": True},
        )
        for who, text in (("partner_a", "The walk at lunch"), ("partner_b", "A call with my sister")):
            store.answers.save(run, "my-thing", who, "write", text, text, private=False, sealed=True)
        store.runs.end(run, "finished")
        clock.advance(days=1)
    run = store.runs.create(
        "boundary-statement",
        1,
        {"speaker": "partner_a", "listener": "partner_b"},
        {"index": 0, "turn": 0, "history": [], "timers": {}, "turns": {}, "confirmed": {}, "finished": True},
    )
    store.boundaries.add(
        run,
        "partner_a",
        "It's not OK with me when plans are cancelled without a message. I need a text as soon as you know.",
        "heard",
    )
    store.runs.end(run, "finished")
    left = store.runs.create(
        "decoding-defenses",
        1,
        {"speaker": "partner_b", "listener": "partner_a"},
        {"index": 1, "turn": 0, "history": [[0, 0, {}]], "timers": {}, "turns": {}, "confirmed": {}, "finished": False},
    )
    store.runs.end(left, "left")
    store.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="couplesdesk-demo-"))
    clock = FakeClock(datetime(2026, 11, 18, 19, 30, tzinfo=UTC))
    demo_data(data_dir, clock)
    window = create(["--data-dir", str(data_dir)], clock=clock)
    window.resize(1100, 720)
    window.show()
    app = QApplication.instance()

    def grab(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))

    grab("today")
    window.show_page(window.library_page)
    grab("library")
    if "--readme" in argv:
        window.grab().save("docs/screenshot.png")
    window.show_page(window.boundaries_page)
    grab("boundaries")
    for page in (window.agreements_page, window.history_page):
        window.show_page(page)
        while not window.services.settled():  # they read on the database worker
            app.processEvents()
        grab(page.objectName().removesuffix("Page"))
    window.call_pause()
    window.run_page.question_page.findChildren(type(window.pause_button))[1].click()
    window.run_page.go_next()
    window.run_page.go_next()
    window.run_page.step_widget.start_button.click()
    grab("pause")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
