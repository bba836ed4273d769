"""History, Boundaries, Progress and the exercise library in German: with the app's German
installed as the app installs it (the ``german`` fixture, tests/gui/conftest.py), each
page speaks German, its dates are German dates ("Oktober", "Donnerstag", never "October"),
and nothing of its own English is left on the screen. English is put back afterwards."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from couplesdesk.core import i18n as core_i18n
from couplesdesk.core.clock import FakeClock
from couplesdesk.gui.boundaries_page import BoundariesPage
from couplesdesk.gui.history_page import HistoryPage
from couplesdesk.gui.library_page import LibraryPage, search_ideas
from couplesdesk.gui.progress_page import ProgressPage

from ..progress_helpers import A, at
from .conftest import settle, visible_texts
from .test_progress_page import NOW, card, fill, laid_out, on

CTRL = Qt.KeyboardModifier.ControlModifier
ENGLISH_MONTHS = ("October", "December")  # November is the same word in German
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.fixture
def clock():
    return FakeClock(NOW.astimezone())


def open_page(qtbot, window, key: Qt.Key, kind: type[QWidget]) -> QWidget:
    qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)
    page = window.current_page()
    assert isinstance(page, kind)
    settle(qtbot, window.services)
    return page


def no_english_dates(text: str) -> None:
    for word in (*ENGLISH_MONTHS, *ENGLISH_DAYS):
        assert word not in text, word


def test_the_kept_pages_speak_german_with_german_dates(qtbot, open_app, clock, german):
    window = open_app(language="de")
    fill(window, clock)
    store = window.services.store
    with at(store, clock, on(29, 10)):
        store.boundaries.add(None, A, "Ich möchte gefragt werden, bevor Pläne feststehen.", "needs_time")

    boundaries = open_page(qtbot, window, Qt.Key.Key_3, BoundariesPage)
    assert boundaries.title.text() == "Grenzen"
    headers = [boundaries.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Grenze", "Von wem", "Ausgesprochen", "Stand"]
    cells = {boundaries.table.item(r, c).text() for r in range(boundaries.table.rowCount()) for c in range(4)}
    assert {"Heute", "Gehört", "Braucht Zeit", "Besprochen"} <= cells
    assert any("Oktober" in cell for cell in cells)  # a German month, through QLocale
    boundaries.select(next(iter(r for r in boundaries._records if "gefragt" in boundaries._records[r].statement)))
    assert boundaries.status_hint.text() == "Sam möchte sich etwas Zeit nehmen, um sie aufzunehmen."
    assert boundaries.save.text() == "Stand speichern"
    no_english_dates(visible_texts(boundaries))

    history = open_page(qtbot, window, Qt.Key.Key_4, HistoryPage)
    rows = [history.model.index(r, 0) for r in range(history.model.rowCount())]
    headings = [i.data() for i in rows if history.model.run_at(i.row()) is None]
    assert headings[0] == "Diese Woche" and "Letzte Woche" in headings
    assert any(h.startswith("Woche ab dem") and "Oktober" in h for h in headings)
    from couplesdesk.gui.history_model import DETAIL_ROLE

    details = [str(i.data(DETAIL_ROLE)) for i in rows if history.model.run_at(i.row()) is not None]
    # (the day's own pattern, "d MMMM", is translated in the shared .ts: "20. November" once it is merged)
    assert any(re.match(r"Freitag,? 20\.? November, 19:30 Uhr$", d) for d in details), details
    assert any("Oktober" in d for d in details)
    no_english_dates(" ".join(headings + details))
    assert "Worte von Alex" in [history.filters.words.itemText(i) for i in range(history.filters.words.count())]

    progress = open_page(qtbot, window, Qt.Key.Key_5, ProgressPage)
    calendar = card(progress, "progressCalendar")
    assert calendar.title.text() == "Tage, an denen ihr beide etwas geteilt habt"
    assert calendar.sentence.text() == (
        "Ihr habt in den letzten fünf Wochen an 9 Tagen beide etwas geteilt und euch an 3 Tagen eine Auszeit "
        "genommen. Während einer Auszeit wird nichts gezählt."
    )
    described = calendar.picture.accessibleDescription()
    assert "Oktober" in described and "Montag" in described and re.search(r"26\. bis 27\.? Oktober", described)
    no_english_dates(described)
    assert card(progress, "progressBoundaries").sentence.text() == (
        "Ihr habt 5 Grenzen: 2 gehört, 2 brauchen noch Zeit und 1 besprochen."
    )
    pauses = card(progress, "progressPauses")
    assert pauses.sentence.text().startswith("Ihr habt in den letzten zwölf Wochen 3 Pausen gemacht.")
    no_english_dates(pauses.picture.accessibleDescription())
    assert progress.title.text() == "Rückblick"

    library = open_page(qtbot, window, Qt.Key.Key_2, LibraryPage)
    assert library.search.placeholderText() == "Übungen durchsuchen"
    assert library.start.text() == "Diese Übung beginnen"
    assert "Die Schritte im Überblick" in library.detail.toPlainText()
    for word in search_ideas():  # the words offered when nothing is found find exercises in German too
        library.search.setText(word)
        assert library.visible_titles(), word
    library.search.setText("zzzz")
    assert "Keine Übung passt zu „zzzz“." in library.empty_text.text()


def test_the_journal_export_speaks_german_too(qtbot, open_app, clock, german):
    """The Markdown journal (and the PDF, written from the same words) in German: its title, the
    line saying when it was exported, each day's heading and what a pause was."""
    from couplesdesk.core.privacy import Viewer
    from couplesdesk.export.collect import collect
    from couplesdesk.export.formats import to_markdown

    window = open_app(language="de")
    fill(window, clock)
    document = collect(window.services.store, Viewer.export(), window.services.library, clock.now())
    text = to_markdown(document)
    assert text.startswith("# Alex und Sam: unser Tagebuch")
    assert "Exportiert am 20" in text and "Exported" not in text
    assert re.search(r"^## Sonntag, 1\. November 2026$", text, re.M), text[:600]
    assert "*Eine Pause von 30 Minuten; ihr seid wieder zusammengekommen.*" in text
    no_english_dates(text)


