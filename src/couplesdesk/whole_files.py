"""Files written whole or not at all.

The data goes to a new temporary file beside the target (created by ``mkstemp``: 0600, never
through a file or link already there), is flushed to the disk, gets its mode, and is renamed
over the target. A failure (a full disk) leaves the target as it was and no temporary file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_whole(target: Path, data: bytes, mode: int = 0o600, durable: bool = True) -> None:
    """``data`` as the file ``target``, readable as ``mode`` says (this user alone unless told).
    ``durable=False``: not waited onto the disk (a cache that is checked when read)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    partial = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        if os.name == "posix" and mode != 0o600:
            os.chmod(partial, mode)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
