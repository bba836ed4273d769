"""A sample couple's history, made up: for ``couplesdesk demo``, the screenshots and the
benchmarks (which ask it for ten years).

:func:`generate` writes runs, answers, ratings, pauses, boundaries and agreements shaped as
the run engine writes them (what a reveal shows is revealed, what is private stays private,
a few runs are left unfinished), day by day up to the day before ``today``, and the same every
time for the same days and seed. Qt-free.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .core import model
from .core.clock import SystemClock, iso
from .core.engine import OTHER, answer_text
from .core.library import Library, load_library
from .core.people import PARTNERS
from .paths import DataPaths
from .resources import builtin_exercises
from .storage import Store
from .storage.bulk import insert_rows

NAMES = (("Alex", "#B0583E"), ("Sam", "#4F7358"))

SENTENCES = (
    "You made tea for me without asking, and it felt like care.",
    "Work was long and the meeting drained me more than I showed.",
    "I missed you at lunch.",
    "The kids were loud, but we laughed about it later.",
    "I felt calm on the walk home.",
    "Thank you for listening when I was tense.",
    "I would like a quiet evening together.",
    "I worry about money sometimes; it helps when you tell me your plans early.",
    "The rain made everything slow.",
    "I appreciated the message you sent in the afternoon.",
    "My sister called and we talked for an hour.",
    "I finally finished the report I had been putting off.",
    "Dinner with your parents went better than I expected.",
    "I noticed I was short with you this morning, and I am sorry.",
    "The garden looks lovely after the weekend.",
    "I slept badly and felt on edge all day.",
    "I liked cooking together tonight.",
    "I felt left out when plans changed without a word.",
    "It meant a lot that you asked how my day really was.",
    "I am looking forward to our trip.",
    "The dog walk in the frost was beautiful.",
    "I felt proud of how we handled the call with the school.",
    "I need a little more time to myself on Sunday mornings.",
    "You remembered my appointment, and that felt good.",
    "I was anxious about the doctor, and you stayed close.",
    "The new neighbours seem friendly.",
    "We did not argue about the dishes, which felt like progress.",
    "I found an old photo of us on the beach.",
)
PHRASES = (
    "tired", "left out", "rushed", "hopeful", "close to you", "overwhelmed", "relieved", "unheard",
    "plans changed at the last minute", "you came home late", "the dishes piled up", "you held my hand",
    "we talked about money", "you asked about my day", "the phone stayed away at dinner", "you laughed at my joke",
)  # fmt: skip


def sentence(rng: random.Random, lo: int = 6, hi: int = 40) -> str:
    """Whole sentences from the sample's words, about ``lo`` to ``hi`` words long in all."""
    target = rng.randint(lo, hi)
    chosen: list[str] = []
    while sum(len(s.split()) for s in chosen) < target:
        chosen.append(rng.choice(SENTENCES))
    return " ".join(chosen)


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
        return {name: _blank(ex, blank, rng) for name, blank in step.blanks.items()}
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
        statement = (
            answer_text(ex.step(source_id), source[0][1], ex)
            if source and (source_id := step.source)
            else ex.text(step.statement)
        )
        return {"confirmed_by": list(PARTNERS), "statement": statement}
    if isinstance(step, model.ScheduleStep):
        # As the picker stores it: an ISO moment within the allowed hours (the day is not
        # known here, so a fixed evening hour in UTC stands in).
        return f"2026-01-01T{rng.randint(17, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}:00.000+00:00"
    raise AssertionError(step.kind)


def _blank(ex: model.Exercise, blank: model.Blank, rng: random.Random) -> str:
    """Words for a blank: one of its suggestions, or the example its hint gives, or a phrase."""
    if blank.suggestions:
        return ex.text(rng.choice(blank.suggestions))
    hint = ex.text(blank.hint)
    if "e.g. " in hint and rng.random() < 0.7:
        return hint.split("e.g. ", 1)[1].rstrip(".)")
    return rng.choice(PHRASES)


def _authors(step: model.StepBase, binding: dict[str, str]) -> list[str]:
    if step.who == "each":
        first = next(iter(binding.values()), "partner_a")
        return [first, OTHER[first]]
    if step.who in PARTNERS or step.who == "together":
        return [step.who]
    return [binding.get(step.who, "together")]


TABLES = ("runs", "answers", "ratings", "pauses", "boundaries", "agreements")


