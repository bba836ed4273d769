"""The loader on broken files: each must give problems a therapist can act on.

Every broken file below is the small valid ``BASE`` exercise with one mutation. For each,
the test names a fragment of the message, a fragment of the field path and the exact line
(and column, where the loader can know it) that the problem must carry.
"""

from __future__ import annotations

import pytest

from couplesdesk.core.loader import MAX_BYTES, MAX_DEPTH, ExerciseFileError, load_exercise

from .loader_helpers import BASE, ROLES_TABLE, check_problems, header_of, line_of, sub

# --------------------------------------------------------------------------- the table of broken files

BROKEN: list = []


def broken(
    case_id: str, data: str | bytes, message: str, field: str = "", line: int | None = None, column: int | None = None
) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    BROKEN.append(pytest.param(raw, message, field, line, column, id=case_id))


# TOML syntax: line and column come from the parser.
t = sub("minutes = 20\nwho", "minutes = twenty\nwho")
broken("toml-bare-word", t, "is not valid TOML", "", line_of(t, "minutes = twenty"), len("minutes = ") + 1)
t = sub('title = "Base exercise"', 'title = "Base exercise')
broken(
    "toml-unclosed-quote",
    t,
    "missing its closing quote",
    "",
    line_of(t, 'title = "Base exercise'),
    len('title = "Base exercise') + 1,
)
t = sub("minutes = 20\nwho", "minutes = 20\nminutes = 25\nwho")
broken("toml-key-twice", t, "written twice", "", line_of(t, "minutes = 25"))

# Wrong types.
t = sub("minutes = 20\nwho", 'minutes = "twenty"\nwho')
broken(
    "text-for-whole-number",
    t,
    'expected a whole number, found the text "twenty"',
    "minutes",
    line_of(t, 'minutes = "twenty"'),
)
t = sub("minutes = 20\nmin_minutes", 'minutes = "twenty"\nmin_minutes')
broken(
    "text-for-timer-minutes", t, "expected a whole number", "steps[7](rest).minutes", line_of(t, 'minutes = "twenty"')
)
t = sub("adjustable = true", 'adjustable = "sometimes"')
broken(
    "text-for-true-false",
    t,
    "expected true or false",
    "steps[7](rest).adjustable",
    line_of(t, 'adjustable = "sometimes"'),
)
t = sub('prompt = "How calm are you now?"', "prompt = 7")
broken("number-for-text", t, "expected text in quotes", "steps[2](mood).prompt", line_of(t, "prompt = 7"))

# Missing required fields: the loader cannot point at a line that is not there, so it
# points at the start of the table that lacks the key.
t = sub('summary = "A small exercise used by the tests."\n', "")
broken("missing-summary", t, "'summary' is required but missing", "summary", 1)
t = sub('low_label = "calm"\n', "")
broken("missing-step-field", t, "'low_label' is required but missing", "steps[2](mood).low_label", header_of(t, "mood"))
t = sub('{ id = "tea", label = "A cup of tea" }', '{ id = "tea" }')
broken(
    "missing-label-of-second-option",
    t,
    "'label' is required but missing",
    "steps[3](pick).options[2].label",
    line_of(t, '{ id = "tea" }'),
)
t = sub('{ hint = "Something small" }', "{ }")
broken(
    "blank-without-hint",
    t,
    "'hint' is required but missing",
    "steps[4](wish).blanks.wish.hint",
    line_of(t, "blanks = "),
)
t = sub('kind = "write"\n', "")
broken("step-without-kind", t, "every step needs a 'kind'", "steps[1](feelings)", header_of(t, "feelings"))

