"""The exercise library: the built-in exercises plus the couple's or therapist's own files.

Rules, documented in docs/exercise-format.md:

* A broken file is reported (file, line, field, message) and skipped; every other
  exercise still loads.
* A user file whose id is a built-in exercise's id is not loaded, and is reported: run
  history refers to exercises by id, so one id must always mean one exercise.
* Two user files with the same id: the first by file name is kept, the other reported.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from .loader import ExerciseFileError, Problem, load_exercise_with_warnings
from .loader.cache import LibraryCache
from .model import Exercise
from .stopping import Stopped

Origin = Literal["built-in", "yours"]


@dataclass(frozen=True)
class LibraryEntry:
    exercise: Exercise
    path: str
    origin: Origin


@dataclass
class Library:
    """Every exercise that loaded, by id, in a stable order; and every problem found."""

    entries: dict[str, LibraryEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    """Files that loaded but said something worth knowing (a format-1 field that changed)."""

    def __iter__(self) -> Iterator[LibraryEntry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, exercise_id: str) -> Exercise | None:
        entry = self.entries.get(exercise_id)
        return entry.exercise if entry else None

    def categories(self) -> list[str]:
        return sorted({e.exercise.category for e in self})


def _exercise_files(folder: Traversable) -> list[Traversable]:
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file()), key=lambda f: f.name)


def _load_into(
    library: Library,
    files: Iterable[Traversable],
    origin: Origin,
    stop: Callable[[], bool] | None = None,
    locate_warnings: bool = False,
    translations: bool = True,
    cache: LibraryCache | None = None,
) -> None:
    for file in files:
        if stop is not None and stop():
            raise Stopped
        name = str(file)
        try:
            if cache is not None:
                loaded = cache.load(file)
            else:
                loaded = load_exercise_with_warnings(file, locate_warnings=locate_warnings, translations=translations)
        except ExerciseFileError as exc:
            library.problems.extend(exc.problems)
            continue
        exercise = loaded.exercise
        library.warnings.extend(loaded.warnings)
        existing = library.entries.get(exercise.id)
        if existing is not None:
            if existing.origin == "built-in" and origin == "yours":
                message = (
                    f"uses the id '{exercise.id}', which belongs to the built-in exercise "
                    f'"{existing.exercise.text(existing.exercise.title)}"; give your version an id of its own '
                    f"(for example '{exercise.id}-ours') so your history stays clear"
                )
            else:
                message = f"uses the id '{exercise.id}', already used by {os.path.basename(existing.path)}; each exercise needs its own id"
            library.problems.append(Problem(name, message, None, None, "id"))
            continue
        library.entries[exercise.id] = LibraryEntry(exercise, name, origin)


def _load_folder(
    library: Library,
    folder: Traversable,
    origin: Origin,
    stop: Callable[[], bool] | None,
    translations: bool,
    cache: LibraryCache | None,
) -> None:
    try:
        files = _exercise_files(folder)
    except OSError as exc:  # e.g. a folder the app may not read: say so; the other folder still loads
        library.problems.append(Problem(str(folder), f"could not be read: {exc.strerror or exc}"))
        return
    _load_into(library, files, origin, stop, translations=translations, cache=cache)


def load_library(
    builtin: Traversable,
    user: Traversable | None = None,
    stop: Callable[[], bool] | None = None,
    translations: bool = True,
    cache: Path | None = None,
) -> Library:
    """Load the built-in folder, then the user folder (which may not exist yet). ``stop()``
    is asked between files: when it says so, :class:`Stopped` is raised (the app is closing).
    ``translations=False``: no warnings for missing translations (the app shows no warnings;
    ``couplesdesk validate`` does), which saves a third of the time.

    ``cache`` (only with ``translations=False``; the app's is ``DataPaths.library_cache``): the
    file of :class:`~.loader.cache.LibraryCache`. Files whose bytes it holds are not parsed or
    checked again (four times faster); it is brought up to date after the load. Whatever is
    wrong with it, or with writing it, the library loads the same.

    On the main thread, Python's cyclic garbage collector is paused meanwhile. Each exercise leaves about a
    hundred live objects, and while hundreds of files load the collector would walk all of
    them again and again, finding nothing: a third of the time at 1,000 files. Reference
    counting frees everything as usual; the collector runs again once the load is done.
    """
    if cache is not None and translations:
        raise ValueError("the library's cache is only for loads without the translation check")
    # Only the main thread touches the switch: a worker that turned it back on at the end could
    # undo the app's own choice (gui/garbage.py turns automatic collection off for good, so that
    # it never runs on a worker), made on the main thread while the worker was loading.
    paused = gc.isenabled() and threading.current_thread() is threading.main_thread()
    if paused:
        gc.disable()
    try:
        library = Library()
        cached = LibraryCache(cache) if cache is not None else None
        _load_folder(library, builtin, "built-in", stop, translations, cached)
        if user is not None:
            _load_folder(library, user, "yours", stop, translations, cached)
        if cached is not None:
            cached.save()
    finally:
        if paused:
            gc.enable()
    return library


def validate_paths(paths: Iterable[str | os.PathLike[str]]) -> Library:
    """Validate files and folders (folders: every ``*.toml`` inside, recursively): the
    library of what loaded, with every problem (including ids used twice) and warning."""
    library = Library()
    files: list[Traversable] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.toml") if p.is_file()))
        elif path.is_file():
            files.append(path)
        elif path.exists():  # opening a named pipe would wait forever
            message = "is not a regular file (a pipe, a device or a socket), so it was not read"
            library.problems.append(Problem(str(path), message))
        else:
            library.problems.append(Problem(str(path), "does not exist"))
    _load_into(library, files, "yours", locate_warnings=True)  # here someone reads them
    return library
