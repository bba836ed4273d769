"""Exercise and partner text is shown as it was written, on every screen: HTML is words,
Markdown fields never make a link or load a picture, bidi controls cannot reorder the text,
control characters show as a visible mark, '&' on a button is an '&'.

The walk goes through an exercise whose every text is full of HTML (and whose Markdown
fields add links, pictures and character references), with partners whose names and answers
are hostile too, and checks every widget of every screen, then Today, Boundaries, the
library and the Safety page.
"""

from __future__ import annotations

import random
import re

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QTextBrowser,
    QWidget,
)

from couplesdesk.storage import Store

from .conftest import label_words, settle
from .hostile import BAD_ANSWER, BIDI, HTML, SAFE_ANSWER_PART, hostile_exercise, toml_document
from .walker import Walk

NAME_A, NAME_B = "Alex & <b>Al</b>", "Sam <i>Sa</i>"
HELPLINE = "Helpline <b>1800</b> & <a href='http://evil.example/'>call</a>"
WHOLES = {
    "Click here to read": HTML,  # a piece of it, and what must be shown whole wherever the piece is
    "desrever": SAFE_ANSWER_PART,
    "<b>Al": NAME_A,
    "Sa</i": NAME_B,
    "<b>1800": HELPLINE,
}
INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Bidi controls and control characters: never on screen."""


class HostileWalk(Walk):
    """Types (and pastes) HTML, a right-to-left override and control characters with every
    answer, and checks the screen after every click too (a follow-up, a running timer)."""

    checker: Checker

    def _mark(self, screen):
        return f"{super()._mark(screen)} {BAD_ANSWER}"

    def _click(self, button):
        super()._click(button)
        self.checker.screen(self.window)


def _rendered(text: str) -> str:
    """What Qt shows for a tooltip or an item's text that it may read as rich text."""
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _button_words(button: QAbstractButton) -> str:
    """What a button draws: '&&' is an '&', a single '&' marks a shortcut key and is not shown."""
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _links_or_pictures(html: str) -> list[str]:
    document = QTextDocument()
    document.setHtml(html)
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() or fmt.isImageFormat():
                found.append(it.fragment().text())
            it += 1
        block = block.next()
    return found


