"""Many rows at once, made elsewhere (the sample couple of ``couplesdesk demo``, the
benchmarks' ten years): inserted as they are, in one transaction, then announced once.

Each row needs its table's columns (``id`` included); ``created_at``, ``updated_at`` and
``device`` are filled in when missing. The search index is rebuilt afterwards, so that it
numbers what it holds by time (the rows arrive table by table).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .changes import Changes

if TYPE_CHECKING:
    from .store import Store

TABLES = ("runs", "answers", "ratings", "pauses", "boundaries", "agreements", "scheduled_talks")


def insert_rows(store: Store, rows: dict[str, list[dict[str, Any]]]) -> None:
    unknown = set(rows) - set(TABLES)
    if unknown:
        raise ValueError(f"not tables a bulk insert fills: {sorted(unknown)}")
    device = store.connection.device
    with store.batch(), store.connection.transaction(Changes.everything() & ~Changes.LIBRARY):
        for table in TABLES:
            items = rows.get(table, [])
            for item in items:
                created = item.get("created_at") or item.get("started_at") or item["at"]
                item.setdefault("created_at", created)
                item.setdefault("updated_at", item.get("ended_at") or created)
                item["device"] = device
            store.db.table(table).insert_all(items, batch_size=500)
        store.search.rebuild()
