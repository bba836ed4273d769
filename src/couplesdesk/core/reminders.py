"""Reminders (Qt-free): from the clock, the couple's settings and a few sources, which
reminder comes next, when, and in which words.

A *source* turns what the database says (:class:`Facts`, read in one go on the database
worker) into :class:`Reminder` candidates for today and tomorrow: the daily share (at the
time the couple chose, while not both have shared that day), a talk they planned (at its
time), and homework (a :data:`HomeworkDue` function, see below). :func:`next_reminder` then
picks the one to show next, keeping to the settings:

* nothing of a kind that is switched off, and nothing at all when reminders are off;
* nothing in quiet hours: a reminder that falls inside them waits until they end, and is
  let go if by then it is stale (past its ``until``: a day's share or homework by the end
  of that day, a talk an hour after its time); nothing is ever shown twice;
* a reminder missed because the app was not running is shown once it is, while it is fresh.

**The words of a reminder never hold anything either partner wrote** (not an answer, a
boundary, an agreement, a talk's topic, not even their names): only what the reminder is
about, and a time.

Homework plugs in through :data:`HomeworkDue`: given the store and a day, the homework items
still to do that day, each with a plain title; :func:`plan_homework` is the one for homework
plans (``core.homework``). A homework reminder names neither the exercises nor the therapist.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from ..storage import Changes, Store
from .i18n import QT_TRANSLATE_NOOP, TIME, date_words, translate
from .people import PARTNERS
from .rhythm import read_breaks
from .safe_text import UNSAFE
from .today import SHARE_EXERCISE, SHARE_STEP

SETTINGS_KEY = "reminders"
"""One settings row holds every reminder setting, as a JSON object (see :class:`ReminderSettings`)."""
SHOWN_KEY = "reminders_shown"
"""The keys of the reminders already shown (the latest few), so a restart never repeats one."""
SHOWN_KEPT = 40

SHARE, TALK, HOMEWORK = "share", "talk", "homework"
KINDS = (SHARE, TALK, HOMEWORK)

TALK_FRESH = timedelta(hours=1)
"""A talk's reminder is still worth showing this long after its time (Today lists it as long)."""
TITLE_LENGTH = 60


@dataclass(frozen=True)
class ReminderSettings:
    on: bool = True
    """The master switch."""
    share: bool = False
    """The daily share is off until the couple chooses a time for it."""
    share_at: time = time(20, 0)
    talk: bool = True
    homework: bool = True
    homework_at: time = time(19, 0)
    quiet_from: time = time(22, 0)
    quiet_until: time = time(8, 0)

    def allows(self, kind: str) -> bool:
        return self.on and bool(getattr(self, kind))

    def to_json(self) -> dict[str, Any]:
        def hhmm(t: time) -> str:
            return t.strftime("%H:%M")

        return {
            "on": self.on,
            "share": self.share,
            "share_at": hhmm(self.share_at),
            "talk": self.talk,
            "homework": self.homework,
            "homework_at": hhmm(self.homework_at),
            "quiet_from": hhmm(self.quiet_from),
            "quiet_until": hhmm(self.quiet_until),
        }

    @classmethod
    def from_json(cls, value: Any) -> ReminderSettings:
        """Whatever a settings row holds: a value of the wrong kind keeps its default, never a crash."""
        made = cls()
        if not isinstance(value, dict):
            return made
        changes: dict[str, Any] = {}
        for name, default in made.__dict__.items():
            given = value.get(name)
            if isinstance(default, bool) and isinstance(given, bool):
                changes[name] = given
            elif isinstance(default, time) and isinstance(given, str):
                try:
                    changes[name] = time.fromisoformat(given).replace(second=0, microsecond=0, tzinfo=None)
                except ValueError:
                    continue
        return replace(made, **changes)


def read_settings(get: Callable[[str], Any]) -> ReminderSettings:
    return ReminderSettings.from_json(get(SETTINGS_KEY))


def save_settings(store: Store, settings: ReminderSettings) -> None:
    store.settings.set(SETTINGS_KEY, settings.to_json())


class Reminder(NamedTuple):
    key: str
    """Unique for what it reminds of ("share:2026-11-20"), so it is shown once."""
    kind: str
    at: datetime
    until: datetime
    """Past this it is stale and let go."""
    title: str
    body: str


class HomeworkItem(NamedTuple):
    """A homework item still to do on a day, as the plan module hands it to reminders."""

    id: str
    title: str
    """The exercise's title (or the therapist's name for the item): never a partner's words."""


HomeworkDue = Callable[[Store, date], list[HomeworkItem]]
"""The homework hook: the items still to do on a day (the day may be tomorrow)."""


def no_homework(store: Store, day: date) -> list[HomeworkItem]:
    """The hook until homework plans provide one."""
    return []


class Facts(NamedTuple):
    """What the sources need from the database, read in one go on the database worker."""

    today: date
    both_shared_today: bool
    on_break: bool
    talks: tuple[datetime, ...]
    homework: dict[date, list[HomeworkItem]]
    shown: frozenset[str]


def read_facts(
    store: Store, now: datetime, homework: HomeworkDue = no_homework, share: tuple[str, str] | None = None
) -> tuple[ReminderSettings, Facts]:
    """The settings and the facts, for today and tomorrow (``share``: the exercise and step
    whose answers count as shared, :mod:`.today`'s by default)."""
    exercise, step = share or (SHARE_EXERCISE, SHARE_STEP)
    get = store.settings.get
    today = now.astimezone().date()
    partners = store.shares.days(exercise, step, since=today).get(today, set())
    on_break = any(b.holds(today) for b in read_breaks(get))
    tomorrow = today + timedelta(days=1)
    facts = Facts(
        today=today,
        both_shared_today=set(PARTNERS) <= partners,
        on_break=on_break,
        talks=tuple(store.talks.upcoming(now - TALK_FRESH)),
        homework={day: homework(store, day) for day in (today, tomorrow)},
        shown=frozenset(str(key) for key in get(SHOWN_KEY) or []),
    )
    return read_settings(get), facts


