"""Ten years of one couple's history, for the benchmarks in ``benchmarks/run.py``.

``history_database(years)`` returns a Store database holding ``years`` of runs, answers,
ratings, pauses, boundaries and agreements, shaped as the engine writes them, up to
yesterday. It is generated once and cached in benchmarks/out/, keyed by the schema, the
source of this module (so any change to the generator makes a new one) and today's date.
``make_data_dir()`` makes a data dir the app has seen before, around such a database or a
fresh one.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from couplesdesk.core import model
from couplesdesk.core.clock import SystemClock, iso
from couplesdesk.core.engine import OTHER, answer_text
from couplesdesk.core.library import load_library
from couplesdesk.core.people import PARTNERS as PARTNER_KEYS
from couplesdesk.resources import builtin_exercises
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
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.couple.acknowledge_safety()
    store.close()
    return root


# --------------------------------------------------------------------------- ten years of history

WORDS = (
    "today I noticed how you made tea for me without asking and it felt like care "
    "work was long and the meeting drained me more than I showed I missed you at lunch "
    "the kids were loud but we laughed about it later I felt calm on the walk home "
    "thank you for listening when I was tense I would like a quiet evening together "
    "I worry about money sometimes it helps when you tell me your plans early the rain "
    "made everything slow I appreciated the message you sent in the afternoon"
).split()


def sentence(rng: random.Random, lo: int = 6, hi: int = 40) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(lo, hi))).capitalize() + "."


AS_NEEDED = (
    "after-a-hard-moment",
    "friction-doorway",
    "mirror-validate-empathize",
    "speaker-listener",
    "stepping-away",
)


def _plan(day: date, first_day: date, rng: random.Random) -> list[str]:
    """Which exercises the couple did on ``day``: a daily share, a weekly check-in, and
    (often) something else from the library."""
    ids = []
    if day == first_day:
        ids += ["getting-uncomfortable", "decoding-defenses", "pursue-withdraw-loop"]  # cadence "once"
    if rng.random() < 0.95:
        ids.append("share-one-thing")
    if rng.random() < 0.9:
        ids.append("stress-reducing-chat")
    if day.weekday() == 6 and rng.random() < 0.9:
        ids.append("weekly-check-in")
    if day.weekday() == 2 and rng.random() < 0.8:
        ids.append("appreciations")
    if rng.random() < 0.11:
        ids.append("timed-pause")
    if rng.random() < 0.08:
        ids.append("boundary-statement")
    if rng.random() < 0.7:
        ids.append(rng.choice(AS_NEEDED))
    return ids


def _value(step: model.StepBase, ex: model.Exercise, answers: dict[tuple[str, str], Any], rng: random.Random) -> Any:
    """An answer shaped as the GUI's step widgets shape it."""
    if isinstance(step, model.WriteStep):
        return sentence(rng)
    if isinstance(step, model.TemplateStep):
        return {name: sentence(rng, 2, 9).rstrip(".").lower() for name in step.blanks}
    if isinstance(step, model.ChooseStep):
        value: dict[str, Any] = {
            "selected": rng.sample([o.id for o in step.options], 2 if step.multiple and len(step.options) > 1 else 1)
        }
        if step.allow_other:
            value["other"] = ""
        return value
    if isinstance(step, model.ChecklistStep):
        return rng.sample([o.id for o in step.items], rng.randint(0, len(step.items)))
    if isinstance(step, model.RateStep):
        return rng.randint(step.min, step.max)
    if isinstance(step, model.TimerStep):
        return {"minutes": float(rng.choice(step.bounds))}
    if isinstance(step, model.MirrorStep):
        return {"rounds": [{"text": sentence(rng), "verdict": "got_it"}], "done": True}
    if isinstance(step, model.AgreeStep):
        source = [(a, v) for (sid, a), v in answers.items() if sid == step.source]
        statement = answer_text(ex.step(step.source), source[0][1], ex) if source else ex.text(step.statement)
        return {"confirmed_by": list(PARTNER_KEYS), "statement": statement}
    if isinstance(step, model.ScheduleStep):
        # As the picker stores it: an ISO moment within the allowed hours (the day is not
        # known here, so a fixed evening hour in UTC stands in).
        return f"2026-01-01T{rng.randint(17, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}:00.000+00:00"
    raise AssertionError(step.kind)


