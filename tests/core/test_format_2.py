"""Format 2: sensitive questions, consent to reveal, partial reveals, quotes, no rating defaults,
whole minutes; and format-1 files that keep loading, with warnings that say what changed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from couplesdesk.core.loader import ExerciseFileError, parse_exercise, parse_exercise_with_warnings

from .loader_helpers import BASE, line_of, sub

HEAD = """\
format_version = 2
id = "care"
version = 1
title = "Care"
summary = "A test of format 2."
category = "testing"
minutes = 20
who = "couple"
cadence_hint = "weekly"

[roles]
first = "speaker"
second = "listener"
question = "Who speaks first?"
"""

FEAR = """
[[steps]]
id = "fear"
kind = "choose"
who = "each"
sensitive = true
prompt = "Recently, have you felt afraid of your partner?"
options = [
  { id = "no", label = "No", follow_up = "Thank you." },
  { id = "yes", label = "Yes", follow_up = "You can call {emergency_number}, or {local_helpline}." },
  { id = "unsaid", label = "Prefer not to say", follow_up = "Thank you." },
]
"""


def exercise(*steps: str, head: str = HEAD) -> bytes:
    return (head + "".join(steps)).encode()


def refused(data: bytes) -> list[str]:
    with pytest.raises(ExerciseFileError) as caught:
        parse_exercise(data, "care.toml")
    return [f"{p.field}: {p.message}" for p in caught.value.problems]


# --------------------------------------------------------------------------- sensitive questions


def test_a_private_safety_screen_is_accepted():
    loaded = parse_exercise(exercise(FEAR), "care.toml")
    assert loaded.steps[0].sensitive


@pytest.mark.parametrize(
    ("use", "field"),
    [
        ('[[steps]]\nid = "check"\nkind = "branch"\non = "fear"\notherwise = "end"\n\n[[steps.cases]]\n'
         'includes = "yes"\ngoto = "end"\n', "on"),
        ('[[steps]]\nid = "both"\nkind = "reveal"\nsteps = ["fear"]\n', "steps"),
        ('[[steps]]\nid = "keep"\nkind = "agree"\nsource = "fear"\n', "source"),
        ('[[steps]]\nid = "back"\nkind = "mirror"\nwho = "listener"\nspeaker = "speaker"\nprompt = "Say it back."\n'
         'source = "fear"\n', "source"),
        ('[[steps]]\nid = "quote"\nkind = "read"\nbody = "Earlier:"\nshow = ["fear"]\n', "show"),
    ],
    ids=["branch", "reveal", "agree", "mirror", "quote"],
)  # fmt: skip
def test_nothing_may_use_a_sensitive_answer_and_the_message_names_both_steps(use, field):
    end = '\n[[steps]]\nid = "end"\nkind = "end"\n'
    problems = refused(exercise(FEAR, "\n" + use, end))
    assert any(f".{field}: uses step 'fear', which is marked sensitive" in p and "so step '" in p for p in problems), (
        problems
    )


def test_a_sensitive_question_is_asked_of_each_alone_and_is_a_choice_or_a_rating():
    shared = FEAR.replace('who = "each"\nsensitive', 'who = "together"\nsensitive')
    assert any('use who = "each"' in p for p in refused(exercise(shared)))
    written = '\n[[steps]]\nid = "fear"\nkind = "write"\nwho = "each"\nsensitive = true\nprompt = "Are you afraid?"\n'
    assert any("only a choose or rate step can be marked sensitive" in p for p in refused(exercise(written)))


def test_a_sensitive_rating_cannot_feed_a_chart():
    rating = (
        '\n[[steps]]\nid = "ease"\nkind = "rate"\nwho = "each"\nsensitive = true\nscale = "ease"\n'
        'prompt = "How safe?"\nlow_label = "not"\nhigh_label = "very"\n'
    )
    assert any("scale: a sensitive rating is never stored" in p for p in refused(exercise(rating)))


def test_follow_up_texts_belong_to_sensitive_questions_only():
    plain = FEAR.replace("sensitive = true\n", "")
    assert any("only a sensitive question shows" in p for p in refused(exercise(plain)))


# --------------------------------------------------------------------------- consent, partial reveals, quotes

CHILDHOOD = """
[[steps]]
id = "childhood"
kind = "write"
who = "each"
reveal_consent = "author"
prompt = "Where did this first make sense?"
"""


def test_an_answer_its_author_reveals_is_shown_only_by_a_reveal():
    reveal = '\n[[steps]]\nid = "both"\nkind = "reveal"\nsteps = ["childhood"]\n'
    assert parse_exercise(exercise(CHILDHOOD, reveal), "care.toml").steps[0].reveal_consent == "author"
    agree = '\n[[steps]]\nid = "keep"\nkind = "agree"\nsource = "childhood"\n'
    assert any("whose author decides whether it is shown" in p for p in refused(exercise(CHILDHOOD, reveal, agree)))
    on_shared_step = CHILDHOOD.replace('who = "each"', 'who = "together"')
    assert any(
        "reveal_consent is for answers written by each partner alone" in p for p in refused(exercise(on_shared_step))
    )


def test_a_reveal_of_one_person_names_a_person():
    one = '\n[[steps]]\nid = "mine"\nkind = "reveal"\nsteps = ["childhood"]\nof = "speaker"\n'
    assert parse_exercise(exercise(CHILDHOOD, one), "care.toml").steps[1].of == "speaker"
    assert any("'each' is not one person" in p for p in refused(exercise(CHILDHOOD, one.replace("speaker", "each"))))


def test_quotes_show_only_what_the_screen_may_show():
    note = '\n[[steps]]\nid = "note"\nkind = "write"\nwho = "each"\nprivate = true\nprompt = "Just for you."\n'
    own = '\n[[steps]]\nid = "again"\nkind = "write"\nwho = "each"\nprompt = "Now:"\nshow = ["note"]\n'
    assert parse_exercise(exercise(note, own), "care.toml")  # a private screen quoting its author's own note
    shared = '\n[[steps]]\nid = "again"\nkind = "read"\nbody = "Earlier:"\nshow = ["note"]\n'
    assert any("quotes step 'note', which is marked private" in p for p in refused(exercise(note, shared)))
    sealed = note.replace("private = true\n", "")
    problems = refused(exercise(sealed, shared))
    assert any("shows the answer to step 'note' to both of you" in p for p in problems), problems
    later = '\n[[steps]]\nid = "early"\nkind = "read"\nbody = "x"\nshow = ["note"]\n'
    assert any("comes later" in p for p in refused(exercise(later, note)))


# --------------------------------------------------------------------------- format 1 keeps loading

FORMAT_1_EVERY_FIELD = (
    BASE.replace('low_label = "calm"', 'default = 3\nlow_label = "calm"')
    + """
