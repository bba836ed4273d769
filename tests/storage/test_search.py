"""Search: the index holds exactly what both partners may see, finds stems and word starts,
keeps in step with every write, survives encryption, and never returns a sealed or private
answer to the other partner or to both."""

from __future__ import annotations

import itertools
import uuid

import pytest

from couplesdesk.core import search as core_search
from couplesdesk.core.clock import FakeClock
from couplesdesk.core.privacy import TOGETHER, Viewer, may_see
from couplesdesk.storage import Store, encryption, migrations
from couplesdesk.storage.search import match_expression, terms

from .old_databases import make_database

NOW = "2026-11-01T20:00:00.000+00:00"
AUTHORS = ("partner_a", "partner_b", "together")


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "db.sqlite", FakeClock())
    yield store
    store.close()


class Facts:
    def __init__(self, author: str, private: bool, sealed: bool, revealed: bool):
        self.author, self.private, self.sealed, self.revealed = author, private, sealed, revealed


def every_kind_of_answer(conn, run_id: str) -> dict[str, Facts]:
    """One answer for each combination of the stored facts (some, like a revealed private
    answer, the app never writes: the rule must hold for them too), each holding 'lantern'."""
    made = {}
    for author, private, sealed, revealed in itertools.product(AUTHORS, (0, 1), (0, 1), (0, 1)):
        answer_id = str(uuid.uuid4())
        conn.execute(
            "INSERT INTO answers (id, run_id, step_id, author, kind, value, text, private, sealed, revealed_at, "
            "created_at, updated_at, device) VALUES (?, ?, ?, ?, 'write', 'null', ?, ?, ?, ?, ?, ?, 'd')",
            [answer_id, run_id, f"s{private}{sealed}{revealed}", author, f"the lantern {answer_id}", private,
             sealed, NOW if revealed else None, NOW, NOW],
        )  # fmt: skip
        made[answer_id] = Facts(author, bool(private), bool(sealed), bool(revealed))
    return made


def indexed(store: Store) -> set[str]:
    store.search.flush()
    return {ref for (ref,) in store.conn.execute("SELECT ref FROM search_refs")}


def found(store: Store, words: str) -> set[str]:
    return {hit.ref for hit in store.search.find(words, limit=1000)}


def test_the_index_holds_exactly_what_the_privacy_rule_lets_both_see(store):
    run = store.runs.create("share-one-thing", 1, {}, {})
    made = every_kind_of_answer(store.conn, run)
    expected = {answer_id for answer_id, facts in made.items() if may_see(facts, TOGETHER)}
    assert 0 < len(expected) < len(made)
    # Kept in step as the rows arrive (noted by the triggers, indexed before a search reads)...
    assert indexed(store) == expected
    assert found(store, "lantern") == expected
    # ...by a rebuild...
    assert store.search.rebuild() == len(expected)
    assert indexed(store) == found(store, "lantern") == expected
    # ...and by the migration's fill of an older database (below).


def test_an_older_database_is_indexed_when_it_is_migrated(tmp_path):
    conn = make_database(tmp_path / "db.sqlite", upto=5)
    run = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO runs (id, exercise_id, exercise_version, day, status, started_at, created_at, updated_at, device)"
        " VALUES (?, 'share-one-thing', 1, '2026-11-01', 'finished', ?, ?, ?, 'd')",
        [run, NOW, NOW, NOW],
    )
    made = every_kind_of_answer(conn, run)
    conn.execute(
        "INSERT INTO boundaries (id, run_id, author, statement, status, created_at, updated_at, device) "
        "VALUES ('b1', ?, 'partner_a', 'A lantern by the door, please', 'heard', ?, ?, 'd')",
        [run, NOW, NOW],
    )
    conn.close()
    store = Store.open(tmp_path / "db.sqlite", FakeClock())
    assert "0008_search" in migrations.applied(store.conn)
    expected = {answer_id for answer_id, facts in made.items() if may_see(facts, TOGETHER)} | {"b1"}
    assert indexed(store) == found(store, "lantern") == expected
    store.close()


def test_typing_notes_a_row_for_the_index_and_the_search_brings_it_up_to_date(store):
    """An autosave (once a second while typing) only notes the answer's id; the full-text index
    changes when a search reads it, so typing on the shared screen stays quick."""
    run = store.runs.create("share-one-thing", 1, {}, {})
    documents = store.conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    for words in ("A day at", "A day at the sea", "A day at the seaside"):
        store.answers.save(run, "plan", "together", "write", "", words, private=False, sealed=False)
    assert store.conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == documents
    pending = store.conn.execute("SELECT * FROM search_pending").fetchall()
    assert len(pending) == 1 and "sea" not in repr(pending)  # an id, never the words
    assert [h.text for h in store.search.find("seaside")] == ["A day at the seaside"]
    assert store.search.find("sea") and store.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0


def test_a_sealed_answer_is_found_only_once_it_is_revealed_and_a_private_one_never(store):
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "mine", "partner_a", "write", "", "The quiet harbour", private=False, sealed=True)
    store.answers.save(run, "note", "partner_b", "write", "", "My harbour diary", private=True, sealed=True)
    assert found(store, "harbour") == set()
    store.answers.mark_revealed(run, ["mine", "note"])
    hits = store.search.find("harbour")
    assert [h.text for h in hits] == ["The quiet harbour"]
    assert core_search.visible(hits, TOGETHER) == hits
    assert core_search.visible(hits, Viewer.alone("partner_b")) == hits


