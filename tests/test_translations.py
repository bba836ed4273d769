"""Nothing is left out of the translations: every ``translations/couplesdesk_<lang>*.ts`` entry
is finished and still in the source, and every text the source marks for translation
(``pyside6-lupdate`` over the whole package, into a temporary file) is translated in one of them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .conftest import ROOT, translation_tools


def test_every_text_is_translated_and_no_translation_is_left_over():
    tools = translation_tools()
    assert "de" in tools.sources(ROOT), "translations/couplesdesk_de.ts is missing"
    problems = tools.problems(ROOT)
    assert not problems, f"{len(problems)} translation problem(s):\n" + "\n".join(problems)


def test_the_check_finds_an_unfinished_a_vanished_and_a_missing_text(tmp_path):
    """The check itself can fail: on a copy of the project with one text untranslated, one
    translation whose text is gone from the source, and one new text."""
    tools = translation_tools()
    (tmp_path / "translations").mkdir()
    package = tmp_path / "src" / "couplesdesk"
    package.mkdir(parents=True)
    (package / "words.py").write_text(
        'from .i18n import translate\n\nA = translate("words", "Kept")\nB = translate("words", "New")\n'
        'C = translate("words", "Not done")\n',
        encoding="utf-8",
    )
    ts = tmp_path / "translations" / "couplesdesk_de.part.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE"><context>'
        "<name>words</name>"
        "<message><source>Kept</source><translation>Behalten</translation></message>"
        "<message><source>Gone</source><translation>Weg</translation></message>"
        '<message><source>Not done</source><translation type="unfinished"></translation></message>'
        "</context></TS>\n",
        encoding="utf-8",
    )
    ET.parse(ts)
    problems = tools.problems(tmp_path)
    assert problems == [
        "couplesdesk_de.part.ts: unfinished: [words] 'Not done'",
        "de: not translated: [words] 'New'",
        "de: no longer in the source: [words] 'Gone'",
    ]
