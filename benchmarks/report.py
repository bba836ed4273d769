"""A session report for the last three months of the generated history (issue 12).

On a copy of the history database (couplesdesk.demo's generator, benchmarks/history.py):
everything a "Prepare for our session" makes once both partners have chosen, timed as one:
what could go in (gathered through the privacy rule), both partners ticking all of their own,
each with a note and a flag, the report JSON, its PDF (QTextDocument on a QPdfWriter,
offscreen) and sealing it with age to a therapist's key. Median of a few runs after a
warm-up (Qt's fonts and the PDF engine load once per process).
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from couplesdesk.core.clock import SystemClock
from couplesdesk.core.library import load_library
from couplesdesk.core.people import PARTNERS
from couplesdesk.report import Choice, compose, gather, open_report
from couplesdesk.report.making import therapist_file
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store

DAYS = 91


def make_report(store: Store, library: Any, recipient: str, end: date) -> tuple[bytes, int]:
    """The sealed file, and how many things could have gone in."""
    now = SystemClock().now()
    offer = gather(store, library, end - timedelta(days=DAYS - 1), end)
    choices = {p: Choice(p, now, frozenset(c.id for c in offer.of(p)), note="A note for you.", flag=True)
               for p in PARTNERS}  # fmt: skip
    return therapist_file(compose(offer, choices, now), recipient), len(offer.candidates)


def time_report(history: Path, folder: Path, repeat: int = 5) -> dict[str, Any]:
    from pyrage import x25519

    folder.mkdir(parents=True)
    shutil.copyfile(history, folder / "couplesdesk.db")
    store = Store.open(folder / "couplesdesk.db", SystemClock(), check=False)
    therapist = x25519.Identity.generate()
    library = load_library(builtin_exercises())
    end = store.runs.in_period()[-1].day
    try:
        make_report(store, library, str(therapist.to_public()), end)  # warm-up
        samples, cpu, size, candidates = [], [], 0, 0
        for _ in range(repeat):
            start, began = time.perf_counter(), time.process_time()
            sealed, candidates = make_report(store, library, str(therapist.to_public()), end)
            samples.append(time.perf_counter() - start)
            cpu.append(time.process_time() - began)
            size = len(sealed)
        (folder / "report.couplesdesk-report").write_bytes(sealed)
        opened = open_report(folder / "report.couplesdesk-report", therapist)
    finally:
        store.close()
    return {"report_s": statistics.median(samples), "cpu_s": statistics.median(cpu), "samples_s": samples,
            "candidates": candidates,
            "items": len(opened.report["items"]), "kib": size / 1024}  # fmt: skip


def rows(r: dict[str, Any], row: Callable[..., str]) -> list[str]:
    return [
        row(f"session report: three months, {r['items']} items, sealed ({r['kib']:.0f} KiB)", f"{r['report_s']:.2f} s",
            cpu=f"{r['cpu_s'] * 1000:.0f} ms", key="report_3m_s"),
    ]  # fmt: skip
