"""Full-text search over what both partners may see (the index of migration 0008).

``store.search.find(words)`` answers with :class:`SearchHit` records, newest first, each
with its matched words marked and the stored facts the privacy rule decides from (a reader
still asks ``core.privacy`` before it shows one: see ``core.search``). The words a person
types are never handed to FTS5 as a query: each becomes a quoted term (see
:func:`match_expression`), so no punctuation can change what is searched.
"""

import json
import re
from datetime import date
from typing import Any, NamedTuple

from ..core.clock import parse_iso
from ..core.search import MARK_END, MARK_START
from .base import Repository
from .changes import Changes
from .errors import StoreError

WORD = re.compile(r"\w+", re.UNICODE)


def answer_visible(row: str) -> str:
    """SQL: the answer ``row`` may be seen by both together (``core.privacy.may_see``): written
    together, or neither private for good nor still sealed. (Migration 0008's triggers index
    by the same condition; tests/storage/test_search.py holds both to the privacy rule.)"""
    partners = "('partner_a', 'partner_b')"
    return (
        f"{row}.deleted_at IS NULL AND {row}.text != '' AND ({row}.author NOT IN {partners} "
        f"OR ({row}.private = 0 AND ({row}.sealed = 0 OR {row}.revealed_at IS NOT NULL)))"
    )


STATEMENT_VISIBLE = "t.deleted_at IS NULL AND t.statement != ''"


def _visible_rows(pending_only: bool) -> str:
    """SQL: (body, kind, ref, run_id) of every row both may see, oldest first; with
    ``pending_only``, of the rows noted in ``search_pending`` only."""
    parts = []
    for table, kind, column, visible in (
        ("answers", "answer", "text", answer_visible("t")),
        ("boundaries", "boundary", "statement", STATEMENT_VISIBLE),
        ("agreements", "agreement", "statement", STATEMENT_VISIBLE),
    ):
        join = f" JOIN search_pending AS p ON p.ref = t.id AND p.kind = '{kind}'" if pending_only else ""
        parts.append(
            f"SELECT t.{column} AS body, '{kind}' AS kind, t.id AS ref, t.run_id AS run_id, t.created_at AS at, "
            f"t.rowid AS n FROM {table} AS t{join} WHERE {visible}"
        )
    return f"SELECT body, kind, ref, run_id FROM ({' UNION ALL '.join(parts)}) ORDER BY at, n"


class SearchHit(NamedTuple):
    """One found piece of text, with what is needed to show it and to decide who may see it."""

    doc: int  # the document's number: higher is newer
    kind: str  # answer / boundary / agreement
    ref: str  # the id of the answer, boundary or agreement
    text: str
    marked: str  # the text with MARK_START / MARK_END around each matched word
    author: str  # partner_a / partner_b / together
    private: bool
    sealed: bool
    revealed: bool
    step_id: str | None
    run_id: str | None
    run_title: str | None
    exercise_id: str | None
    day: date | None  # the run's day (or the day a boundary or agreement was kept)
    binding: dict[str, str]  # the run's roles ({"self": partner} for a solo run)


def terms(text: str) -> list[str]:
    """The words of a search, lower-cased, as FTS5's tokenizer would split them."""
    return [w.casefold() for w in WORD.findall(text)]


def match_expression(words: list[str]) -> str:
    """An FTS5 query that finds every one of ``words``: each word as a quoted term with its
    stem (porter), and as the start of a longer word (except one-letter words). The last word
    may be still being typed: a stem of it is tried too ('listeni' finds 'listening', whose
    stem is 'listen')."""
    parts = []
    for i, word in enumerate(words):
        quoted = '"' + word.replace('"', '""') + '"'
        if len(word) == 1:
            parts.append(quoted)
            continue
        options = [quoted + "*"]
        if i == len(words) - 1:
            options += [f'"{word[:-cut]}"*' for cut in (1, 2) if len(word) - cut >= 4]
        parts.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


def _day(value: str | None) -> date | None:
    if not value:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return parse_iso(value).astimezone().date()


def _hit(r: dict[str, Any]) -> SearchHit:
    answer = r["kind"] == "answer"
    return SearchHit(
        doc=r["doc"],
        kind=r["kind"],
        ref=r["ref"],
        text=r["body"],
        marked=r["marked"],
        author=(r["a_author"] if answer else r["b_author"]) or "together",
        private=bool(r["private"]) if answer else False,
        sealed=bool(r["sealed"]) if answer else False,
        revealed=r["revealed_at"] is not None if answer else True,
        step_id=r["step_id"],
        run_id=r["run_id"],
        run_title=r["title"],
        exercise_id=r["exercise_id"],
        day=_day(r["day"] or r["b_created"] or r["g_created"]),
        binding=json.loads(r["binding"] or "{}"),
    )


