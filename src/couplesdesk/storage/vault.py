"""The personal keys open right now: in memory only, never written anywhere.

One vault is shared by every connection to one database (the app's and the database
worker's), as the database key is. A partner's key is put here when they type their personal
passphrase (at their hand-over, or for a reveal) and forgotten when their turn ends. The vault
also counts wrong tries in a row, so that guessing is slowed down.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

FREE_TRIES = 3
"""Wrong tries in a row before each further try has to wait."""
LONGEST_WAIT_S = 300


class Vault:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, tuple[str, bytes]] = {}
        self._wrong: dict[str, tuple[int, datetime]] = {}

    def put(self, partner: str, key_id: str, key: bytes) -> None:
        with self._lock:
            self._keys[partner] = (key_id, key)
            self._wrong.pop(partner, None)

    def get(self, partner: str) -> tuple[str, bytes] | None:
        """(key id, key) of ``partner``'s open personal key, or None."""
        with self._lock:
            return self._keys.get(partner)

    def open_partners(self) -> set[str]:
        with self._lock:
            return set(self._keys)

    def forget(self, partner: str | None = None) -> None:
        """Forget ``partner``'s key (or every key)."""
        with self._lock:
            if partner is None:
                self._keys.clear()
            else:
                self._keys.pop(partner, None)

    # ------------------------------------------------------------------ slowing down guesses

    def wrong(self, partner: str, now: datetime) -> None:
        with self._lock:
            count, _ = self._wrong.get(partner, (0, now))
            self._wrong[partner] = (count + 1, now)

    def wait(self, partner: str, now: datetime) -> int:
        """Whole seconds before ``partner``'s passphrase may be tried again (0: now). The first
        few wrong tries in a row cost nothing more than the key derivation; then 5, 10, 20...
        seconds, at most five minutes."""
        with self._lock:
            count, last = self._wrong.get(partner, (0, now))
        if count < FREE_TRIES:
            return 0
        wait = timedelta(seconds=min(LONGEST_WAIT_S, 5 * 2 ** (count - FREE_TRIES)))
        left = (last + wait - now).total_seconds()
        return max(0, int(left + 0.999))
