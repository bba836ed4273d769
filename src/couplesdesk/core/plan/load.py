"""Reading and checking plan files: a :class:`Plan` and its bundled exercises, or every problem
with its file, line and field, in words a therapist can act on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..loader.characters import character_problems
from ..loader.locator import Locator
from ..loader.messages import field_path
from ..loader.problems import Problem
from ..model import Exercise
from .bundled import BundledCheck, check_bundled
from .checks import check_plan
from .messages import plan_validation_problems
from .model import PLAN_FORMAT_VERSION, Plan
from .reading import Unreadable, decode, kind_of_file, parse_toml, read_bytes

Known = Callable[[str], bool] | set[str] | frozenset[str]

NO_RECIPIENT = (
    "has no age public key (recipient): reports the couple prepares will not be sealed for you, so "
    "anyone who gets the file can read it. Add your key (age1...) to keep reports for your eyes only"
)


@dataclass
class PlanLoad:
    """What reading a plan gave: the plan (None when anything is wrong), problems, warnings."""

    plan: Plan | None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    bundled: list[BundledCheck] = field(default_factory=list)
    text: str = ""
    """The file's whole text, kept with an imported plan so a report can cite it."""
    draft: Plan | None = None
    """The plan as read, even when a check found problems (the preview lists what it asks and
    what is wrong); None when the file could not be read as a plan at all."""

    @property
    def exercises(self) -> dict[str, Exercise]:
        """The bundled exercises that loaded, by id."""
        return {b.exercise.id: b.exercise for b in self.bundled if b.exercise is not None}


def _as_callable(known: Known) -> tuple[Callable[[str], bool], list[str]]:
    if callable(known):
        return known, []
    names = set(known)
    return names.__contains__, sorted(names)


def load_plan(
    path: Path | str,
    installed: Known,
    *,
    builtin: Known = frozenset(),
    today: dt.date | None = None,
    data: bytes | None = None,
) -> PlanLoad:
    """Read and check the plan file at ``path``. ``installed`` says which exercise ids this
    computer has; ``builtin`` which of them ship with the app (a bundled exercise may not take
    one of those ids). Never raises for what is in the file."""
    name = str(path)
    try:
        if data is None:
            data = read_bytes(Path(path))
        text = decode(data, name)
        raw = parse_toml(text, name)
    except Unreadable as exc:
        return PlanLoad(None, [exc.problem])
    try:
        return _check(raw, text, name, installed, builtin, today or dt.date.today())
    except RecursionError:
        return PlanLoad(None, [Problem(name, "is nested too deeply to read")], text=text)


def _version_problem(raw: dict[str, Any], name: str, locator: Locator) -> Problem | None:
    version = raw.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > PLAN_FORMAT_VERSION:
        message = (
            f"was made by a newer CouplesDesk (plan format {version}); this version reads format "
            f"{PLAN_FORMAT_VERSION}. Update CouplesDesk to open it, or ask your therapist for a plan in format "
            f"{PLAN_FORMAT_VERSION}"
        )
        return Problem(name, message, locator.line(("format_version",)), None, "format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version < 1:
        return Problem(
            name,
            f"expected {PLAN_FORMAT_VERSION}, found {version}",
            locator.line(("format_version",)),
            None,
            "format_version",
        )
    return None


def _check(raw: dict[str, Any], text: str, name: str, installed: Known, builtin: Known, today: dt.date) -> PlanLoad:
    locator = Locator(text)
    stop = kind_of_file(raw, name) or _version_problem(raw, name, locator)
    if stop is not None:
        return PlanLoad(None, [stop], text=text)
    unsafe = _characters(name, text, raw, locator)
    try:
        plan = Plan.model_validate(raw)
    except ValidationError as exc:
        return PlanLoad(None, unsafe + plan_validation_problems(name, raw, exc, locator), text=text)
    known, names = _as_callable(installed)
    is_builtin, _ = _as_callable(builtin)
    bundled = check_bundled(plan, name, text, is_builtin)
    bundled_ids = {b.declared_id for b in bundled if b.declared_id is not None}
    found = check_plan(plan, today, known, names, bundled_ids)
    problems = unsafe + [Problem(name, m, locator.line(loc), None, field_path(loc, raw)) for loc, m in found]
    problems += [p for b in bundled for p in b.problems]
    warnings = _warnings(plan, name, locator, bundled)
    problems.sort(key=lambda p: p.line or 0)
    return PlanLoad(None if problems else plan, problems, warnings, bundled, text, plan)


def _warnings(plan: Plan, name: str, locator: Locator, bundled: Iterable[BundledCheck]) -> list[Problem]:
    warnings: list[Problem] = []
    if plan.therapist.recipient is None:
        warnings.append(Problem(name, NO_RECIPIENT, locator.line(("therapist",)), None, "therapist.recipient", True))
    asked = {item.exercise for item in plan.items}
    for index, check in enumerate(bundled):
        warnings.extend(check.warnings)
        if check.exercise is not None and check.exercise.id not in asked:
            message = f"'{check.exercise.id}' is bundled but no item asks for it; it will be installed all the same"
            warnings.append(
                Problem(name, message, locator.line(("bundled", index)), None, f"bundled {check.file}", True)
            )
    return warnings


def _characters(name: str, text: str, raw: dict[str, Any], locator: Locator) -> list[Problem]:
    """Bidi controls and control characters in the plan's own fields (a bundled exercise's
    own check reports those in its text)."""
    bundled = raw.get("bundled")
    inside: set[int] = set()
    if isinstance(bundled, list):
        for index in range(len(bundled)):
            start = locator.line(("bundled", index, "text")) or 0
            inside.update(range(start, start + 1 + locator._value_span(start - 1)))
    return [p for p in character_problems(name, text, raw) if p.line not in inside]