def _authors(step: model.StepBase, binding: dict[str, str]) -> list[str]:
    if step.who == "each":
        first = next(iter(binding.values()), "partner_a")
        return [first, OTHER[first]]
    if step.who in PARTNER_KEYS or step.who == "together":
        return [step.who]
    return [binding.get(step.who, "together")]


def _row_id(table: str, n: int) -> str:
    """A UUID for row ``n`` of ``table``, the same in every generation (so the cache key holds)."""
    return str(uuid.UUID(int=(sorted(TABLES).index(table) << 64) | n, version=4))


TABLES = ("runs", "answers", "ratings", "pauses", "boundaries", "agreements")


@dataclass
class _Run:
    """One run being generated, and the rows it has added so far."""

    rows: dict[str, list[dict[str, Any]]]
    ex: model.Exercise
    id: str
    binding: dict[str, str]
    finished: bool
    revealed: set[str]  # the steps a reveal step shows
    state: dict[str, Any]  # the engine's saved state of the run
    answers: dict[tuple[str, str], Any] = field(default_factory=dict)


def _binding(ex: model.Exercise, first: str) -> dict[str, str]:
    """Who plays which role, with ``first`` chosen to go first."""
    if ex.who == "solo":
        return {"self": first}
    return {ex.roles.first: first, ex.roles.second: OTHER[first]} if ex.roles else {}


def _start_timer(run: _Run, step: model.TimerStep, moment: datetime, rng: random.Random) -> None:
    """The timer's state (start_timer) and, for a pause that announces its return, its row (_finish)."""
    minutes = step.minutes
    timer: dict[str, Any] = {"deadline": iso(moment + timedelta(minutes=minutes)), "minutes": minutes}
    if step.announce_return:
        pauses, ex = run.rows["pauses"], run.ex
        pauses.append({
            "id": _row_id("pauses", len(pauses)), "run_id": run.id, "step_id": step.id,
            "caller": run.binding.get(ex.roles.first) if ex.roles else None, "minutes": minutes,
            "started_at": iso(moment), "return_at": timer["deadline"],
            "ended_at": iso(moment + timedelta(minutes=minutes + rng.randint(0, 10))), "outcome": "completed",
        })  # fmt: skip
        timer.update(pause_id=pauses[-1]["id"], ended=True)
    run.state["timers"][step.id] = timer


def _agree(run: _Run, step: model.AgreeStep, value: Any, moment: datetime) -> None:
    """Both confirm the statement; it is kept as an agreement or a boundary if the step says so (_complete)."""
    run.state["confirmed"][step.id] = list(PARTNER_KEYS)
    if step.saves_as == "agreement":
        run.rows["agreements"].append({"run_id": run.id, "statement": value["statement"], "created_at": iso(moment)})
    elif step.saves_as == "boundary":
        chosen = [o for (sid, _), v in run.answers.items() if sid == step.status_from for o in v.get("selected", [])]
        status = next((step.statuses[o] for o in chosen if o in step.statuses), "stated")
        author = _authors(run.ex.step(step.source), run.binding)[0] if step.source else "together"
        run.rows["boundaries"].append({"run_id": run.id, "author": author, "statement": value["statement"], "status": status,
                                       "created_at": iso(moment), "updated_at": iso(moment)})  # fmt: skip


def _answer(run: _Run, step: model.StepBase, author: str, moment: datetime, rng: random.Random) -> None:
    """One author's answer to ``step`` (Run.set_answer), with the rows that come with it."""
    ex = run.ex
    value = _value(step, ex, run.answers, rng)
    if isinstance(step, model.TimerStep) and step.id in run.state["timers"]:
        run.state["timers"][step.id]["minutes"] = value["minutes"]
    run.answers[(step.id, author)] = value
    run.rows["answers"].append({
        "run_id": run.id, "step_id": step.id, "author": author, "kind": str(step.kind),
        "value": json.dumps(value), "text": answer_text(step, value, ex), "private": int(step.private),
        "sealed": int(step.who == "each" or step.private),
        "revealed_at": iso(moment) if step.id in run.revealed and not step.private and run.finished else None,
        "created_at": iso(moment), "updated_at": iso(moment),
    })  # fmt: skip
    if isinstance(step, model.RateStep):
        run.rows["ratings"].append(
            {
                "run_id": run.id,
                "step_id": step.id,
                "author": author,
                "scale": step.scale or step.id,
                "value": value,
                "at": iso(moment),
            }
        )
    if isinstance(step, model.AgreeStep):
        _agree(run, step, value, moment)


