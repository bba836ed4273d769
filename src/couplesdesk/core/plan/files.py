"""Which files are plans: by their extension, ``.couplesdesk-plan``, or by what they hold (a
plan saved as ``.toml``), so ``couplesdesk validate`` checks each with the right reader."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

PLAN_SUFFIX = ".couplesdesk-plan"
PLAN_MIME = "application/x-couplesdesk-plan"
_PLAN_HEADER = re.compile(rb"^\s*(\[\[\s*items\s*\]\]|\[\s*therapist\s*\])", re.MULTILINE)


def is_plan_path(path: Path) -> bool:
    """A plan by name, or a .toml file with a plan's tables (``[[items]]``, ``[therapist]``),
    which no exercise has."""
    if path.name.endswith(PLAN_SUFFIX):
        return True
    if path.suffix != ".toml" or not path.is_file():
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
    except OSError:
        return False
    return _PLAN_HEADER.search(head) is not None


def split_paths(paths: Iterable[str]) -> tuple[list[Path], list[str]]:
    """(plan files, everything else) among files and folders (searched recursively)."""
    plans: list[Path] = []
    others: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith((".toml", PLAN_SUFFIX)))
            for file in found:
                (plans.append(file) if is_plan_path(file) else others.append(str(file)))
        elif path.is_file() and is_plan_path(path):
            plans.append(path)
        else:
            others.append(raw)
    return plans, others
