"""Deleting for good: a run and everything written in it, a boundary, an agreement, one
partner's private answers, or everything.

A deleted row stays as a tombstone, because another of the couple's devices must one day
learn of the deletion (shared/design/sync.md), and it keeps nothing else: every word, name
and value is blanked, its times all become the time of the deletion, and with
``secure_delete`` on (every connection, see ``connection.configure``) SQLite overwrites the
old bytes instead of only marking them free. Then the old pages are moved out of the
write-ahead log (:meth:`Forgetting.settle`), and the deletion is carried into every backup
and copy kept aside (:func:`.scrubbing.scrub_copies`): each deleting method does all three.
Forget everything (:mod:`.deleting`) also removes every copy.
"""

import logging
from collections.abc import Collection
from typing import Any, NamedTuple

from .base import Repository
from .changes import Changes
from .scrubbing import scrub_copies

log = logging.getLogger("couplesdesk.storage")

BLANK: dict[str, str] = {
    "partners": "name = '', color = ''",
    "settings": "value = NULL",
    "runs": (
        "exercise_id = '', exercise_version = 0, title = '', day = '', binding = '{}', state = '{}', status = '', "
        "started_at = '', finished_at = NULL, plan_item_id = NULL"
    ),
    # step_id = id: the unique (run, step, author) index holds for any number of tombstones
    "answers": (
        "step_id = id, author = '', kind = '', value = NULL, text = '', private = 0, sealed = 0, revealed_at = NULL, "
        "locked_with = NULL"
    ),
    "pauses": (
        "run_id = NULL, step_id = NULL, caller = NULL, minutes = 0, started_at = '', return_at = '', ended_at = NULL, "
        "outcome = NULL"
    ),
    "boundaries": "run_id = NULL, author = '', statement = '', status = ''",
    "agreements": "run_id = NULL, statement = '', status = ''",
    "boundary_wordings": "statement = '', worded_at = '', replaced_at = ''",
    "agreement_wordings": "statement = '', worded_at = '', replaced_at = ''",
    "ratings": "run_id = NULL, step_id = id, author = '', scale = '', value = 0, at = ''",
    "scheduled_talks": "run_id = NULL, at = '', done_at = NULL",
    "partner_keys": "partner = '', kdf = '', salt = '', nonce = '', wrapped = ''",
    "plans": (
        "plan_id = id, title = '', therapist_name = '', therapist_contact = NULL, recipient = NULL, "
        "couple_label = NULL, starts = '', ends = '', note = NULL, text = '', imported_at = '', replaced_at = NULL"
    ),
    "plan_items": "position = 0, exercise_id = '', often = '', times = NULL, starts = '', ends = '', note = NULL",
    # author = id: the unique (run, author) index holds for any number of tombstones
    "homework_reviews": "author = id, how = '', line = '', private = 0, at = ''",
}
"""What each table keeps of a deleted row besides its id, key and times: nothing that was said.
(A partner's or a setting's ``key`` stays: it names a slot, not a person, and a new name or
value fills the same slot again.)"""

FLAGS = {
    "partners": Changes.COUPLE,
    "settings": Changes.SETTINGS,
    "runs": Changes.RUNS,
    "answers": Changes.ANSWERS,
    "pauses": Changes.PAUSES,
    "scheduled_talks": Changes.TALKS,
    "boundaries": Changes.BOUNDARIES,
    "agreements": Changes.AGREEMENTS,
    "boundary_wordings": Changes.BOUNDARIES,
    "agreement_wordings": Changes.AGREEMENTS,
    "ratings": Changes.RATINGS,
    "partner_keys": Changes.PERSONAL_KEYS,
    "plans": Changes.PLANS,
    "plan_items": Changes.PLANS,
    "homework_reviews": Changes.REVIEWS,
}

OF_A_RUN = ("answers", "ratings", "pauses", "scheduled_talks", "boundaries", "agreements", "homework_reviews")
"""The tables whose rows belong to a run (by ``run_id``)."""

RUN_CHANGES = Changes.RUNS | Changes.ANSWERS | Changes.RATINGS | Changes.PAUSES | Changes.TALKS
RUN_CHANGES |= Changes.BOUNDARIES | Changes.AGREEMENTS | Changes.REVIEWS

PRIVATE = "{a}author = ? AND ({a}private = 1 OR ({a}sealed = 1 AND {a}revealed_at IS NULL)) AND {a}deleted_at IS NULL"
"""A partner's private answers: private for good, or written alone and never revealed."""


class RunHolding(NamedTuple):
    """What deleting a run takes with it, besides its answers (for the words that ask first)."""

    answers: int  # answers with words in them, anyone's
    boundaries: int
    agreements: int
    talk: bool  # a time planned to talk again


