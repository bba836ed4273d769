"""Accepting a homework plan: its bundled exercises written into the couple's exercise folder
(all of them or none), and the plan's values ready for ``store.plans.add``."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...storage.records import NewPlan
from ..model import Exercise
from ..plan import Plan


def new_plan(plan: Plan, text: str) -> NewPlan:
    items = tuple(
        (item.exercise, item.often, item.times, item.first_day(plan), item.last_day(plan), item.note)
        for item in plan.items
    )
    return NewPlan(
        plan.id, plan.title, plan.therapist.name, plan.therapist.contact, plan.therapist.recipient, plan.couple,
        plan.starts, plan.ends, plan.note, text, items,
    )  # fmt: skip


BEFORE = ".before-homework"
"""The ending of the copy kept of an exercise file a bundled one replaced (not ``.toml``, so
the library does not load it twice)."""


@dataclass
class Installed:
    """Bundled exercises written into the exercise folder, and how to take them back out."""

    paths: dict[str, Path] = field(default_factory=dict)
    """Exercise id -> the file now holding it."""
    kept: list[Path] = field(default_factory=list)
    """Copies of the couple's own files that a bundled exercise replaced (see ``BEFORE``)."""
    _earlier: dict[Path, bytes | None] = field(default_factory=dict)

    def keep_aside(self, target: Path, before: bytes, new: bytes) -> None:
        """A file about to be replaced by different words is first copied beside itself (once:
        a copy already there is the earliest, the couple's own), so nothing they wrote is lost."""
        aside = target.with_name(target.name + BEFORE)
        if before == new or aside.exists() or aside.is_symlink():
            return
        self.kept.append(aside)
        aside.write_bytes(before)

    def undo(self) -> None:
        """Put the folder back as it was (the plan could not be saved after all)."""
        for aside in self.kept:
            with contextlib.suppress(OSError):
                aside.unlink()
        for path, before in self._earlier.items():
            with contextlib.suppress(OSError):
                if before is None:
                    path.unlink()
                else:
                    path.write_bytes(before)


def install_bundled(
    bundled: Sequence[tuple[Exercise, str]], folder: Path, existing: dict[str, Path] | None = None
) -> Installed:
    """Write each (exercise, file text) into ``folder`` as ``<id>.toml`` (or over the file that
    holds that id already, in ``existing``, if it is in ``folder``): every file is written aside
    first, then each moved into place, so a failure leaves the folder as it was. A file of the
    couple's own that a bundled one replaces is kept beside it (``Installed.kept``). Raises OSError."""
    installed = Installed()
    staged: list[tuple[str, Path, Path]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for exercise, text in bundled:
            target = (existing or {}).get(exercise.id) or folder / f"{exercise.id}.toml"
            if target.parent.resolve() != folder.resolve():
                target = folder / f"{exercise.id}.toml"  # never a file outside the exercise folder
            handle, aside = tempfile.mkstemp(prefix=".plan-", suffix=".tmp", dir=folder)
            staged.append((exercise.id, Path(aside), target))
            with os.fdopen(handle, "wb") as fh:
                fh.write(text.encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
        for _, written, target in staged:
            before = target.read_bytes() if target.exists() else None
            installed._earlier[target] = before
            if before is not None:
                installed.keep_aside(target, before, written.read_bytes())
        for exercise_id, written, target in staged:
            os.replace(written, target)
            installed.paths[exercise_id] = target
    except OSError:
        installed.undo()
        for _, moved, _ in staged:
            with contextlib.suppress(OSError):
                moved.unlink()
        raise
    return installed
