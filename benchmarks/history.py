"""Ten years of one couple's history, for the benchmarks in ``benchmarks/run.py``.

``history_database(years)`` returns a Store database holding ``years`` of runs, answers,
ratings, pauses, boundaries and agreements, shaped as the engine writes them, up to
yesterday, made by the sample couple's generator (``couplesdesk.demo``). It is generated once
and cached in benchmarks/out/, keyed by the schema, the source of the generator and of this
module (so any change to either makes a new one) and today's date.
``make_data_dir()`` makes a data dir the app has seen before, around such a database or a
fresh one.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from couplesdesk import demo
from couplesdesk.core.clock import SystemClock
from couplesdesk.storage import Store

OUT = Path(__file__).resolve().parent / "out"

# --------------------------------------------------------------------------- data dirs


def make_data_dir(root: Path, database: Path | None = None) -> Path:
    """A data dir the app has seen before: the couple is set and the safety note acknowledged."""
    (root / "exercises").mkdir(parents=True)
    if database is not None:
        shutil.copyfile(database, root / "couplesdesk.db")
        return root
    store = Store.open(root / "couplesdesk.db", SystemClock())
    demo.set_up_couple(store)
    store.close()
    return root


# --------------------------------------------------------------------------- ten years of history


def generate_history(path: Path, years: int, today: date) -> dict[str, int]:
    """One couple's ``years`` of history up to yesterday (couplesdesk.demo's generator), in a Store database."""
    make_data_dir(path.parent)
    store = Store.open(path, SystemClock())
    counts = demo.generate(store, today - timedelta(days=round(365.25 * years)), today)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return counts


def history_database(years: int) -> tuple[Path, dict[str, int], bool]:
    """The cached ten-year database, keyed by the schema, this generator and today's date."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "schema.db", SystemClock())
        schema = "\n".join(
            r[0] for r in store.db.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        )
        store.close()
    today = date.today()
    # The whole of the generator (couplesdesk.demo, its helpers and its words) and of this module.
    generator = Path(demo.__file__).read_text(encoding="utf-8") + Path(__file__).read_text(encoding="utf-8")
    key = hashlib.sha256(f"{schema}|{generator}|{years}|{today}".encode()).hexdigest()[:16]
    path = OUT / f"history-{key}.db"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        return path, json.loads(meta.read_text()), True
    for old in OUT.glob("history-*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    work = OUT / f"history-{key}.building"
    shutil.rmtree(work, ignore_errors=True)
    counts = generate_history(work / "couplesdesk.db", years, today)
    (work / "couplesdesk.db").replace(path)
    shutil.rmtree(work)
    meta.write_text(json.dumps(counts))
    return path, counts, False
