"""The run engine: where a couple is in an exercise, who acts, and what they answered (Qt-free).

Time comes from an injected clock: timers are deadlines, not sleeps. What any screen may
show of an answer is decided by :mod:`couplesdesk.core.privacy`.
"""

from .base import OTHER, RunError, Screen, answer_text
from .run import Run

__all__ = ["OTHER", "Run", "RunError", "Screen", "answer_text"]