class Forgetting(Repository):
    def _bury(self, table: str, where: str, params: Collection[Any] = ()) -> int:
        """Blank the rows of ``table`` that match ``where`` and leave them as tombstones (inside
        a transaction). Already deleted rows are blanked again, in case an older version kept
        a word of them."""
        now = self._c.now()
        return self._c.execute(
            f"UPDATE {table} SET {BLANK[table]}, created_at = ?, updated_at = ?, deleted_at = ?, device = ? "
            f"WHERE {where}",
            [now, now, now, self._c.device, *params],
        )

    # ------------------------------------------------------------------ deleting

    def _everywhere(self) -> None:
        """After a deletion: the log emptied, and the deletion carried into every copy."""
        from .search import SearchRepository  # not at start-up: forgetting is rare

        SearchRepository(self._c).tidy()  # a deleted word leaves the index's file too
        self.settle()
        c = self._c
        c.guard(scrub_copies, c.conn, c.path, c.backups, c.key)

    def run(self, run_id: str) -> None:
        """A run and everything written in it: every answer (each partner's, private ones too),
        its ratings, pauses and planned talk, and the boundaries and agreements it kept."""
        with self._c.transaction(RUN_CHANGES):
            for kept in ("boundary", "agreement"):  # first: burying a kept thing clears its run_id
                table = "boundaries" if kept == "boundary" else "agreements"
                self._bury(f"{kept}_wordings", f"{kept}_id IN (SELECT id FROM {table} WHERE run_id = ?)", [run_id])
            for table in OF_A_RUN:
                self._bury(table, "run_id = ?", [run_id])
            self._bury("runs", "id = ?", [run_id])
        self._everywhere()

    def plan(self, plan_row_id: str) -> None:
        """A homework plan and its items (runs done for it stay, no longer linked to it)."""
        with self._c.transaction(Changes.PLANS | Changes.RUNS):
            items = "SELECT id FROM plan_items WHERE plan_id = ?"
            self._c.execute(f"UPDATE runs SET plan_item_id = NULL WHERE plan_item_id IN ({items})", [plan_row_id])
            self._bury("plan_items", "plan_id = ?", [plan_row_id])
            self._bury("plans", "id = ?", [plan_row_id])
        self._everywhere()

    def boundary(self, boundary_id: str) -> None:
        with self._c.transaction(Changes.BOUNDARIES):
            self._bury("boundary_wordings", "boundary_id = ?", [boundary_id])
            self._bury("boundaries", "id = ?", [boundary_id])
        self._everywhere()

    def agreement(self, agreement_id: str) -> None:
        with self._c.transaction(Changes.AGREEMENTS):
            self._bury("agreement_wordings", "agreement_id = ?", [agreement_id])
            self._bury("agreements", "id = ?", [agreement_id])
        self._everywhere()

    def private_answers(self, author: str) -> int:
        """Every private answer of ``author``'s, in every run: private for good, or written alone
        and never revealed (with the ratings given in them). Returns how many answers went."""
        with self._c.transaction(Changes.ANSWERS | Changes.RATINGS | Changes.REVIEWS):
            self._bury("homework_reviews", "author = ? AND private = 1 AND deleted_at IS NULL", [author])
            mine = PRIVATE.format(a="a.")
            self._bury(
                "ratings",
                "author = ? AND deleted_at IS NULL AND EXISTS (SELECT 1 FROM answers a WHERE a.run_id = ratings.run_id "
                f"AND a.step_id = ratings.step_id AND {mine})",
                [author, author],
            )
            count = self._bury("answers", PRIVATE.format(a=""), [author])
        self._everywhere()
        return count

    def everything(self) -> None:
        """Every row of every table: names, settings, runs and all they hold (the rows only:
        ``deleting.forget_everything`` then rebuilds the file and removes every copy)."""
        with self._c.transaction(Changes.everything() & ~Changes.LIBRARY):
            for table in BLANK:
                self._bury(table, "1")
        from .search import SearchRepository

        SearchRepository(self._c).tidy()

    def settle(self, compact: bool = False) -> bool:
        """After a deletion: copy the WAL into the database and empty it (a TRUNCATE
        checkpoint), so no old page is left in the log; ``compact`` rebuilds the file first
        (VACUUM, in memory). Returns whether the log could be emptied (another connection
        in the middle of a read holds it)."""
        conn = self._c.conn
        if compact:
            self._c.guard(conn.execute, "PRAGMA temp_store = MEMORY")
            self._c.guard(conn.execute, "VACUUM")
        busy = self._c.guard(lambda: conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0])
        if busy:
            log.warning("The log could not be emptied after a deletion: another reader holds it")
        return not busy

    # ------------------------------------------------------------------ reading, to ask first

    def run_holds(self, run_id: str) -> RunHolding:
        def count(table: str, extra: str = "") -> int:
            sql = f"SELECT count(*) FROM {table} WHERE run_id = ? AND deleted_at IS NULL{extra}"
            return int(self._c.values(sql, [run_id])[0][0])

        return RunHolding(
            answers=count("answers", " AND trim(text) != ''"),
            boundaries=count("boundaries"),
            agreements=count("agreements"),
            talk=bool(count("scheduled_talks", " AND done_at IS NULL")),
        )

    def private_runs(self, author: str) -> int:
        """In how many runs ``author`` has private answers with words in them."""
        sql = (
            "SELECT count(DISTINCT answers.run_id) FROM answers JOIN runs ON runs.id = answers.run_id "
            f"WHERE {PRIVATE.format(a='answers.')} AND runs.deleted_at IS NULL AND trim(answers.text) != ''"
        )
        return int(self._c.values(sql, [author])[0][0])
