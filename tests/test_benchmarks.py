"""The benchmark script runs end to end and prints its summary line (no assertion about time)."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KEYS = (
    "startup_ratio",
    "library_ms_per_file",
    "autosave_p99_ms",
    "history_startup_ratio",
    "rss_ratio",
    "keystroke_max_ms",
    "unlock_ms",
    "encrypted_read_ratio",
    "encrypted_autosave_ratio",
    "progress_ms",
    "history_open_ms",
    "search_p95_ms",
    "export_json_s",
    "report_3m_s",
)


def test_quick_benchmark_prints_the_summary_line(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTEST_CURRENT_TEST", None)
    env.pop("COUPLESDESK_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--quick", "--json", str(tmp_path / "results.json")],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    last = result.stdout.strip().splitlines()[-1]
    pairs = dict(item.split("=", 1) for item in last.split(" "))
    assert tuple(pairs) == KEYS, last
    for key, text in pairs.items():
        value = float(text)
        assert math.isfinite(value) and value > 0, (key, text)
    assert (tmp_path / "results.json").is_file()
