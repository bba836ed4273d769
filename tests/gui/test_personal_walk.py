"""Every shipped exercise, on every way through its branches, with both partners holding a
personal passphrase: the walker types each one where the run asks for it, no screen shows
sealed words before their reveal (the oracle of the privacy walk), and afterwards no file of
the data folder holds, as it is, any answer that is private or still sealed."""

from __future__ import annotations

import random
import uuid

import pytest

from couplesdesk.storage import Store, personal

from .test_privacy_screens import EXERCISES, LIBRARY, Oracle, _close, _open
from .walker import Walk, steered

PASSPHRASES = {"partner_a": "lanterns over the river", "partner_b": "27182818"}


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_a_walk_with_personal_passphrases_leaves_no_sealed_word_on_disk(qtbot, clock, tmp_path, monkeypatch, exercise_id):  # fmt: skip  # noqa: E501
    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})  # quick: the walk opens keys often
    exercise = LIBRARY.get(exercise_id)
    for n, forced in enumerate(steered(exercise)):
        folder = tmp_path / uuid.uuid4().hex
        oracle = Oracle(exercise)
        window = _open(qtbot, folder, clock)
        store = window.services.store
        for partner, secret in PASSPHRASES.items():
            store.personal.set(partner, secret)
        try:
            walk = Walk(qtbot, window, clock, random.Random(n), forced, on_screen=oracle, back_chance=0.15,
                        passphrases=PASSPHRASES)  # fmt: skip
            walk.run(exercise_id)
        finally:
            _close(window)
        assert oracle.screens > 2

        check = Store.open(folder / "couplesdesk.db", clock, check=False)
        answers = {key: a for run in check.runs.of_exercise(exercise_id) for key, a in check.answers.of_run(run.id).items()}  # fmt: skip  # noqa: E501
        assert check.personal.holders() == set(PASSPHRASES)
        check.close()
        disk = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
        for key, mark in walk.written.items():
            answer = answers.get(key)
            if answer is None:
                continue  # a sensitive answer: never stored at all
            kept_locked = answer.private or (answer.sealed and not answer.revealed)
            assert kept_locked == (answer.locked_with is not None), key
            if kept_locked:
                assert mark.encode() not in disk, f"{mark} of {exercise_id} is on disk as it is"
                assert key[1] in {partner for partner, _ in walk.asked}, f"{key} written without the gate"
