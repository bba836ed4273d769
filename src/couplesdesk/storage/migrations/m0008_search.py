"""0008: a full-text index of what both partners may see, for search (FTS5).

``search_index`` is an FTS5 table (porter stems on top of unicode61, accents folded, prefix
indexes of 2 and 3 characters) holding one document per piece of shared text: an answer
both may see (written together, or on the shared screen, or revealed: never one private for
good, never one still sealed), a boundary, an agreement. ``search_refs`` maps each source
row's id to its document, so a row is found again by a key, never by scanning the index.

Triggers note every write to ``answers``, ``boundaries`` and ``agreements`` (whoever makes
it: a repository, an import, a later migration) in ``search_pending``, by id; the search
brings the index up to date from that list before it reads. Private and sealed words are
never indexed: an index of them would sit beside the database, outside the author's reach
(see docs/architecture.md, "Search").

The index is the database's own and never travels (like ``local_device``): it is rebuilt
from the rows. Its documents are numbered in the order they became searchable, which the
search reads newest first; the fill below numbers existing rows by the time they were written.

A later migration that rebuilds ``answers``, ``boundaries`` or ``agreements`` (create, copy,
drop, rename) drops their triggers with the old table: it must create them again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils

PARTNERS = "('partner_a', 'partner_b')"


def answer_visible(row: str) -> str:
    """SQL: the answer ``row`` (new/old/a table alias) may be seen by both (core.privacy.may_see,
    for both together): written together, or neither private for good nor still sealed."""
    return (
        f"{row}.deleted_at IS NULL AND {row}.text != '' AND ({row}.author NOT IN {PARTNERS} "
        f"OR ({row}.private = 0 AND ({row}.sealed = 0 OR {row}.revealed_at IS NOT NULL)))"
    )


def statement_visible(row: str) -> str:
    """SQL: a boundary or an agreement ``row`` that is there (not deleted, not blank)."""
    return f"{row}.deleted_at IS NULL AND {row}.statement != ''"


SOURCES = {
    # table: (kind, its text column, visible(row), the columns whose change may change what is indexed)
    "answers": ("answer", "text", answer_visible, ("text", "author", "private", "sealed", "revealed_at", "deleted_at")),
    "boundaries": ("boundary", "statement", statement_visible, ("statement", "deleted_at")),
    "agreements": ("agreement", "statement", statement_visible, ("statement", "deleted_at")),
}


def create_triggers(conn: sqlite3.Connection) -> None:
    """The triggers that note every row of ``answers``, ``boundaries`` and ``agreements`` whose
    words or facts change, in ``search_pending`` (its id only, never its words): the search
    brings the index up to date from there before it reads (``storage/search.py``), so that
    an autosave costs one small insert, not a change to the full-text index."""
    for table, (kind, _column, _visible, watched) in SOURCES.items():
        # Not INSERT OR IGNORE: an upsert's own conflict clause would override it inside the trigger.
        note = (
            f"INSERT INTO search_pending (ref, kind) SELECT {{row}}.id, '{kind}' "
            "WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE ref = {row}.id);"
        )
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in (*watched, "run_id"))
        conn.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {note.format(row='new')} END")
        conn.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {', '.join(watched)}, run_id ON {table} "
            f"WHEN {changed} BEGIN {note.format(row='new')} END"
        )
        conn.execute(f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {note.format(row='old')} END")


def fill(conn: sqlite3.Connection) -> None:
    """Index every row both may see, oldest first (so the newest has the highest number)."""
    parts = [
        f"SELECT t.{column} AS body, '{kind}' AS kind, t.id AS ref, t.run_id AS run_id, t.created_at AS at, "
        f"t.rowid AS n FROM {table} AS t WHERE {visible('t')}"
        for table, (kind, column, visible, _) in SOURCES.items()
    ]
    conn.execute(
        f"INSERT INTO search_index (body, kind, ref, run_id) SELECT body, kind, ref, run_id FROM "
        f"({' UNION ALL '.join(parts)}) ORDER BY at, n"
    )
    conn.execute("INSERT INTO search_refs (ref, doc) SELECT ref, rowid FROM search_index")


def apply(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conn.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(body, kind UNINDEXED, ref UNINDEXED, run_id UNINDEXED, "
        "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    conn.execute("CREATE TABLE search_refs (ref TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID")
    conn.execute("CREATE TABLE search_pending (ref TEXT PRIMARY KEY, kind TEXT NOT NULL) WITHOUT ROWID")
    create_triggers(conn)
    fill(conn)