[[steps]]
id = "line"
kind = "template"
who = "speaker"
template = "I need {need}."
blanks = { need = { hint = "what you need" } }

[[steps]]
id = "answer"
kind = "choose"
who = "listener"
prompt = "Your answer?"
options = [{ id = "heard", label = "I hear it" }, { id = "talk", label = "Let's talk" }]

[[steps]]
id = "keep"
kind = "agree"
source = "line"
saves_as = "boundary"
status_from = "answer"
statuses = { heard = "heard", talk = "talked_through" }
"""
)


def test_a_format_1_file_loads_with_warnings_that_say_what_changed():
    loaded = parse_exercise_with_warnings(FORMAT_1_EVERY_FIELD.encode(), "old.toml")
    steps = {s.id: s for s in loaded.exercise.steps}
    assert steps["keep"].statuses == {"heard": "heard", "talk": "to_talk"}
    warnings = {p.field: (p.line, p.message) for p in loaded.warnings}
    assert set(warnings) == {"steps[2](mood).default", "steps[10](keep).statuses.talk"}
    assert warnings["steps[2](mood).default"][0] == line_of(FORMAT_1_EVERY_FIELD, "default = 3")
    assert "a rating starts empty" in warnings["steps[2](mood).default"][1]
    assert "recorded as 'to_talk'" in warnings["steps[10](keep).statuses.talk"][1]
    assert all(p.warning and "warning: " in str(p) for p in loaded.warnings)


def test_validate_prints_warnings_and_exits_0_when_there_are_only_warnings(tmp_path):
    path = tmp_path / "old.toml"
    path.write_text(FORMAT_1_EVERY_FIELD, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "couplesdesk", "validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "warning: 'default' is no longer used" in out.stdout
    assert "1 exercise(s) fine, no problems; 2 warning(s)" in out.stdout


def test_in_format_2_a_rating_default_is_an_error_and_a_newer_format_is_refused():
    text = FORMAT_1_EVERY_FIELD.replace("format_version = 1", "format_version = 2")
    assert any("rate steps have no 'default' since format 2" in p for p in refused(text.encode()))
    newer = BASE.replace("format_version = 1", "format_version = 3")
    assert any("written for a newer CouplesDesk (format 3)" in p for p in refused(newer.encode()))


# --------------------------------------------------------------------------- files from word processors


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("minutes = 20\nwho", 'minutes = "20"\nwho'), 'expected a whole number, found the text "20"'),
        (("minutes = 20\nwho", "minutes = 20.5\nwho"), "expected a whole number, found a number (20.5)"),
        (("minutes = 20\nmin_minutes", "minutes = 25.5\nmin_minutes"), "expected a whole number"),
        (('title = "Base exercise"', "title = \u201cBase exercise\u201d"), 'use straight quotes " not curly ones'),
        (('title = "Base exercise"', 'title\u00a0= "Base exercise"'), "non-breaking space, U+00A0"),
        (('id = "base"', 'id = "my\u00a0base"'), "has a non-breaking space (U+00A0) in it"),
        (("min_minutes = 10", "min_minutes = 25"), "minutes (20) lies outside min_minutes to max_minutes (25 to 30)"),
        (("adjustable = true", "adjustable = true\ncan_finish_early = true\nannounce_return = true"),
         "can_finish_early cannot be used on a pause"),
    ],
    ids=["minutes-as-text", "half-minutes", "timer-half-minutes", "curly-quotes", "nbsp-in-key", "nbsp-in-id",
         "bounds-name-the-field", "finish-early-pause"],
)  # fmt: skip
def test_what_a_word_processor_does_to_a_file_is_named(change, expected):
    assert any(expected in p for p in refused(sub(*change).encode())), refused(sub(*change).encode())


def test_a_utf16_file_with_its_byte_order_mark_is_read():
    assert parse_exercise(BASE.encode("utf-16"), "unicode.toml").id == "base"


# --------------------------------------------------------------------------- who = "each" on a read step

READ_EACH = '\n[[steps]]\nid = "breathe"\nkind = "read"\nwho = "each"\nbody = "Take a breath."\n'


def test_each_on_a_read_step_is_refused_naming_the_file_the_line_and_the_field():
    """A read step has no answer: 'each' would only show it twice, with hand-overs between."""
    text = HEAD + READ_EACH + FEAR
    with pytest.raises(ExerciseFileError) as caught:
        parse_exercise(text.encode(), "care.toml")
    [problem] = caught.value.problems
    assert problem.field == "steps[1](breathe).who"
    assert problem.line == line_of(text, "Take a breath", offset=-1)  # the line of its who
    assert str(problem).startswith(f"care.toml:{problem.line}: [steps[1](breathe).who] a read step has no answer")
    assert 'use who = "together"' in problem.message
    # Together, or for one partner, a read step is fine.
    for who in ("together", "partner_a", "speaker"):
        parse_exercise((HEAD + READ_EACH.replace('"each"', f'"{who}"') + FEAR).encode(), "care.toml")


def test_a_format_1_file_with_each_on_a_read_step_still_loads_with_a_warning():
    text = BASE + READ_EACH
    loaded = parse_exercise_with_warnings(text.encode(), "old.toml")
    assert loaded.exercise.step("breathe").who == "each"  # it works as it was written
    [warning] = loaded.warnings
    assert warning.field == "steps[8](breathe).who" and warning.line == line_of(text, "Take a breath", offset=-1)
    assert "format 2 refuses it" in warning.message


BOUNDARY = """
[[steps]]
id = "line"
kind = "template"
who = "speaker"
template = "I need {need}."
blanks = { need = { hint = "what you need" } }

