"""Session reports (issue 12): what a couple chose to send their therapist, Qt-free.

:func:`~.gather.gather` lists what could go in, through the one privacy rule; each partner's
:class:`~.compose.Choice` (made behind their own hand-over) decides what does;
:func:`~.compose.compose` writes the report JSON (docs/report-format.md);
:mod:`.sealing` packs it with its PDF and seals it with age to the therapist's key, and opens
such a file again on the therapist's side.
"""

from .compose import FLAG_WORDS, FORMAT, VERSION, Choice, Report, compose, couple_copy, included
from .gather import PROGRESS, Candidate, Offer, gather
from .plan import ItemProgress, ReportPlan
from .sealing import SUFFIX, OpenedReport, ReportProblem, open_report, seal

__all__ = [
    "FLAG_WORDS",
    "FORMAT",
    "PROGRESS",
    "SUFFIX",
    "VERSION",
    "Candidate",
    "Choice",
    "ItemProgress",
    "Offer",
    "OpenedReport",
    "Report",
    "ReportPlan",
    "ReportProblem",
    "compose",
    "couple_copy",
    "gather",
    "included",
    "open_report",
    "seal",
]
