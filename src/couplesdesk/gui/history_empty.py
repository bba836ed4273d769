"""What the History page says when it has nothing to list (nothing done yet, or nothing for
the filters chosen), and its way to Prepare for our session. (The History page's words:
translated in its context, "history_page".)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .services import Services


def empty_words(everything: bool) -> tuple[str, str, str]:
    """(title, words, button) for an empty list; ``everything``: no filter is narrowing it."""
    if everything:
        title = translate("history_page", "Your first exercise will appear here")
        text = translate(
            "history_page",
            "Every exercise you do together is kept here, week by week, so you can come back to it: "
            "what you were asked, what you said to each other, what you agreed. A few minutes of "
            "Share one thing is a gentle place to begin.",
        )
        button = translate("history_page", "Start Share one thing")
    else:
        title = translate("history_page", "Nothing here for these choices")
        text = translate(
            "history_page", "Nothing you have done matches all of them. Try fewer, or another stretch of time."
        )
        button = translate("history_page", "Show everything")
    return title, text, button


def prepare_report(services: Services, window: QWidget) -> None:
    """Prepare for our session, from the History page (the report's module loads when asked)."""
    from .session_report import prepare

    prepare(services, window)
