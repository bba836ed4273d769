"""The Today page's sentences, whole, in the interface's language (Qt-free, like ``words``):
the greeting and the date, the pause, today's sharing, and the unfinished runs' counts."""

from __future__ import annotations

from datetime import date, datetime

from ..core.i18n import DAY_MONTH, WEEKDAY, date_words, translate
from .words import greeting


def greeting_line(now: datetime, names: tuple[str, str] | None) -> str:
    """'Good evening, Alex and Sam' (just 'Good evening' before the names are known)."""
    if names is None:
        return greeting(now)
    return translate("today_words", "{greeting}, {a} and {b}").format(greeting=greeting(now), a=names[0], b=names[1])


def date_line(today: date) -> str:
    """'Friday, 20 November'."""
    return translate("today_words", "{weekday}, {day}").format(
        weekday=date_words(today, WEEKDAY), day=date_words(today, DAY_MONTH)
    )


def pause_words(caller: str | None, until: str, over: bool) -> tuple[str, str, str]:
    """The pause card's line, the words under it, and its button's accessible name."""
    if not over:
        if caller:
            who = translate(
                "today_words",
                "{name} called this pause. Take the time you need; you will check in with each other then.",
            ).format(name=caller)
        else:
            who = translate(
                "today_words", "You are taking a pause. Take the time you need; you will check in with each other then."
            )
        return (
            translate("today_words", "Paused until {time}").format(time=until),
            who,
            translate("today_words", "Go to the pause (until {time})").format(time=until),
        )
    if caller:
        who = translate(
            "today_words", "{name} called it. When you are both ready, come back together and check in."
        ).format(name=caller)
    else:
        who = translate("today_words", "When you are both ready, come back together and check in.")
    return (
        translate("today_words", "The pause ended at {time}").format(time=until),
        who,
        translate("today_words", "Go to the pause, to check in together"),
    )


def share_words(names: tuple[str, str], done: tuple[bool, bool], pausing: bool, resting: bool) -> str:
    """Where today's sharing stands, never as a reproach."""
    if all(done):
        return translate("today_words", "You both shared today. Thank you for making the time for each other.")
    if pausing:
        return translate("today_words", "Sharing can wait until after your pause.")
    if resting:
        return translate("today_words", "Sharing is here whenever you want it.")
    if any(done):
        first, second = names if done[0] else (names[1], names[0])
        return translate("today_words", "{done} has shared today; {waiting} hasn't yet.").format(
            done=first, waiting=second
        )
    return translate("today_words", "Nothing shared yet today. A sentence or two each is plenty.")


def more_words(step: int, more: int) -> tuple[str, str]:
    """The 'Show more' button's text and accessible name."""
    if more > step:
        text = translate("today_words", "Show %n more of {older} older ones", None, step).format(older=more)
    else:
        text = translate("today_words", "Show %n more", None, step)
    return text, translate("today_words", "Show %n more unfinished exercise(s)", None, step)


def missing_words(missing: int) -> str:
    """Runs of exercises that are no longer in the library."""
    if missing == 1:
        return translate("today_words", "1 older run belongs to an exercise no longer in your library.")
    return translate("today_words", "%n older runs belong to exercises no longer in your library.", None, missing)
