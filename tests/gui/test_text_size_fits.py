"""Text size 200% at the smallest window (800x560), and the usual size there too: no label,
button or list card has its words cut off, on any page or on the exercise screens (the
pause among them)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from couplesdesk.gui import looks

from .conftest import settle
from .cut_text import cut_texts

SMALLEST = (800, 560)
PAGES = ("today_page", "library_page", "boundaries_page", "agreements_page", "history_page", "search_page",
         "privacy_page", "safety_page")  # fmt: skip
EXERCISES = ("share-one-thing", "speaker-listener", "weekly-check-in")


@pytest.fixture(autouse=True)
def usual_size_afterwards(qapp):
    yield
    looks.start(qapp)


def at_size(qtbot, open_app, percent: int):
    window = open_app()
    looks.appearance().use(scale=percent)
    window.resize(*SMALLEST)
    qtbot.wait(20)
    assert window.width() == SMALLEST[0] and window.height() == SMALLEST[1]
    return window


def look(qtbot, window, where: str) -> list[str]:
    """What is cut off, once the page has read its data and its layout has settled (a row
    turned into a column asks for its new height on the next pass)."""
    settle(qtbot, window.services)
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)
    return [f"{where}: {problem}" for problem in cut_texts(window)]


def walk_pages(qtbot, window) -> list[str]:
    problems = []
    for name in PAGES:
        window.show_page(getattr(window, name))
        problems += look(qtbot, window, name)
    window.show_page(window._progress.page())
    problems += look(qtbot, window, "progress_page")
    return problems


def walk_exercises(qtbot, window) -> list[str]:
    problems = []
    for exercise in EXERCISES:
        window.start_exercise(exercise)
        problems += look(qtbot, window, exercise)
        window.run_page.leave_for_now() if hasattr(window.run_page, "leave_for_now") else None
    window.call_pause()
    problems += look(qtbot, window, "pause")
    return problems


@pytest.mark.parametrize("percent", [100, 200])
def test_every_page_fits_at_the_smallest_window(qtbot, open_app, percent):
    window = at_size(qtbot, open_app, percent)
    problems = walk_pages(qtbot, window)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("percent", [100, 200])
def test_exercise_screens_and_the_pause_fit_at_the_smallest_window(qtbot, open_app, percent):
    window = at_size(qtbot, open_app, percent)
    problems = walk_exercises(qtbot, window)
    assert not problems, "\n".join(problems)


def test_pages_built_at_the_usual_size_reflow_when_the_text_grows(qtbot, open_app):
    """Ctrl++ on pages already shown: their rows, cards and list items are laid out again."""
    window = open_app()
    window.resize(*SMALLEST)
    names = ("today_page", "library_page", "history_page", "privacy_page")
    for name in names:
        window.show_page(getattr(window, name))
        assert look(qtbot, window, name) == []
    looks.appearance().use(scale=200)
    problems = []
    for name in names:
        window.show_page(getattr(window, name))
        problems += look(qtbot, window, name)
    assert not problems, "\n".join(problems)


def test_every_page_fits_with_a_couples_history_at_200_percent(qtbot, open_app, data_dir, clock):
    """With the sample couple's months of history: unfinished runs on Today, a table of
    boundaries, a long History and Search results."""
    from couplesdesk.demo import fill_demo

    data_dir.mkdir(parents=True, exist_ok=True)
    fill_demo(data_dir / "couplesdesk.db", clock.today())
    window = at_size(qtbot, open_app, 200)
    problems = walk_pages(qtbot, window)
    assert not problems, "\n".join(problems)
