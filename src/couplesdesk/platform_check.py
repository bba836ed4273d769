"""Before Qt starts: say what to install when the desktop lacks a library Qt needs.

Without this, a Linux desktop missing libxcb-cursor0 gets Qt's bare "could not load the
Qt platform plugin" abort, which tells a person nothing they can act on.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# Libraries Qt 6's xcb platform plugin loads, with the Debian/Ubuntu package that has each.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}
SONAMES = {
    "xcb-cursor": "libxcb-cursor.so.0",
    "xkbcommon-x11": "libxkbcommon-x11.so.0",
    "xcb-icccm": "libxcb-icccm.so.4",
    "xcb-keysyms": "libxcb-keysyms.so.1",
    "xcb-shape": "libxcb-shape.so.0",
    "EGL": "libEGL.so.1",
    "fontconfig": "libfontconfig.so.1",
}


def loadable(library: str) -> str | None:
    """The library's file name if the dynamic loader can load it, else None.

    Asks the loader directly (as Qt will a moment later): ``ctypes.util.find_library``
    runs ``ldconfig -p`` once per name, about 80 ms for the seven on every start."""
    soname = SONAMES[library]
    try:
        ctypes.CDLL(soname)
    except OSError:
        return None
    return soname


def _platform() -> str:
    explicit = os.environ.get("QT_QPA_PLATFORM", "")
    if explicit:
        return explicit.split(":")[0].split(";")[0]
    if os.environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def missing_gui_libraries(find: Callable[[str], str | None] = loadable) -> str:
    """A message naming what to install, or "" when Qt can start."""
    if not sys.platform.startswith("linux"):
        return ""
    platform = _platform()
    if platform != "xcb":
        return ""
    if not os.environ.get("DISPLAY"):
        return (
            "CouplesDesk needs a graphical desktop, and none was found (DISPLAY is not set).\n"
            "Start it from your desktop session, or set QT_QPA_PLATFORM=offscreen for a test run."
        )
    missing = [package for library, package in XCB_LIBRARIES.items() if not find(library)]
    if not missing:
        return ""
    return (
        "CouplesDesk cannot open its window: this desktop lacks libraries Qt needs.\n"
        f"On Debian or Ubuntu, install them with:\n\n    sudo apt install {' '.join(missing)}\n\n"
        "On other systems, install the packages that provide: "
        + ", ".join(lib for lib, pkg in XCB_LIBRARIES.items() if pkg in missing)
        + "."
    )
