"""0008: a full-text index of what both partners may see, for search (FTS5).

``search_index`` is an FTS5 table (porter stems on top of unicode61, accents folded, prefix
indexes of 2 and 3 characters) holding one document per piece of shared text: an answer
both may see (written together, or on the shared screen, or revealed: never one private for
good, never one still sealed), a boundary, an agreement. ``search_refs`` maps each source
row's id to its document, so a row is found again by a key, never by scanning the index.

Triggers keep both in step with every write to ``answers``, ``boundaries`` and
``agreements`` (whoever makes it: a repository, an import, a later migration). Private and
sealed words are never indexed: an index of them would sit beside the database, outside the
author's reach (see docs/architecture.md, "Search").

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
    # table: (kind, its text column, visible(row), the columns whose change may re-index a row)
    "answers": ("answer", "text", answer_visible, ("text", "author", "private", "sealed", "revealed_at", "deleted_at")),
    "boundaries": ("boundary", "statement", statement_visible, ("statement", "deleted_at")),
    "agreements": ("agreement", "statement", statement_visible, ("statement", "deleted_at")),
}


def create_triggers(conn: sqlite3.Connection) -> None:
    """The triggers that keep the index in step with ``answers``, ``boundaries`` and ``agreements``.

    An update takes the row's document out (found through ``search_refs``) and, if the row
    may still be seen by both, puts it back in with its new words: in one trigger, in that
    order. It runs only when a watched column really changed (an autosave of the same words
    does nothing)."""
    for table, (kind, column, visible, watched) in SOURCES.items():
        remove = (
            "DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_refs WHERE ref = old.id); "
            "DELETE FROM search_refs WHERE ref = old.id;"
        )
        add = (
            f"INSERT INTO search_index (body, kind, ref, run_id) "
            f"SELECT new.{column}, '{kind}', new.id, new.run_id WHERE {visible('new')}; "
            f"INSERT OR REPLACE INTO search_refs (ref, doc) SELECT new.id, last_insert_rowid() WHERE {visible('new')};"
        )
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in (*watched, "run_id"))
        conn.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {add} END")
        conn.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {', '.join(watched)}, run_id ON {table} "
            f"WHEN {changed} BEGIN {remove} {add} END"
        )
        conn.execute(f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {remove} END")


def fill(conn: sqlite3.Connection) -> None:
    """Index every row both may see, oldest first (so the newest has the highest number)."""
    parts = [
        f"SELECT t.{column} AS body, '{kind}' AS kind, t.id AS ref, t.run_id AS run_id, t.created_at AS at "
        f"FROM {table} AS t WHERE {visible('t')}"
        for table, (kind, column, visible, _) in SOURCES.items()
    ]
    conn.execute(
        f"INSERT INTO search_index (body, kind, ref, run_id) SELECT body, kind, ref, run_id FROM "
        f"({' UNION ALL '.join(parts)}) ORDER BY at, ref"
    )
    conn.execute("INSERT INTO search_refs (ref, doc) SELECT ref, rowid FROM search_index")


def apply(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conn.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(body, kind UNINDEXED, ref UNINDEXED, run_id UNINDEXED, "
        "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    conn.execute("CREATE TABLE search_refs (ref TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID")
    create_triggers(conn)
    fill(conn)
