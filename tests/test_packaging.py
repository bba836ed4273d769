"""The wheel carries the exercises and resources: install it in a fresh venv and list them."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_installs_and_finds_all_14_exercises(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("couplesdesk-*.whl"))
    # The interface's German words, compiled from translations/*.ts while building (hatch_build.py).
    assert "couplesdesk/translations/couplesdesk_de.qm" in zipfile.ZipFile(wheel).namelist()
    env_dir = tmp_path / "venv"
    # The venv sees the already installed dependencies (PySide6, pydantic, sqlite-utils) but
    # not the source tree: the wheel's own copy comes first on sys.path.
    venv.create(env_dir, with_pip=True, system_site_packages=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, capture_output=True
    )
    script = (
        "import couplesdesk, sys; from pathlib import Path;"
        "from couplesdesk.resources import builtin_exercises, resource;"
        "from couplesdesk.core.library import load_library;"
        "lib = load_library(builtin_exercises());"
        "assert 'site-packages' in couplesdesk.__file__, couplesdesk.__file__;"
        "assert resource('style.qss').is_file();"
        "qm = Path(couplesdesk.__file__).parent / 'translations' / 'couplesdesk_de.qm';"
        "assert qm.stat().st_size > 1000, qm;"
        "print(len(lib), len(lib.problems))"
    )
    out = subprocess.run([str(python), "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["14", "0"]
    cli = subprocess.run(
        [str(env_dir / "bin" / "couplesdesk"), "validate", "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "14 exercise(s) fine" in cli.stdout, cli.stderr
