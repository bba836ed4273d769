"""A run read back calmly: its screens in the order they were shown, the prompts as they were
asked, each answer as the viewer may see it, its timers and pauses, and what it kept
(Qt-free, so it is read on the database worker).

Privacy: every answer goes through :func:`~couplesdesk.core.privacy.may_see`. An answer kept
from the viewer is replaced by a placeholder (``Said.words is None``), and so is a private
screen's answer that was never written: the placeholder reads the same either way, so it
tells nothing. A solo run is shown only to the partner who did it. Sensitive steps (the
private safety screen) leave no trace here: nothing of them was kept, and their question
is not shown either. Answers asked on a pause's own screen (its optional details) are not
shown: a number given during a pause is for its author's own chart only.

Answer words are read through :func:`answer_words` alone, so that words kept encrypted with
a partner's own passphrase can be opened in one place.
"""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Callable
from typing import Any, NamedTuple

from ..storage import AgreementRecord, AnswerRecord, BoundaryRecord, PauseRecord, RunRecord, Store
from . import model
from .clock import format_time, parse_iso
from .describe import partner_words
from .helplines import safety_values
from .i18n import translate
from .people import PARTNERS
from .privacy import Viewer, locked_words, may_see

OTHER = {PARTNERS[0]: PARTNERS[1], PARTNERS[1]: PARTNERS[0]}


def answer_words(answer: AnswerRecord, names: dict[str, str]) -> str:
    """The words of an answer, as its author gave them (the one place a transcript reads them);
    one kept locked with its author's own passphrase, not open in this reading, says so."""
    if answer.unreadable:
        return locked_words(answer.unreadable, names.get(answer.author, answer.author))
    return answer.text


class Said(NamedTuple):
    """One person's answer on a screen. ``words``: None when it is kept from the viewer (or,
    on a private screen, when nothing was written: the two read the same); '' when nothing
    was written on a shared screen."""

    author: str
    words: str | None


class Moment(NamedTuple):
    """One screen as it was shown: its title and prompt, what each person answered there,
    and, for a timer or turns, what happened, in words (``note``)."""

    step_id: str
    kind: str
    title: str
    prompt: str = ""
    alone: bool = False
    said: tuple[Said, ...] = ()
    note: str = ""


class KeptItem(NamedTuple):
    """A boundary or agreement the run kept: its words on that day, and today's if they changed."""

    kind: str  # 'boundary' or 'agreement'
    id: str
    words: str
    author: str
    status: str
    now: str | None = None


class Transcript(NamedTuple):
    run: RunRecord
    title: str
    names: dict[str, str]
    colours: dict[str, str]
    moments: tuple[Moment, ...]
    kept: tuple[KeptItem, ...] = ()
    extra_pauses: tuple[str, ...] = ()
    hidden_for: frozenset[str] = frozenset()
    """Partners whose words on private screens the viewer does not see (their hand-over shows them)."""
    changed: bool = False
    """The exercise changed (or left the library) since the run: questions as they read now, if at all."""
    homework: tuple[str, str] | None = None
    """(plan title, therapist's name) when the run was done for a homework plan."""

    @property
    def unfinished(self) -> bool:
        return self.run.status in ("active", "left")


# --------------------------------------------------------------------------- reading


def read_transcript(
    store: Store, run_id: str, exercise_of: Callable[[str], model.Exercise | None], viewer: Viewer
) -> Transcript | None:
    """The transcript of a run for ``viewer``; None when there is no such run, or when it is
    another partner's solo run."""
    try:
        run = store.runs.get(run_id)
    except KeyError:
        return None
    solo = run.binding.get("self")
    if solo is not None and not (viewer.kind == "partner" and viewer.partner == solo):
        return None
    couple = store.couple.get()
    names = couple.names() if couple is not None else {p: partner_words(p) for p in PARTNERS}
    colours = {p.key: p.color for p in (couple.a, couple.b)} if couple is not None else {}
    exercise = exercise_of(run.exercise_id)
    title = exercise.run_title(run.title) if exercise is not None else run.title or run.exercise_id
    pauses = store.history.pauses_of(run_id)
    reader = _Reader(run, exercise, store.answers.of_run(run_id), viewer, names, safety_values(store.settings.get))
    screens = reader.screens()
    moments = reader.moments(screens, pauses) if screens is not None else reader.answers_only()
    shown = {m.step_id for m in moments if m.kind == "timer"}
    return Transcript(
        run=run,
        title=title,
        names=names,
        moments=tuple(moments),
        kept=tuple(_kept(store, run_id)),
        extra_pauses=tuple(pause_words(p, names) for p in pauses if p.step_id not in shown),
        hidden_for=frozenset(reader.hidden_for),
        changed=screens is None,
        colours=colours,
        homework=store.plans.plan_of_run(run_id),
    )


