"""The library page (search, categories, a user's own exercise, broken files) and first run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from couplesdesk.storage import Store

from .conftest import click, visible_texts

OWN = """format_version = 1
id = "our-evening-walk"
version = 1
title = "Our evening walk"
summary = "Walk together for twenty minutes and name one good thing."
category = "connection"
minutes = 20
who = "couple"
cadence_hint = "daily"
sources = ["Our own idea"]

[[steps]]
id = "walk"
kind = "read"
body = "Walk, and each say one good thing about today."
"""


def test_search_and_category_filter_what_the_list_shows(qtbot, open_app):
    window = open_app()
    window.show_page(window.library_page)
    page = window.library_page
    assert len(page.visible_titles()) == 14
    qtbot.keyClicks(page.search, "pause")
    assert page.visible_titles() == ["Timed pause"]
    assert "Timed pause" in page.detail.toPlainText()
    assert "at least 20 minutes" in page.detail.toPlainText()
    page.search.clear()
    page.category.setFocus()
    index = page.category.findText("Boundaries")
    assert index > 0
    page.category.setCurrentIndex(index)
    assert page.visible_titles() == ["Boundary statement"]
    qtbot.keyClicks(page.search, "nothing matches this")
    assert page.visible_titles() == [] and page.empty.isVisible()
    assert not page.start.isEnabled()
    page.search.clear()
    page.category.setCurrentIndex(0)
    assert len(page.visible_titles()) == 14
    detail = page.detail.toPlainText()
    assert "Steps at a glance" in detail and "Ideas drawn from" in detail


def test_a_safety_note_names_the_help_for_here_not_its_placeholders(qtbot, open_app, monkeypatch):
    monkeypatch.setenv("LANG", "en_IE.UTF-8")
    window = open_app()
    window.show_page(window.library_page)
    page = window.library_page
    qtbot.keyClicks(page.search, "after a hard moment")
    detail = page.detail.toPlainText()
    assert "Before you start" in detail and "call 112" in detail
    assert "{" not in detail and "}" not in detail


def test_user_exercise_appears_and_broken_one_is_listed(qtbot, open_app, data_dir):
    (data_dir / "exercises").mkdir(parents=True)
    (data_dir / "exercises" / "walk.toml").write_text(OWN, encoding="utf-8")
    (data_dir / "exercises" / "broken.toml").write_text(
        OWN.replace("our-evening-walk", "other").replace("minutes = 20", 'minutes = "twenty"'), encoding="utf-8"
    )
    (data_dir / "exercises" / "shadow.toml").write_text(
        OWN.replace("our-evening-walk", "timed-pause"), encoding="utf-8"
    )
    window = open_app()
    page = window.library_page
    window.show_page(page)
    assert "Our evening walk" in page.visible_titles()
    assert len(page.visible_titles()) == 15
    assert page.problems_banner.isVisible()
    problems = [page.problems_list.item(i).text() for i in range(page.problems_list.count())]
    assert any("broken.toml:7: [minutes] expected a whole number" in p for p in problems)
    assert any("shadow.toml" in p and "belongs to the built-in exercise" in p for p in problems)
    qtbot.keyClicks(page.search, "evening walk")
    assert "your own exercises folder" in page.detail.toPlainText()
    click(qtbot, page.start)
    assert window.current_page() is window.run_page
    assert "Walk, and each say one good thing" in visible_texts(window)


def test_first_run_asks_names_then_safety_and_keeps_them(qtbot, open_app, data_dir, clock):
    window = open_app(couple=False)
    first = window.first_run
    assert window.current_page() is first
    assert not window.pause_button.isEnabled() and not window.nav.isEnabled()
    assert not window.pause_button.isVisible() and not window.sidebar.isVisible()
    qtbot.keyClicks(first.names.a_name, "Robin")
    click(qtbot, first.names_next)
    assert first.names.error.isVisible()  # the second name is missing
    qtbot.keyClicks(first.names.b_name, "robin")
    click(qtbot, first.names_next)
    assert "different" in first.names.error.text()
    first.names.b_name.clear()
    qtbot.keyClicks(first.names.b_name, "Kim")
    qtbot.keyClick(first.names.b_name, Qt.Key.Key_Return)
    assert "not therapy" in visible_texts(window)
    assert "emergency" in visible_texts(window)
    click(qtbot, first.safety_ok)
    assert window.current_page() is window.today_page
    assert window.pause_button.isEnabled() and window.pause_button.isVisible() and window.sidebar.isVisible()

    store = Store.open(data_dir / "couplesdesk.db", clock)
    couple = store.couple.get()
    assert (couple.a.name, couple.b.name, couple.safety_acknowledged) == ("Robin", "Kim", True)
    assert couple.a.color != couple.b.color
    store.close()

    # The Safety page stays one shortcut away.
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.safety_page


def test_every_control_on_the_main_pages_has_an_accessible_name(qtbot, open_app):
    window = open_app()
    for page in (window.today_page, window.library_page, window.boundaries_page, window.safety_page):
        window.show_page(page)
        for button in page.findChildren(QPushButton):
            if button.isVisible():
                assert button.accessibleName() or button.text(), button.objectName()
    assert window.pause_button.accessibleName() == "Call a timed pause (Ctrl+P)"


def test_going_to_another_page_mid_exercise_leaves_it_and_shows_that_page(qtbot, open_app):
    window = open_app()
    window.start_exercise("share-one-thing")
    assert window.current_page() is window.run_page
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.library_page
    assert window.nav.currentRow() == 1
    run = window.services.store.runs.of_exercise("share-one-thing")[0]
    assert run.status == "left"


def _through_first_run(qtbot, window) -> None:
    first = window.first_run
    qtbot.keyClicks(first.names.a_name, "Robin")
    qtbot.keyClicks(first.names.b_name, "Kim")
    click(qtbot, first.names_next)
    click(qtbot, first.safety_ok)


def test_after_first_run_a_passphrase_is_offered_once_and_gently(qtbot, open_app, data_dir):
    from PySide6.QtWidgets import QApplication

    from couplesdesk.gui.privacy_offer import PrivacyOffer

    window = open_app(couple=False)
    _through_first_run(qtbot, window)
    qtbot.waitUntil(lambda: window.findChild(PrivacyOffer) is not None, timeout=5000)
    offer = window.findChild(PrivacyOffer)
    assert offer.isVisible() and "Privacy page" in visible_texts(offer)
    qtbot.keyClick(offer, Qt.Key.Key_Return)  # Enter is the quiet answer: not now
    assert not offer.isVisible()
    assert not (data_dir / "encryption.json").exists()
    assert window.services.store.settings.get("encryption_offered") is True
    window.close()

    again = open_app()
    again.show_page(again.today_page)
    qtbot.wait(50)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PrivacyOffer) and w.isVisible()]


def test_yes_opens_the_passphrase_dialog(qtbot, open_app):
    from couplesdesk.gui.privacy_offer import PrivacyOffer

    window = open_app(couple=False)
    _through_first_run(qtbot, window)
    qtbot.waitUntil(lambda: window.findChild(PrivacyOffer) is not None, timeout=5000)
    click(qtbot, window.findChild(PrivacyOffer).yes)
    qtbot.waitUntil(lambda: window.findChild(QPushButton, "dialogAction") is not None, timeout=5000)
    assert window.findChild(QPushButton, "dialogAction").text() == "Encrypt"
