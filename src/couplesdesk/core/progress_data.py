"""What the Progress page shows, read in one go (Qt-free: it runs on the database worker, and
an export or a therapist report can read the same).

Four calm pictures, none of them a score and none of them one partner against the other:

* the days on which you both shared one thing, over the last few weeks (and the days of a
  break you took, when nothing is counted);
* the weekly check-in's ratings (closeness...) over the last months, each partner's own
  line, holding a number only where the privacy rule lets both of you see it: a private
  rating never, a sealed one once it was revealed, and never one whose author chose not to
  show it;
* pauses by week, and whether you came back by the time you had named;
* boundaries by where they stand now.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from ..storage import BOUNDARY_STATUSES, BoundaryRecord, PauseRecord, RatingFacts, Store
from .i18n import translate
from .people import PARTNERS
from .privacy import TOGETHER, may_see
from .rhythm import Break, read_breaks, week_start
from .today import SHARE_EXERCISE, SHARE_STEP

if TYPE_CHECKING:
    from .model import Exercise

CALENDAR_WEEKS = 5
"""Rows of the calendar of shared days: this week and the four before it."""
CHECKIN_EXERCISE = "weekly-check-in"
CHECKIN_WEEKS = 26
"""How far back the check-in ratings go: about six months."""
PAUSE_WEEKS = 12
ON_TIME = timedelta(minutes=15)
"""Coming back within this long after the time you named is coming back on time: a pause
ends when both press Next on it, and finding each other again takes a few minutes."""
COUNTED_OUTCOMES = ("completed", "extended", None)
"""A pause taken back before it ran (Back from its screen: 'left') is no pause taken."""


class Scale(NamedTuple):
    """A rating scale as the pictures draw it: its name, title, ends and the words at its ends."""

    key: str
    title: str
    low: int
    high: int
    low_label: str
    high_label: str


DEFAULT_SCALES = (Scale("closeness", "Closeness", 0, 10, "far apart", "very close"),)
"""The check-in's shared scale, as shipped, in English; :func:`default_scales` in the interface's language."""


def default_scales() -> tuple[Scale, ...]:
    """:data:`DEFAULT_SCALES` in the interface's language (the words the check-in exercise uses)."""
    far, close = translate("core/progress_data", "far apart"), translate("core/progress_data", "very close")
    return (Scale("closeness", translate("core/progress_data", "Closeness"), 0, 10, far, close),)


class SharedCalendar(NamedTuple):
    first: date  # a Monday
    today: date
    both: frozenset[date]  # the days (up to today) on which both partners shared
    breaks: frozenset[date]  # the days (up to today) of a break you took

    @property
    def days(self) -> list[date]:
        """Every day shown, Monday to Sunday, week by week (days after today included)."""
        return [self.first + timedelta(days=n) for n in range(CALENDAR_WEEKS * 7)]


class RatingLine(NamedTuple):
    author: str
    points: tuple[tuple[date, int], ...]  # (day of the check-in, value), oldest first


class RatingSeries(NamedTuple):
    scale: Scale
    first: date
    last: date
    lines: tuple[RatingLine, ...]  # a partner's line only when it holds a number both may see


class PauseWeek(NamedTuple):
    start: date  # its Monday
    on_time: int  # came back by the time named (give or take ON_TIME)
    later: int  # came back later than that
    open: int  # not closed in the app (still under way, or left open)

    @property
    def total(self) -> int:
        return self.on_time + self.later + self.open


class ProgressData(NamedTuple):
    today: date
    names: dict[str, str]
    calendar: SharedCalendar
    checkins: tuple[RatingSeries, ...]
    pauses: tuple[PauseWeek, ...]
    boundaries: tuple[tuple[str, int], ...]  # (status, how many), in the order statuses go


# --------------------------------------------------------------------------- reading


