"""The couple's side of homework plans (Qt-free): accepting a plan, its items in words, and
how far along each item is."""

from .importing import Installed, install_bundled, new_plan
from .progress import ItemProgress, item_progress, week_of
from .reading import ItemView, PlanView, read_homework
from .words import day_words, from_words, item_words, often_words, span_words

__all__ = [
    "Installed", "ItemProgress", "ItemView", "PlanView", "read_homework", "day_words", "from_words", "install_bundled", "item_progress", "item_words",
    "new_plan", "often_words", "span_words", "week_of",
]  # fmt: skip