def _do_step(run: _Run, index: int, step: model.StepBase, moment: datetime, rng: random.Random) -> datetime:
    """Step ``index`` of the run, done at about ``moment``; returns the moment it is done."""
    moment += timedelta(seconds=rng.randint(20, 240))
    state = run.state
    state["index"] = index
    state["history"] += [[index, turn, run.binding] for turn in range(2 if step.who == "each" else 1)]
    if isinstance(step, model.TurnsStep):
        state["turns"][step.id] = step.rounds * 2
    if isinstance(step, model.TimerStep):
        _start_timer(run, step, moment, rng)
        moment += timedelta(minutes=step.minutes)
    if not step.answers():
        return moment
    for author in ["together"] if isinstance(step, model.AgreeStep) else _authors(step, run.binding):
        _answer(run, step, author, moment, rng)
    return moment


def _add_run(
    rows: dict[str, list[dict[str, Any]]], ex: model.Exercise, day: date, rng: random.Random, finished: bool
) -> None:
    """One run of ``ex`` on ``day``, with the rows the engine writes for it (Run.set_answer,
    _complete, start_timer, _finish): runs, answers, ratings, pauses, boundaries, agreements."""
    run_id = _row_id("runs", len(rows["runs"]))
    binding = _binding(ex, rng.choice(PARTNER_KEYS))
    moment = datetime.combine(day, datetime.min.time()).astimezone() + timedelta(hours=19, minutes=rng.randint(0, 150))
    started = moment
    revealed = {sid for s in ex.steps if isinstance(s, model.RevealStep) for sid in s.steps}
    state: dict[str, Any] = {
        "index": 0,
        "turn": 0,
        "history": [],
        "timers": {},
        "turns": {},
        "confirmed": {},
        "finished": finished,
    }
    run = _Run(rows, ex, run_id, binding, finished, revealed, state)
    steps = ex.steps if finished else ex.steps[: len(ex.steps) // 2]
    for index, step in enumerate(steps):
        if not isinstance(step, model.BranchStep):
            moment = _do_step(run, index, step, moment, rng)
    rows["runs"].append({
        "id": run_id, "exercise_id": ex.id, "exercise_version": ex.version, "title": ex.text(ex.title), "day": day.isoformat(),
        "binding": json.dumps(binding), "state": json.dumps(state), "status": "finished" if finished else "left",
        "started_at": iso(started), "updated_at": iso(moment), "finished_at": iso(moment) if finished else None,
    })  # fmt: skip


def generate_history(path: Path, years: int, today: date) -> dict[str, int]:
    """One couple's ``years`` of history up to yesterday, bulk-inserted into a Store database."""
    make_data_dir(path.parent)
    library = load_library(builtin_exercises())
    rng = random.Random(10)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    first_day = today - timedelta(days=round(365.25 * years))
    for offset in range((today - first_day).days):
        day = first_day + timedelta(days=offset)
        for exercise_id in _plan(day, first_day, rng):
            ex = library.get(exercise_id)
            assert ex is not None, exercise_id
            _add_run(rows, ex, day, rng, finished=rng.random() > 0.03)
    store = Store.open(path, SystemClock())
    device = store.connection.device
    with store.db.atomic():
        for table, items in rows.items():
            for n, item in enumerate(items):
                item.setdefault("id", _row_id(table, n))
                created = item.get("created_at") or item.get("started_at") or item["at"]
                item.update(created_at=created, device=device)
                item.setdefault("updated_at", item.get("ended_at") or created)
            store.db[table].insert_all(items, batch_size=500)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return {table: len(items) for table, items in rows.items()}


def history_database(years: int) -> tuple[Path, dict[str, int], bool]:
    """The cached ten-year database, keyed by the schema, this generator and today's date."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "schema.db", SystemClock())
        schema = "\n".join(
            r[0] for r in store.db.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        )
        store.close()
    today = date.today()
    # The whole of this module: every function of the generator, its helpers and its word lists.
    generator = Path(__file__).read_text(encoding="utf-8")
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
