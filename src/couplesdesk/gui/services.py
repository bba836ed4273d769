"""What every page shares: data paths, exercise library, store, clock, and the change bus.

Pages get one ``Services`` object. They read through it and, after a write, announce what
changed on the bus (``services.bus.changed.emit("runs")``); each page decides whether to
refresh. No page polls the database and no page reaches into another.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ..core.clock import Clock, SystemClock
from ..core.library import Library, load_library
from ..core.store import Store
from ..paths import DataPaths
from ..resources import builtin_exercises


class ChangeBus(QObject):
    """Signals:

    changed(str): something was written; the argument names the area
        ("couple", "runs", "answers", "pauses", "boundaries").
    tick(): once a second (from the main window's timer; tests call ``MainWindow.tick()``
        after moving their clock), for countdowns.
    """

    changed = Signal(str)
    tick = Signal()


@dataclass
class Services:
    paths: DataPaths
    library: Library
    store: Store
    clock: Clock
    bus: ChangeBus = field(default_factory=ChangeBus)

    @classmethod
    def open(cls, paths: DataPaths, clock: Clock | None = None) -> Services:
        """Open the data dir. Raises StoreError (with a message for people) or OSError."""
        clock = clock or SystemClock()
        paths.ensure()
        library = load_library(builtin_exercises(), paths.user_exercises)
        store = Store.open(paths.database, clock, paths.backups)
        return cls(paths=paths, library=library, store=store, clock=clock)
