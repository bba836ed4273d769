"""The storage package: the one way into the couple's data (Qt-free).

``Store.open`` opens and migrates the database; its repositories (``store.runs``,
``store.answers``, ``store.pauses``...) read and write one subject each and hand out typed
records; every write announces a :class:`Changes`; every database error becomes a
:class:`StoreError` whose ``trouble`` is read from SQLite's error code.
"""

from .changes import Changes
from .errors import StoreError, Trouble
from .records import (
    BOUNDARY_STATUSES,
    AgreementRecord,
    AnswerRecord,
    BoundaryRecord,
    Couple,
    Partner,
    PauseRecord,
    RatingFacts,
    RatingRecord,
    RunRecord,
)
from .store import Store, schema_version

__all__ = [
    "BOUNDARY_STATUSES",
    "AgreementRecord",
    "AnswerRecord",
    "BoundaryRecord",
    "Changes",
    "Couple",
    "Partner",
    "PauseRecord",
    "RatingFacts",
    "RatingRecord",
    "RunRecord",
    "Store",
    "StoreError",
    "Trouble",
    "schema_version",
]
