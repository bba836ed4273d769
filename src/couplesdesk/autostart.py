"""Start quietly with the computer (Qt-free): an entry the desktop runs when you sign in, which
opens CouplesDesk in the background (``--quiet``) so reminders can come. Off unless turned on.

* **Linux** (and other XDG desktops): ``$XDG_CONFIG_HOME/autostart/couplesdesk.desktop``
  (``~/.config`` when unset), written whole or not at all, removed when turned off. Tested.
* **macOS**: a LaunchAgent, ``~/Library/LaunchAgents/org.couplesdesk.CouplesDesk.plist``.
  UNTESTED on a Mac (written and read back by the tests on Linux only).
* **Windows**: a value named CouplesDesk under
  ``HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``. UNTESTED on Windows.

The command is this Python running ``-m couplesdesk --quiet``, so it works from a virtual
environment too, with ``--data-dir`` when the data folder is not the default one.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from .core.i18n import translate
from .paths import DataPaths, default_data_dir
from .whole_files import write_whole

DESKTOP_FILE = "couplesdesk.desktop"
LAUNCH_AGENT = "org.couplesdesk.CouplesDesk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "CouplesDesk"


def command(paths: DataPaths, python: str | None = None) -> list[str]:
    """What the desktop runs at sign-in."""
    args = [python or sys.executable, "-m", "couplesdesk", "--quiet"]
    if paths.root != default_data_dir().absolute():
        args += ["--data-dir", str(paths.root)]
    return args


def _write_whole(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all (a temporary file beside it, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_whole(path, data, mode=0o644)  # the desktop reads it; it holds no secret


# ------------------------------------------------------------------ Linux: XDG autostart


def xdg_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / DESKTOP_FILE


def exec_line(args: Sequence[str]) -> str:
    """``args`` as the Exec key of a desktop entry: each argument quoted as the Desktop Entry
    specification asks, then escaped as any string value of the file is."""
    quoted = []
    for arg in args:
        if any(c in arg for c in "\n\r\t"):
            raise ValueError(translate("autostart", "a path with a line break cannot be started from a desktop entry"))
        if arg and not any(c in arg for c in " \"'\\><~|&;$*?#()`%="):
            quoted.append(arg)
            continue
        inner = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
        quoted.append(f'"{inner}"')
    return " ".join(quoted).replace("\\", "\\\\")


def desktop_entry(args: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=CouplesDesk\n"
        "Comment=Reminders from CouplesDesk (starts in the background)\n"
        f"Exec={exec_line(args)}\n"
        "Icon=couplesdesk\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


# ------------------------------------------------------------------ macOS: a LaunchAgent (UNTESTED on a Mac)


def launch_agent_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"


def launch_agent(args: Sequence[str]) -> bytes:
    return plistlib.dumps({"Label": LAUNCH_AGENT, "ProgramArguments": list(args), "RunAtLoad": True})


# ------------------------------------------------------------------ Windows: the Run key (UNTESTED on Windows)


def _windows(args: Sequence[str] | None) -> bool:
    """Set (``args``), remove (None) or, with ``args`` empty, read the Run value."""
    if sys.platform != "win32":
        raise OSError("the Run key is a Windows thing")
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if args:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, subprocess.list2cmdline(list(args)))
            return True
        try:
            if args is None:
                winreg.DeleteValue(key, RUN_VALUE)
                return False
            winreg.QueryValueEx(key, RUN_VALUE)
            return True
        except FileNotFoundError:
            return False


# ------------------------------------------------------------------ on, off, and whether it is on


def is_on(platform: str = sys.platform) -> bool:
    if platform == "win32":
        return _windows([])
    return (launch_agent_file() if platform == "darwin" else xdg_file()).exists()


def turn_on(paths: DataPaths, platform: str = sys.platform) -> None:
    """Start quietly with the computer from now on. Raises OSError (or ValueError) if it cannot."""
    args = command(paths)
    if platform == "win32":
        _windows(args)
    elif platform == "darwin":
        _write_whole(launch_agent_file(), launch_agent(args))
    else:
        _write_whole(xdg_file(), desktop_entry(args).encode("utf-8"))


def turn_off(platform: str = sys.platform) -> None:
    if platform == "win32":
        _windows(None)
    else:
        (launch_agent_file() if platform == "darwin" else xdg_file()).unlink(missing_ok=True)
