"""The command line: validate, schema, version, help, and the desktop-library check."""

from __future__ import annotations

import json
import subprocess
import sys

from couplesdesk import __version__
from couplesdesk.cli import main
from couplesdesk.platform_check import missing_gui_libraries


def test_validate_builtin_library_passes(data_dir, capsys):
    assert main(["validate"]) == 0
    assert "14 exercise(s) fine" in capsys.readouterr().out


def test_validate_reports_every_problem_and_exits_nonzero(tmp_path, capsys):
    (tmp_path / "a.toml").write_text('format_version = 1\nid = "x"\ntittle = "T"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_bytes(b"\x00\x01\x02 not text")
    assert main(["validate", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "a.toml:3: [tittle] 'tittle' is not a field this format knows; did you mean 'title'?" in out
    assert "b.toml" in out and "binary" in out
    assert "Traceback" not in out + err
    assert "problem(s) in 2 file(s)" in err


def test_validate_missing_path(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.toml")]) == 1
    assert "does not exist" in capsys.readouterr().out


def test_schema_is_json_schema_with_step_kinds(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    text = json.dumps(schema)
    for kind in ("timer", "reveal", "branch", "swap_roles", "mirror"):
        assert f'"{kind}"' in text
    assert schema["additionalProperties"] is False


def test_version_and_help_via_python_m():
    out = subprocess.run([sys.executable, "-m", "couplesdesk", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"couplesdesk {__version__}"
    out = subprocess.run([sys.executable, "-m", "couplesdesk", "--help"], capture_output=True, text=True, check=True)
    assert "--data-dir" in out.stdout and "validate" in out.stdout and "COUPLESDESK_DATA_DIR" in out.stdout


def test_missing_xcb_libraries_are_named(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    message = missing_gui_libraries(find=lambda name: None if name == "xcb-cursor" else f"lib{name}.so")
    assert "sudo apt install libxcb-cursor0" in message
    assert missing_gui_libraries(find=lambda name: f"lib{name}.so") == ""
    monkeypatch.delenv("DISPLAY")
    assert "DISPLAY" in missing_gui_libraries(find=lambda name: None)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert missing_gui_libraries(find=lambda name: None) == ""


def test_app_refuses_a_data_folder_it_cannot_use_with_a_message(tmp_path):
    """(A damaged database gets the damage window instead: tests/gui/test_damage.py.)"""
    data = tmp_path / "data"
    data.write_bytes(b"a file where the folder should be")
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "couplesdesk", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 1
    assert "cannot use its data folder" in out.stderr and "Traceback" not in out.stderr
    assert data.read_bytes() == b"a file where the folder should be"


def test_the_quick_library_check_agrees_with_ldconfig():
    """The start-up check asks the dynamic loader (a few ms) instead of ``ldconfig -p``
    (about 80 ms for the seven libraries); both must see the same libraries."""
    import ctypes.util

    from couplesdesk.platform_check import XCB_LIBRARIES, loadable

    assert {name: loadable(name) is not None for name in XCB_LIBRARIES} == {
        name: ctypes.util.find_library(name) is not None for name in XCB_LIBRARIES
    }


def test_a_long_log_is_set_aside_at_start_and_three_old_ones_are_kept(tmp_path):
    from couplesdesk.gui.app import rotate_log

    log = tmp_path / "couplesdesk.log"
    for n in (1, 2, 3):
        (tmp_path / f"couplesdesk.log.{n}").write_text(f"old {n}")
    log.write_text("short")
    rotate_log(log, max_bytes=100)
    assert log.read_text() == "short"  # small enough: left as it is
    log.write_text("x" * 101)
    rotate_log(log, max_bytes=100)
    assert not log.exists()
    assert [(tmp_path / f"couplesdesk.log.{n}").read_text() for n in (1, 2, 3)] == ["x" * 101, "old 1", "old 2"]


def test_only_a_plain_launch_skips_the_full_command_line_parser():
    from couplesdesk.cli import app_arguments

    assert app_arguments([]) == (None, [])
    assert app_arguments(["--data-dir", "/d"]) == ("/d", [])
    assert app_arguments(["--data-dir=/d"]) == ("/d", [])
    for needs_parser in (
        ["--help"],
        ["--version"],
        ["validate"],
        ["--data-dir"],
        ["--data-dir", "--help"],
        ["--data-dir", "/d", "validate"],
        ["-platform", "offscreen"],
        ["--data-dir="],
    ):
        assert app_arguments(needs_parser) is None, needs_parser


def test_language_opens_the_app_in_that_language_and_is_refused_where_it_means_nothing(capsys):
    import pytest

    from couplesdesk.cli import build_parser

    assert build_parser().parse_known_args(["--language", "de_DE"])[0].language == "de-DE"
    with pytest.raises(SystemExit):
        build_parser().parse_known_args(["--language", "German please"])
    assert "expected a language code such as de or en" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--language", "de", "validate"])
    assert "--language is for opening the app" in capsys.readouterr().err


PLAN_EXAMPLE = (
    __import__("pathlib").Path(__file__).resolve().parents[1] / "examples" / "homework-two-weeks.couplesdesk-plan"
)


def _fresh_example(tmp_path, **changes):
    """The example plan with its dates moved into the future, so it validates on any day."""
    text = PLAN_EXAMPLE.read_text(encoding="utf-8")
    text = (
        text.replace("2026-12-01", "2999-12-01").replace("2026-12-14", "2999-12-14").replace("2026-12-08", "2999-12-08")
    )
    for old, new in changes.items():
        text = text.replace(old, new)
    path = tmp_path / "homework.couplesdesk-plan"
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_checks_a_plan_file(data_dir, tmp_path, capsys):
    path = _fresh_example(tmp_path)
    assert main(["validate", str(path)]) == 0
    assert "1 plan(s) fine, no problems." in capsys.readouterr().out


def test_validate_says_what_is_wrong_in_a_plan(data_dir, tmp_path, capsys):
    path = _fresh_example(tmp_path, **{'exercise = "appreciations"': 'exercise = "apreciations"'})
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert (
        f"{path}:24: [items[2].exercise] 'apreciations' is neither installed here nor bundled in the plan; did you mean 'appreciations'?"
        in out
    )
    assert "problem(s) in 1 file(s)" in err and "Traceback" not in out + err


def test_validate_finds_a_plan_by_content_in_a_folder(data_dir, tmp_path, capsys):
    plan = _fresh_example(tmp_path, **{'"Jo Berger"': '""'})
    plan.rename(tmp_path / "plan.toml")
    (tmp_path / "exercise.toml").write_text(
        (PLAN_EXAMPLE.parents[1] / "exercises" / "timed-pause.toml")
        .read_text(encoding="utf-8")
        .replace('id = "timed-pause"', 'id = "my-pause"', 1),
        encoding="utf-8",
    )
    assert main(["validate", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "plan.toml:13: [therapist.name] 'name' may not be empty" in out
    assert "1 exercise(s) fine, 0 plan(s) fine" in err


def test_validate_plan_with_only_warnings_exits_0(data_dir, tmp_path, capsys):
    path = _fresh_example(tmp_path)
    text = "\n".join(line for line in path.read_text(encoding="utf-8").split("\n") if not line.startswith("recipient"))
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "warning: has no age public key" in out and "1 warning(s)" in out


def test_validate_an_exercise_given_as_a_plan(data_dir, tmp_path, capsys):
    path = tmp_path / "x.couplesdesk-plan"
    path.write_text(
        (PLAN_EXAMPLE.parents[1] / "exercises" / "timed-pause.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert main(["validate", str(path)]) == 1
    assert "is an exercise file, not a homework plan" in capsys.readouterr().out


def test_schema_of_plans(capsys):
    assert main(["schema", "--plan"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "CouplesDesk homework plan"
    assert {"items", "therapist", "starts", "ends", "bundled"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False
