"""CouplesDesk performance benchmarks (issue 4).

    python benchmarks/run.py                 full run (a few minutes)
    python benchmarks/run.py --quick         smoke run: fewer repetitions, 200 generated files (< 1 minute)
    python benchmarks/run.py --json PATH     also write every result and sample as JSON

Measures, as medians, with ratios to a baseline measured in the same run:

1. start-up: from just before Popen until the child prints time.monotonic_ns() from a zero
   timer after show(), for a bare QApplication + QLabel and for the app on an existing
   data dir (couple set, no history) -- benchmarks/startup_child.py, one process per launch;
2. the exercise library: load_library() over the built-ins plus generated files, per file, as
   the app loads it (with the data folder's cache, from the second start on) and without the
   cache (every file parsed and checked); and start-up with those files in <data dir>/exercises;
3. ten years of history: start-up on it against the empty data dir, and store.answers.save()
   (the autosave path) on it, p50/p99;
4. peak resident memory (VmHWM) of the app on the ten-year history against the bare window;
5. typing into the longest answer allowed (19,900 of 20,000 characters): each key from press to
   idle, in the app's answer box against a bare QPlainTextEdit holding the same text, the save
   of that answer, and the click that shows both partners' long answers side by side --
   benchmarks/typing_child.py;
6. encryption against plain SQLite on the same history -- benchmarks/encrypted.py;
7. the Progress page on the ten-year history: opened, and drawn again after a change, each
   until its pictures are read and painted -- benchmarks/progress_page.py;
8. the History page on the ten-year history: opening it until the first runs are painted, and
   scrolling to the end, the longest the window is held up per page read --
   benchmarks/history_page.py;
9. search and export on the ten-year history: search p95 and the index's size, the whole history
   as JSON, the last three months as PDF -- benchmarks/search_export.py;
10. a session report of the last three months: gathered, chosen, composed, drawn as PDF and
   sealed with age -- benchmarks/report.py.

The last line printed is machine-readable:
``startup_ratio=X library_ms_per_file=Y autosave_p99_ms=Z history_startup_ratio=W rss_ratio=V
keystroke_max_ms=K unlock_ms=U encrypted_read_ratio=R encrypted_autosave_ratio=A progress_ms=P
history_open_ms=H search_p95_ms=S export_json_s=E report_3m_s=G``.
Generated data (the history database, from benchmarks/history.py, is cached, keyed by the schema)
lives in benchmarks/out/.
Children run with QT_QPA_PLATFORM=offscreen unless the variable is already set.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from couplesdesk.core.clock import SystemClock
from couplesdesk.core.library import load_library
from couplesdesk.demo import sentence
from couplesdesk.paths import DataPaths
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # run as a script, or with -P / PYTHONSAFEPATH; benchmarks/ is not a package
    sys.path.insert(0, str(HERE))

from encrypted import rows as encryption_rows  # noqa: E402
from encrypted import time_encryption  # noqa: E402
from history import OUT, history_database, make_data_dir  # noqa: E402
from history_page import rows as history_page_rows  # noqa: E402
from history_page import time_history_page  # noqa: E402
from progress_page import rows as progress_rows  # noqa: E402
from progress_page import time_progress  # noqa: E402
from report import rows as report_rows  # noqa: E402
from report import time_report  # noqa: E402
from search_export import rows as search_export_rows  # noqa: E402
from search_export import time_search_export  # noqa: E402

CHILD = HERE / "startup_child.py"
TYPING_CHILD = HERE / "typing_child.py"
TARGETS = {"startup_ratio": 1.3, "library_ms_per_file": 0.5, "history_startup_ratio": 1.2, "autosave_p99_ms": 5.0,
           "keystroke_max_ms": 100.0, "encrypted_read_ratio": 1.1, "encrypted_autosave_ratio": 1.1,
           "progress_ms": 100.0, "history_open_ms": 100.0, "search_p95_ms": 30.0, "export_json_s": 3.0,
           "report_3m_s": 1.0}  # fmt: skip


@dataclass(frozen=True)
class Settings:
    launches: int  # timed launches per start-up configuration (after one untimed warm-up round)
    library_files: int  # generated exercise files
    library_loads: int  # timed load_library() calls
    history_years: int
    saves: int  # timed store.answers.save() calls
    keys: int  # timed keystrokes into the longest answer, per configuration
    search_repeat: int  # timed runs of each search query


FULL = Settings(
    launches=15, library_files=1000, library_loads=7, history_years=10, saves=1000, keys=400, search_repeat=20
)
QUICK = Settings(launches=3, library_files=200, library_loads=3, history_years=10, saves=1000, keys=40, search_repeat=5)


# --------------------------------------------------------------------------- exercise files


def generate_exercises(folder: Path, count: int) -> None:
    """``count`` valid exercise files, varied from the built-in ones: new ids, titles (some as
    translation tables), summaries, categories, lengths, versions and tags."""
    templates = sorted(
        (f.name, f.read_text(encoding="utf-8")) for f in builtin_exercises().iterdir() if f.name.endswith(".toml")
    )
    rng = random.Random(1000)
    categories = ["connection", "calming", "repair", "check-in", "boundaries", "homework", "listening", "play"]
    for i in range(count):
        _, text = templates[i % len(templates)]
        old_id = re.search(r'^id = "([^"]+)"', text, re.M).group(1)  # type: ignore[union-attr]
        new_id = f"{old_id}-v{i:04d}"
        # A translated file writes title.en = "..." with title.de = "..." below: both give way.
        title = re.search(r'^title(?:\.en)? = "([^"]*)"', text, re.M).group(1)  # type: ignore[union-attr]
        title = f"{title}, variant {i}"
        text = re.sub(r'^title\.de = "[^"]*"\n', "", text, count=1, flags=re.M)
        title_toml = f'{{ en = "{title}", de = "{title} (de)" }}' if i % 3 == 0 else f'"{title}"'
        tags = ", ".join(
            f'"{t}"'
            for t in rng.sample(["homework", "week-" + str(i % 52), "gentle", "short", "evening", "therapist"], 3)
        )
        for pattern, repl in (
            (r'^id = "[^"]+"', f'id = "{new_id}"'),
            (r'^title(?:\.en)? = "[^"]*"', f"title = {title_toml}"),
            (r'^summary(\.en)? = "([^"]*)"', rf'summary\1 = "\2 Homework set {i % 40}."'),
            (r"^version = \d+", f"version = {1 + i % 4}"),
            (r'^category = "[^"]+"', f'category = "{rng.choice(categories)}"'),
            (r"^minutes = \d+", f"minutes = {rng.randint(5, 60)}"),
            (r"^tags = \[[^\]]*\]", f"tags = [{tags}]"),
        ):
            text = re.sub(pattern, repl, text, count=1, flags=re.M)
        (folder / f"{new_id}.toml").write_text(text, encoding="utf-8")


def time_library(folder: Path, count: int, loads: int) -> dict[str, Any]:
    """load_library() as the app calls it (gui/services.py), with no cache and with one (written first)."""
    builtin = builtin_exercises()
    library = load_library(builtin, folder, translations=False)  # warm-up, a check that every file is valid
    files = len(library)
    if library.problems or files != count + sum(1 for f in builtin.iterdir() if f.name.endswith(".toml")):
        raise SystemExit("generated exercise files did not all load:\n" + "\n".join(map(str, library.problems[:10])))
    cache = DataPaths(folder.parent).library_cache

    def timed(**cached: Path) -> float:
        start = time.perf_counter()
        load_library(builtin, folder, translations=False, **cached)
        return (time.perf_counter() - start) * 1000

    cold = [timed() for _ in range(loads)]
    cache.unlink(missing_ok=True)
    writing = timed(cache=cache)  # every file parsed, then the cache written
    if not cache.is_file():
        raise SystemExit(f"the library's cache was not written: {cache}")
    warm = [timed(cache=cache) for _ in range(loads)]  # as the app loads it, from the second start on
    return {"files": files, "load_ms": warm, "load_ms_median": statistics.median(warm),
            "ms_per_file": statistics.median(warm) / files, "cold_load_ms": cold,
            "cold_load_ms_median": statistics.median(cold), "cold_ms_per_file": statistics.median(cold) / files,
            "writing_load_ms": writing, "cache_mib": cache.stat().st_size / 2**20}  # fmt: skip


# --------------------------------------------------------------------------- autosave on ten years of history


def time_autosave(database: Path, saves: int, key: bytes | None = None) -> dict[str, Any]:
    """store.answers.save() on the big database, WAL on, as the run page's autosave calls it
    (with ``key``, the database is encrypted)."""
    store = Store.open(database, SystemClock(), key=key)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    run_id = store.runs.create(
        "share-one-thing",
        1,
        {},
        {"index": 1, "turn": 0, "history": [[0, 0, {}]], "timers": {}, "turns": {}, "confirmed": {}, "finished": False},
    )
    rng = random.Random(7)
    samples = []
    for i in range(saves):
        step_id, author = [
            ("my-thing", "partner_a"),
            ("my-thing", "partner_b"),
            ("heard-a", "partner_a"),
            ("heard-b", "partner_b"),
        ][i * 4 // saves]
        text = sentence(rng, 1, 80)
        start = time.perf_counter_ns()
        store.answers.save(run_id, step_id, author, "write", text, text, private=False, sealed=step_id == "my-thing")
        samples.append((time.perf_counter_ns() - start) / 1e6)
    store.close()
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"saves": saves, "p50_ms": statistics.median(samples), "p99_ms": cuts[98], "max_ms": max(samples)}


# --------------------------------------------------------------------------- typing into a long answer


def time_typing(data_dir: Path, keys: int) -> dict[str, Any]:
    """typing_child.py for the bare box and the app; medians, p99 and the slowest key."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    found: dict[str, Any] = {}
    for mode, args in (("bare", [str(keys)]), ("app", [str(data_dir), str(keys)])):
        done = subprocess.run([sys.executable, str(TYPING_CHILD), mode, *args], capture_output=True, text=True,
                              env=env, timeout=600)  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"typing_child.py {mode} failed:\n{done.stderr[-3000:]}")
        got = json.loads(done.stdout.strip().splitlines()[-1])
        samples = got.pop("keys_ms")
        cuts = statistics.quantiles(samples, n=100, method="inclusive")
        found[mode] = {"keys": len(samples), "p50_ms": statistics.median(samples), "p99_ms": cuts[98],
                       "max_ms": max(samples), "samples": samples, **got}  # fmt: skip
    return found


