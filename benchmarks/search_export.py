"""Search and export on the ten-year history (issue 11).

On a copy of the history database:

* search: ``store.search.find`` for a set of queries (common and rare words, two words, the
  start of a word, a one-letter word), with what the Search page does with each page of hits
  on the worker (the privacy rule asked again, highlights, excerpts): every query timed several
  times after one warm-up, p95 over all; and the size of the index;
* export: gathering the whole history for an export and writing it as JSON (ten years), and a
  PDF of the last three months (QTextDocument on a QPdfWriter, offscreen).
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from couplesdesk.core import search
from couplesdesk.core.clock import SystemClock
from couplesdesk.core.library import load_library
from couplesdesk.core.privacy import TOGETHER, Viewer
from couplesdesk.export import collect
from couplesdesk.export.collect import progress_until
from couplesdesk.export.formats import to_json
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store

QUERIES = (
    "tea", "walk home", "calm", "money plans", "sorry", "togeth", "listening", "kids laughed", "the", "i",
    "dog frost", "appreciated message", "rain", "felt", "sister", "garden", "photo beach", "anxious doctor",
    "cooking", "trip", "neighbours", "zebra", "quiet evening", "happin",
)  # fmt: skip


def _page(store: Store, query: str) -> int:
    """One page of hits, as the Search page reads it on its worker."""
    hits = search.visible(store.search.find(query, 40), TOGETHER)
    for hit in hits:
        search.excerpt(search.highlighted(hit.marked, hit.text))
    return len(hits)


def time_search(store: Store, repeat: int) -> dict[str, Any]:
    samples: list[float] = []
    found = {}
    for query in QUERIES:
        found[query] = _page(store, query)  # warm-up
        for _ in range(repeat):
            start = time.perf_counter()
            _page(store, query)
            samples.append((time.perf_counter() - start) * 1000)
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"queries": len(QUERIES), "samples": len(samples), "p50_ms": statistics.median(samples),
            "p95_ms": cuts[94], "max_ms": max(samples), "found": found, "index": store.search.size()}  # fmt: skip


def _seconds(fn: Callable[[], int]) -> tuple[float, int, float]:
    """Wall seconds, what ``fn`` returned, and this process's CPU seconds (apart from the others on the machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    got = fn()
    return time.perf_counter() - start, got, time.process_time() - cpu


def time_export(store: Store, folder: Path) -> dict[str, Any]:
    library = load_library(builtin_exercises())
    now = datetime.now().astimezone()

    def json_export() -> int:
        text = to_json(collect(store, Viewer.export(), library, now))
        (folder / "export.json").write_text(text, encoding="utf-8")
        return len(text)

    def pdf_export() -> int:
        from couplesdesk.gui.journal_pdf import pdf_bytes

        document = collect(store, Viewer.export(), library, now, now.date() - timedelta(days=91), now.date())
        data = pdf_bytes(document, progress_until(store, library, now.date()))  # with the progress pictures
        (folder / "export.pdf").write_bytes(data)
        return len(data)

    json_s, json_bytes, json_cpu = _seconds(json_export)
    pdf_export()  # warm-up: Qt's fonts and the PDF engine load once per process
    pdf_s, pdf_size, pdf_cpu = _seconds(pdf_export)
    return {"json_s": json_s, "json_cpu_s": json_cpu, "json_mib": json_bytes / 2**20, "pdf_3m_s": pdf_s,
            "pdf_cpu_s": pdf_cpu, "pdf_kib": pdf_size / 1024}  # fmt: skip


def time_search_export(history: Path, folder: Path, repeat: int) -> dict[str, Any]:
    folder.mkdir(parents=True)
    shutil.copyfile(history, folder / "couplesdesk.db")
    store = Store.open(folder / "couplesdesk.db", SystemClock(), check=False)
    try:
        return {"search": time_search(store, repeat), "export": time_export(store, folder)}
    finally:
        store.close()


def rows(r: dict[str, Any], row: Callable[..., str]) -> list[str]:
    found, exported, index = r["search"], r["export"], r["search"]["index"]
    return [
        row(f"search: {found['queries']} queries, page of 40, p50", f"{found['p50_ms']:.1f} ms"),
        row("search: p95", f"{found['p95_ms']:.1f} ms", key="search_p95_ms"),
        row(f"search: the index, {index['documents']} documents", f"{index['bytes'] / 2**20:.1f} MiB"),
        row(f"export: ten years as JSON ({exported['json_mib']:.1f} MiB)", f"{exported['json_s']:.2f} s",
            cpu=f"{exported['json_cpu_s'] * 1000:.0f} ms", key="export_json_s"),
        row(f"export: the last three months as PDF ({exported['pdf_kib']:.0f} KiB)", f"{exported['pdf_3m_s']:.2f} s",
            cpu=f"{exported['pdf_cpu_s'] * 1000:.0f} ms"),
    ]  # fmt: skip
