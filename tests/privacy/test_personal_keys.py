"""Personal passphrases in the store: the personal key wrapped by a partner's passphrase, answers
locked with it (and bound to their place), reveals, setting, changing, removing and letting go,
and the migration that makes room for them."""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import datetime

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.storage import Store, migrations, personal
from couplesdesk.storage.personal import KeptLocked, TryLater, WrongPersonalPassphrase

from ..storage.old_databases import make_database

A, B = "partner_a", "partner_b"
ALEX_PASS = "lanterns over the river"
SAM_PIN = "271828"
SECRET = "I worry about my sister more than I let on"
NOW = datetime(2026, 11, 20, 19, 0).astimezone()


@pytest.fixture
def cheap_kdf(monkeypatch):
    """A quick key derivation for tests that are not about its cost (each key keeps its own)."""
    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})


@pytest.fixture
def store(tmp_path, cheap_kdf):
    store = Store.open(tmp_path / "couplesdesk.db", FakeClock(NOW))
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    yield store
    store.close()


def sealed_answer(store, run, step="my-thing", author=A, text=SECRET, private=False):
    return store.answers.save(run, step, author, "write", text, text, private=private, sealed=True)


def raw(store, run, step, author=A):
    return store.conn.execute(
        "SELECT text, value, locked_with FROM answers WHERE run_id = ? AND step_id = ? AND author = ?",
        [run, step, author],
    ).fetchone()


def on_disk(store) -> bytes:
    store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    folder = store.path.parent
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_the_personal_key_is_wrapped_with_the_real_cost_and_opens_only_with_its_passphrase(tmp_path):
    store = Store.open(tmp_path / "couplesdesk.db", FakeClock(NOW))
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.personal.set(A, ALEX_PASS)
    row = store.conn.execute("SELECT kdf, salt, wrapped FROM partner_keys WHERE partner = ?", [A]).fetchone()
    assert json.loads(row[0]) == {"n": 2**15, "r": 8, "p": 1}
    assert len(base64.b64decode(row[1])) == 16 and len(base64.b64decode(row[2])) == 32 + 16
    assert ALEX_PASS.encode() not in on_disk(store)
    assert store.personal.holders() == {A}
    assert not store.personal.is_open(A) and store.personal.is_open(B)  # Sam has nothing to open

    with pytest.raises(WrongPersonalPassphrase, match="That isn't Alex's passphrase"):
        store.personal.unlock(A, "lanterns over the rive")
    assert not store.personal.is_open(A)
    store.personal.unlock(A, "lanterns over the river")
    assert store.personal.is_open(A)
    store.personal.forget(A)
    assert not store.personal.is_open(A)
    store.close()


def test_the_same_passphrase_typed_in_another_unicode_form_opens_it(store):
    store.personal.set(A, "café au lait, s'il vous plaît")  # typed with the composed é
    store.personal.unlock(A, "cafe\u0301 au lait, s'il vous plai\u0302t")  # e + combining accent
    assert store.personal.is_open(A)


def test_a_wrapped_key_copied_to_the_other_partner_does_not_open_there(store):
    """The wrap's associated data names the partner's row: Alex's key cannot pose as Sam's."""
    store.personal.set(A, ALEX_PASS)
    store.conn.execute("UPDATE partner_keys SET partner = ? WHERE partner = ?", [B, A])
    with pytest.raises(WrongPersonalPassphrase):
        store.personal.unlock(B, ALEX_PASS)


def test_a_pin_needs_six_digits_and_a_phrase_eight_characters():
    assert personal.passphrase_problem("12345") == "A PIN needs at least 6 digits."
    assert personal.passphrase_problem("123456") is None
    assert "at least 8 characters" in personal.passphrase_problem("bluecat")
    assert personal.passphrase_problem("blue cats") is None


