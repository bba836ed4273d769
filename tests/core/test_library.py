"""The library's loading, beyond single files (those are in test_loader.py)."""

from __future__ import annotations

import gc

import pytest

from couplesdesk.core.library import load_library
from couplesdesk.resources import builtin_exercises


class _Unreadable(type(builtin_exercises())):
    """A folder the app may not list (as a folder without read permission, also for root)."""

    def iterdir(self):
        raise PermissionError(13, "Permission denied")


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was_found(tmp_path, enabled):
    """Loading pauses the cyclic collector (for speed) and must hand it back unchanged,
    also when a file is broken and when a folder cannot be read."""
    (tmp_path / "broken.toml").write_text("id = \n")
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        library = load_library(builtin_exercises(), tmp_path)
        assert len(library) == 14 and len(library.problems) == 1
        assert gc.isenabled() is enabled

        assert gc.isenabled() is enabled
        library = load_library(builtin_exercises(), _Unreadable(tmp_path))
        assert gc.isenabled() is enabled
        assert len(library) == 14
        assert [str(p) for p in library.problems] == [f"{tmp_path}: could not be read: Permission denied"]
    finally:
        gc.enable() if was else gc.disable()


def test_a_load_on_a_worker_never_turns_automatic_collection_back_on():
    """The app turns Python's automatic collection off for good (gui/garbage.py: it must never
    run on a worker). A library load on a worker that began while it was still on used to turn
    it back on when it finished, after the app had turned it off."""
    import gc
    import threading

    from couplesdesk.core.library import load_library
    from couplesdesk.resources import builtin_exercises

    started, switched = threading.Event(), threading.Event()

    def between_files() -> bool:
        started.set()
        switched.wait(5)  # the app turns collection off while this load is under way
        return False

    was = gc.isenabled()
    gc.enable()
    try:
        worker = threading.Thread(target=load_library, args=(builtin_exercises(), None, between_files))
        worker.start()
        assert started.wait(5)
        gc.disable()
        switched.set()
        worker.join(10)
        assert not gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()
