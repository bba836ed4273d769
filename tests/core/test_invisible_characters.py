"""Invisible characters that make a screen lie: refused in exercise files (with the line, the
column and the field, in words a therapist can act on) and shown safely in answers."""

from __future__ import annotations

import pytest

from couplesdesk.core.library import load_library, validate_paths
from couplesdesk.core.loader import ExerciseFileError, parse_exercise
from couplesdesk.resources import builtin_exercises

from .loader_helpers import BASE, sub

RLO = "\u202e"


def problems_of(text: str) -> list:
    with pytest.raises(ExerciseFileError) as caught:
        parse_exercise(text.encode("utf-8"), "ours.toml")
    return caught.value.problems


def where(text: str, needle: str) -> tuple[int, int]:
    """The line and column (from 1, in characters) where ``needle`` is in ``text``, found by hand."""
    lines = text.split("\n")
    (line,) = [n for n, line in enumerate(lines, 1) if needle in line]
    return line, lines[line - 1].index(needle) + 1


@pytest.mark.parametrize(
    ("old", "new", "needle", "field", "words"),
    [
        # pasted into the title: invisible
        (
            'title = "Base exercise"',
            f'title = "Base {RLO}exercise"',
            RLO,
            "title",
            "an invisible right-to-left override character (U+202E) at column 15",
        ),
        # written as an escape, in a step's prompt
        (
            'prompt = "How calm are you now?"',
            'prompt = "How calm \\u2067are you now?"',
            "\\u2067",
            "steps[2](mood).prompt",
            "a right-to-left isolate character (U+2067), written as \\u2067 at column 20",
        ),
        # an option's label, in an inline table
        (
            '{ id = "tea", label = "A cup of tea" }',
            '{ id = "tea", label = "A cup\u0085 of tea" }',
            "\u0085",
            "steps[3](pick).options[2].label",
            "an invisible control character (U+0085) at column 31",
        ),
        # a control character by TOML's own short escape, in a blank's hint
        (
            'hint = "Something small"',
            'hint = "Something\\bsmall"',
            "\\b",
            "steps[4](wish).blanks.wish.hint",
            "a control character (U+0008), written as \\b at column",
        ),
        # on the third line of a multi-line text
        (
            'question = "Who speaks first?"',
            'question = """\nWho\nspeaks \u2066first?"""',
            "\u2066",
            "roles.question",
            "an invisible left-to-right isolate character (U+2066) at column 8",
        ),
    ],
)
def test_a_bidi_control_or_a_control_character_is_refused_where_it_is(old, new, needle, field, words):
    text = sub(old, new)
    line, column = where(text, needle)
    problems = problems_of(text)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.line, problem.column, problem.field) == (line, column, field)
    assert problem.message.startswith(words)
    assert str(problem).startswith(f"ours.toml:{line}:{column}: [{field}] ")


def test_the_message_says_what_the_character_does_and_what_to_do():
    (problem,) = problems_of(sub('title = "Base exercise"', f'title = "Base {RLO}exercise"'))
    assert "it can reorder the words on screen, so people would not read what you wrote" in problem.message
    assert "delete it (it cannot be seen, so delete the characters on either side and type them again" in (
        problem.message
    )
    (problem,) = problems_of(sub('title = "Base exercise"', 'title = "Base \\u0007exercise"'))
    assert problem.message.endswith("it cannot be shown on screen; delete the \\u0007")


def test_one_in_a_comment_is_refused_too_with_its_line_and_column():
    problems = problems_of(f"# Our own {RLO}exercise\n" + BASE)
    assert [(p.line, p.column, p.field) for p in problems] == [(1, 11, "")]


def test_one_pasted_where_toml_allows_none_says_which_character_and_where():
    (problem,) = problems_of(sub('title = "Base exercise"', 'title = "Base \x07exercise"'))
    assert (problem.line, problem.column) == (4, 15)
    assert "an invisible control character (U+0007) at column 15, probably pasted; delete it" in problem.message


def test_each_one_is_listed_with_the_other_problems_of_the_file():
    text = sub('title = "Base exercise"', f'title = "Base {RLO}exercise{RLO}"')
    text = sub("minutes = 20\nwho", "minutes = 0\nwho", text)
    problems = problems_of(text)
    assert [(p.line, p.column, p.field) for p in problems[:2]] == [(4, 15, "title"), (4, 24, "title")]
    assert any(p.field == "minutes" for p in problems[2:])


def test_no_message_carries_the_character_itself():
    """A message quotes the file (an id, a value): the character would act in a terminal, or on screen."""
    problems = problems_of(sub('id = "base"', f'id = "ba{RLO}se"'))
    assert len(problems) >= 2  # the character, and the id that is no simple name
    for problem in problems:
        assert RLO not in str(problem)
    assert any("<U+202E>" in str(p) for p in problems)


@pytest.mark.parametrize(
    "change",
    [
        ("\n", "\r\n"),  # saved on Windows
        ('title = "Base exercise"', 'title = "Base \u200fexercise \u200e\u061c"'),  # marks of RTL writing
        ('title = "Base exercise"', 'title = "Base\texercise"'),  # a tab
        ('title = "Base exercise"', 'title = "Base exercise \U0001f469\u200d\U0001f469\u200d\U0001f467"'),  # ZWJ
    ],
)
def test_only_what_can_make_the_screen_lie_is_refused(change):
    """Windows line ends, the directional marks of right-to-left writing, a tab, an emoji
    joined by zero-width joiners: ordinary, so the file loads. With one override added, not."""
    old, new = change
    text = BASE.replace(old, new) if old == "\n" else sub(old, new)
    assert parse_exercise(text.encode("utf-8"), "ours.toml").id == "base"
    problems = problems_of(text.replace('title = "Base', f'title = "Base{RLO}', 1))
    assert [(p.line, p.column, p.field) for p in problems] == [(4, 14, "title")]


def test_every_other_exercise_still_loads(tmp_path):
    (tmp_path / "a-good-one.toml").write_text(BASE, encoding="utf-8")
    (tmp_path / "the-bad-one.toml").write_text(
        sub('id = "base"', 'id = "bad"', sub('title = "Base exercise"', f'title = "Base {RLO}exercise"')),
        encoding="utf-8",
    )
    library = load_library(builtin_exercises(), tmp_path)
    assert len(library) == 15 and library.get("base") is not None and library.get("bad") is None
    assert [(p.file.endswith("the-bad-one.toml"), p.line, p.column) for p in library.problems] == [(True, 4, 15)]
    checked = validate_paths([tmp_path])
    assert len(checked) == 1 and len(checked.problems) == 1


def test_a_thousand_are_counted_not_each_listed():
    problems = problems_of(sub('title = "Base exercise"', f'title = "Base {RLO * 1000}exercise"'))
    assert len(problems) == 21
    assert problems[-1].message == "has 980 more invisible characters like these"


def test_an_answer_is_shown_as_typed_with_nothing_that_can_reorder_or_hide_it():
    from couplesdesk.core.safe_text import display_text

    ordinary = 'Words, <b>tags</b> & "quotes", עברית \u200f, a tab\tand\nlines, 👩\u200d👩\u200d👧'
    assert display_text(ordinary) == ordinary
    assert display_text(f"I did {RLO}ton\u202c \u2067agree\u2069") == "I did ton agree"
    assert display_text("ring\x07bell\x1b[31m\x85\x7f") == "ring\ufffdbell\ufffd[31m\ufffd\ufffd"
    assert display_text("one\r\ntwo\rthree") == "one\ntwo\nthree"