def test_a_sealed_answer_is_written_only_locked_and_read_only_with_the_key_open(store):
    store.personal.set(A, ALEX_PASS)
    run = store.runs.create("share-one-thing", 3, {}, {})

    # Without Alex's key open, nothing of it is written: not even for a moment.
    with pytest.raises(KeptLocked, match="Alex's answers are kept locked"):
        sealed_answer(store, run)
    assert raw(store, run, "my-thing") is None

    store.personal.unlock(A, ALEX_PASS)
    key_id = sealed_answer(store, run)
    text, value, locked_with = raw(store, run, "my-thing")
    assert locked_with == key_id and text.startswith("locked:v1:") and json.loads(value).startswith("locked:v1:")
    assert SECRET.encode() not in on_disk(store)
    answer = store.answers.of_run(run)[("my-thing", A)]
    assert (answer.value, answer.text, answer.unreadable) == (SECRET, SECRET, "")

    # Sam's answers are his as ever: he has no passphrase.
    sealed_answer(store, run, author=B, text="Sam's words")
    assert raw(store, run, "my-thing", B)[0] == "Sam's words"

    store.personal.forget(A)
    answer = store.answers.of_run(run)[("my-thing", A)]
    assert (answer.value, answer.text, answer.unreadable) == (None, "", "locked")
    assert answer.sealed and not answer.revealed  # the facts the privacy rule needs stay readable


def test_a_reader_that_does_not_open_locked_answers_gets_nothing_not_ciphertext(store):
    """History, search or export read answers with SQL of their own: through the one way rows
    become records, a locked answer that was not opened comes out empty and 'locked'."""
    from couplesdesk.storage.runs import _answer

    store.personal.set(A, ALEX_PASS)
    store.personal.unlock(A, ALEX_PASS)
    run = store.runs.create("share-one-thing", 3, {}, {})
    sealed_answer(store, run)
    [row] = store.connection.rows("SELECT * FROM answers WHERE run_id = ?", [run])
    answer = _answer(row)
    assert (answer.value, answer.text, answer.unreadable) == (None, "", "locked")


def test_the_answers_of_a_period_open_with_their_authors_key_as_the_answers_of_a_run_do(store):
    """The export reads answers by period: with Alex's key open (Alex typed it to add Alex's
    own), Alex's locked answer reads as written; closed, it is 'locked' and has no words."""
    store.personal.set(A, ALEX_PASS)
    store.personal.unlock(A, ALEX_PASS)
    run = store.runs.create("share-one-thing", 3, {}, {})
    sealed_answer(store, run)
    [answer] = store.answers.in_period()
    assert (answer.text, answer.unreadable) == (SECRET, "")
    store.personal.forget(A)
    [answer] = store.answers.in_period()
    assert (answer.value, answer.text, answer.unreadable) == (None, "", "locked")


def test_shared_answers_and_revealed_ones_are_never_locked(store):
    store.personal.set(A, ALEX_PASS)
    run = store.runs.create("share-one-thing", 3, {}, {})
    store.answers.save(run, "heard-a", A, "write", "shared line", "shared line", private=False, sealed=False)
    assert raw(store, run, "heard-a")[2] is None


def test_a_ciphertext_moved_to_another_answer_does_not_open(store):
    """The associated data binds a locked answer to its run, step and author."""
    store.personal.set(A, ALEX_PASS)
    store.personal.unlock(A, ALEX_PASS)
    run = store.runs.create("share-one-thing", 3, {}, {})
    other_run = store.runs.create("share-one-thing", 3, {}, {})
    sealed_answer(store, run, "my-thing")
    sealed_answer(store, run, "other-step", text="something harmless")
    sealed_answer(store, other_run, "my-thing", text="something else")
    text, value, locked_with = raw(store, run, "my-thing")
    for target_run, target_step in ((run, "other-step"), (other_run, "my-thing")):
        store.conn.execute(
            "UPDATE answers SET text = ?, value = ?, locked_with = ? WHERE run_id = ? AND step_id = ?",
            [text, value, locked_with, target_run, target_step],
        )
        moved = store.answers.of_run(target_run)[(target_step, A)]
        assert moved.value is None and moved.unreadable == "lost"
    assert store.answers.of_run(run)[("my-thing", A)].value == SECRET  # where it belongs, it opens


