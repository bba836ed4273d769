"""What a write changed: a small set of typed flags (in the spirit of Anki's OpChanges).

Every write in the storage package announces the flags for what it touched; the GUI's
change bus carries them, and each page decides from them whether it needs to read again.
"""

from __future__ import annotations

from enum import Flag, auto


class Changes(Flag):
    NONE = 0
    COUPLE = auto()  # the partners' names and colours
    SETTINGS = auto()  # settings such as the acknowledged safety note
    RUNS = auto()  # a run started, moved, was left, finished or resumed
    ANSWERS = auto()  # what someone wrote or chose
    PAUSES = auto()
    TALKS = auto()  # a talk scheduled for later
    BOUNDARIES = auto()
    AGREEMENTS = auto()
    RATINGS = auto()
    PLANS = auto()  # homework plans and their items
    REVIEWS = auto()  # how a homework run went
    LIBRARY = auto()  # not the database: the exercise library finished loading
    PERSONAL_KEYS = auto()  # a partner's personal passphrase was set, changed or removed
    REMINDERS = auto()  # which reminders were shown: a settings row no page shows, so none reads again

    @classmethod
    def everything(cls) -> Changes:
        everything = cls.NONE
        for flag in cls:
            everything |= flag
        return everything