# Unknown keys, with a suggestion.
t = sub('title = "Base exercise"', 'tittle = "Base exercise"')
broken(
    "tittle", t, "'tittle' is not a field this format knows; did you mean 'title'?", "tittle", line_of(t, "tittle =")
)
t = sub('kind = "write"\n', 'kind = "write"\ntittle = "Feelings"\n')
broken("tittle-in-step", t, "did you mean 'title'?", "steps[1](feelings).tittle", line_of(t, "tittle ="))
t = sub('first = "speaker"', 'frist = "speaker"')
broken("frist-in-roles", t, "did you mean 'first'?", "roles.frist", line_of(t, "frist ="))
t = sub('blanks = { wish = { hint = "Something small" } }', '[steps.blanks.wish]\nhnit = "Something small"')
broken("hnit-in-blank-table", t, "did you mean 'hint'?", "steps[4](wish).blanks.wish.hnit", line_of(t, "hnit ="))

# Unknown step kind, bad names.
t = sub('kind = "write"', 'kind = "wrtie"')
broken(
    "unknown-step-kind",
    t,
    "'wrtie' is not a step kind; use one of: read, write",
    "steps[1](feelings).kind",
    line_of(t, 'kind = "wrtie"'),
)
t = sub('id = "base"', 'id = "Base Exercise"')
broken(
    "bad-id-pattern", t, "expected a simple name: lower-case letters, digits", "id", line_of(t, 'id = "Base Exercise"')
)
t = sub('{ id = "tea"', '{ id = "Tea"')
broken("bad-id-of-second-option", t, 'found the text "Tea"', "steps[3](pick).options[2].id", line_of(t, '{ id = "Tea"'))

# References between steps.
t = sub('steps = ["feelings", "mood"]', 'steps = ["feelings", "moood"]')
broken(
    "reveal-unknown-step",
    t,
    "refers to a step 'moood' that does not exist; did you mean 'mood'?",
    "steps[5](show).steps",
    line_of(t, "moood"),
)
t = sub('goto = "rest"', 'goto = "rset"')
broken(
    "branch-goto-unknown-step",
    t,
    "refers to a step 'rset' that does not exist; did you mean 'rest'?",
    "steps[6](fork).cases[1].goto",
    line_of(t, 'goto = "rset"'),
)
t = sub('on = "mood"', 'on = "mod"')
broken(
    "branch-on-unknown-step",
    t,
    "refers to a step 'mod' that does not exist; did you mean 'mood'?",
    "steps[6](fork).on",
    line_of(t, 'on = "mod"'),
)
t = sub(
    'otherwise = "rest"\n\n[[steps.cases]]\nat_least = 6\ngoto = "rest"',
    'otherwise = "rest"\ncases = [{ at_least = 6, goto = "rset" }]',
)
broken(
    "branch-goto-unknown-step-inline",
    t,
    "did you mean 'rest'?",
    "steps[6](fork).cases[1].goto",
    line_of(t, 'goto = "rset"'),
)
t = sub('id = "mood"', 'id = "feelings"')
broken(
    "duplicate-step-id",
    t,
    "two steps share the id 'feelings' (steps 1 and 2)",
    "steps[2](feelings).id",
    line_of(t, 'id = "feelings"', nth=1),
)
t = sub('who = "each"\nprompt = "{speaker}', 'who = "each"\nprivate = true\nprompt = "{speaker}')
broken(
    "reveal-private-step",
    t,
    "reveals step 'feelings', which is marked private",
    "steps[5](show).steps",
    line_of(t, 'steps = ["feelings"'),
)

