"""The one language exercise texts are shown in: where it comes from, and what follows it."""

from __future__ import annotations

from couplesdesk.core import language
from couplesdesk.core.loader import load_exercise

from .loader_helpers import EXERCISES

SHARE = (EXERCISES / "share-one-thing.toml").read_text(encoding="utf-8")


def test_exercise_text_follows_the_chosen_language_field_by_field():
    partial = SHARE.replace('title.de = "Nebeneinander"', 'title.de = ""').replace(
        'guidance.de = "Schreib es so, wie du es sagen würdest."\n', ""
    )
    assert partial.count("Nebeneinander") == 0 and "Schreib es so" not in partial
    ex = load_exercise("partial.toml", partial.encode())
    reveal, write = ex.step("read-both"), ex.step("my-thing")
    assert ex.text(ex.title) == "Share one thing"  # English unless told
    language.start("de")
    assert ex.text(ex.title) == "Eine Sache teilen"
    assert ex.text(reveal.title) == "Side by side"  # de = "" falls back
    assert ex.text(write.guidance) == "Write it the way you would say it."  # no de at all
    assert ex.text(reveal.prompt).startswith("Nehmt euch Zeit")
    assert ex.text(ex.title, "en") == "Share one thing"  # a language asked for wins


def test_the_language_comes_from_the_command_line_then_the_setting_then_the_computer():
    assert language.code_of("de_DE.UTF-8") == "de-DE"
    assert language.code_of("de-CH") == "de-CH"
    assert language.code_of("C") is None and language.code_of("") is None and language.code_of(None) is None
    assert language.start(None, "de_AT.UTF-8") == "de-AT"
    assert language.use_setting("en") == "en"  # the couple's choice over the computer's
    assert language.use_setting(None) == "de-AT"  # no choice: the computer's again
    assert language.start("en", "de_DE") == "en"
    assert language.use_setting("de") == "en"  # --language wins for the session
    assert language.start(None, "C") == "en"  # nothing known: English


def test_a_runs_title_is_shown_in_the_current_language_unless_it_was_renamed():
    ex = load_exercise(EXERCISES / "share-one-thing.toml")
    language.start("de")
    assert ex.run_title("Share one thing") == "Eine Sache teilen"  # started in English
    assert ex.run_title(None) == "Eine Sache teilen"
    assert ex.run_title("Our old name for it") == "Our old name for it"  # renamed since: as it was


def test_the_words_for_help_where_no_number_is_known_follow_the_language():
    from couplesdesk.core.helplines import safety_values

    unset = {}.get
    assert safety_values(unset, "XX")["emergency_number"] == "your local emergency number"
    language.start("de")
    values = safety_values(unset, "XX")
    assert values["emergency_number"] == "die Notrufnummer vor Ort"
    assert values["local_helpline"] == "eine Beratungsstelle für häusliche Gewalt in eurer Nähe"
    assert safety_values(unset, "DE")["emergency_number"] == "112"
    assert (
        safety_values({"local_helpline": "Hilfetelefon 116 016"}.get, "DE")["local_helpline"] == "Hilfetelefon 116 016"
    )
