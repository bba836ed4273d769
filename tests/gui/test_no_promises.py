"""No text in the app promises what does not exist yet: no 'progress chart' (care.md plans
some of them; until they are built, the screens do not mention them). History, the list of
your agreements and Export exist now (issue 11), and so do session reports (issue 12)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import couplesdesk.gui

PROMISES = re.compile(r"\b(charts?)\b", re.IGNORECASE)


def shown_strings(path: Path) -> list[str]:
    """The string constants of a module, leaving out docstrings (those are for developers)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            docstrings.add(id(node.value))  # attribute docstrings, too
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_screen_promises_a_chart():
    folder = Path(couplesdesk.gui.__file__).parent
    found = [
        f"{path.relative_to(folder)}: {text.strip()[:80]!r}"
        for path in sorted(folder.rglob("*.py"))
        for text in shown_strings(path)
        if PROMISES.search(text)
    ]
    assert found == []