[[steps]]
id = "answer"
kind = "choose"
who = "listener"
prompt = "Your answer?"
options = [{ id = "heard", label = "I hear it" }, { id = "later", label = "I need time" }, { id = "talk", label = "Let's talk" }]

[[steps]]
id = "keep"
kind = "agree"
source = "line"
saves_as = "boundary"
status_from = "answer"
statuses = { heard = "heard", later = "needs_time", talk = "STATUS" }
"""

SCHEDULE = """
[[steps]]
id = "when"
kind = "schedule"
who = "together"
prompt = "When will you come back to it?"
"""


def test_a_boundary_status_says_what_happened():
    """care.md: 'talked_through' only after both confirm a later talk; 'needs_time' comes with a
    schedule step. A format-2 file that says otherwise is refused, naming the field."""
    fine = exercise(BOUNDARY.replace("STATUS", "to_talk"), SCHEDULE)
    assert parse_exercise(fine, "care.toml").step("keep").statuses["talk"] == "to_talk"
    problems = refused(exercise(BOUNDARY.replace("STATUS", "talked_through"), SCHEDULE))
    assert problems == [
        "steps[3](keep).statuses: 'talked_through' means you talked it through later, so it is set on the "
        "Boundaries page once both of you say the talk happened; record 'to_talk' here until then"
    ]
    problems = refused(exercise(BOUNDARY.replace("STATUS", "to_talk")))
    assert problems == [
        "steps[3](keep).statuses: 'needs_time' waits for a time to come back to the boundary: add a schedule "
        "step so the couple chooses when"
    ]