def row_id(table: str, n: int) -> str:
    """A UUID for row ``n`` of ``table``, the same in every generation."""
    return str(uuid.UUID(int=(sorted(TABLES).index(table) << 64) | n, version=4))


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
            "id": row_id("pauses", len(pauses)), "run_id": run.id, "step_id": step.id,
            "caller": run.binding.get(ex.roles.first) if ex.roles else None, "minutes": minutes,
            "started_at": iso(moment), "return_at": timer["deadline"],
            "ended_at": iso(moment + timedelta(minutes=minutes + rng.randint(0, 10))), "outcome": "completed",
        })  # fmt: skip
        timer.update(pause_id=pauses[-1]["id"], ended=True)
    run.state["timers"][step.id] = timer


def _agree(run: _Run, step: model.AgreeStep, value: Any, moment: datetime) -> None:
    """Both confirm the statement; it is kept as an agreement or a boundary if the step says so (_complete)."""
    run.state["confirmed"][step.id] = list(PARTNERS)
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
        "sealed": int(step.who == "each" or step.private or ex.who == "solo"),
        "revealed_at": iso(moment) if step.id in run.revealed and not step.private and run.finished else None,
        "created_at": iso(moment), "updated_at": iso(moment),
    })  # fmt: skip
    if isinstance(step, model.RateStep):
        run.rows["ratings"].append({"run_id": run.id, "step_id": step.id, "author": author,
                                    "scale": step.scale or step.id, "value": value, "at": iso(moment)})  # fmt: skip
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
    run_id = row_id("runs", len(rows["runs"]))
    binding = _binding(ex, rng.choice(PARTNERS))
    moment = datetime.combine(day, datetime.min.time()).astimezone() + timedelta(hours=19, minutes=rng.randint(0, 150))
    started = moment
    revealed = {sid for s in ex.steps if isinstance(s, model.RevealStep) for sid in s.steps}
    state: dict[str, Any] = {"index": 0, "turn": 0, "history": [], "timers": {}, "turns": {}, "confirmed": {},
                             "finished": finished}  # fmt: skip
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


def history_rows(first_day: date, today: date, library: Library, seed: int = 10) -> dict[str, list[dict[str, Any]]]:
    """Every row of the couple's history from ``first_day`` up to the day before ``today``."""
    rng = random.Random(seed)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for offset in range((today - first_day).days):
        day = first_day + timedelta(days=offset)
        for exercise_id in _plan(day, first_day, rng):
            ex = library.get(exercise_id)
            assert ex is not None, exercise_id
            _add_run(rows, ex, day, rng, finished=rng.random() > 0.03)
    return rows


def generate(store: Store, first_day: date, today: date, seed: int = 10) -> dict[str, int]:
    """The sample couple's history from ``first_day`` to yesterday, written into ``store``
    (which holds nothing else yet); returns how many rows of each table it wrote."""
    rows = history_rows(first_day, today, load_library(builtin_exercises(), translations=False), seed)
    for table, items in rows.items():
        for n, item in enumerate(items):
            item.setdefault("id", row_id(table, n))
    insert_rows(store, rows)
    return {table: len(items) for table, items in rows.items()}


def set_up_couple(store: Store) -> None:
    """The sample couple's names and colours, the safety note read (so the app opens on Today)."""
    (a_name, a_color), (b_name, b_color) = NAMES
    store.couple.save(a_name, a_color, b_name, b_color)
    store.couple.acknowledge_safety()


DEMO_MONTHS = 6


def fill_demo(database: Path, today: date | None = None) -> dict[str, int]:
    """A new database at ``database`` holding the sample couple's last six months."""
    today = today or date.today()
    store = Store.open(database, SystemClock(), check=False)
    try:
        set_up_couple(store)
        return generate(store, today - timedelta(days=round(30.5 * DEMO_MONTHS)), today, seed=6)
    finally:
        store.close()


def demo_command(paths: DataPaths) -> int:
    """``couplesdesk demo``: the sample couple's six months in an empty data folder; refused
    for a folder that holds data already (nothing made up is ever mixed with a couple's own)."""
    from .commands import say
    from .storage import encryption

    held = paths.database.exists() or encryption.is_encrypted(paths.root)
    if held or (paths.backups.is_dir() and any(paths.backups.iterdir())):
        say(
            f"{paths.root} already holds CouplesDesk data, so no sample was added: made-up entries are never mixed "
            "with a couple's own. Choose a new folder, e.g. couplesdesk demo --data-dir ~/couplesdesk-sample",
            True,
        )
        return 1
    paths.ensure()
    counts = fill_demo(paths.database)
    a, b = (name for name, _ in NAMES)
    say(
        f"Filled {paths.root} with {a} and {b}'s last {DEMO_MONTHS} months: {counts['runs']} exercises, "
        f"{counts['pauses']} pauses, {counts['boundaries']} boundaries, {counts['agreements']} agreements. "
        "Everything in it is made up."
    )
    say(f"Open it with: couplesdesk --data-dir {paths.root}")
    return 0
