"""The library's cache (core/loader/cache.py): a load from it gives the library a load without it
gives, and whatever happens to the cache file, the library loads the same and nothing raises."""

from __future__ import annotations

import json
import os
import stat
import zlib

import pytest

from couplesdesk.core.library import Library, load_library
from couplesdesk.core.loader import cache as cache_module
from couplesdesk.core.loader import parse
from couplesdesk.paths import DataPaths
from couplesdesk.resources import builtin_exercises

from .loader_helpers import sub
from .test_format_2 import FORMAT_1_EVERY_FIELD

VALID = sub('id = "base"', 'id = "ours"')
WARNED = sub('id = "base"', 'id = "old-style"', FORMAT_1_EVERY_FIELD)  # format 1: loads, with two warnings
BROKEN = "id = \n"
EVERY_FILE = 14 + 4  # the built-ins and the data folder's four


@pytest.fixture
def data(tmp_path) -> DataPaths:
    """A data folder with a valid file, one that loads with warnings, a broken one and one that
    takes a built-in exercise's id."""
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    (paths.user_exercises / "ours.toml").write_text(VALID, encoding="utf-8")
    (paths.user_exercises / "old-style.toml").write_text(WARNED, encoding="utf-8")
    (paths.user_exercises / "broken.toml").write_text(BROKEN, encoding="utf-8")
    (paths.user_exercises / "taken.toml").write_text(sub('id = "base"', 'id = "timed-pause"'), encoding="utf-8")
    return paths


def load(paths: DataPaths, cache: bool = True) -> Library:
    """As the app loads its library (gui/services.py), with its cache or without one."""
    return load_library(
        builtin_exercises(), paths.user_exercises, translations=False, cache=paths.library_cache if cache else None
    )


def same(library: Library, other: Library) -> None:
    assert [(e.exercise.id, e.path, e.origin) for e in library] == [(e.exercise.id, e.path, e.origin) for e in other]
    for entry in library:
        assert entry.exercise == other.entries[entry.exercise.id].exercise, entry.path
    assert library.warnings == other.warnings
    assert library.problems == other.problems