class Checker:
    """Checks what every visible widget shows; remembers where hostile text was seen."""

    def __init__(self) -> None:
        self.seen: dict[str, set[str]] = {piece: set() for piece in WHOLES}

    def words(self, where: str, words: str) -> None:
        shown = words.replace("\n", " ").replace("\t", " ")
        assert INVISIBLE.search(shown) is None, f"{where} shows a bidi control or control character: {words!r}"
        for piece, whole in WHOLES.items():
            if piece in words:
                assert whole in words, f"{where} does not show {whole!r} as written: {words!r}"
                self.seen[piece].add(where)

    def label(self, label: QLabel) -> None:
        where = f"label {label.objectName()!r}"
        kind = label.textFormat()
        if kind == Qt.TextFormat.RichText:
            assert label.property("safeMarkdown"), f"{where} is rich text: {label.text()!r}"
            assert _links_or_pictures(label.text()) == [], f"{where} has a link or a picture"
        elif kind != Qt.TextFormat.PlainText:
            assert not GuiQt.mightBeRichText(label.text()), f"{where} reads its text as {kind}: {label.text()!r}"
        self.words(where, label_words(label))

    def view(self, view: QAbstractItemView) -> None:
        model = view.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model's is private: one column
            columns = 1
        for row in range(model.rowCount(QModelIndex())):
            for column in range(columns):
                index = model.index(row, column)
                where = f"{view.objectName()}[{row},{column}]"
                self.words(where, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
                self.words(f"tooltip of {where}", _rendered(str(index.data(Qt.ItemDataRole.ToolTipRole) or "")))

    def screen(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel):
                self.label(widget)
            elif isinstance(widget, QAbstractButton):
                self.words(f"button {widget.objectName()!r}", _button_words(widget))
            elif isinstance(widget, QTextBrowser):
                assert not widget.openLinks() and not widget.openExternalLinks(), widget.objectName()
                self.words(f"browser {widget.objectName()!r}", widget.toPlainText())
                assert _links_or_pictures(widget.document().toHtml()) == [], widget.objectName()
            elif isinstance(widget, QAbstractItemView):
                self.view(widget)
            elif isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    self.words(f"{widget.objectName()} item {i}", widget.itemText(i))
                    tip = str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
                    self.words(f"{widget.objectName()} item tip {i}", _rendered(tip))
            if widget.toolTip():
                self.words(f"tooltip of {widget.objectName()!r}", _rendered(widget.toolTip()))


def _hostile_app(open_app, data_dir, clock):
    (data_dir / "exercises").mkdir(parents=True)
    (data_dir / "exercises" / "hostile.toml").write_text(toml_document(hostile_exercise()), encoding="utf-8")
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.couple.save(NAME_A, "#B0583E", NAME_B, "#4F7358")
    store.couple.acknowledge_safety()
    store.settings.set("local_helpline", HELPLINE)
    store.close()
    window = open_app()
    assert window.services.library.get("hostile") is not None, window.services.library.problems
    return window


def test_every_screen_shows_hostile_exercise_text_names_and_answers_as_written(qtbot, open_app, data_dir, clock):
    window = _hostile_app(open_app, data_dir, clock)
    checker = Checker()
    walk = HostileWalk(qtbot, window, clock, random.Random(7), on_screen=lambda w: checker.screen(w.window))
    walk.checker = checker
    walk.run("hostile")
    checker.screen(window)  # the end: what the run kept
    kept = window.services.store.answers.of_run(window.run_page.run.id).values()
    assert any(BAD_ANSWER in str(record.value) for record in kept)  # kept as typed; only shown safely
    services = window.services
    window.start_exercise("hostile")  # started, and left: Today offers to resume it by its title
    qtbot.mouseClick(window.findChild(QAbstractButton, "first_partner_b"), Qt.MouseButton.LeftButton)
    window.run_page.leave()
    for page in (window.today_page, window.boundaries_page, window._progress, window.library_page, window.safety_page):
        window.show_page(page)  # (Progress, Ctrl+5, is only built when first shown)
        settle(qtbot, services)
        checker.screen(window)
    window.show_page(window.library_page)
    window.library_page.search.setText("hostile")
    checker.screen(window)
    # Seen, whole, where it matters: the run header, each kind of step, each reader of answers.
    html_at = checker.seen["Click here to read"]
    for where in (
        "label 'runExercise'",
        "label 'stepTitle'",
        "label 'stepBody'",
        "label 'stepPrompt'",
        "label 'followUp'",
        "label 'timerStatement'",
        "label 'timerGuidance'",
        "button 'option_walk'",
        "label 'todayRunTitle'",
    ):
        assert where in html_at, where
    assert "browser 'exerciseDetail'" in html_at and any(w.startswith("tooltip of exerciseList[") for w in html_at)
    answers_at = checker.seen["desrever"]
    for where in ("label 'answerText'", "label 'otherAnswer'", "label 'agreeStatement'", "label 'mirrorSource'"):
        assert where in answers_at, where
    assert any(where.startswith("label 'quote_mine_") for where in answers_at)
    assert any(where.startswith("label 'keptStatement_") for where in answers_at)
    assert "label 'todayBoundaryStatement'" in answers_at and "label 'boundaryStatement'" in answers_at
    assert any(where.startswith("boundariesTable[") for where in answers_at)
    assert {"button 'handoverContinue'", "button 'first_partner_a'"} <= checker.seen["<b>Al"]
    assert "browser 'safetyText'" in checker.seen["<b>1800"] and "label 'followUp'" in checker.seen["<b>1800"]


class _Reached(Exception):
    pass


def test_an_option_with_an_ampersand_reads_as_written_and_is_no_shortcut(qtbot, open_app, data_dir, clock):
    window = _hostile_app(open_app, data_dir, clock)

    def stop_at_pick(walk: Walk) -> None:
        if walk.where() == "step" and walk.page.run.screen.step.id == "pick":
            raise _Reached

    try:
        Walk(qtbot, window, clock, random.Random(1), on_screen=stop_at_pick).run("hostile")
    except _Reached:
        pass
    widget = window.run_page.step_widget
    tea = widget.findChild(QAbstractButton, "option_tea")
    assert _button_words(tea).startswith("Tea & cake <b>bold?</b>")
    qtbot.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # '& c' is no Alt+C shortcut
    assert not tea.isChecked()


def test_markdown_in_a_label_is_words_links_are_plain_and_pictures_never_load(qtbot):
    from couplesdesk.gui.plain import set_markdown

    label = QLabel()
    qtbot.addWidget(label)
    text = (
        '**Bold** <font color="#FFFFFF">hidden</font> [Click here](http://evil.example/) '
        "![cat](file:///etc/hostname) &#x202E;olleh &#7;"
    )
    set_markdown(label, text)
    assert label.textFormat() == Qt.TextFormat.RichText and _links_or_pictures(label.text()) == []
    words = label_words(label)
    assert '<font color="#FFFFFF">hidden</font>' in words and "Click here" in words and "[cat]" in words
    assert BIDI not in words and "olleh \ufffd" in words and "Bold" in words and "**" not in words
    assert "font-weight:700" in label.text()  # Markdown is still Markdown: bold is bold


def _picture(tmp_path):
    picture = tmp_path / "private.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(picture))
    return picture


def _loaded_pictures(browser: QTextBrowser, picture) -> list[bool]:
    """Whether ``browser`` loads a picture from the disk (as a file URL, as a path) when it
    holds one: what it shows is laid out and painted, then each is asked for."""
    browser.setHtml(f'<img src="{picture.as_uri()}"> <img src="{picture}"> <img src="http://evil.example/x.png">')
    browser.grab()
    document = browser.document()
    return [
        document.resource(QTextDocument.ResourceType.ImageResource, QUrl(src)) is not None
        for src in (picture.as_uri(), str(picture))
    ]


def test_no_text_browser_of_the_app_loads_a_picture_or_follows_a_link(qtbot, open_app, tmp_path):
    window = open_app()
    for page in (window.library_page, window.safety_page):
        window.show_page(page)
    browsers = window.findChildren(QTextBrowser)
    assert len(browsers) >= 2
    picture = _picture(tmp_path)
    plain = QTextBrowser()
    qtbot.addWidget(plain)
    assert _loaded_pictures(plain, picture) == [True, True]  # what Qt's own browser does with a file's picture
    for browser in browsers:
        assert not browser.openLinks() and not browser.openExternalLinks(), browser.objectName()
        assert _loaded_pictures(browser, picture) == [False, False], browser.objectName()
        url = QUrl("http://evil.example/x.png")
        assert browser.loadResource(QTextDocument.ResourceType.ImageResource, url) is None


def test_a_name_that_could_reorder_the_words_around_it_is_refused_kindly(qtbot, open_app, data_dir, clock):
    window = open_app(couple=False)
    names = window.first_run.names
    qtbot.keyClicks(names.a_name, "Robin")
    names.b_name.setText(f"Kim{BIDI}")  # pasted
    qtbot.keyClick(names.b_name, Qt.Key.Key_Return)
    assert names.error.isVisible() and names.error.textFormat() == Qt.TextFormat.PlainText
    assert names.error.text() == (
        "A name cannot hold an invisible right-to-left override character (U+202E), which changes how "
        "the words around it read; please type the name again."
    )
    store = Store.open(data_dir / "couplesdesk.db", clock)
    assert store.couple.get() is None
    store.close()
    names.b_name.setText("Kim \u05e7\u200f")  # a mark of right-to-left writing is fine
    qtbot.keyClick(names.b_name, Qt.Key.Key_Return)
    assert not names.error.isVisible()
