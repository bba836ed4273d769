"""care.md section 1: a private safety answer changes only what its author sees in their own
turn. Each shipped exercise with the private safety question is walked through the real
window several times, on every way through its branches, with the same answers but that one;
every screen both partners see, and everything the database keeps, must come out the same.

(There is no history page and no export yet; once there is, what they show is read from the
database compared here.)
"""

from __future__ import annotations

import random
import re
import uuid
from datetime import datetime
from typing import Any

import pytest

from couplesdesk.core.clock import FakeClock

from .conftest import visible_texts
from .test_privacy_screens import LIBRARY, _close, _open
from .walker import Walk, steered

SAFETY = sorted(entry.exercise.id for entry in LIBRARY if any(s.sensitive for s in entry.exercise.steps))
ANSWERS = [
    {"partner_a": "no", "partner_b": "no"},
    {"partner_a": "yes", "partner_b": "no"},
    {"partner_a": "unsaid", "partner_b": "yes"},
]
"""The private answers each walk gives; nothing else differs between the walks."""
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
NOT_THE_COUPLES = {"_sqlite_migrations", "local_device"}


def test_the_exercises_with_a_private_safety_question():
    assert SAFETY == ["after-a-hard-moment", "pursue-withdraw-loop", "weekly-check-in"]


class SharedScreens:
    """What both partners could see: every screen but a partner's own private one."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, str]] = []
        self.private = 0

    def __call__(self, walk: Walk) -> None:
        run = walk.page.run
        where = walk.where()
        if where == "step" and run.screen.private_input:
            self.private += 1
            return
        step = run.screen.step.id if run is not None and not run.finished else ""
        self.seen.append((where, step, visible_texts(walk.window)))


def kept(store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the couple's database holds, in the order written; ids (new each time) are
    numbered in the order they first appear, so two runs can be compared."""
    names: dict[str, str] = {}

    def plain(value: Any) -> Any:
        if isinstance(value, str):
            return UUID.sub(lambda m: names.setdefault(m.group(0), f"<id {len(names)}>"), value)
        return value

    tables = [t for (t,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        table: [tuple(plain(v) for v in row) for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]
        for table in sorted(tables)
        # search_*: the full-text index, made from the rows compared here (and only from shared ones)
        if table not in NOT_THE_COUPLES and not table.startswith(("sqlite_", "search_"))
    }


def walk(qtbot, tmp_path, exercise_id: str, forced: dict[str, Any], seed: int) -> tuple[SharedScreens, dict]:
    clock = FakeClock(datetime(2026, 11, 20, 19, 0).astimezone())  # the same moment for every walk
    window = _open(qtbot, tmp_path / uuid.uuid4().hex, clock)
    screens = SharedScreens()
    try:
        Walk(qtbot, window, clock, random.Random(seed), forced, on_screen=screens).run(exercise_id)
        window.run_page.flush()
        database = kept(window.services.store)
    finally:
        _close(window)
    return screens, database


@pytest.mark.parametrize("exercise_id", SAFETY)
def test_a_private_safety_answer_leaves_the_shared_screens_and_what_is_kept_the_same(qtbot, tmp_path, exercise_id):
    exercise = LIBRARY.get(exercise_id)
    [question] = [s.id for s in exercise.steps if s.sensitive]
    for n, ways in enumerate(steered(exercise)):  # every way out of every branch
        walks = [walk(qtbot, tmp_path, exercise_id, {**ways, question: answers}, seed=n) for answers in ANSWERS]
        (screens, database), others = walks[0], walks[1:]
        assert screens.private >= 2 and len(screens.seen) > 3  # each answered alone; the rest was seen
        assert not any(row[2] == question for row in database["answers"])  # the answer is never kept
        for answers, (other_screens, other_database) in zip(ANSWERS[1:], others, strict=True):
            assert other_screens.private == screens.private, answers  # private pages of the same number
            for shared, other in zip(screens.seen, other_screens.seen, strict=True):
                assert other == shared, f"{exercise_id} {answers}: a shared screen differs"
            assert other_database == database, f"{exercise_id} {answers}: the database differs"
