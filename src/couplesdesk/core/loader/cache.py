"""The exercise library's cache: the app's loads skip the TOML parser, the upgrade and the checks
for files whose bytes it has seen, as Python's hash-checked ``.pyc`` files skip compiling.

Per exercise file (by path) it keeps the blake2b digest of the file's bytes, what the model was
given (the file's TOML as the current format reads it, after :func:`~.versions.upgrade`) and the
warnings the file gave. A file whose bytes have the kept digest is validated from that data
alone (``Exercise.model_validate``, a fifth of a full load): the checks, the sealed-answer
checks among them, passed for exactly these bytes with this loader. Any other file is loaded as
always; a file that does not load is never kept, so its problems are found afresh every time.

The cache names the loader it was made with (:func:`loader_fingerprint`: CouplesDesk's version,
and the name, size and modification time of every module of ``core/model`` and ``core/loader``),
so a loader that changed, in an editable install too, never trusts an older cache.

One file per data folder (``DataPaths.library_cache``): a line of JSON (the format, the loader's
fingerprint, a CRC-32 of the rest), then a line per file (:class:`_Kept`). Anything wrong with
it (missing, cut short, damaged, another loader's) means no cache: the library loads as without
one, and a fresh cache is written (a line of the wrong shape: that file loads as without one). It is written only when something changed, whole or not at all (a
temporary file in the same folder, then replaced), readable by this user alone; when it cannot
be written, the library has loaded all the same.

Only the app's own loads use it (no check of missing translations, warnings without their
lines); ``couplesdesk validate`` reads every file itself.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import zlib
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import pydantic
from pydantic import ValidationError

from ... import __version__
from ...whole_files import write_whole
from ..model import Exercise
from .parse import PARSER, parse_exercise_keeping_data, read_exercise_file
from .problems import Loaded, Problem

log = logging.getLogger("couplesdesk.library")

FORMAT = 1
"""The layout of the cache file; another number is no cache."""
_CORE = Path(__file__).resolve().parents[1]
LOADER = (_CORE / "model", _CORE / "loader")
"""The folders whose modules turn a file's bytes into an exercise or into problems."""
ALSO = (_CORE / "safe_text.py", _CORE / "people.py")
"""Modules outside them that the checks and the model read (unsafe characters, the partners)."""


def loader_fingerprint() -> str | None:
    """What the cache's entries were made with: the versions of CouplesDesk, Python (its Unicode
    tables), pydantic and the TOML parser, and each of the loader's modules by name, size and
    modification time. None when the modules are not plain files (nothing is cached then)."""
    parts = [__version__, sys.version, pydantic.VERSION, PARSER]
    try:
        for folder in LOADER:
            modules = sorted((entry.name, entry.stat()) for entry in os.scandir(folder) if entry.name.endswith(".py"))
            if not modules:
                return None
            parts += (f"{folder.name}/{name} {st.st_size} {st.st_mtime_ns}" for name, st in modules)
        for module in ALSO:
            st = module.stat()
            parts.append(f"{module.name} {st.st_size} {st.st_mtime_ns}")
    except OSError:
        return None
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=32).hexdigest()


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=32).hexdigest()


@dataclass(frozen=True)
class _Kept:
    """One file's line of the cache: ``"<path as JSON>" TAB <digest> TAB [<data>, <warnings>]``
    (as JSON, each warning ``[message, line, column, field, warning]``). The data is decoded only
    when the file's bytes are the same: one small decode at a time, never the whole cache at once
    (a worker decoding 10 MB of JSON in one call would hold up the window for 80 ms)."""

    digest: str
    line: bytes
    start: int  # where the data begins

    def found(self) -> tuple[dict[str, Any], list[list[Any]]] | None:
        """The model's data and the warnings, or None if they are not of that shape."""
        try:
            found = json.loads(self.line[self.start :])
        except (ValueError, RecursionError):
            return None
        if not isinstance(found, list) or len(found) != 2:
            return None
        raw, warnings = found
        if not isinstance(raw, dict) or not isinstance(warnings, list) or not all(map(_is_warning, warnings)):
            return None
        return raw, warnings


