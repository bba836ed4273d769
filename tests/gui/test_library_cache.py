"""The app loads its exercise library with the data folder's cache (core/loader/cache.py): the
second time it opens on a data folder, no exercise file is parsed again."""

from __future__ import annotations

import os

from couplesdesk.core.loader import parse
from couplesdesk.paths import DataPaths
from couplesdesk.storage import Changes

from ..core.loader_helpers import sub
from .conftest import close_app


def _library_loaded(qtbot, window) -> None:
    """Wait for the library the window loads on its worker."""
    if window.services.library_if_loaded() is None:
        with qtbot.waitSignal(
            window.services.bus.changed, check_params_cb=lambda changes: bool(changes & Changes.LIBRARY), timeout=10_000
        ):
            pass


def test_the_app_opened_again_on_its_data_folder_loads_the_library_from_its_cache(
    qtbot, open_app, data_dir, monkeypatch
):
    paths = DataPaths(data_dir)
    paths.user_exercises.mkdir(parents=True)
    (paths.user_exercises / "ours.toml").write_text(sub('id = "base"', 'id = "ours"'), encoding="utf-8")
    parsed: list[str] = []
    toml = parse._toml

    def counting(text: str, name: str):
        parsed.append(os.path.basename(name))  # on the library's worker thread
        return toml(text, name)

    monkeypatch.setattr(parse, "_toml", counting)
    window = open_app()
    _library_loaded(qtbot, window)
    first = window.services.library
    assert len(first) == 15 and not first.problems
    assert len(parsed) == 15 and paths.library_cache.is_file()
    close_app(window)

    parsed.clear()
    window = open_app()
    _library_loaded(qtbot, window)
    again = window.services.library
    assert parsed == []
    assert [(e.exercise, e.origin) for e in again] == [(e.exercise, e.origin) for e in first]
    assert again.get("ours").text(again.get("ours").title) == "Base exercise"
    close_app(window)
