"""The couple's side of homework plans (Qt-free): accepting a plan (:mod:`.importing`, which
needs the plan models), its items in words, and how far along each item is. Importing this
package stays light: Today reads homework in its first frame, before the exercise models load."""

from .progress import ItemProgress, item_progress, week_of
from .reading import ItemView, PlanView, read_homework
from .words import day_words, from_words, item_words, often_words, span_words

__all__ = [
    "ItemProgress", "ItemView", "PlanView", "day_words", "from_words", "item_progress", "item_words",
    "often_words", "read_homework", "span_words", "week_of",
]  # fmt: skip
