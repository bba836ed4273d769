"""Opening the data folder into a window, and putting a new window in an old one's place.

The first window is one of: the main window; the unlock screen (the folder is encrypted and
the key is not remembered on this computer); the damage screen; or none, after saying why.
Unlocking, a recovery, or turning encryption on or off opens the data again into a new
window that takes the old one's place (its ``replacedBy`` property), so the one-instance hand-over and
quitting always reach the window in front.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

from ..core import language as languages
from ..core.clock import Clock
from ..paths import DataPaths
from ..storage import StoreError, Trouble

log = logging.getLogger("couplesdesk.app")

CannotOpen = Callable[[DataPaths, "StoreError | OSError"], None]


def first_window(paths: DataPaths, clock: Clock, cannot_open: CannotOpen) -> QMainWindow | None:
    """The window to show at start."""
    if paths.key_file.exists():  # encrypted (storage/encryption.py is loaded only then)
        key = remembered_key(paths)
        if key is None:
            from .unlock_window import UnlockWindow

            window = UnlockWindow(paths)
            window.unlocked.connect(lambda key: replace(window, paths, clock, key, cannot_open))
            return window
        return open_data(paths, clock, key, cannot_open)
    return open_data(paths, clock, None, cannot_open)


def remembered_key(paths: DataPaths) -> bytes | None:
    """The key kept by 'remember on this computer', if it still opens the data."""
    from .. import keychain
    from ..storage import encryption

    key = keychain.recall(paths)
    if key is None:
        return None
    try:
        return encryption.unlock_with_key(paths.root, key)
    except StoreError:
        log.warning("The remembered key no longer opens this folder; asking for the passphrase")
        return None


def open_data(paths: DataPaths, clock: Clock, key: bytes | None, cannot_open: CannotOpen) -> QMainWindow | None:
    """The window on the data: the couple's, or the therapist's in therapist mode (the damage
    screen if it is damaged; None after saying why)."""
    from .main_window import MainWindow
    from .services import Services

    try:
        services = Services.open(paths, clock, key)
    except (StoreError, OSError) as exc:
        if isinstance(exc, StoreError) and exc.trouble is Trouble.DAMAGED:
            from .damage_window import DamageWindow

            log.error("The database is damaged: %s", exc)
            damaged = DamageWindow(paths, clock, str(exc), key)
            damaged.recovered.connect(lambda: replace(damaged, paths, clock, key, cannot_open))
            return damaged
        cannot_open(paths, exc)
        return None
    from .translators import install

    # The couple's choice may change the language: the translators follow before any window is built.
    install(languages.use_setting(services.store.settings.get(languages.SETTING)))
    from .looks import use_settings

    use_settings(services.store.settings.get)  # light or dark, and the text size, as chosen
    from ..core.mode import THERAPIST, mode_of

    if mode_of(services.store) == THERAPIST:  # the first frame's reads are synchronous
        from .therapist_window import TherapistWindow

        return TherapistWindow(services)
    return MainWindow(services)


def replace(
    old: QMainWindow, paths: DataPaths, clock: Clock, key: bytes | None, cannot_open: CannotOpen | None = None
) -> QMainWindow | None:
    """Open the data again in a new window, in ``old``'s place; ``old`` closes."""
    if cannot_open is None:
        from .app import cannot_open_data

        cannot_open = cannot_open_data
    window = open_data(paths, clock, key, cannot_open)
    if window is None:
        return None
    window.setGeometry(old.geometry())
    old.setProperty("replacedBy", window)
    window.show()
    old.close()
    return window
