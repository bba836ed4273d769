"""The engine keeps care.md's promises: a sensitive answer is never stored, a rating starts
empty, an author decides what of theirs is revealed, and help is named for where people live."""

from __future__ import annotations

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.engine import Run
from couplesdesk.core.helplines import FALLBACK_EMERGENCY, emergency_number_for, safety_values, territory
from couplesdesk.core.loader import parse_exercise
from couplesdesk.core.model import UNSAID
from couplesdesk.core.privacy import TOGETHER
from couplesdesk.storage import Store

from .test_format_2 import CHILDHOOD, FEAR, exercise

A, B = "partner_a", "partner_b"


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "db.sqlite", FakeClock())
    store.couple.save("Alex", "#1", "Sam", "#2")
    return store


def start(store, *steps: str) -> Run:
    ex = parse_exercise(exercise(*steps, '\n[[steps]]\nid = "end"\nkind = "read"\nbody = "Thank you."\n'), "t.toml")
    return Run.start(store, ex, store.clock, first=A)


def stored_steps(store) -> set[str]:
    return {row[0] for row in store.conn.execute("SELECT step_id FROM answers")}


def test_a_sensitive_answer_is_never_written_and_is_forgotten_once_its_screen_is_left(store):
    run = start(store, FEAR)
    assert run.blocked() == "Choose one of the answers."
    run.set_answer({"selected": ["yes"]})
    assert run.blocked() is None
    run.next()  # Alex's turn is done; Sam's begins
    run.set_answer({"selected": ["no"]})
    run.next()
    assert "fear" not in stored_steps(store)
    assert run.answers_to("fear") == {}
    assert all(word not in " ".join(str(r) for r in store.conn.execute("SELECT * FROM answers")) for word in ("yes",))


def test_the_help_named_comes_from_settings_else_the_country_else_plain_words(store):
    assert emergency_number_for("GB") == "999" and emergency_number_for("DE") == "112"
    assert emergency_number_for("XX") == FALLBACK_EMERGENCY  # no other country's number is assumed
    assert territory({"LANG": "en_NZ.UTF-8"}) == "NZ"
    assert safety_values(lambda _: None, "AU")["emergency_number"] == "000"
    store.settings.set("emergency_number", "117")
    store.settings.set("local_helpline", "the Safe Home line, 0800 123 456")
    run = start(store, FEAR)
    assert run.render("Call {emergency_number} or {local_helpline}; see {helpline_directory}.") == (
        "Call 117 or the Safe Home line, 0800 123 456; see findahelpline.com."
    )


RATING = """
[[steps]]
id = "calm"
kind = "rate"
who = "each"
scale = "flooding"
prompt = "How flooded are you?"
low_label = "calm"
high_label = "flooded"
unsaid_counts_as = 10

[[steps]]
id = "ready"
kind = "branch"
on = "calm"
otherwise = "go-on"

[[steps.cases]]
at_least = 6
goto = "not-yet"

[[steps]]
id = "not-yet"
kind = "end"
body = "Not yet."

[[steps]]
id = "go-on"
kind = "read"
body = "On we go."
"""


def test_a_rating_starts_empty_and_prefer_not_to_say_counts_as_not_ready_on_a_flooding_check(store):
    run = start(store, RATING)
    assert run.answer("calm", A) is None and run.blocked() == "Choose a number, or 'Prefer not to say'."
    run.set_answer(2)
    run.next()
    run.set_answer(UNSAID)  # Sam prefers not to say
    assert run.blocked() is None
    run.next()
    assert run.screen.step.id == "not-yet"  # counted as not ready
    assert [(r.author, r.value) for r in store.ratings.of_scale("flooding")] == [(A, 2)]  # nothing recorded for Sam


def test_an_answer_is_revealed_only_if_its_author_chooses_to_show_it(store):
    reveal = '\n[[steps]]\nid = "both"\nkind = "reveal"\nsteps = ["childhood"]\n'
    run = start(store, CHILDHOOD, reveal)
    run.set_answer("Alex's story")
    run.set_consent("childhood", A, "show")
    run.next()
    run.set_answer("Sam's story")
    run.set_consent("childhood", B, "keep")
    run.next()
    [(_step, texts)] = run.reveal()
    assert texts == {A: "Alex's story"}
    facts = store.answers.of_run(run.id)
    assert facts[("childhood", A)].revealed and not facts[("childhood", B)].revealed
    assert facts[("childhood.consent", B)].private  # the choice itself is Sam's alone
    assert run.visible_answer("childhood", B, TOGETHER) is None


def test_a_reveal_of_one_person_reveals_only_theirs(store):
    plain = CHILDHOOD.replace('reveal_consent = "author"\n', "")
    run = start(store, plain, '\n[[steps]]\nid = "mine"\nkind = "reveal"\nsteps = ["childhood"]\nof = "speaker"\n')
    run.set_answer("Alex's")  # Alex goes first: the speaker
    run.next()
    run.set_answer("Sam's")
    run.next()
    [(_step, texts)] = run.reveal()
    assert texts == {A: "Alex's"}
    facts = store.answers.of_run(run.id)
    assert facts[("childhood", A)].revealed and not facts[("childhood", B)].revealed


def test_a_private_screen_quotes_only_its_own_author(store):
    note = '\n[[steps]]\nid = "note"\nkind = "write"\nwho = "each"\nprompt = "Just for you."\n'
    again = '\n[[steps]]\nid = "again"\nkind = "write"\nwho = "each"\nprompt = "Now:"\nshow = ["note"]\n'
    run = start(store, note, again)
    run.set_answer("Alex's note")
    run.next()
    assert [texts for _step, texts in run.quoted()] == [{A: "Alex's note"}]
    run.next()
    run.set_answer("Sam's note")
    run.next()
    assert run.screen.actor == B
    assert [texts for _step, texts in run.quoted()] == [{B: "Sam's note"}]