# --------------------------------------------------------------------------- start-up


def compile_app() -> str:
    """Compile the app's modules to bytecode first, as pip does when it installs the wheel.

    An editable install run with PYTHONDONTWRITEBYTECODE=1 (as on this machine) would
    otherwise compile every module of the app from source in every launch, ~20 ms that
    no installed copy pays, while PySide6 (compiled) pays nothing of the kind."""
    import compileall

    import couplesdesk

    folder = Path(couplesdesk.__file__).parent
    ok = compileall.compile_dir(str(folder), quiet=1)
    if not ok:
        raise SystemExit(f"could not compile {folder}")
    env = "PYTHONDONTWRITEBYTECODE=1 is set" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "written as usual"
    return f"compiled before timing, as pip does on install ({env})"


Launch = tuple[float, int, float, float, int, float]
"""ms from just before Popen to idle, VmHWM KiB and CPU ms then; the same three once the
exercise library has loaded (READY; for the bare windows, the same as at idle)."""


def launch(args: list[str], env: dict[str, str]) -> Launch:
    """Start one child and read its IDLE and READY lines (see startup_child.py)."""
    start = time.monotonic_ns()
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        out, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:  # say what it printed, and leave no child behind
        proc.kill()
        raise SystemExit(f"start-up child {args} hung for 300 s:\n{proc.communicate()[1][-3000:]}") from None
    lines = {x.split()[0]: x.split()[1:] for x in out.splitlines() if x.startswith(("IDLE ", "READY "))}
    if proc.returncode != 0 or "IDLE" not in lines:
        raise SystemExit(f"start-up child {args} failed (exit {proc.returncode}):\n{err[-3000:]}")
    idle_ns, peak, cpu_ns = (int(x) for x in lines["IDLE"])
    ready_ns, ready_peak, ready_cpu_ns = (int(x) for x in lines.get("READY", lines["IDLE"]))
    return (idle_ns - start) / 1e6, peak, cpu_ns / 1e6, (ready_ns - start) / 1e6, ready_peak, ready_cpu_ns / 1e6


