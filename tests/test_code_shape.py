"""The house rules, checked: small rooms, one formatter, strict types, and a Qt-free core.

Part of the test run (and so of CI): a change that breaks one of them fails like a bug.
"""

from __future__ import annotations

import ast
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import couplesdesk

ROOT = Path(__file__).resolve().parents[1]
CODE = [ROOT / "src", ROOT / "benchmarks", ROOT / "tools"]
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
SCHEMA_DEFINITIONS = ROOT / "src" / "couplesdesk" / "storage" / "migrations"
"""Migrations spell out whole tables: the function-length rule does not apply to them."""


def python_files(*roots: Path) -> list[Path]:
    return sorted(p for root in roots for p in root.rglob("*.py") if ".venv" not in p.parts)


def test_no_module_is_over_500_lines():
    long = {
        str(p.relative_to(ROOT)): n
        for p in python_files(*CODE, ROOT / "tests")
        if (n := p.read_text(encoding="utf-8").count("\n")) > MAX_MODULE_LINES
    }
    assert long == {}


def test_no_function_is_over_60_lines():
    long = []
    for path in python_files(*CODE):
        if SCHEMA_DEFINITIONS in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    assert long == []


def _tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing_and_the_code_is_formatted():
    paths = ["src", "tests", "benchmarks", "tools"]
    lint = _tool("ruff", "check", *paths)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    formatted = _tool("ruff", "format", "--check", *paths)
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


def test_mypy_strict_passes_on_the_whole_package():
    result = _tool("mypy")  # settings, strict on every module, in pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr


def _modules_outside_the_gui() -> list[str]:
    names = []
    for module in pkgutil.walk_packages(couplesdesk.__path__, "couplesdesk."):
        if module.name.startswith("couplesdesk.gui") or module.name == "couplesdesk.__main__":
            continue
        names.append(module.name)
    return names


def test_no_module_outside_the_gui_imports_qt():
    """The core, storage, the command line and the entry points import PySide6 only when a
    window is really opened; importing any of them leaves Qt out (qutebrowser's rule)."""
    modules = _modules_outside_the_gui()
    assert {"couplesdesk.core.engine", "couplesdesk.storage.store", "couplesdesk.cli", "couplesdesk.app"} <= set(
        modules
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    assert 'PySide6' not in sys.modules, name\n"
        "print(len(sys.modules))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize("path", [ROOT / "README.md", ROOT / "docs" / "architecture.md"])
def test_the_developer_docs_name_the_packages_that_exist(path):
    text = path.read_text(encoding="utf-8")
    for package in ("core", "storage", "gui"):
        assert f"src/couplesdesk/{package}/" in text, package
