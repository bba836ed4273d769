"""Exercises in the chosen language: the library's cards and a run's screens in German or in
English, a file with no German in English, and a run started in one language read back in
the other."""

from __future__ import annotations

import pytest

from couplesdesk.core import language

from .conftest import click, library_announced, settle, visible_texts

ENGLISH_ONLY = """\
format_version = 2
id = "our-evening-walk"
version = 1
title = "Our evening walk"
summary = "A short walk together after dinner."
category = "connection"
minutes = 20
who = "couple"
cadence_hint = "weekly"

[[steps]]
id = "walk"
kind = "read"
title = "Off you go"
body = "Walk, and each say one good thing about today."
"""


def _card(page, title: str) -> tuple[str, str]:
    """(title, summary) of the library card with ``title``, as the list draws it."""
    from couplesdesk.gui.library_list import SummaryRole

    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 0)
        if index.data() == title:
            return index.data(), index.data(SummaryRole)
    raise AssertionError(f"no card {title!r} in {page.visible_titles()}")


def test_in_german_the_library_card_and_the_first_screens_of_share_one_thing_are_german(qtbot, open_app):
    window = open_app(language="de")
    assert language.current() == "de"
    page = window.library_page
    window.show_page(page)
    assert _card(page, "Eine Sache teilen") == (
        "Eine Sache teilen",
        "Ihr teilt beide eine kleine Sache aus eurem Tag und hört einander zu.",
    )
    assert "Share one thing" not in page.visible_titles()
    qtbot.keyClicks(page.search, "kleine Sache")  # the German words are what is searched
    assert page.visible_titles() == ["Eine Sache teilen"]
    assert "Nähe wächst eher in kleinen, regelmäßigen Momenten" in page.detail.toPlainText()
    assert "Verbindung · etwa 8 Minuten · für euch beide · täglich" in page.detail.toPlainText()

    window.start_exercise("share-one-thing")
    run_page = window.run_page
    assert run_page.exercise_label.text() == "Eine Sache teilen"
    assert run_page.title.text() == "Ein paar Minuten füreinander"
    screen = visible_texts(window)
    assert "Jeden Tag gibt es eine kleine Frage, für euch beide dieselbe." in screen
    assert "Each day brings" not in screen
    click(qtbot, run_page.next_button)
    click(qtbot, run_page.handover_button)
    assert run_page.title.text() == "Eine Sache für heute"
    label = run_page.step_widget.findChild(type(run_page.title), "stepLabel").text()  # 'From your day'...
    assert label in ("Aus deinem Tag", "Was du gefühlt hast", "Was du geschätzt hast", "Ein kleiner Wunsch")
    assert "Schreib es so, wie du es sagen würdest." in visible_texts(window)


def test_in_english_the_same_card_and_screens_are_english(qtbot, open_app):
    window = open_app(language="en")
    page = window.library_page
    window.show_page(page)
    assert _card(page, "Share one thing")[1] == "Each of you shares one small thing from today, and hears the other's."
    assert "Eine Sache teilen" not in page.visible_titles()
    window.start_exercise("share-one-thing")
    assert window.run_page.title.text() == "A few minutes for each other"
    assert "Jeden Tag" not in visible_texts(window)


def test_a_file_without_german_is_shown_in_english_in_a_german_session(qtbot, open_app, data_dir):
    (data_dir / "exercises").mkdir(parents=True)
    (data_dir / "exercises" / "walk.toml").write_text(ENGLISH_ONLY, encoding="utf-8")
    window = open_app(language="de")
    page = window.library_page
    window.show_page(page)
    assert _card(page, "Our evening walk")[1] == "A short walk together after dinner."
    assert "Eine Sache teilen" in page.visible_titles()
    window.start_exercise("our-evening-walk")
    assert window.run_page.title.text() == "Off you go"
    assert "Walk, and each say one good thing about today." in visible_texts(window)


def test_the_couples_language_setting_is_used_when_no_language_is_named(qtbot, open_app, data_dir, clock):
    from couplesdesk.storage import Store

    data_dir.mkdir(parents=True)
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.couple.acknowledge_safety()
    store.settings.set(language.SETTING, "de")
    store.close()
    window = open_app(language=None)
    assert language.current() == "de"
    window.show_page(window.library_page)
    assert "Eine Sache teilen" in window.library_page.visible_titles()


def test_a_run_started_in_english_is_listed_in_german_in_a_german_session(qtbot, open_app, clock):
    window = open_app(language="en")
    window.start_exercise("share-one-thing")
    assert window.run_page.exercise_label.text() == "Share one thing"
    settle(qtbot, window.services)
    window.close()  # left part of the way: Today lists it the next day, with its title

    clock.advance(days=1)
    window = open_app(language="de")
    library_announced(qtbot, window.services)  # Today reads again then
    today = visible_texts(window.today_page)
    # The run's title is the exercise's German; the words around it are the interface's German.
    assert "Da weitermachen, wo ihr aufgehört habt\nEine Sache teilen\nZuletzt gestern" in today
    window.show_page(window.history_page)
    settle(qtbot, window.services)
    history = window.history_page.model
    titles = [history.item(row).text() for row in range(history.rowCount())]
    assert "Eine Sache teilen" in titles and "Share one thing" not in titles


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANGUAGE": "de_DE:en_GB", "LANG": "en_GB.UTF-8"}, "de_DE"),
        ({"LC_ALL": "de_AT.UTF-8", "LANG": "en_GB.UTF-8"}, "de_AT.UTF-8"),
        ({"LC_MESSAGES": "de_CH.UTF-8", "LANG": "en_GB.UTF-8"}, "de_CH.UTF-8"),
        ({"LANG": "de_DE.UTF-8"}, "de_DE.UTF-8"),
        ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, None),
        ({"LANG": "C.UTF-8"}, None),
        ({}, None),
    ],
)
def test_the_computers_language_is_read_as_qt_reads_it_on_linux(monkeypatch, environment, expected):
    """Read from the environment (QLocale's first use costs start-up), in Qt's order."""
    from couplesdesk.gui.app import system_language

    monkeypatch.setattr("sys.platform", "linux")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert system_language() == expected
    assert language.code_of(system_language()) == (expected and language.code_of(expected))
