"""Light or dark, and the text size: chosen on the Privacy page or with the keyboard, applied at
once, kept in the settings; the system's colour scheme followed; ``--theme`` for one session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from couplesdesk.app import create
from couplesdesk.gui import looks
from couplesdesk.gui.palette import DARK, LIGHT, current

from .conftest import settle


@pytest.fixture(autouse=True)
def light_afterwards(qapp):
    """The looks are the app's one current choice: the next test starts light, at 100%."""
    yield
    looks.start(qapp)


def page_colour(widget) -> str:
    return widget.palette().color(QPalette.ColorRole.Window).name().upper()


def choose(qtbot, box: QComboBox, value: object) -> None:
    box.setFocus()
    box.setCurrentIndex(box.findData(value))
    qtbot.wait(1)


def saved(window, name: str) -> object:
    settle_now = window.services
    settle_now.database.run(lambda store: None)
    return window.services.store.settings.get(name)


def test_dark_chosen_on_the_privacy_page_applies_at_once_and_is_kept(qtbot, open_app):
    window = open_app()
    assert page_colour(window.today_page) == LIGHT.window
    window.show_page(window.privacy_page)
    theme = window.privacy_page.findChild(QComboBox, "themeChoice")
    assert theme.currentData() == "system"
    choose(qtbot, theme, "dark")
    assert current() is DARK
    qtbot.waitUntil(lambda: page_colour(window.privacy_page) == DARK.window)
    assert (
        DARK.window in QApplication.instance().styleSheet() and LIGHT.window not in QApplication.instance().styleSheet()
    )
    settle(qtbot, window.services)
    assert window.services.store.settings.get(looks.THEME_SETTING) == "dark"
    window.close()
    again = open_app()  # the choice is kept
    assert current() is DARK
    qtbot.waitUntil(lambda: page_colour(again.today_page) == DARK.window)
    again.show_page(again.privacy_page)
    assert again.privacy_page.findChild(QComboBox, "themeChoice").currentData() == "dark"


def test_a_page_style_follows_the_theme_too(qtbot, open_app):
    window = open_app()
    card = window.today_page.styleSheet()
    assert LIGHT.surface in card
    window.show_page(window.privacy_page)
    choose(qtbot, window.privacy_page.findChild(QComboBox, "themeChoice"), "dark")
    assert DARK.surface in window.today_page.styleSheet() and LIGHT.surface not in window.today_page.styleSheet()


def test_the_system_colour_scheme_is_followed_unless_a_theme_is_chosen(qtbot, open_app, monkeypatch):
    window = open_app()
    made = looks.appearance()
    monkeypatch.setattr(looks, "system_is_dark", lambda: True)
    made._system_changed(Qt.ColorScheme.Dark)  # what colorSchemeChanged calls
    assert current() is DARK
    qtbot.waitUntil(lambda: page_colour(window.today_page) == DARK.window)
    window.show_page(window.privacy_page)
    choose(qtbot, window.privacy_page.findChild(QComboBox, "themeChoice"), "light")
    made._system_changed(Qt.ColorScheme.Dark)
    assert current() is LIGHT  # chosen: the system's dark is not followed


def test_the_system_signal_is_connected(qtbot, open_app):
    open_app()
    hints = QApplication.instance().styleHints()
    assert hints.receivers("2colorSchemeChanged(Qt::ColorScheme)") >= 1


def test_theme_on_the_command_line_wins_for_the_session(qtbot, open_app, data_dir, clock):
    window = open_app()
    window.show_page(window.privacy_page)
    choose(qtbot, window.privacy_page.findChild(QComboBox, "themeChoice"), "light")
    settle(qtbot, window.services)
    window.close()
    dark = create(["--data-dir", str(data_dir), "--language", "en", "--theme", "dark"], clock=clock)
    qtbot.addWidget(dark)
    dark.show()
    assert current() is DARK
    assert page_colour(dark.today_page) == DARK.window
    assert dark.services.store.settings.get(looks.THEME_SETTING) == "light"  # the setting is left as chosen
    dark.close()


def test_text_size_from_the_keyboard_and_kept(qtbot, open_app):
    window = open_app()
    title = window.today_page.findChild(QLabel, "todayGreeting") or window.today_page.findChildren(QLabel)[0]
    usual = title.font().pointSizeF()
    sidebar = window.sidebar.width()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert looks.appearance().scale == 120
    assert title.font().pointSizeF() == pytest.approx(usual * 1.2, abs=0.1)
    assert window.sidebar.width() > sidebar
    settle(qtbot, window.services)
    assert window.services.store.settings.get(looks.TEXT_SIZE_SETTING) == 120
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert looks.appearance().scale == 110
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert looks.appearance().scale == 100
    assert title.font().pointSizeF() == pytest.approx(usual, abs=0.1)
    for _ in range(20):  # never past 200%
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert looks.appearance().scale == 200
    settle(qtbot, window.services)
    window.close()
    open_app()
    assert looks.appearance().scale == 200  # kept
    window2 = open_app()
    window2.show_page(window2.privacy_page)
    assert window2.privacy_page.findChild(QComboBox, "textSizeChoice").currentData() == 200


def test_a_text_size_that_makes_no_sense_is_let_go(qtbot, open_app):
    window = open_app()
    window.services.store.settings.set(looks.THEME_SETTING, "purple")
    window.services.store.settings.set(looks.TEXT_SIZE_SETTING, "huge")
    window.close()
    open_app()
    assert current() is LIGHT and looks.appearance().scale == 100


def test_a_paper_document_shown_on_screen_takes_the_dark_colours(qapp):
    """The Search page shows a run as the journal draws it for paper: in dark, its dark ink
    would be dark words on a dark page."""
    from PySide6.QtGui import QTextCursor, QTextDocument

    from couplesdesk.gui.journal_pdf import INK, MUTED, _char
    from couplesdesk.gui.screen_colours import for_screen

    def paper() -> QTextDocument:
        made = QTextDocument()
        cursor = QTextCursor(made)
        cursor.insertText("What I heard", _char(10, color=MUTED))
        cursor.insertText(" the words", _char(11, color=INK))
        return made

    def colours(made) -> set[str]:
        block, found = made.begin(), set()
        it = block.begin()
        while not it.atEnd():
            found.add(it.fragment().charFormat().foreground().color().name().upper())
            it += 1
        return found

    light = paper()
    for_screen(light, LIGHT)
    assert colours(light) == {INK.name().upper(), MUTED.name().upper()}
    dark = paper()
    for_screen(dark, DARK)
    assert colours(dark) == {DARK.text, DARK.muted}


def test_theme_is_an_option_of_the_app_not_of_a_command(monkeypatch, capsys):
    from couplesdesk import cli

    seen = []
    monkeypatch.setattr(cli, "_open", lambda *args, **kwargs: seen.append(kwargs) or 0)
    assert cli.main(["--theme", "dark", "--data-dir", "/tmp/x"]) == 0
    assert seen[-1]["theme"] == "dark"
    with pytest.raises(SystemExit):
        cli.main(["--theme", "purple"])
    with pytest.raises(SystemExit):
        cli.main(["--theme", "dark", "validate"])
    assert "--theme is for opening the app" in capsys.readouterr().err