# Roles.
t = sub('who = "each"\nprompt = "{speaker}, what', 'who = "speaker"\nprompt = "What', sub(ROLES_TABLE, ""))
broken(
    "role-never-bound",
    t,
    "'speaker' is not a partner, 'each' or 'together', and the exercise declares no [roles]",
    "steps[1](feelings).who",
    line_of(t, 'who = "speaker"'),
)
t = sub('who = "each"\nprompt = "{speaker}', 'who = "speakr"\nprompt = "{speaker}')
broken(
    "role-typo",
    t,
    "'speakr' is not someone who can act in this exercise",
    "steps[1](feelings).who",
    line_of(t, 'who = "speakr"'),
)
t = sub('title = "Base exercise"', 'title = { en = "Base", de = {} }')
broken(
    "translation-is-a-table",
    t,
    "the 'de' translation needs to be text in quotes, found a table",
    "title.de",
    line_of(t, "title ="),
)
t = sub('question = "Who speaks first?"\n', 'question = "Who speaks first?"\nask_before = "pik"\n')
broken(
    "ask-before-unknown-step",
    t,
    "refers to a step 'pik' that does not exist; did you mean 'pick'?",
    "roles.ask_before",
    line_of(t, "ask_before ="),
)
t = sub('question = "Who speaks first?"\n', 'question = "Who speaks first?"\nask_before = "pick"\n')
broken(
    "role-used-before-it-is-asked",
    t,
    "comes before step 'pick', where the exercise first asks who is the speaker (roles.ask_before), but already needs to know",
    "steps[1](feelings)",
    header_of(t, "feelings"),
)
t = sub('who = "couple"', 'who = "solo"')
broken("solo-with-roles", t, "a solo exercise has one person, so it cannot have roles", "roles", line_of(t, "[roles]"))
t = sub('who = "each"\nprompt = "{speaker}', 'who = "self"\nprompt = "{speaker}')
broken(
    "self-in-couple-exercise",
    t,
    "'self' is only for solo exercises",
    "steps[1](feelings).who",
    line_of(t, 'who = "self"'),
)

# Timer, rate, branch, template, placeholders.
t = sub("min_minutes = 10\nmax_minutes = 30", "min_minutes = 40\nmax_minutes = 30")
broken(
    "timer-min-above-max",
    t,
    "min_minutes (40) is more than max_minutes (30); lower min_minutes or raise max_minutes",
    "steps[7](rest)",
    header_of(t, "rest"),
)
t = sub("minutes = 20\nmin_minutes", "minutes = 45\nmin_minutes")
broken(
    "timer-default-outside-bounds",
    t,
    "minutes (45) lies outside min_minutes to max_minutes (10 to 30); change minutes",
    "steps[7](rest)",
    header_of(t, "rest"),
)
t = sub("min = 0\nmax = 10", "min = 10\nmax = 10")
broken(
    "rate-min-not-below-max",
    t,
    "the scale's 'min' (10) must be below its 'max' (10)",
    "steps[2](mood)",
    header_of(t, "mood"),
)
t = sub("at_least = 6", "at_least = 11")
broken(
    "branch-outside-rate-scale",
    t,
    "tests 11, outside the scale 0 to 10 of step 'mood'",
    "steps[6](fork).cases[1].at_least",
    line_of(t, "at_least = 11"),
)
t = sub("at_least = 6", 'includes = "bath"', sub('on = "mood"', 'on = "pick"'))
broken(
    "includes-unknown-option",
    t,
    "'bath' is not an option of step 'pick'",
    "steps[6](fork).cases[1].includes",
    line_of(t, 'includes = "bath"'),
)
t = sub('template = "I would like {wish}."', 'template = "I would like {wish} at {when}."')
broken(
    "template-blank-not-described",
    t,
    "uses the blank {when} but 'blanks' has no entry for 'when'",
    "steps[4](wish)",
    header_of(t, "wish"),
)
t = sub("{speaker}, what", "{spaeker}, what")
broken(
    "unknown-placeholder",
    t,
    "uses the placeholder {spaeker}, which is not one of:",
    "steps[1](feelings)",
    header_of(t, "feelings"),
)
t = sub("{speaker}, what", "{speaker, what")
broken("lone-brace", t, "lone '{' or '}'", "steps[1](feelings)", header_of(t, "feelings"))

# Translations.
t = sub('title = "Base exercise"', 'title = { english = "Base exercise" }')
broken("translation-key-not-a-language", t, "'english' is not a language code", "title.english", line_of(t, "english"))
t = sub(
    'title = "Base exercise"',
    'title = { en = "Base exercise", de = "Basisübung" }',
    sub("{speaker}, what are you feeling?", "{spaeker}, what are you feeling?"),
)
broken("placeholder-typo-in-translated-file", t, "{spaeker}", "steps[1](feelings)", header_of(t, "feelings"))

