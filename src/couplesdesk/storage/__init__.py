"""The storage package: the one way into the couple's data (Qt-free).

``Store.open`` opens and migrates the database; its repositories (``store.runs``,
``store.answers``, ``store.pauses``...) read and write one subject each and hand out typed
records; every write announces a :class:`Changes`; every database error becomes a
:class:`StoreError` whose ``trouble`` is read from SQLite's error code.
"""

from .changes import Changes
from .errors import StoreError, Trouble
from .records import (
    AGREEMENT_STATUSES,
    BOUNDARY_STATUSES,
    AgreementRecord,
    AnswerRecord,
    BoundaryRecord,
    Couple,
    HistoryRun,
    HomeworkRun,
    NewPlan,
    Partner,
    PauseRecord,
    PlanItemRecord,
    PlanRecord,
    RatingFacts,
    RatingRecord,
    ReviewRecord,
    RunRecord,
    WordingRecord,
)
from .store import Store, schema_version

__all__ = [
    "AGREEMENT_STATUSES",
    "BOUNDARY_STATUSES",
    "AgreementRecord",
    "AnswerRecord",
    "BoundaryRecord",
    "Changes",
    "Couple",
    "HistoryRun",
    "HomeworkRun",
    "NewPlan",
    "Partner",
    "PauseRecord",
    "PlanItemRecord",
    "PlanRecord",
    "RatingFacts",
    "RatingRecord",
    "ReviewRecord",
    "RunRecord",
    "Store",
    "StoreError",
    "Trouble",
    "WordingRecord",
    "schema_version",
]
