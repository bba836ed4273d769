"""Is CouplesDesk open on a data folder? (Qt-free: the command line asks before a restore.)

The app holds a lock file in the data folder while it runs (Qt's QLockFile, see
gui/single_instance.py), which names the process that holds it: ``PID``, the app's name and
the host, one per line. A lock whose process is gone (after a crash) does not count.
"""

from __future__ import annotations

import os
import socket

from .paths import DataPaths


def lock_holder(paths: DataPaths) -> int | None:
    """The process id in the lock file, if the file is there and names one."""
    try:
        first = paths.lock_file.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return None
    try:
        pid = int(first[0].strip())
    except (ValueError, IndexError):
        return None
    host = first[2].strip() if len(first) > 2 else ""
    if host and host != socket.gethostname():
        return None  # another computer's lock (a folder on a shared drive): not ours to judge
    return pid


def running_elsewhere(paths: DataPaths) -> bool:
    """Whether another process holds the data folder's lock and is still alive."""
    pid = lock_holder(paths)
    if pid is None or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # a stale lock, left by a crash
    except PermissionError:
        return True  # alive, someone else's
    except OSError:
        return False
    return True