# Bytes that are not an exercise at all.
broken("empty-file", b"", "is empty", "", None)
broken("whitespace-only", b" \n\t\n   \r\n", "is empty", "", None)
broken("byte-order-mark-only", b"\xef\xbb\xbf\n", "is empty", "", None)
broken("binary-nul-bytes", BASE.encode().replace(b"weekly", b"week\x00ly"), "looks like a binary file", "", None)
broken("png-image", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "looks like a binary file", "", None)
# UTF-16 with its byte-order mark is read (tests/core/test_format_2.py); without one it is not text.
broken("utf-16-without-its-mark", BASE.encode("utf-16-le"), "looks like a binary file", "", None)
t = sub('title = "Base exercise"', 'title = "Café"')
broken("latin-1-file", t.encode("latin-1"), "is not UTF-8 text", "", line_of(t, "Café"), len('title = "Caf') + 1)
t = sub('label = "A cup of tea"', 'label = "Ein Café, schön"')
broken(
    "latin-1-byte-after-utf-8",
    t.encode().replace("schön".encode(), b"sch\xf6n"),
    "is not UTF-8 text",
    "",
    line_of(t, "Café"),
    len('  { id = "tea", label = "Ein Café, sch') + 1,
)
broken(
    "latin-1-after-byte-order-mark",
    b"\xef\xbb\xbf" + BASE.encode().replace(b"Base exercise", b"Bas\xe9"),
    "is not UTF-8 text",
    "",
    4,
    len('title = "Bas') + 1,
)
broken("too-large", b"# " + b"x" * MAX_BYTES + b"\n" + BASE.encode(), "is too large", "", None)
broken("absurdly-nested-arrays", "x = " + "[" * 5000 + "]" * 5000, "nested too deeply", "", None)
broken("absurdly-nested-tables", "x = " + "{a = " * 5000 + "1" + "}" * 5000, "nested too deeply", "", None)
broken(
    "nested-beyond-max-depth",
    "x = " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n" + BASE,
    f"nested too deeply (more than {MAX_DEPTH} levels",
    "",
    None,
)
t = sub("minutes = 20\nwho", "minutes = " + "9" * 5000 + "\nwho")
broken("number-with-5000-digits", t, "too many digits", "", line_of(t, "9999"))

# Line numbers that must survive text which looks like structure.
t = sub(
    'category = "testing"\nminutes = 20',
    'description = """\nRead this first.\n[Important]\nminutes = soon\n"""\ncategory = "testing"\nminutes = "twenty"',
)
broken("markdown-brackets-in-description", t, "expected a whole number", "minutes", line_of(t, 'minutes = "twenty"'))
t = sub('title = "Base exercise"', 'title = "Base\u2028exercise"', sub("minutes = 20\nwho", 'minutes = "twenty"\nwho'))
broken("line-separator-character-in-text", t, "expected a whole number", "minutes", line_of(t, 'minutes = "twenty"'))
t = sub("minutes = 20\nwho", 'minutes = "twenty"\nwho').replace("\n", "\r\n")
broken("windows-line-endings", t, "expected a whole number", "minutes", line_of(t, 'minutes = "twenty"'))


@pytest.mark.parametrize(("data", "message", "field", "line", "column"), BROKEN)
def test_broken_file_is_reported_precisely(tmp_path, data, message, field, line, column):
    path = tmp_path / "broken-exercise.toml"
    path.write_bytes(data)
    with pytest.raises(ExerciseFileError) as info:
        load_exercise(path)
    check_problems(info.value, data, path.name)
    for problem in info.value.problems:
        assert str(path) in str(problem)
    matching = [
        p for p in info.value.problems if message in p.message and (field in p.field if field else p.field == "")
    ]
    assert matching, f"no problem with {message!r} at field {field!r} among:\n{info.value}"
    problem = matching[0]
    assert problem.line == line, f"{problem} should be on line {line}"
    if column is not None:
        assert problem.column == column, f"{problem} should be at column {column}"
    # The whole error reads as one line per problem, each naming the file.
    assert str(info.value).count(path.name) == len(info.value.problems)


def test_table_is_big_enough():
    assert len(BROKEN) >= 20
