"""Encryption at rest, measured against the same data in plain SQLite (issue 10, item 7).

On a copy of the ten-year history, encrypted with storage/encryption.py:

* unlock: the passphrase's key derivation (scrypt) and unwrapping the database key;
* open: ``Store.open`` of the plain and of the encrypted copy (SQLCipher is given the raw key,
  so no PBKDF2 runs on open: the derivation above replaces it);
* reads: the queries Today and a run's reveal make, and one that reads every page of the
  answers table (the worst case for decryption), each as a median;
* autosave: ``store.answers.save`` p50/p99 (from ``run.time_autosave``) on both.
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from couplesdesk.core.clock import SystemClock
from couplesdesk.storage import Store, encryption

PASSPHRASE = "a benchmark passphrase"


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _reads(store: Store) -> dict[str, Callable[[], object]]:
    from couplesdesk.core.library import load_library
    from couplesdesk.core.today import LibraryAccess, read_today
    from couplesdesk.resources import builtin_exercises

    library = load_library(builtin_exercises(), None)
    access = LibraryAccess(lambda: library, lambda: library)
    some = [r.id for r in store.runs.of_exercise("share-one-thing")[-20:]]
    now = datetime.now(UTC)
    return {
        "today": lambda: read_today(store, now.date(), now, 8, access),
        "reveals": lambda: [store.answers.of_run(run_id) for run_id in some],
        "every_answer": lambda: store.conn.execute("SELECT count(*) FROM answers WHERE text LIKE '%zebra%'").fetchone(),
    }


def _paired_ms(plain: Callable[[], object], secret: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Medians of ``plain`` and ``secret``, timed in turn: a sub-millisecond read measured all
    plain first and all encrypted after drifts with the machine (a run gave 0.98x, the next
    1.74x, on the same tree)."""
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for side, fn in enumerate((plain, secret)):
            start = time.perf_counter()
            fn()
            samples[side].append((time.perf_counter() - start) * 1000)
    return statistics.median(samples[0]), statistics.median(samples[1])


def time_encryption(history: Path, folder: Path, autosave: Callable[..., dict[str, Any]], saves: int,
                    repeat: int = 21) -> dict[str, Any]:  # fmt: skip
    plain_dir, secret_dir = folder / "plain", folder / "encrypted"
    for d in (plain_dir, secret_dir):
        d.mkdir(parents=True)
        shutil.copyfile(history, d / "couplesdesk.db")
    started = time.perf_counter()
    encryption.encrypt_folder(secret_dir, secret_dir / "couplesdesk.db", PASSPHRASE)
    encrypt_s = time.perf_counter() - started
    unlock_ms = _median_ms(lambda: encryption.unlock(secret_dir, PASSPHRASE), repeat)
    key = encryption.unlock(secret_dir, PASSPHRASE)
    result: dict[str, Any] = {"encrypt_s": encrypt_s, "unlock_ms": unlock_ms}
    paths = (plain_dir / "couplesdesk.db", secret_dir / "couplesdesk.db")
    plain, secret = result["plain"], result["encrypted"] = {}, {}
    plain["open_ms"], secret["open_ms"] = _paired_ms(
        lambda: Store.open(paths[0], SystemClock(), check=False).close(),
        lambda: Store.open(paths[1], SystemClock(), check=False, key=key).close(),
        repeat,
    )
    stores = Store.open(paths[0], SystemClock(), check=False), Store.open(paths[1], SystemClock(), check=False, key=key)
    try:
        reads = _reads(stores[0]), _reads(stores[1])
        for read in reads[0]:
            reads[0][read](), reads[1][read]()  # warm the page cache, as a running app has it
            plain[f"{read}_ms"], secret[f"{read}_ms"] = _paired_ms(reads[0][read], reads[1][read], repeat)
    finally:
        for store in stores:
            store.close()
    plain["autosave"], secret["autosave"] = autosave(paths[0], saves), autosave(paths[1], saves, key=key)
    result["read_ratio"] = statistics.median(
        [secret[f"{r}_ms"] / plain[f"{r}_ms"] for r in ("today", "reveals", "every_answer")]
    )
    result["autosave_p99_ratio"] = secret["autosave"]["p99_ms"] / plain["autosave"]["p99_ms"]
    return result


def rows(enc: dict[str, Any], row: Callable[..., str]) -> list[str]:
    plain, secret = enc["plain"], enc["encrypted"]

    def pair(label: str, key: str) -> str:
        return row(label, f"{plain[key]:.2f} / {secret[key]:.2f} ms", f"{secret[key] / plain[key]:.2f}x")

    return [
        row("encryption: unlock (scrypt + unwrap the key)", f"{enc['unlock_ms']:.1f} ms"),
        pair("encryption: Store.open, plain / encrypted", "open_ms"),
        pair("encryption: Today's reads, plain / encrypted", "today_ms"),
        pair("encryption: 20 reveals, plain / encrypted", "reveals_ms"),
        pair("encryption: a scan of every answer, plain / enc.", "every_answer_ms"),
        row("encryption: reads, median ratio", f"{enc['read_ratio']:.2f}x", key="encrypted_read_ratio"),
        row("encryption: autosave p99, plain / encrypted",
            f"{plain['autosave']['p99_ms']:.3f} / {secret['autosave']['p99_ms']:.3f} ms",
            f"{enc['autosave_p99_ratio']:.2f}x"),
        row("encryption: encrypting the ten-year database", f"{enc['encrypt_s']:.1f} s"),
    ]  # fmt: skip