def time_startups(configs: dict[str, list[str]], launches: int) -> dict[str, dict[str, Any]]:
    """Launch every configuration in turn (interleaved, so drift hits all alike); the first round is a warm-up."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("COUPLESDESK_DATA_DIR", None)
    samples: dict[str, list[Launch]] = {name: [] for name in configs}
    for round_ in range(launches + 1):
        for name, args in configs.items():
            result = launch(args, env)
            if round_:
                samples[name].append(result)
    out = {}
    for name, got in samples.items():
        ms, peak, cpu, ready, ready_peak, ready_cpu = ([s[i] for s in got] for i in range(6))
        out[name] = {"ms": ms, "ms_median": statistics.median(ms), "peak_rss_kib": peak,
                     "peak_rss_kib_median": statistics.median(peak), "cpu_ms": cpu, "cpu_ms_median": statistics.median(cpu),
                     "ready_ms": ready, "ready_ms_median": statistics.median(ready),
                     "ready_peak_rss_kib": ready_peak, "ready_peak_rss_kib_median": statistics.median(ready_peak),
                     "ready_cpu_ms_median": statistics.median(ready_cpu)}  # fmt: skip
    return out


# --------------------------------------------------------------------------- report


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    import couplesdesk

    try:
        pyside = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        pyside = metadata.version("PySide6")
    source = Path(couplesdesk.__file__).parent
    try:
        git = subprocess.run(
            ["git", "describe", "--always", "--dirty"], cwd=source, capture_output=True, text=True
        ).stdout
    except OSError:
        git = ""
    numpy = "present" if importlib.util.find_spec("numpy") else "absent"
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "python": platform.python_version(), "pyside6": pyside,
            "couplesdesk": f"{couplesdesk.__version__} from {source} (git {git.strip() or 'none'})",
            "numpy": f"{numpy} (sqlite-utils imports it when it is installed)",
            "platform": f"{platform.platform()}, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}",
            "load": "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + " at the start"}  # fmt: skip


def _typing_rows(typing: dict[str, Any], row: Callable[..., str]) -> list[str]:
    bare, app = typing["bare"], typing["app"]
    return [
        row("typing, 19,900 characters, bare QPlainTextEdit, p50", f"{bare['p50_ms']:.1f} ms"),
        row("typing, the same in the app's answer box, p50", f"{app['p50_ms']:.1f} ms",
            f"{app['p50_ms'] / bare['p50_ms']:.2f}x"),
        row("  ... p99", f"{app['p99_ms']:.1f} ms"),
        row("  ... slowest key", f"{app['max_ms']:.1f} ms", key="keystroke_max_ms"),
        row("  ... saving that answer, slowest", f"{max(app['flush_ms']):.1f} ms"),
        row("  ... showing both long answers side by side", f"{app['reveal_ms']:.1f} ms"),
    ]  # fmt: skip


def _library_rows(lib: dict[str, Any], row: Callable[..., str]) -> list[str]:
    return [
        row(f"library: load_library(), {lib['files']} files, no cache", f"{lib['cold_load_ms_median']:.1f} ms"),
        row("library: per file, no cache", f"{lib['cold_ms_per_file']:.3f} ms"),
        row("library: first load, writing its cache (1 sample)", f"{lib['writing_load_ms']:.1f} ms"),
        row("library: its cache file", f"{lib['cache_mib']:.1f} MiB"),
        row(f"library: load_library(), {lib['files']} files, cached", f"{lib['load_ms_median']:.1f} ms"),
        row(
            "library: per file, cached (as the app loads it)", f"{lib['ms_per_file']:.3f} ms", key="library_ms_per_file"
        ),
    ]


def _memory_rows(s: dict[str, Any], years: int, row: Any) -> list[str]:
    bare = s["bare"]

    def rss(label: str, got: dict[str, Any]) -> str:
        peak = got["ready_peak_rss_kib_median"]
        return str(row(label, f"{peak / 1024:.1f} MiB", f"{peak / bare['peak_rss_kib_median']:.2f}x"))

    return [
        rss("peak RSS (VmHWM), bare window", bare),
        rss("peak RSS (VmHWM), app + library, empty database", s["app"]),
        rss(f"peak RSS (VmHWM), app + library, {years} years", s["app_history"]),
    ]


def report(r: dict[str, Any]) -> str:
    s, lib, auto, hist, years = r["startup"], r["library"], r["autosave"], r["history"], r["settings"]["history_years"]
    bare, plain = s["bare"], s["app"]
    files = lib["files"] - lib["builtin"]

    def row(label: str, value: str, ratio: str = "", cpu: str = "", key: str = "") -> str:
        target = met = ""
        if key:
            unit = "x" if key.endswith("ratio") else " s" if key.endswith("_s") else " ms"
            target = f"{'<=' if unit == 'x' else '<'} {TARGETS[key]:g}{unit}"
            met = "yes" if r["summary"][key] <= TARGETS[key] else "NO"
        return f"{label:<50}{value:>12}{ratio:>9}{cpu:>10}  {target:<10}{met}"

    def startup(label: str, got: dict[str, Any], base: dict[str, Any] = bare, key: str = "") -> str:
        ratio = f"{got['ms_median'] / base['ms_median']:.2f}x"
        if base is bare:
            return row(label, f"{got['ms_median']:.1f} ms", ratio, f"{got['cpu_ms_median']:.0f} ms", key)
        wall, cpu = got["ms_median"] - base["ms_median"], got["cpu_ms_median"] - base["cpu_ms_median"]
        return row(label, f"{wall:+.1f} ms", ratio, f"{cpu:+.0f} ms", key)

    def ready(label: str, got: dict[str, Any]) -> str:
        ms, cpu = got["ready_ms_median"], got["ready_cpu_ms_median"]
        return row(label, f"{ms:.1f} ms", f"{ms / bare['ms_median']:.2f}x", f"{cpu:.0f} ms")

    lines = [f"{k:>12}: {v}" for k, v in r["machine"].items()]
    lines += [
        f"{'mode':>12}: {r['mode']}: {r['settings']['launches']} timed launches per start-up configuration, "
        f"interleaved, after 1 warm-up round; {r['settings']['library_loads']} library loads; {auto['saves']} saves",
        "",
        f"{'measurement (medians; CPU = the child process)':<50}{'median':>12}{'ratio':>9}{'CPU':>10}  {'target':<10}met",
        startup("start-up, bare window (QApplication + QLabel)", bare),
        startup("start-up, bare window using the Qt namespace", s["bare_qt"]),
        startup("start-up, the app's widgets and style, no app code", s["widgets"]),
        startup("start-up, app, existing data dir", plain, key="startup_ratio"),
        ready("  ... until its library has loaded too (worker)", plain),
        *_library_rows(lib, row),
        startup(f"start-up, app, {files} files in exercises/", s["app_files"]),
        startup("  ... against the app without them", s["app_files"], plain),
        ready("  ... until those files have loaded too (worker)", s["app_files"]),
        startup(f"start-up, app, {years} years of history", s["app_history"]),
        startup("  ... against the app on the empty database", s["app_history"], plain, "history_startup_ratio"),
        row("autosave: store.answers.save(), p50", f"{auto['p50_ms']:.3f} ms"),
        row("autosave: store.answers.save(), p99", f"{auto['p99_ms']:.3f} ms", key="autosave_p99_ms"),
        *_typing_rows(r["typing"], row),
        *encryption_rows(r["encryption"], row),
        *progress_rows(r["progress"], row),
        *history_page_rows(r["history_page"], row),
        *search_export_rows(r["search_export"], row),
        *report_rows(r["report"], row),
        *_memory_rows(s, years, row),
        "",
        f"history database: {hist['size_mib']:.1f} MiB, " + ", ".join(f"{n} {t}" for t, n in hist["rows"].items())
        + (" (cached)" if hist["cached"] else f" (generated in {hist['generate_s']:.1f} s)"),
        f"wall time {r['wall_s']:.1f} s",
    ]  # fmt: skip
    return "\n".join(lines)


def summary(result: dict[str, Any]) -> dict[str, float]:
    """The numbers of the machine-readable last line."""
    s = result["startup"]
    return {
        "startup_ratio": s["app"]["ms_median"] / s["bare"]["ms_median"],
        "library_ms_per_file": result["library"]["ms_per_file"],
        "autosave_p99_ms": result["autosave"]["p99_ms"],
        "history_startup_ratio": s["app_history"]["ms_median"] / s["app"]["ms_median"],
        "rss_ratio": s["app_history"]["ready_peak_rss_kib_median"] / s["bare"]["peak_rss_kib_median"],
        "keystroke_max_ms": result["typing"]["app"]["max_ms"],
        "unlock_ms": result["encryption"]["unlock_ms"],
        "encrypted_read_ratio": result["encryption"]["read_ratio"],
        "encrypted_autosave_ratio": result["encryption"]["autosave_p99_ratio"],
        "progress_ms": result["progress"]["progress_ms"],
        "history_open_ms": result["history_page"]["open_ms"],
        "search_p95_ms": result["search_export"]["search"]["p95_ms"],
        "export_json_s": result["search_export"]["export"]["json_s"],
        "report_3m_s": result["report"]["report_s"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="fewer repetitions and a smaller generated library (< 1 minute)"
    )
    parser.add_argument("--json", metavar="PATH", help="write every result and sample to PATH")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    began = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"mode": "quick" if args.quick else "full", "settings": asdict(settings)}
    result["machine"] = machine()

    result["machine"]["bytecode"] = compile_app()
    generate_start = time.perf_counter()
    history, counts, cached = history_database(settings.history_years)
    result["history"] = {"rows": counts, "cached": cached, "generate_s": time.perf_counter() - generate_start,
                         "size_mib": history.stat().st_size / 2**20}  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="run-", dir=OUT) as tmp_name:
        tmp = Path(tmp_name)
        plain = make_data_dir(tmp / "plain")
        with_files = make_data_dir(tmp / "files")
        generate_exercises(with_files / "exercises", settings.library_files)
        result["library"] = time_library(with_files / "exercises", settings.library_files, settings.library_loads)
        result["library"]["builtin"] = result["library"]["files"] - settings.library_files
        with_history = make_data_dir(tmp / "history", history)
        result["autosave"] = time_autosave(make_data_dir(tmp / "autosave", history) / "couplesdesk.db", settings.saves)
        configs = {
            "bare": ["bare"],
            "bare_qt": ["bare-qt"],
            "widgets": ["widgets"],
            "app": ["app", str(plain)],
            "app_files": ["app", str(with_files)],
            "app_history": ["app", str(with_history)],
        }
        result["startup"] = time_startups(configs, settings.launches)
        result["typing"] = time_typing(make_data_dir(tmp / "typing"), settings.keys)
        result["encryption"] = time_encryption(history, tmp / "encryption", time_autosave, settings.saves)
        result["progress"] = time_progress(history, tmp, settings.launches * 2 + 1)
        result["history_page"] = time_history_page(make_data_dir(tmp / "history_page", history))
        result["search_export"] = time_search_export(history, tmp / "search", settings.search_repeat)
        result["report"] = time_report(history, tmp / "report")

    result["summary"] = summary(result)
    result["wall_s"] = time.perf_counter() - began
    result["targets"] = {k: {"target": v, "met": result["summary"][k] <= v} for k, v in TARGETS.items()}
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(report(result))
    print(" ".join(f"{k}={v:.3f}" for k, v in result["summary"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
