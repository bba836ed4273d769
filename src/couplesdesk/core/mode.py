"""Who uses CouplesDesk on this computer: a couple (the default) or a therapist (Qt-free, so
the first frame can ask it without the mode-choosing screens; see gui/mode.py)."""

from __future__ import annotations

from ..storage import Store

MODE_SETTING = "mode"
COUPLE = "couple"
THERAPIST = "therapist"


def mode_of(store: Store) -> str:
    """The mode this data folder is used in (a couple's, unless a therapist chose otherwise)."""
    return THERAPIST if store.settings.get(MODE_SETTING) == THERAPIST else COUPLE