class LibraryCache:
    """The cache of one data folder, for one load of the library: :meth:`load` each file, then
    :meth:`save`. Neither reading nor writing the cache file ever raises."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fingerprint = loader_fingerprint()
        kept = _read(path, self._fingerprint) if self._fingerprint is not None else None
        self._kept: dict[str, _Kept] = kept or {}
        self._stale = kept is None  # no usable cache file: write one
        self._now: dict[str, bytes] = {}  # the lines of this load's files, as they are now

    def load(self, file: Traversable) -> Loaded:
        """Load one exercise file as ``load_exercise_with_warnings(file, locate_warnings=False,
        translations=False)`` does, from the cache when its bytes are the ones kept. Raises
        :class:`ExerciseFileError` with every problem."""
        name = str(file)
        data = read_exercise_file(file)
        digest = _digest(data)
        kept = self._kept.get(name)
        found = kept.found() if kept is not None and kept.digest == digest else None
        if kept is not None and found is not None:
            raw, warnings = found
            try:
                exercise = Exercise.model_validate(raw)
            except ValidationError:  # not what this loader made: read the file itself
                pass
            else:
                self._now[name] = kept.line
                return Loaded(exercise, [Problem(name, *warning) for warning in warnings])
        loaded, raw = parse_exercise_keeping_data(data, name, locate_warnings=False, translations=False)
        warnings = [[w.message, w.line, w.column, w.field, w.warning] for w in loaded.warnings]
        try:  # JSON escapes tabs and line breaks inside strings: the line holds none of its own
            line = b"\t".join((json.dumps(name).encode(), digest.encode(), json.dumps([raw, warnings]).encode()))
        except (TypeError, ValueError, RecursionError):
            return loaded  # a TOML date or time has no JSON: this file is read from its TOML every time
        self._now[name] = line
        self._stale = True
        return loaded

    def save(self) -> None:
        """Write the cache file if anything changed (a file read from its TOML, a file gone or no
        longer loading); whole or not at all. A failure to write it is only logged."""
        if self._fingerprint is None or not (self._stale or self._now.keys() != self._kept.keys()):
            return
        body = b"".join(line + b"\n" for line in self._now.values())
        header = json.dumps({"format": FORMAT, "fingerprint": self._fingerprint, "check": zlib.crc32(body)})
        try:
            _write(self.path, header.encode() + b"\n" + body)
        except OSError as exc:
            log.info("The exercise library's cache could not be written (%s): it loads without it", exc)
            return
        self._stale = False


def _read(path: Path, fingerprint: str) -> dict[str, _Kept] | None:
    """The lines of the cache file by path, or None when there is none made by this loader, whole."""
    try:
        data = path.read_bytes()
        head, *lines, last = data.split(b"\n")
        header = json.loads(head)
        if not isinstance(header, dict) or header.get("format") != FORMAT or last != b"":
            return None
        check = zlib.crc32(memoryview(data)[len(head) + 1 :])
        if header.get("fingerprint") != fingerprint or header.get("check") != check:
            return None
        kept = {}
        for line in lines:
            parts = line.split(b"\t", 2)
            name = json.loads(parts[0])
            if len(parts) != 3 or not isinstance(name, str):
                return None
            kept[name] = _Kept(parts[1].decode("ascii"), line, len(parts[0]) + len(parts[1]) + 2)
        return kept
    except (OSError, ValueError, RecursionError):  # ValueError: not JSON, not ASCII, not a header and lines
        return None


def _is_warning(found: Any) -> bool:
    """``[message, line, column, field, warning]``, as a :class:`Problem` takes them."""
    if not isinstance(found, list) or len(found) != 5:
        return False
    message, line, column, field, warning = found
    numbers = all(n is None or (isinstance(n, int) and not isinstance(n, bool)) for n in (line, column))
    return isinstance(message, str) and numbers and isinstance(field, str) and isinstance(warning, bool)


def _write(path: Path, data: bytes) -> None:
    """``data`` as the file at ``path``, whole or not at all; the folder 0700, the file 0600."""
    path.parent.mkdir(mode=0o700, exist_ok=True)  # never a data folder of its own: only in one that is there
    write_whole(path, data, durable=False)  # a cache: its check says when it is not whole