def _kept(store: Store, run_id: str) -> list[KeptItem]:
    boundaries: list[BoundaryRecord] = store.boundaries.of_run(run_id)
    agreements: list[AgreementRecord] = store.agreements.of_run(run_id)
    first_b = store.boundaries.first_words([b.id for b in boundaries])
    first_a = store.agreements.first_words([a.id for a in agreements])
    items = [
        KeptItem(
            "boundary", b.id, first_b.get(b.id, b.statement), b.author, b.status, _if_new(first_b, b.id, b.statement)
        )
        for b in boundaries
    ]
    items += [
        KeptItem(
            "agreement", a.id, first_a.get(a.id, a.statement), "together", a.status, _if_new(first_a, a.id, a.statement)
        )
        for a in agreements
    ]
    return items


def _if_new(first: dict[str, str], row_id: str, now: str) -> str | None:
    return now if row_id in first and first[row_id] != now else None


# --------------------------------------------------------------------------- words


def pause_words(pause: PauseRecord, names: dict[str, str]) -> str:
    """A pause as it went, told plainly and without judging: who called it (if said), how long,
    when it began and when they meant to be back, and how it ended."""
    caller = names.get(pause.caller or "")
    times = {
        "minutes": f"{pause.minutes:g}",
        "start": format_time(pause.started_at),
        "back": format_time(pause.return_at),
    }
    said = (
        translate("core/transcript", "{name} called a pause of {minutes} minutes at {start}, to be back at {back}.")
        if caller
        else translate("core/transcript", "A pause of {minutes} minutes at {start}, to be back at {back}.")
    ).format(name=caller, **times)
    outcome = {
        "extended": translate("core/transcript", "You chose to take longer."),
        "scheduled": translate("core/transcript", "You chose a time to talk instead."),
        "left": translate("core/transcript", "It was taken back before it ran out."),
    }.get(pause.outcome or "")
    if outcome is None and pause.ended_at is not None:
        outcome = translate("core/transcript", "You came back together at {time}.").format(
            time=format_time(pause.ended_at)
        )
    return f"{said} {outcome or translate('core/transcript', 'It had not ended when you left off.')}"