def kept(paths: DataPaths) -> dict[str, bytes]:
    """The cache file's lines, by path."""
    _, *lines, last = paths.library_cache.read_bytes().split(b"\n")
    assert last == b""
    return {json.loads(line.split(b"\t", 1)[0]): line for line in lines}


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The names of the files read from their TOML from now on."""
    names: list[str] = []
    toml = parse._toml

    def counting(text: str, name: str):
        names.append(os.path.basename(name))
        return toml(text, name)

    monkeypatch.setattr(parse, "_toml", counting)
    return names


def test_a_load_from_the_cache_gives_the_library_a_load_without_it_gives(data, parsed):
    cold = load(data, cache=False)
    assert len(cold) == 16 and len(cold.warnings) == 2
    assert {os.path.basename(p.file) for p in cold.problems} == {"broken.toml", "taken.toml"}
    first = load(data)  # reads every file, and writes the cache
    parsed.clear()
    warm = load(data)
    assert parsed == ["broken.toml"]  # a file that does not load is never kept: its problems are found afresh
    same(first, cold)
    same(warm, cold)
    steps = {s.id: s for s in warm.get("old-style").steps}
    assert steps["keep"].statuses == {"heard": "heard", "talk": "to_talk"}  # kept as the upgrade left it


def test_a_load_from_the_cache_parses_no_toml_and_checks_nothing(data, monkeypatch):
    (data.user_exercises / "broken.toml").unlink()
    cold = load(data)

    def refuse(*args: object) -> None:
        raise AssertionError("the cache was not used")

    monkeypatch.setattr(parse, "_toml", refuse)
    monkeypatch.setattr(parse, "check_exercise", refuse)
    same(load(data), cold)


def test_a_file_changed_to_the_same_size_and_time_is_read_again(data, parsed):
    path = data.user_exercises / "ours.toml"
    load(data)
    before = path.stat()
    path.write_text(VALID.replace('title = "Base exercise"', 'title = "Base exercisf"'), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    parsed.clear()
    library = load(data)
    assert library.get("ours").text(library.get("ours").title) == "Base exercisf"
    assert sorted(parsed) == ["broken.toml", "ours.toml"]
    parsed.clear()
    assert load(data).get("ours").text(library.get("ours").title) == "Base exercisf"
    assert parsed == ["broken.toml"]  # and kept as it is now


def test_a_file_removed_or_broken_leaves_the_cache(data):
    load(data)
    ours, old = str(data.user_exercises / "ours.toml"), str(data.user_exercises / "old-style.toml")
    assert {ours, old} <= set(kept(data))
    assert str(data.user_exercises / "broken.toml") not in kept(data)
    os.remove(ours)
    (data.user_exercises / "old-style.toml").write_text(WARNED.replace("[[steps]]", "[[steps]", 1), encoding="utf-8")
    library = load(data)
    assert library.get("ours") is None and library.get("old-style") is None
    assert ours not in kept(data) and old not in kept(data)
    assert len(kept(data)) == 15  # the built-ins and the file that takes a built-in's id


def _truncated(text: bytes) -> bytes:
    return text[: len(text) // 2]


def _garbage(text: bytes) -> bytes:
    return os.urandom(len(text))


def _rewritten(text: bytes, change) -> bytes:
    """The cache with its lines changed, and its check made right for them."""
    header, _, body = text.partition(b"\n")
    found = json.loads(header)
    body = change(body)
    found["check"] = zlib.crc32(body)
    return json.dumps(found).encode() + b"\n" + body


def _not_lines(text: bytes) -> bytes:
    """Valid JSON, the fingerprint and the check right, but not a line per file."""
    return _rewritten(text, lambda body: json.dumps({"a": [1, 2, 3]}).encode() + b"\n")


def _a_name_not_a_text(text: bytes) -> bytes:
    return _rewritten(
        text, lambda body: b"".join(b"1" + line[line.index(b"\t") :] + b"\n" for line in body.splitlines())
    )


def _ours(change):
    """The cache with the line of ours.toml changed (its data, as JSON, given to ``change``)."""

    def lines(body: bytes) -> bytes:
        out = []
        for line in body.splitlines():
            name, digest, data = line.split(b"\t", 2)
            if json.loads(name).endswith("ours.toml"):
                data = json.dumps(change(json.loads(data))).encode()
            out.append(b"\t".join((name, digest, data)) + b"\n")
        return b"".join(out)

    return lambda text: _rewritten(text, lines)


_not_an_entry = _ours(lambda found: "x")
_a_warning_of_another_shape = _ours(lambda found: [found[0], [["a warning", "one", None, "", True]]])
_data_not_a_table = _ours(lambda found: [[found[0]], found[1]])


def _another_loader(text: bytes) -> bytes:
    header, _, body = text.partition(b"\n")
    found = json.loads(header)
    found["fingerprint"] = "0" * 64
    return json.dumps(found).encode() + b"\n" + body


def _another_format(text: bytes) -> bytes:
    header, _, body = text.partition(b"\n")
    found = json.loads(header)
    found["format"] = 0
    return json.dumps(found).encode() + b"\n" + body


def _changed_inside(text: bytes) -> bytes:
    """A title changed in the entries, their check not: damage the JSON parser cannot see."""
    assert b'"title": "Base exercise"' in text
    return text.replace(b'"title": "Base exercise"', b'"title": "Base exercisf"', 1)


def _empty(text: bytes) -> bytes:
    return b""


ALL = EVERY_FILE
OURS = ["broken.toml", "ours.toml"]


@pytest.mark.parametrize(
    ("damage", "read"),
    [
        (_truncated, ALL),
        (_garbage, ALL),
        (_not_lines, ALL),
        (_a_name_not_a_text, ALL),
        (_another_loader, ALL),
        (_another_format, ALL),
        (_changed_inside, ALL),
        (_empty, ALL),
        (_not_an_entry, OURS),  # a line of the wrong shape: only its file is read again
        (_a_warning_of_another_shape, OURS),
        (_data_not_a_table, OURS),
    ],
)
def test_a_damaged_cache_is_ignored_and_written_again(data, parsed, damage, read):
    cold = load(data, cache=False)
    load(data)
    data.library_cache.write_bytes(damage(data.library_cache.read_bytes()))
    parsed.clear()
    same(load(data), cold)
    assert (len(parsed) if read == ALL else sorted(parsed)) == read  # nothing damaged was trusted
    parsed.clear()
    same(load(data), cold)
    assert parsed == ["broken.toml"]  # it was written again


def test_an_unusable_cache_folder_still_loads(data, parsed):
    """The cache's folder is a file; the data folder is gone (the cache never makes one)."""
    cold = load(data, cache=False)
    data.library_cache.parent.rmdir()
    data.library_cache.parent.write_text("not a folder")
    same(load(data), cold)
    same(load(data), cold)
    assert data.library_cache.parent.read_text() == "not a folder"
    elsewhere = DataPaths(data.root.parent / "gone")
    load_library(builtin_exercises(), None, translations=False, cache=elsewhere.library_cache)
    assert not elsewhere.root.exists()