def test_the_status_rows_fit_the_smallest_window_in_german(qtbot, open_app, clock, german):
    """At 800x560 the German status row of Agreements and of Boundaries (its label, the choice,
    Save) and Delete keep their whole words, the choice room for its longest status: they were
    squeezed and cut (Delete in the same row, a long label before the choice)."""
    from couplesdesk.gui.agreements_page import AgreementsPage

    window = open_app(language="de")
    window.services.store.agreements.add(None, "Wir essen sonntags zusammen.")
    window.services.store.boundaries.add(None, A, "Ich möchte gefragt werden.", "not_agreed")
    window.resize(800, 560)
    for key, kind, name in (
        (Qt.Key.Key_6, AgreementsPage, "agreementStatusLabel"),
        (Qt.Key.Key_3, BoundariesPage, "boundaryStatusLabel"),
    ):
        page = open_page(qtbot, window, key, kind)
        laid_out()
        label = page.findChild(QLabel, name)
        assert label is not None and label.text() == "Stand"
        for widget in (label, page.save, page.status, page.delete_button):
            assert widget.isVisible()
            assert widget.width() >= widget.sizeHint().width(), (widget.objectName(), widget.width())


def test_english_is_back_after_the_german_test(qtbot, open_app, clock):
    """The fixture puts English back: the next window speaks English again."""
    window = open_app()
    page = open_page(qtbot, window, Qt.Key.Key_3, BoundariesPage)
    assert page.title.text() == "Boundaries"
    assert datetime(2026, 12, 1).strftime("%B") == "December"
    assert core_i18n.date_words(datetime(2026, 12, 1).date(), core_i18n.DAY_MONTH) == "1 December"


def test_boundary_statuses_are_named_as_the_boundary_exercise_names_them(german):
    """One set of status words (kept_words.boundary_words) for Today, the Boundaries page,
    History, Progress and a run's end, in the words the German exercise promises the couple
    their list will use ("gehört, braucht Zeit, noch zu besprechen oder nicht zugestimmt")."""
    from couplesdesk.gui.kept_words import boundary_words

    exercise = Path(__file__).parents[2] / "exercises" / "boundary-statement.toml"
    promised = " ".join(exercise.read_text(encoding="utf-8").split())
    for status in ("heard", "needs_time", "to_talk", "not_agreed"):
        assert f" {boundary_words(status)}" in promised, status
