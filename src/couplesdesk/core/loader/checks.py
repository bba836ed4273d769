"""Checks that need the whole exercise: references, roles, privacy, placeholders."""

from __future__ import annotations

import difflib
from typing import Any

from .. import model
from ..model import Exercise
from ..model.text import SAFETY_PLACEHOLDERS
from .sealed import sealed_problems

Loc = tuple[Any, ...]
PRIVATE = "which is marked private: a private answer is never shown to the partner"
EACH_READ = (
    'a read step has no answer, so who = "each" only shows it twice and adds hand-overs; use '
    'who = "together", or put the words in the prompt or guidance of the private step they belong to'
)


def check_exercise(ex: Exercise) -> list[tuple[Loc, str]]:
    """Every problem found in ``ex`` as (field location, message)."""
    checker = _Checker(ex)
    checker.run()
    if not checker.problems:  # the ways through it are only worth following once its references hold
        checker.problems += sealed_problems(ex)
    return checker.problems


class _Checker:
    def __init__(self, ex: Exercise):
        self.ex = ex
        self.problems: list[tuple[Loc, str]] = []
        self.index: dict[str, int] = {}
        self.actors = ex.actors()
        self.variables = {"partner_a", "partner_b", "return_time", *SAFETY_PLACEHOLDERS, *ex.role_names}

    def add(self, loc: Loc, message: str) -> None:
        self.problems.append((loc, message))

    def run(self) -> None:
        self._ids()
        if self.ex.who == "solo" and self.ex.roles is not None:
            self.add(("roles",), "a solo exercise has one person, so it cannot have roles")
        for i, step in enumerate(self.ex.steps):
            self._who(i, step.who, "who")
            self._placeholders(i, step)
            self._step(i, step)
            self._quotes(i, step)
            self._sensitive(i, step)
            self._consent(i, step)
        self._ask_before()
        self._safety_note()

    # ------------------------------------------------------------------ helpers

    def _ids(self) -> None:
        for i, step in enumerate(self.ex.steps):
            if step.id in self.index:
                first = self.index[step.id] + 1
                self.add(
                    ("steps", i, "id"),
                    f"two steps share the id '{step.id}' (steps {first} and {i + 1}); each step needs its own",
                )
            else:
                self.index[step.id] = i

    def _who(self, i: int, value: str, field: str) -> None:
        if value in self.actors:
            return
        loc = ("steps", i, field)
        if self.ex.who == "solo":
            self.add(loc, f"in a solo exercise every step is done by 'self', not '{value}'")
        elif value == "self":
            self.add(loc, "'self' is only for solo exercises; use each, together, partner_a, partner_b or a role")
        elif self.ex.roles is None:
            self.add(
                loc,
                f"'{value}' is not a partner, 'each' or 'together', and the exercise declares no [roles] that would bind it",
            )
        else:
            self.add(
                loc,
                f"'{value}' is not someone who can act in this exercise; use one of: {', '.join(sorted(self.actors))}",
            )

    def _placeholders(self, i: int, step: model.StepBase) -> None:
        for text in step.texts():
            for name in model.placeholders(text):
                if name == "{":
                    self.add(("steps", i), "has a lone '{' or '}' in its text; write {{ or }} for a literal brace")
                elif name not in self.variables:
                    known = ", ".join("{" + v + "}" for v in sorted(self.variables))
                    self.add(("steps", i), f"uses the placeholder {{{name}}}, which is not one of: {known}")

    def _safety_note(self) -> None:
        """The safety note is read in the library, before anyone has started: only the help
        placeholders can be filled in there."""
        for text in model.texts_of(self.ex.safety_note):
            for name in model.placeholders(text):
                if name == "{":
                    self.add(("safety_note",), "has a lone '{' or '}'; write {{ or }} for a literal brace")
                elif name not in SAFETY_PLACEHOLDERS:
                    known = ", ".join("{" + v + "}" for v in SAFETY_PLACEHOLDERS)
                    self.add(("safety_note",), f"uses the placeholder {{{name}}}; a safety note can use only {known}")

    def no_such_step(self, target: str) -> str:
        close = difflib.get_close_matches(target, list(self.index), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return f"refers to a step '{target}' that does not exist{hint}"

    def ref(
        self, i: int, field: str | Loc, target: str | None, *, answered: bool = False, before: bool = True
    ) -> int | None:
        """Check a reference from step ``i`` to ``target``; its index if it exists."""
        if target is None:
            return None
        loc = ("steps", i, *((field,) if isinstance(field, str) else field))
        if target not in self.index:
            self.add(loc, self.no_such_step(target))
            return None
        j = self.index[target]
        if answered and not self.ex.steps[j].answers():
            self.add(loc, f"refers to step '{target}', which collects no answer")
        if before and j >= i:
            self.add(loc, f"refers to step '{target}', which comes later; it has no answer yet")
        return j

    def _shown(self, i: int, field: str, target: str | None, what: str) -> int | None:
        """A reference to a step whose answer this step shows the partner: never a private one."""
        j = self.ref(i, field, target, answered=True)
        if j is not None and self.ex.steps[j].private:
            self.add(("steps", i, field), f"{what} step '{self.ex.steps[j].id}', {PRIVATE}")
        return j

    # ------------------------------------------------------------------ by kind

    def _step(self, i: int, step: model.StepBase) -> None:
        if isinstance(step, model.ReadStep) and step.who == "each" and self.ex.format_version >= 2:
            self.add(("steps", i, "who"), EACH_READ)
        if isinstance(step, model.SwapRolesStep) and self.ex.roles is None:
            self.add(("steps", i, "kind"), "swap_roles needs [roles] to swap")
        elif isinstance(step, model.TurnsStep) and self.ex.roles is None:
            self.add(("steps", i, "kind"), "turns need [roles] (a speaker and a listener) to take turns")
        elif isinstance(step, model.MirrorStep):
            self._who(i, step.speaker, "speaker")
            self._shown(i, "source", step.source, "shares")
        elif isinstance(step, model.RevealStep):
            for target in step.steps:
                self._shown(i, "steps", target, "reveals")
            people = {*model.PARTNERS, *self.ex.role_names}
            if step.of is not None and step.of not in people:
                self.add(("steps", i, "of"), f"'{step.of}' is not one person; use one of: {', '.join(sorted(people))}")
        elif isinstance(step, model.AgreeStep):
            self._agree(i, step)
        elif isinstance(step, model.BranchStep):
            self._branch(i, step)
        elif isinstance(step, model.TimerStep):
            self._timer(i, step)

    def _timer(self, i: int, step: model.TimerStep) -> None:
        """A timer's ``details`` are asked on its running screen, for both at the screen, and
        are never reached on their own."""
        if step.ask_caller and self.ex.who == "solo":
            self.add(("steps", i, "ask_caller"), "a solo exercise has one person, so nobody else can call the pause")
        others = {d for s in self.ex.steps if isinstance(s, model.TimerStep) and s is not step for d in s.details}
        targets = {t for s in self.ex.steps if isinstance(s, model.BranchStep) for t in s.targets() if t}
        for detail in step.details:
            j = self.ref(i, "details", detail, answered=True, before=False)
            if j is not None:
                self._detail(i, self.ex.steps[j], others, detail in targets)

    def _detail(self, i: int, target: model.StepBase, taken: set[str], branched_to: bool) -> None:
        loc, name = ("steps", i, "details"), target.id
        if not isinstance(target, (model.RateStep, model.ChecklistStep, model.ChooseStep)):
            self.add(loc, f"step '{name}' is a {target.kind} step; details are rate, checklist or choose steps")
        elif target.who != "together" or target.private or target.sensitive:
            shared = 'needs who = "together" and cannot be private or sensitive'
            self.add(loc, f"step '{name}' is asked on the shared running screen, so it {shared}")
        if branched_to:
            self.add(loc, f"a branch goes to step '{name}', but a detail is only asked on its timer's screen")
        elif name in taken:
            self.add(loc, f"step '{name}' is already a detail of another timer")

    def _agree(self, i: int, step: model.AgreeStep) -> None:
        self._shown(i, "source", step.source, "takes its statement from")
        j = self.ref(i, "status_from", step.status_from, answered=True)
        if j is None:
            return
        target = self.ex.steps[j]
        if not isinstance(target, model.ChooseStep):
            self.add(("steps", i, "status_from"), f"step '{target.id}' is not a choose step")
            return
        options = {o.id for o in target.options}
        for option in step.statuses:
            if option not in options:
                self.add(("steps", i, "statuses"), f"'{option}' is not an option of step '{target.id}'")
        if self.ex.format_version >= 2:  # format 1 files are migrated, with a warning (versions.py)
            self._truthful_statuses(i, step)

    def _truthful_statuses(self, i: int, step: model.AgreeStep) -> None:
        """A boundary's status says what happened (care.md): a talk that has not happened yet is
        not 'talked_through', and 'needs_time' comes with a time to come back to it."""
        chosen = set(step.statuses.values())
        if "talked_through" in chosen:
            self.add(
                ("steps", i, "statuses"),
                "'talked_through' means you talked it through later, so it is set on the Boundaries page once "
                "both of you say the talk happened; record 'to_talk' here until then",
            )
        if "needs_time" in chosen and not any(isinstance(s, model.ScheduleStep) for s in self.ex.steps):
            self.add(
                ("steps", i, "statuses"),
                "'needs_time' waits for a time to come back to the boundary: add a schedule step so the couple "
                "chooses when",
            )

    def _branch(self, i: int, step: model.BranchStep) -> None:
        j = self.ref(i, "on", step.on, answered=True)
        for k, case in enumerate(step.cases):
            self.ref(i, ("cases", k, "goto"), case.goto, before=False)
            if j is not None:
                self._case(("steps", i, "cases", k), case, self.ex.steps[j])
        if step.otherwise is not None:
            self.ref(i, "otherwise", step.otherwise, before=False)

    def _case(self, loc: Loc, case: model.Case, target: model.StepBase) -> None:
        numeric = case.at_least is not None or case.at_most is not None
        if numeric and not isinstance(target, (model.RateStep, model.TimerStep)):
            self.add(loc, f"compares a number, but step '{target.id}' is not a rate step")
        if isinstance(target, model.RateStep):
            for key, bound in (("at_least", case.at_least), ("at_most", case.at_most)):
                if bound is not None and not target.min <= bound <= target.max:
                    self.add(
                        (*loc, key),
                        f"tests {bound}, outside the scale {target.min} to {target.max} of step '{target.id}'",
                    )
        if case.includes is None:
            return
        choices = (
            target.options
            if isinstance(target, model.ChooseStep)
            else target.items
            if isinstance(target, model.ChecklistStep)
            else None
        )
        if choices is None:
            self.add((*loc, "includes"), f"uses 'includes', but step '{target.id}' has no options")
        elif case.includes not in {o.id for o in choices}:
            self.add((*loc, "includes"), f"'{case.includes}' is not an option of step '{target.id}'")

    def _quotes(self, i: int, step: model.StepBase) -> None:
        """``show``: earlier answers quoted on this step's screen; a private one only on its
        author's own private screen (an 'each' step quoting an 'each' step)."""
        for target in step.show:
            j = self.ref(i, "show", target, answered=True)
            if j is None:
                continue
            shown = self.ex.steps[j]
            own = step.who == "each" and shown.who == "each"
            if shown.private and not own:
                self.add(("steps", i, "show"), f"quotes step '{target}', {PRIVATE}")

    def _sensitive(self, i: int, step: model.StepBase) -> None:
        """A sensitive answer is never stored and never used: it may change only what its
        author sees in their own turn (an option's follow_up)."""
        for field, target in step.uses():
            j = self.index.get(target)
            if j is not None and self.ex.steps[j].sensitive:
                self.add(
                    ("steps", i, field),
                    f"uses step '{target}', which is marked sensitive: a sensitive answer may change only what its "
                    f"author sees in their own turn, so step '{step.id}' ({step.kind}) cannot use it",
                )
        follow_ups = isinstance(step, model.ChooseStep) and any(o.follow_up is not None for o in step.options)
        if follow_ups and not step.sensitive:
            self.add(("steps", i), "options have 'follow_up' texts, which only a sensitive question shows")
        if not step.sensitive:
            return
        if not isinstance(step, (model.ChooseStep, model.RateStep)):
            self.add(("steps", i, "sensitive"), "only a choose or rate step can be marked sensitive")
        elif step.who not in ("each", "self"):
            self.add(
                ("steps", i, "who"),
                'a sensitive question is asked of each partner alone: use who = "each" (or "self" when solo)',
            )
        if isinstance(step, model.RateStep) and step.scale is not None:
            self.add(
                ("steps", i, "scale"), "a sensitive rating is never stored, so it cannot feed a chart: remove 'scale'"
            )
        if step.reveal_consent is not None:
            self.add(("steps", i, "reveal_consent"), "a sensitive answer is never revealed, so it needs no consent")

    def _consent(self, i: int, step: model.StepBase) -> None:
        """reveal_consent: only a reveal may show the answer, and only if its author chose to."""
        if step.reveal_consent is not None and (step.who != "each" or not step.answers()):
            self.add(("steps", i, "reveal_consent"), "reveal_consent is for answers written by each partner alone")
        for target in step.shows():
            j = self.index.get(target)
            if j is not None and self.ex.steps[j].reveal_consent is not None and not step.who == "each":
                self.add(
                    ("steps", i),
                    f"shows step '{target}', whose author decides whether it is shown (reveal_consent); "
                    "only a reveal step may show it",
                )

    def _ask_before(self) -> None:
        roles = self.ex.roles
        if roles is None or roles.ask_before is None:
            return
        asked = roles.ask_before
        if asked not in self.index:
            self.add(("roles", "ask_before"), self.no_such_step(asked))
            return
        names = {roles.first, roles.second}
        for i, step in enumerate(self.ex.steps[: self.index[asked]]):
            named = {name for text in step.texts() for name in model.placeholders(text)} & names
            if (
                step.who in names
                or named
                or isinstance(step, (model.TurnsStep, model.SwapRolesStep))
                or (isinstance(step, model.MirrorStep) and step.speaker in names)
            ):
                self.add(
                    ("steps", i),
                    f"comes before step '{asked}', where the exercise first asks who is the {roles.first} "
                    f"(roles.ask_before), but already needs to know; move it after '{asked}', or ask earlier",
                )
