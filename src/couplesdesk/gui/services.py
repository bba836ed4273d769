"""What every page shares: the data paths, the exercise library, and the change bus.

Pages get one ``Services`` object. They read through it and, after a write, the bus
announces what changed (``changed("runs")``); each page decides whether to refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ..core.library import Library, load_library
from ..paths import DataPaths
from ..resources import builtin_exercises


class ChangeBus(QObject):
    """Signals:

    changed(str): something was written; the argument names the area
        ("couple", "runs", "answers", "pauses", "boundaries", "library").
    """

    changed = Signal(str)


@dataclass
class Services:
    paths: DataPaths
    library: Library
    bus: ChangeBus = field(default_factory=ChangeBus)

    @classmethod
    def open(cls, paths: DataPaths) -> Services:
        paths.ensure()
        library = load_library(builtin_exercises(), paths.user_exercises)
        return cls(paths=paths, library=library)
