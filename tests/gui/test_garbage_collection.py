"""Python's cycle collector never runs on the database worker.

If it did, the worker could free a widget's wrapper while the GUI thread swaps a step: each
thread then waits for a lock the other holds, and the window freezes for good (the privacy
walk hung exactly so, inside ``RunPage._clear_step``).
"""

from __future__ import annotations

import gc
import threading

from couplesdesk.gui.garbage import GarbageCollector, collect_on_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _make_cycles(store, count=50_000):
    for _ in range(count):
        _Cycle()
    return count


def test_collections_happen_only_on_the_gui_thread(qtbot, services):
    collectors = []

    def record(phase, info):
        if phase == "start":
            collectors.append(threading.current_thread().name)

    collector = collect_on_gui_thread()
    collector.timer.stop()  # its own turn on the GUI thread would come while the worker runs on a slow machine
    gc.callbacks.append(record)
    try:
        with qtbot.waitSignal(services.database.idle, timeout=10_000):
            services.database.run(_make_cycles)
        assert gc.get_count()[0] > gc.get_threshold()[0], "the worker's garbage waits for the GUI thread"
        assert collectors == [], f"collected on {collectors}"

        collect_on_gui_thread().check()  # what the timer does
        assert collectors and set(collectors) == {threading.main_thread().name}
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        gc.callbacks.remove(record)
        collector.timer.start()


def test_there_is_one_collector_and_it_keeps_python_s_thresholds(qapp, services):
    first = collect_on_gui_thread()
    assert collect_on_gui_thread() is first
    assert qapp.findChildren(GarbageCollector) == [first]
    assert not gc.isenabled()
    assert first.timer.isActive()
    assert first.threshold[0] > 0
