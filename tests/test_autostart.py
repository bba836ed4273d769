"""Start quietly with the computer: the XDG autostart entry is written whole under
$XDG_CONFIG_HOME and removed when turned off; its Exec line reads back as the command; the
macOS LaunchAgent is written (untested on a Mac); --quiet reaches the app."""

from __future__ import annotations

import plistlib
import sys

import pytest

from couplesdesk import autostart
from couplesdesk.paths import DataPaths


@pytest.fixture
def config(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return folder


def parse_exec(value: str) -> list[str]:
    """The Exec key read back as the Desktop Entry specification says a launcher reads it:
    string escapes first, then the quoting rules, then %% as %."""
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append(
                {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(value[i + 1], "\\" + value[i + 1])
            )
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text, args, current, quoted, i = "".join(unescaped), [], [], False, 0
    started = False
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            current.append(text[i + 1])
            i += 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started or current:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(c)
        i += 1
    if started or current:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def entry_values(path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG autostart is for Linux desktops")
def test_turned_on_the_entry_is_in_xdg_config_home_and_turned_off_it_is_gone(config, tmp_path):
    paths = DataPaths(tmp_path / "our data")
    assert not autostart.is_on()
    autostart.turn_on(paths)
    entry = config / "autostart" / "couplesdesk.desktop"
    assert autostart.is_on() and entry.is_file()
    values = entry_values(entry)
    assert values["Type"] == "Application" and values["Terminal"] == "false"
    assert parse_exec(values["Exec"]) == [sys.executable, "-m", "couplesdesk", "--quiet", "--data-dir", str(paths.root)]
    assert [p.name for p in entry.parent.iterdir()] == ["couplesdesk.desktop"]  # no temporary file left
    autostart.turn_on(paths)  # again: the same file, rewritten
    autostart.turn_off()
    assert not autostart.is_on() and not entry.exists()
    autostart.turn_off()  # already off: nothing to do, no error


def test_without_xdg_config_home_it_goes_to_dot_config(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.xdg_file() == tmp_path / ".config" / "autostart" / "couplesdesk.desktop"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/path")  # the specification says: ignore it
    assert autostart.xdg_file() == tmp_path / ".config" / "autostart" / "couplesdesk.desktop"


@pytest.mark.parametrize(
    "arg",
    ["/home/al ex/data", 'quo"te', "back\\slash", "dollar$HOME", "per%cent", "tick`s", "plain", "é ü", "a=b;c"],
)
def test_every_path_survives_the_exec_line(arg):
    args = ["/usr/bin/python3", "-m", "couplesdesk", "--quiet", "--data-dir", arg]
    assert parse_exec(autostart.exec_line(args)) == args


def test_a_path_with_a_line_break_is_refused_and_nothing_is_written(config, tmp_path):
    with pytest.raises(ValueError, match="line break"):
        autostart.turn_on(DataPaths(tmp_path / "two\nlines"), platform="linux")
    assert not (config / "autostart" / "couplesdesk.desktop").exists()


def test_the_default_data_folder_needs_no_data_dir(config):
    args = autostart.command(DataPaths(autostart.default_data_dir()), python="/py")
    assert args == ["/py", "-m", "couplesdesk", "--quiet"]


def test_the_macos_launch_agent_is_written_and_removed(config, tmp_path):
    """Only its writing is tested here: it is UNTESTED on a Mac."""
    paths = DataPaths(tmp_path / "data")
    autostart.turn_on(paths, platform="darwin")
    agent = tmp_path / "home" / "Library" / "LaunchAgents" / "org.couplesdesk.CouplesDesk.plist"
    made = plistlib.loads(agent.read_bytes())
    assert made["RunAtLoad"] is True and made["ProgramArguments"][-3:] == ["--quiet", "--data-dir", str(paths.root)]
    assert autostart.is_on(platform="darwin")
    autostart.turn_off(platform="darwin")
    assert not agent.exists()


def test_quiet_is_an_option_of_the_app(monkeypatch):
    from couplesdesk import cli

    monkeypatch.setattr(
        cli, "_open", lambda data_dir, qt_args, language=None, plan=None, quiet=False: (data_dir, quiet)
    )
    assert cli.main(["--quiet", "--data-dir", "/tmp/x"]) == ("/tmp/x", True)
    assert cli.main(["--background"]) == (None, True)
    assert cli.main(["--data-dir", "/tmp/x"]) == ("/tmp/x", False)