def test_edits_and_deletions_keep_the_index_in_step(store):
    run = store.runs.create("boundary-statement", 1, {}, {})
    store.answers.save(run, "plan", "together", "write", "", "A picnic by the river", private=False, sealed=False)
    assert len(store.search.find("picnic")) == 1
    store.answers.save(run, "plan", "together", "write", "", "A walk in the hills", private=False, sealed=False)
    assert store.search.find("picnic") == [] and len(store.search.find("hills")) == 1
    store.answers.discard(run, "plan", "together")
    assert store.search.find("hills") == []
    boundary = store.boundaries.add(run, "partner_a", "I need an hour of quiet after work")
    agreement = store.agreements.add(run, "We cook together on Sundays")
    assert {h.kind for h in store.search.find("quiet")} == {"boundary"}
    assert [h.ref for h in store.search.find("cooking sundays")] == [agreement]
    store.boundaries.set_status(boundary, "talked_through")  # a status is not words: nothing moves
    store.boundaries.delete(boundary)
    store.agreements.delete(agreement)
    assert store.search.find("quiet") == [] and store.search.find("cook") == []
    assert indexed(store) == set()


def test_deleted_words_leave_the_index_file_too(store, tmp_path):
    run = store.runs.create("boundary-statement", 1, {}, {})
    for n in range(3):  # the index in several pieces, as after months of use
        store.agreements.add(run, f"We keep evening walks {n}")
    boundary = store.boundaries.add(run, "partner_a", "zanzibarish words")
    agreement = store.agreements.add(run, "quixotical plans")
    store.boundaries.delete(boundary)
    store.agreements.delete(agreement)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    on_disk = (tmp_path / "db.sqlite").read_bytes()
    assert b"zanzibarish" not in on_disk and b"quixotical" not in on_disk
    assert len(store.search.find("walks")) == 3


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("walks", "We walked to the lake"),  # stems
        ("listening", "You listened to me"),
        ("toget", "Together at last"),  # the start of a word
        ("happin", "Such happiness today"),  # a word still being typed, past its stem
        ("listeni", "Thank you for listening"),
        ("cafe", "The Café on the corner"),  # accents folded
        ("TEA", "You made tea for me"),
    ],
)
def test_stems_word_starts_and_accents_are_found(store, typed, written):
    store.agreements.add(None, written)
    store.agreements.add(None, "Something else entirely")
    hits = store.search.find(typed)
    assert [h.text for h in hits] == [written]
    shown = core_search.highlighted(hits[0].marked, hits[0].text)
    assert shown.text == written and len(shown.ranges) == 1


def test_every_word_must_match_and_punctuation_is_only_words(store):
    store.agreements.add(None, "Tea in the garden")
    store.agreements.add(None, "Tea in the kitchen")
    assert len(store.search.find("tea garden")) == 1
    for typed in ['"', "tea*", 'tea" OR "x', "NEAR(tea garden)", "-tea", "tea AND", "^tea", "garden:tea", "(", "*"]:
        store.search.find(typed)  # never an FTS5 syntax error
    assert len(store.search.find('tea" OR "x')) == 0  # 'x' must match too: it is a word, not an operator
    assert store.search.find("   ") == []


def test_match_expression_quotes_every_word():
    assert match_expression(terms('Tea "and" NEAR')) == '"tea"* AND "and"* AND "near"*'
    assert match_expression(["i", "listeni"]) == '"i" AND ("listeni"* OR "listen"* OR "liste"*)'


def test_results_come_newest_first_a_page_at_a_time(store):
    made = [store.agreements.add(None, f"Kind words number {n}") for n in range(7)]
    first = store.search.find("kind", limit=3)
    assert [h.ref for h in first] == made[::-1][:3]
    rest = store.search.find("kind", limit=10, before=first[-1].doc)
    assert [h.ref for h in rest] == made[::-1][3:]


def test_a_solo_run_is_found_only_by_its_author(store):
    run = store.runs.create("stepping-away", 1, {"self": "partner_a"}, {})
    # Were a solo run's words ever indexed (here written as if shared), the run itself keeps them
    # from the other partner and from both.
    store.answers.save(run, "urge", "together", "write", "", "A long walk alone", private=False, sealed=False)
    hits = store.search.find("walk")
    assert len(hits) == 1
    assert core_search.visible(hits, TOGETHER) == []
    assert core_search.visible(hits, Viewer.alone("partner_b")) == []
    assert core_search.visible(hits, Viewer.alone("partner_a")) == hits


def test_search_works_the_same_on_an_encrypted_database(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    store = Store.open(data / "couplesdesk.db", FakeClock())
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "mine", "partner_a", "write", "", "Sealed lighthouse", private=False, sealed=True)
    store.answers.save(run, "ours", "together", "write", "", "Shared lighthouse", private=False, sealed=False)
    store.close()
    encryption.encrypt_folder(data, data / "couplesdesk.db", "a long passphrase")
    key = encryption.unlock(data, "a long passphrase")
    store = Store.open(data / "couplesdesk.db", FakeClock(), key=key)
    assert store.conn.__class__.__module__.startswith("sqlcipher3")
    assert [h.text for h in store.search.find("lighthouses")] == ["Shared lighthouse"]
    store.answers.save(run, "ours", "together", "write", "", "Shared beacon", private=False, sealed=False)
    store.answers.mark_revealed(run, ["mine"])
    assert [h.text for h in store.search.find("lighthouse")] == ["Sealed lighthouse"]
    assert store.search.size()["documents"] == 2 and store.search.size()["bytes"] > 0
    store.close()