def test_a_reveal_stores_the_answer_as_shared_text_and_needs_its_authors_key(store):
    store.personal.set(A, ALEX_PASS)
    store.personal.unlock(A, ALEX_PASS)
    run = store.runs.create("share-one-thing", 3, {}, {})
    sealed_answer(store, run)
    sealed_answer(store, run, "ease", text="private for good", private=True)
    store.personal.forget(A)

    with pytest.raises(KeptLocked):
        store.answers.mark_revealed(run, ["my-thing"])
    assert raw(store, run, "my-thing")[2] is not None
    assert not store.answers.of_run(run)[("my-thing", A)].revealed

    store.personal.unlock(A, ALEX_PASS)
    store.answers.mark_revealed(run, ["my-thing", "ease"])
    store.personal.forget(A)
    assert raw(store, run, "my-thing") == (SECRET, json.dumps(SECRET), None)
    answers = store.answers.of_run(run)
    assert answers[("my-thing", A)].revealed and answers[("my-thing", A)].value == SECRET
    assert answers[("ease", A)].unreadable == "locked"  # private for good: never revealed, still locked

    # Changed after the reveal (both have seen it): shared text, written as it is.
    sealed_answer(store, run, text="a revised line")
    assert raw(store, run, "my-thing")[2] is None


def test_a_rating_is_withheld_while_its_answer_is_locked_and_back_once_it_is_revealed(store):
    store.personal.set(A, ALEX_PASS)
    store.personal.unlock(A, ALEX_PASS)
    run = store.runs.create("weekly-check-in", 3, {}, {})
    store.answers.save(run, "closeness", A, "rate", 8, "8", private=False, sealed=True)
    store.ratings.add(run, "closeness", A, "closeness", 8)
    assert store.ratings.of_scale("closeness") == []
    assert store.conn.execute("SELECT value FROM ratings").fetchone() == (0,)  # no number on disk
    store.answers.mark_revealed(run, ["closeness"])
    assert [(r.author, r.value) for r in store.ratings.of_scale("closeness")] == [(A, 8)]


def test_setting_locks_what_was_there_changing_rewraps_removing_gives_it_back(store):
    run = store.runs.create("weekly-check-in", 3, {}, {})
    sealed_answer(store, run)
    store.answers.save(run, "ease", A, "rate", 3, "3", private=True, sealed=True)
    store.ratings.add(run, "ease", A, "ease", 3)
    sealed_answer(store, run, "revealed-one", text="seen by both")
    store.answers.mark_revealed(run, ["revealed-one"])

    assert store.personal.set(A, ALEX_PASS) == 2
    assert raw(store, run, "my-thing")[0].startswith("locked:v1:")
    assert raw(store, run, "revealed-one")[0] == "seen by both"
    assert store.ratings.of_scale("ease") == []  # the plain copy of a private number is withheld
    assert store.conn.execute("SELECT value FROM ratings").fetchone()[0] == 0
    assert SECRET.encode() not in store.path.read_bytes()
    store.ratings.add(run, "ease", A, "ease", 4)  # later copies of a locked answer are withheld too
    assert store.ratings.of_scale("ease") == []

    with pytest.raises(WrongPersonalPassphrase):
        store.personal.change(A, "not it at all", "new words for alex")
    store.personal.change(A, ALEX_PASS, "new words for alex")
    with pytest.raises(WrongPersonalPassphrase):
        store.personal.unlock(A, ALEX_PASS)
    store.personal.unlock(A, "new words for alex")
    assert store.answers.of_run(run)[("my-thing", A)].value == SECRET  # nothing re-encrypted, all opens
    store.personal.forget()

    with pytest.raises(WrongPersonalPassphrase):
        store.personal.remove(A, ALEX_PASS)
    assert store.personal.remove(A, "new words for alex") == 2
    assert store.personal.holders() == set()
    assert raw(store, run, "my-thing") == (SECRET, json.dumps(SECRET), None)
    assert [(r.author, r.value) for r in store.ratings.of_scale("ease")] == [(A, 3)]
    gone = store.conn.execute("SELECT salt, wrapped, deleted_at FROM partner_keys").fetchone()
    assert gone[:2] == ("", "") and gone[2] is not None  # a tombstone, its wrapped key blanked