def remember_shown(store: Store, key: str) -> None:
    shown = [str(k) for k in store.settings.get(SHOWN_KEY) or [] if k != key]
    store.settings.set(SHOWN_KEY, [*shown, key][-SHOWN_KEPT:], Changes.REMINDERS)


# ------------------------------------------------------------------ the sources


def local_at(day: date, at: time) -> datetime:
    """``at`` o'clock on ``day``, local time (through naive time, so summer time is kept)."""
    return datetime.combine(day, at).astimezone()


def _end_of(day: date) -> datetime:
    return local_at(day + timedelta(days=1), time(0))


def share_source(settings: ReminderSettings, facts: Facts) -> list[Reminder]:
    """Today's share while not both have shared (and no break), and tomorrow's."""
    if facts.on_break:
        return []
    days = [facts.today + timedelta(days=1)]
    if not facts.both_shared_today:
        days.insert(0, facts.today)
    return [
        Reminder(
            f"share:{day.isoformat()}",
            SHARE,
            local_at(day, settings.share_at),
            _end_of(day),
            translate("core/reminders", "Time to share one thing"),
            translate("core/reminders", "A few quiet minutes for the two of you, when you're ready."),
        )
        for day in days
    ]


def talk_source(settings: ReminderSettings, facts: Facts) -> list[Reminder]:
    """Each planned talk, at its time (its topic is never said)."""
    return [
        Reminder(
            f"talk:{at.isoformat()}",
            TALK,
            at,
            at + TALK_FRESH,
            translate("core/reminders", "The talk you planned"),
            translate("core/reminders", "It's {time}, the time you chose to talk again.").format(
                time=date_words(at.astimezone(), TIME)
            ),
        )
        for at in facts.talks
    ]


HOMEWORK_WORDS = QT_TRANSLATE_NOOP("core/reminders", "A little homework is waiting for today, whenever suits you both.")
"""The same words every day: no exercise and no therapist is named (a notification may be read
over a shoulder, or on a locked screen), and nothing either partner wrote."""


def homework_source(settings: ReminderSettings, facts: Facts) -> list[Reminder]:
    """One reminder a day, at the chosen time, while some homework is still to do that day."""
    return [
        Reminder(
            f"homework:{day.isoformat()}",
            HOMEWORK,
            local_at(day, settings.homework_at),
            _end_of(day),
            translate("core/reminders", "Homework for today"),
            translate("core/reminders", HOMEWORK_WORDS),
        )
        for day, items in sorted(facts.homework.items())
        if items and not facts.on_break
    ]


def plan_homework(title_of: Callable[[str], str | None]) -> HomeworkDue:
    """The homework hook for plans (``core.homework``): the items that can be started on a day
    and are not done for it yet. ``title_of`` gives an exercise's title, None if it is missing."""

    def due(store: Store, day: date) -> list[HomeworkItem]:
        from .homework import read_homework

        return [
            HomeworkItem(view.item.id, plain_title(view.title))
            for plan_view in read_homework(store, day, title_of)
            for view in plan_view.items
            if view.startable and not view.progress.done
        ]

    return due


Source = Callable[[ReminderSettings, Facts], list[Reminder]]
SOURCES: tuple[Source, ...] = (share_source, talk_source, homework_source)


def plain_title(title: str) -> str:
    """A title fit for a notification: one line, no control or bidi characters, not too long."""
    one_line = " ".join(UNSAFE.sub(" ", title).split())
    return one_line if len(one_line) <= TITLE_LENGTH else one_line[: TITLE_LENGTH - 1].rstrip() + "…"


# ------------------------------------------------------------------ choosing


def quiet_end(moment: datetime, settings: ReminderSettings) -> datetime | None:
    """If ``moment`` lies in quiet hours, the moment they end; else None. Equal times: no quiet hours."""
    start, end = settings.quiet_from, settings.quiet_until
    if start == end:
        return None
    local = moment.astimezone()
    now_t, day = local.time().replace(tzinfo=None), local.date()
    if start < end:  # within one day: 13:00-15:00
        return local_at(day, end) if start <= now_t < end else None
    if now_t >= start:  # 22:00-08:00, before midnight
        return local_at(day + timedelta(days=1), end)
    if now_t < end:  # after midnight
        return local_at(day, end)
    return None


class Planned(NamedTuple):
    reminder: Reminder
    show_at: datetime


def plan(reminder: Reminder, now: datetime, settings: ReminderSettings) -> Planned | None:
    """When ``reminder`` can be shown (not before now, not in quiet hours), or None if by then it is stale."""
    moment = max(reminder.at, now)
    later = quiet_end(moment, settings)
    if later is not None:
        moment = later
    return Planned(reminder, moment) if moment < reminder.until else None


def candidates(settings: ReminderSettings, facts: Facts, sources: Iterable[Source] = SOURCES) -> list[Reminder]:
    return [r for source in sources for r in source(settings, facts)]


def next_reminder(
    now: datetime, settings: ReminderSettings, facts: Facts, sources: Sequence[Source] = SOURCES
) -> Planned | None:
    """The reminder to show next and when (it may be now), or None: nothing is coming."""
    planned = [
        p
        for r in candidates(settings, facts, sources)
        if settings.allows(r.kind) and r.key not in facts.shown
        for p in [plan(r, now, settings)]
        if p is not None
    ]
    return min(planned, key=lambda p: (p.show_at, KINDS.index(p.reminder.kind)), default=None)