FIND = f"""
    WITH found AS (
        SELECT rowid AS doc, kind, ref, run_id, body, highlight(search_index, 0, ?, ?) AS marked
        FROM search_index WHERE search_index MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?
    )
    SELECT found.*, a.author AS a_author, a.private, a.sealed, a.revealed_at, a.step_id,
           b.author AS b_author, b.created_at AS b_created, g.created_at AS g_created,
           r.title, r.day, r.binding, r.exercise_id
    FROM found
    LEFT JOIN answers AS a ON found.kind = 'answer' AND a.id = found.ref
    LEFT JOIN boundaries AS b ON found.kind = 'boundary' AND b.id = found.ref
    LEFT JOIN agreements AS g ON found.kind = 'agreement' AND g.id = found.ref
    LEFT JOIN runs AS r ON r.id = found.run_id
    WHERE (found.run_id IS NULL OR r.deleted_at IS NULL)
      AND (found.kind != 'answer' OR ({answer_visible("a")}))
      AND (found.kind != 'boundary' OR (b.deleted_at IS NULL AND b.statement != ''))
      AND (found.kind != 'agreement' OR (g.deleted_at IS NULL AND g.statement != ''))
    ORDER BY found.doc DESC
"""


class SearchRepository(Repository):
    def find(self, text: str, limit: int = 50, before: int | None = None) -> list[SearchHit]:
        """What matches every word of ``text``, newest first; ``before``: only documents older
        than that one (the next page of a long list). No words, no hits."""
        words = terms(text)
        if not words:
            return []
        self.flush()
        params = [MARK_START, MARK_END, match_expression(words), before if before is not None else 2**62, limit]
        return [_hit(r) for r in self._c.rows(FIND, params)]

    def flush(self) -> int:
        """Bring the index up to date with the rows written since (noted by id in
        ``search_pending`` by the triggers of migration 0008): each one's old document goes,
        and, if both may see the row now, a new one comes, numbered in the order the rows were
        written. Returns how many rows it looked at; cheap when there are none."""
        if not self._c.values("SELECT 1 FROM search_pending LIMIT 1"):
            return 0
        with self._c.transaction(Changes.NONE):
            self._c.execute("UPDATE search_pending SET kind = kind WHERE 0")  # the write lock first: one snapshot
            waiting = int(self._c.values("SELECT count(*) FROM search_pending")[0][0])
            for (doc,) in self._c.values("SELECT doc FROM search_refs WHERE ref IN (SELECT ref FROM search_pending)"):
                self._c.execute("DELETE FROM search_index WHERE rowid = ?", [doc])
            self._c.execute("DELETE FROM search_refs WHERE ref IN (SELECT ref FROM search_pending)")
            for row in self._c.values(_visible_rows(pending_only=True)):
                self._c.execute("INSERT INTO search_index (body, kind, ref, run_id) VALUES (?, ?, ?, ?)", row)
                self._c.execute("INSERT INTO search_refs (ref, doc) VALUES (?, last_insert_rowid())", [row[2]])
            self._c.execute("DELETE FROM search_pending")
        return waiting

    def rebuild(self) -> int:
        """Index everything both may see again, oldest first (after a bulk import, whose rows
        arrive table by table, or to repair the index). Returns how many documents it holds."""
        with self._c.transaction(Changes.NONE):
            self._c.execute("DELETE FROM search_index")
            self._c.execute("DELETE FROM search_refs")
            self._c.execute("DELETE FROM search_pending")
            self._c.execute(f"INSERT INTO search_index (body, kind, ref, run_id) {_visible_rows(pending_only=False)}")
            self._c.execute("INSERT INTO search_refs (ref, doc) SELECT ref, rowid FROM search_index")
            self._c.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
        return int(self._c.values("SELECT count(*) FROM search_refs")[0][0])

    def tidy(self) -> None:
        """Bring the index up to date, then merge it into one piece: what a deletion took out of
        it is then gone from the file too (FTS5 otherwise keeps a deleted word's old entry until
        pieces merge; with ``secure_delete`` on, the freed pages are overwritten)."""
        self.flush()
        self._c.write(Changes.NONE, "INSERT INTO search_index (search_index) VALUES ('optimize')")

    def size(self) -> dict[str, int]:
        """How big the index is: documents, and bytes (its tables' pages where SQLite can count
        them, else the bytes of what they hold)."""
        documents = int(self._c.values("SELECT count(*) FROM search_refs")[0][0])
        try:
            pages = self._c.values("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'search_%'")
            size = int(pages[0][0])
        except StoreError:  # no dbstat (SQLCipher's build): add up what the index's tables hold
            size = int(
                self._c.values(
                    "SELECT (SELECT coalesce(sum(length(block)), 0) FROM search_index_data)"
                    " + (SELECT coalesce(sum(length(c0) + length(c1) + length(c2) + length(c3)), 0)"
                    "    FROM search_index_content)"
                    " + (SELECT coalesce(sum(length(sz)), 0) FROM search_index_docsize)"
                    " + (SELECT coalesce(sum(length(ref)) + 8 * count(*), 0) FROM search_refs)"
                )[0][0]
            )
        return {"documents": documents, "bytes": size}