def test_letting_a_forgotten_passphrase_go_leaves_its_answers_locked_for_good(store):
    store.personal.set(A, ALEX_PASS)
    store.personal.unlock(A, ALEX_PASS)
    run = store.runs.create("share-one-thing", 3, {}, {})
    sealed_answer(store, run)
    store.personal.let_go(A)
    assert store.personal.holders() == set() and not store.personal.has(A)
    answer = store.answers.of_run(run)[("my-thing", A)]
    assert answer.value is None and answer.unreadable == "lost"
    store.answers.mark_revealed(run, ["my-thing"])  # nobody can open it: it stays sealed
    assert not store.answers.of_run(run)[("my-thing", A)].revealed
    assert SECRET.encode() not in on_disk(store)

    store.personal.set(A, "a fresh start for alex")  # a new passphrase, a new key
    store.personal.unlock(A, "a fresh start for alex")
    assert store.answers.of_run(run)[("my-thing", A)].unreadable == "lost"


def test_wrong_tries_in_a_row_slow_down(store):
    clock = store.clock
    store.personal.set(A, ALEX_PASS)
    for _ in range(3):
        with pytest.raises(WrongPersonalPassphrase):
            store.personal.unlock(A, "guess")
    with pytest.raises(TryLater) as waited:
        store.personal.unlock(A, ALEX_PASS)  # even the right one waits its turn
    assert waited.value.seconds == 5 and store.personal.wait(A) == 5
    clock.advance(seconds=5)
    with pytest.raises(WrongPersonalPassphrase):
        store.personal.unlock(A, "guess")
    assert store.personal.wait(A) == 10
    clock.advance(seconds=10)
    store.personal.unlock(A, ALEX_PASS)
    assert store.personal.wait(A) == 0


def test_the_migration_adds_room_for_personal_keys_and_changes_no_answer(tmp_path):
    path = tmp_path / "couplesdesk.db"
    conn = make_database(path, 5)
    now = "2026-11-01T20:00:00.000+00:00"
    conn.execute(
        "INSERT INTO runs (id, exercise_id, exercise_version, day, status, started_at, created_at, updated_at, "
        "device) VALUES ('r1', 'share-one-thing', 3, '2026-11-01', 'left', ?, ?, ?, 'd')",
        [now, now, now],
    )
    conn.execute(
        "INSERT INTO answers (id, run_id, step_id, author, kind, value, text, sealed, created_at, updated_at, device) "
        "VALUES ('a1', 'r1', 'my-thing', 'partner_a', 'write', ?, ?, 1, ?, ?, 'd')",
        [json.dumps(SECRET), SECRET, now, now],
    )
    conn.close()

    store = Store.open(path, FakeClock(NOW), tmp_path / "backups")
    assert "0006_personal_keys" in migrations.applied(store.conn)
    columns = {r[1] for r in store.conn.execute("PRAGMA table_info(partner_keys)")}
    assert {"id", "partner", "kdf", "salt", "nonce", "wrapped", "created_at", "updated_at", "deleted_at",
            "device"} <= columns  # fmt: skip
    answer = store.answers.of_run("r1")[("my-thing", A)]
    assert (answer.value, answer.locked_with, answer.unreadable) == (SECRET, None, "")
    store.close()
    with sqlite3.connect(path) as check:
        assert check.execute("SELECT locked_with FROM answers").fetchone() == (None,)