def test_a_cache_that_cannot_be_written_is_left_as_it_was(data, monkeypatch):
    """A full disk: the load goes on, the cache file is the one before, no temporary file is left."""
    cold = load(data, cache=False)
    load(data)
    before = data.library_cache.read_bytes()
    (data.user_exercises / "ours.toml").write_text(VALID.replace("Base exercise", "Changed"), encoding="utf-8")

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_module.os, "replace", full)
    library = load(data)
    assert library.get("ours").text(library.get("ours").title) == "Changed"
    assert len(library) == len(cold) and library.problems == cold.problems
    assert data.library_cache.read_bytes() == before
    assert os.listdir(data.library_cache.parent) == ["library.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_cache_is_readable_by_its_user_alone(tmp_path):
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    was = os.umask(0o022)
    try:
        load(paths)
    finally:
        os.umask(was)
    assert stat.S_IMODE(paths.library_cache.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.library_cache.parent.stat().st_mode) == 0o700


def test_a_changed_loader_never_trusts_an_older_cache(data, parsed, monkeypatch, tmp_path):
    loader = tmp_path / "loader"
    loader.mkdir()
    (loader / "checks.py").write_text("# the checks\n")
    monkeypatch.setattr(cache_module, "LOADER", (loader,))
    load(data)
    parsed.clear()
    load(data)
    assert parsed == ["broken.toml"]
    before = (loader / "checks.py").stat().st_mtime_ns
    os.utime(loader / "checks.py", ns=(before, before + 1_000_000))  # an edited module, same size
    parsed.clear()
    load(data)
    assert len(parsed) == EVERY_FILE


def test_a_loader_that_is_not_plain_files_caches_nothing(data, parsed, monkeypatch, tmp_path):
    monkeypatch.setattr(cache_module, "LOADER", (tmp_path / "inside-a-zip",))
    cold = load(data, cache=False)
    same(load(data), cold)
    assert not data.library_cache.exists()


def test_a_file_whose_data_has_no_json_is_read_from_its_toml_each_time(data, parsed, monkeypatch):
    """A TOML date has no JSON: such a file is left out; the others are kept, and a load that
    found nothing new writes nothing."""
    keeping = parse.parse_exercise_keeping_data

    def with_a_date(data_: bytes, name: str, *args: object, **kwargs: object):
        loaded, raw = keeping(data_, name, *args, **kwargs)
        if name.endswith("ours.toml"):
            import datetime

            raw = {**raw, "written": datetime.date(2026, 11, 30)}
        return loaded, raw

    monkeypatch.setattr(cache_module, "parse_exercise_keeping_data", with_a_date)
    load(data)
    assert str(data.user_exercises / "ours.toml") not in kept(data)
    written = data.library_cache.stat().st_mtime_ns
    parsed.clear()
    assert load(data).get("ours") is not None
    assert sorted(parsed) == ["broken.toml", "ours.toml"]
    assert data.library_cache.stat().st_mtime_ns == written


def test_a_load_that_found_nothing_new_writes_nothing(data):
    load(data)
    os.utime(data.library_cache, ns=(0, 0))
    load(data)
    assert data.library_cache.stat().st_mtime_ns == 0


def test_the_cache_is_for_loads_without_the_translation_check(data):
    with pytest.raises(ValueError):
        load_library(builtin_exercises(), data.user_exercises, cache=data.library_cache)