def read_progress(store: Store, today: date, scales: Sequence[Scale] = DEFAULT_SCALES) -> ProgressData:
    """Everything the Progress page shows, on ``today``."""
    couple = store.couple.get()
    names = couple.names() if couple is not None else {PARTNERS[0]: "Partner A", PARTNERS[1]: "Partner B"}
    first_week = week_start(today) - timedelta(weeks=CALENDAR_WEEKS - 1)
    days = store.shares.days(SHARE_EXERCISE, SHARE_STEP, since=first_week)
    since = week_start(today) - timedelta(weeks=CHECKIN_WEEKS - 1)
    ratings = store.ratings.with_facts(CHECKIN_EXERCISE, since)
    pauses_from = week_start(today) - timedelta(weeks=PAUSE_WEEKS - 1)
    return ProgressData(
        today=today,
        names=names,
        calendar=calendar_of(days, today, read_breaks(store.settings.get)),
        checkins=tuple(series_of(ratings, scale, since, today) for scale in scales),
        pauses=pause_weeks(store.pauses.since(_local_midnight(pauses_from)), today),
        boundaries=boundary_counts(store.boundaries.list()),
    )


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def calendar_of(days: dict[date, set[str]], today: date, breaks: Iterable[Break]) -> SharedCalendar:
    """The calendar, from which partners shared on which day and the breaks you took."""
    first = week_start(today) - timedelta(weeks=CALENDAR_WEEKS - 1)
    shown = [first + timedelta(days=n) for n in range((today - first).days + 1)]
    both = frozenset(d for d in shown if set(PARTNERS) <= days.get(d, set()))
    breaks = list(breaks)
    on_break = frozenset(d for d in shown if any(b.holds(d) for b in breaks))
    return SharedCalendar(first, today, both, on_break)


def shown_together(rating: RatingFacts) -> bool:
    """Whether both partners together may see this rating: the privacy rule on its answer's
    facts, and never when its author chose to keep it (or say it themselves)."""
    if not rating.answered:
        return False
    return may_see(rating, TOGETHER) and rating.consent in (None, "show")


def series_of(ratings: Iterable[RatingFacts], scale: Scale, first: date, last: date) -> RatingSeries:
    """Each partner's line on ``scale``: the ratings both may see, from ``first`` to ``last``."""
    points: dict[str, list[tuple[date, int]]] = {p: [] for p in PARTNERS}
    for rating in ratings:
        if rating.scale != scale.key or rating.author not in points or not first <= rating.day <= last:
            continue
        if shown_together(rating):
            points[rating.author].append((rating.day, rating.value))
    lines = tuple(RatingLine(p, tuple(sorted(points[p]))) for p in PARTNERS if points[p])
    return RatingSeries(scale, first, last, lines)


def pause_weeks(pauses: Iterable[PauseRecord], today: date) -> tuple[PauseWeek, ...]:
    """The last PAUSE_WEEKS weeks, each with its pauses by how they ended. A pause made longer
    (another 20 minutes) is one pause, judged by the time named last."""
    first = week_start(today) - timedelta(weeks=PAUSE_WEEKS - 1)
    last_of_run: dict[str, PauseRecord] = {}
    started: dict[str, datetime] = {}  # when each run's first pause began
    for pause in sorted(pauses, key=lambda p: p.started_at):
        last_of_run[pause.run_id] = pause
        started.setdefault(pause.run_id, pause.started_at)
    counts: dict[date, Counter[str]] = {first + timedelta(weeks=n): Counter() for n in range(PAUSE_WEEKS)}
    for run_id, pause in last_of_run.items():
        week = week_start(started[run_id].astimezone().date())
        if week in counts and pause.outcome in COUNTED_OUTCOMES:
            counts[week][_how_it_ended(pause)] += 1
    return tuple(PauseWeek(w, c["on_time"], c["later"], c["open"]) for w, c in counts.items())


def _how_it_ended(pause: PauseRecord) -> str:
    if pause.ended_at is None:
        return "open"
    return "on_time" if pause.ended_at <= pause.return_at + ON_TIME else "later"


def boundary_counts(boundaries: Iterable[BoundaryRecord]) -> tuple[tuple[str, int], ...]:
    """How many boundaries stand where, in the order statuses go (unknown ones last)."""
    counts = Counter(b.status for b in boundaries)
    order = [s for s in BOUNDARY_STATUSES if counts[s]] + sorted(s for s in counts if s not in BOUNDARY_STATUSES)
    return tuple((s, counts[s]) for s in order)


def scales_of(exercise: Exercise | None) -> tuple[Scale, ...]:
    """The scales of an exercise's ratings that may ever be shown together (not the private
    ones, not the sensitive ones), with their words; DEFAULT_SCALES without the exercise."""
    if exercise is None:
        return default_scales()
    from .model import RateStep

    scales: dict[str, Scale] = {}
    for step in exercise.steps:
        if isinstance(step, RateStep) and not step.private and not step.sensitive:
            key = step.scale or step.id
            title = exercise.text(step.title) if step.title else key.replace("-", " ").capitalize()
            low, high = exercise.text(step.low_label), exercise.text(step.high_label)
            scales.setdefault(key, Scale(key, title, step.min, step.max, low, high))
    return tuple(scales.values()) or default_scales()