class _Reader:
    """Reads one run's screens against its exercise, for one viewer."""

    def __init__(
        self,
        run: RunRecord,
        exercise: model.Exercise | None,
        answers: dict[tuple[str, str], AnswerRecord],
        viewer: Viewer,
        names: dict[str, str],
        safety: dict[str, str],
    ):
        self.run, self.exercise, self.answers, self.viewer = run, exercise, answers, viewer
        self.names, self.safety = names, safety
        self.hidden_for: set[str] = set()

    # ------------------------------------------------------------------ which screens

    def screens(self) -> list[tuple[int, int, dict[str, str]]] | None:
        """(step index, turn, binding) of every screen shown, in order; None when the exercise
        is not the one the run was made with (or is gone): its step numbers mean nothing then."""
        ex, run = self.exercise, self.run
        if ex is None or ex.version != run.exercise_version:
            return None
        shown = [(int(i), int(t), dict(b)) for i, t, b in run.state.get("history", [])]
        if run.status != "finished" and not run.state.get("finished"):
            here = (int(run.state.get("index", 0)), int(run.state.get("turn", 0)), dict(run.binding))
            if not shown or shown[-1][:2] != here[:2]:
                shown.append(here)  # where they left off
        if any(not 0 <= i < len(ex.steps) for i, _, _ in shown):
            return None
        return shown

    def actor(self, step: model.StepBase, turn: int, binding: dict[str, str]) -> str:
        """Who a screen was for (the engine's rule: 'each' goes first to the first role, or to 'self')."""
        assert self.exercise is not None
        if step.who == "each":
            roles = self.exercise.roles
            first = binding.get(roles.first if roles is not None else "self", PARTNERS[0])
            return first if turn == 0 else OTHER.get(first, PARTNERS[1])
        if step.who in PARTNERS or step.who == "together":
            return step.who
        return binding.get(step.who, "together")

    # ------------------------------------------------------------------ building

    def moments(self, screens: list[tuple[int, int, dict[str, str]]], pauses: list[PauseRecord]) -> list[Moment]:
        assert self.exercise is not None
        details = self.exercise.details()
        order: list[int] = []
        actors: dict[int, list[str]] = {}
        bindings: dict[int, dict[str, str]] = {}
        for index, turn, binding in screens:
            step = self.exercise.steps[index]
            if step.sensitive or step.silent or step.id in details:
                continue
            if index not in actors:
                order.append(index)
                actors[index], bindings[index] = [], binding
            actor = self.actor(step, turn, binding)
            if actor not in actors[index]:
                actors[index].append(actor)
        return [self._moment(self.exercise.steps[i], actors[i], bindings[i], pauses) for i in order]

    def _moment(
        self, step: model.StepBase, actors: list[str], binding: dict[str, str], pauses: list[PauseRecord]
    ) -> Moment:
        render = self._renderer(binding)
        title = render(step.title) if step.title is not None else ""
        prompt = self._prompt(step, render)
        if isinstance(step, model.TimerStep):
            title = title or translate("core/transcript", "A pause")
            return Moment(step.id, "timer", title, prompt, note=self._timer_note(step, pauses))
        if isinstance(step, model.TurnsStep):
            title = title or translate("core/transcript", "Taking turns")
            return Moment(step.id, "turns", title, note=self._turns_note(step))
        if isinstance(step, model.SwapRolesStep):
            return Moment(step.id, "swap", title or translate("core/transcript", "Changing places"), render(step.note))
        if isinstance(step, model.AgreeStep):
            title = title or translate("core/transcript", "Agreeing")
            return Moment(step.id, "agree", title, said=(self._said(step, "together", False),))
        if not step.answers():
            return Moment(step.id, str(step.kind), title, prompt if isinstance(step, model.RevealStep) else "")
        solo = self.exercise is not None and self.exercise.who == "solo"
        alone = solo or step.who == "each" or step.private
        said = tuple(self._said(step, who, alone and who in PARTNERS) for who in actors)
        return Moment(step.id, str(step.kind), title, prompt, alone, said)

    def _said(self, step: model.StepBase, author: str, alone: bool) -> Said:
        answer = self.answers.get((step.id, author))
        if answer is not None and may_see(answer, self.viewer):
            return Said(author, answer_words(answer, self.names))
        if answer is None and (not alone or (self.viewer.kind == "partner" and self.viewer.partner == author)):
            return Said(author, "")
        self.hidden_for.add(author)
        return Said(author, None)

    def answers_only(self) -> list[Moment]:
        """Without the exercise the run was made with: each answer under its question as it
        reads now (if the step is still there), in the exercise's order, else as written."""
        ex = self.exercise
        by_step: dict[str, list[AnswerRecord]] = {}
        for answer in sorted(self.answers.values(), key=lambda a: a.updated_at):
            if answer.kind != "consent":
                by_step.setdefault(answer.step_id, []).append(answer)
        steps = {s.id: (i, s) for i, s in enumerate(ex.steps)} if ex is not None else {}
        ordered = sorted(by_step, key=lambda sid: steps[sid][0] if sid in steps else len(steps))
        render = self._renderer(self.run.binding)
        out = []
        for sid in ordered:
            step = steps[sid][1] if sid in steps else None
            if step is not None and (step.sensitive or (ex is not None and sid in ex.details())):
                continue
            title = render(step.title) if step is not None and step.title is not None else ""
            prompt = self._prompt(step, render) if step is not None else ""
            said = tuple(self._said_record(a) for a in by_step[sid])
            out.append(
                Moment(
                    sid, step.kind if step is not None else "", title, prompt, any(a.sealed for a in by_step[sid]), said
                )
            )
        return out

    def _said_record(self, answer: AnswerRecord) -> Said:
        if may_see(answer, self.viewer):
            return Said(answer.author, answer_words(answer, self.names))
        self.hidden_for.add(answer.author)
        return Said(answer.author, None)

    # ------------------------------------------------------------------ words

    def _renderer(self, binding: dict[str, str]) -> Callable[[model.Text | None], str]:
        values: defaultdict[str, str] = defaultdict(str, self.names)
        for role, partner in binding.items():
            values[role] = self.names.get(partner, partner)
        values.update(self.safety)
        deadlines = [
            t["deadline"] for t in self.run.state.get("timers", {}).values() if isinstance(t, dict) and "deadline" in t
        ]
        if deadlines:
            values["return_time"] = format_time(parse_iso(max(deadlines)))
        exercise = self.exercise

        def render(text: model.Text | None) -> str:
            raw = exercise.text(text) if exercise is not None else (text if isinstance(text, str) else "")
            try:
                return string.Formatter().vformat(raw, (), values)
            except (ValueError, IndexError, KeyError):
                return raw

        return render

    def _prompt(self, step: model.StepBase, render: Callable[[model.Text | None], str]) -> str:
        if isinstance(step, model.WriteStep) and step.prompt is None and step.prompts:
            return render(step.prompts[self.run.day.toordinal() % len(step.prompts)])
        prompt: Any = getattr(step, "prompt", None)
        return render(prompt) if prompt is not None else ""

    def _timer_note(self, step: model.TimerStep, pauses: list[PauseRecord]) -> str:
        mine = [p for p in pauses if p.step_id == step.id]
        if mine:
            return " ".join(pause_words(p, self.names) for p in mine)
        timer = self.run.state.get("timers", {}).get(step.id)
        if not isinstance(timer, dict):
            return translate("core/transcript", "The timer was not started.")
        minutes = f"{float(timer.get('minutes', step.minutes)):g}"
        return translate("core/transcript", "A timer of {minutes} minutes.").format(minutes=minutes)

    def _turns_note(self, step: model.TurnsStep) -> str:
        done = int(self.run.state.get("turns", {}).get(step.id, 0))
        n = step.rounds
        if done >= step.rounds * step.phases():
            text = (
                translate("core/transcript", "You took turns: 1 round of {minutes} minutes each.")
                if n == 1
                else translate("core/transcript", "You took turns: {count} rounds of {minutes} minutes each.")
            )
        elif n == 1:
            text = translate(
                "core/transcript",
                "You began taking turns (1 round of {minutes} minutes each) and left off part of the way.",
            )
        else:
            text = translate(
                "core/transcript",
                "You began taking turns ({count} rounds of {minutes} minutes each) and left off part of the way.",
            )
        return text.format(count=n, minutes=step.turn_minutes)
