"""No English in the German run: every page, the first run and every built-in exercise's screens
are walked twice, as the accessibility audit walks them (``walk_exercise``), once with
``--language en`` and once with ``--language de``, on the same data and the same clock. A
visible text that is the same on the same screen in both runs was left in English, unless it
is a name, a number or a word both languages share (``SAME_IN_BOTH``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from couplesdesk.app import create
from couplesdesk.core.clock import FakeClock

from .conftest import label_words
from .test_accessibility import walk_exercise

SAME_IN_BOTH = {
    # Names: the app's, the partners', the languages' own.
    "CouplesDesk",
    "Alex",
    "Sam",
    "English",
    "Deutsch",
    # Words German shares with English (the convention's fixed words among them).
    "Pause",
    "OK",
    "Name",
    "Start",
    "Details",
    "Homework",
    "Feedback",
    "Team",
    "Stress",
    "Situation",
}
"""Visible texts allowed to be the same in English and German."""

TYPED = re.compile(
    r"^(Some words for .*|something|another thing|What I hear you saying is this\.|zzzz.*|Boundary number .*)$"
)
"""What the walk itself typed (it stays as typed in either language)."""

NO_WORDS = re.compile(r"^[\W\d_]*$")
"""Numbers, times, symbols: "3", "21:30", "2/5", "✓", "…"."""


def visible_strings(root: QWidget) -> list[str]:
    """Each text a person can read on screen now, one per widget or item."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            found.append(label_words(widget))
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit):
            found += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
    return [text.replace("&", "").strip() for text in found if text and text.strip()]


def worth_translating(text: str) -> bool:
    return not (text in SAME_IN_BOTH or NO_WORDS.match(text) or TYPED.match(text))


class Screens:
    """The walk's screens in order: (where, visible texts); ``check`` as the audit calls it."""

    def __init__(self, window: QWidget):
        self.window = window
        self.seen: list[tuple[str, list[str]]] = []

    def check(self, where: str, focus: bool = True) -> None:
        del focus
        self.seen.append((where.split(" (")[0], visible_strings(self.window)))


def walk_everything(qtbot, tmp_path, language: str) -> list[tuple[str, list[str]]]:
    """Every page, the first run's screens and every built-in exercise, in ``language``."""
    clock = FakeClock(datetime(2026, 11, 20, 19, 0).astimezone())

    def opened(name: str, couple: bool) -> QWidget:
        data = tmp_path / f"{language}-{name}"
        if couple:
            from couplesdesk.storage import Store

            data.mkdir(parents=True)
            store = Store.open(data / "couplesdesk.db", clock)
            store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
            store.couple.acknowledge_safety()
            store.close()
        window = create(["--data-dir", str(data), "--language", language], clock=clock)
        assert window is not None
        qtbot.addWidget(window)
        window.resize(1100, 740)
        window.show()
        qtbot.waitExposed(window)
        return window

    first = opened("first-run", couple=False)
    screens = Screens(first)
    screens.check("First run, names")
    names = first.first_run.names
    qtbot.keyClicks(names.a_name, "Alex")
    qtbot.keyClicks(names.b_name, "Sam")
    qtbot.keyClick(names.b_name, Qt.Key.Key_Return)
    screens.check("First run, safety")
    first.close()

    window = opened("couple", couple=True)
    screens.window = window
    pages: list[tuple[str, Callable[[], QWidget]]] = [
        ("Today", lambda: window.today_page),
        ("Exercises", lambda: window.library_page),
        ("Boundaries", lambda: window.boundaries_page),
        ("Agreements", lambda: window.agreements_page),
        ("History", lambda: window.history_page),
        ("Progress", lambda: window.progress_page),
        ("Search", lambda: window.search_page),
        ("Privacy", lambda: window.privacy_page),
        ("Safety", lambda: window.safety_page),
    ]
    for name, page in pages:
        try:
            window.show_page(page())
        except AttributeError:
            continue
        qtbot.waitUntil(window.services.settled, timeout=5000)
        screens.check(name)
    exercises = sorted(entry.exercise.id for entry in window.services.library if entry.origin == "built-in")
    for exercise_id in exercises:
        walk_exercise(qtbot, window, clock, exercise_id, screens)
        clock.advance(hours=1)
    window.close()
    return screens.seen


def test_the_german_run_shows_no_english(qtbot, tmp_path):
    english = walk_everything(qtbot, tmp_path, "en")
    german = walk_everything(qtbot, tmp_path, "de")
    assert [where for where, _ in english] == [where for where, _ in german], "the two walks went differently"
    left: dict[str, set[str]] = {}
    for (where, texts), (_, german_texts) in zip(english, german, strict=True):
        for text in set(texts) & set(german_texts):
            if worth_translating(text):
                left.setdefault(text, set()).add(where)
    summary = "\n".join(
        f"  {text[:90]!r}  ({len(places)} screen(s), e.g. {sorted(places)[0]})" for text, places in sorted(left.items())
    )
    print(f"\nStill English in the German run: {len(left)} text(s)\n{summary}")
    assert not left, f"{len(left)} text(s) still English in the German run:\n{summary}"
