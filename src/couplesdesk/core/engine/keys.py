"""The engine and personal passphrases: whose passphrase a screen (or a move) needs, and
forgetting an open key when its partner's turn is over.

A partner with a personal passphrase keeps their private and still-sealed answers locked
(:mod:`couplesdesk.storage.personal`). The run reads them only while their author's key is
open: from their hand-over to the end of their private stretch, or for a moment, to make a
reveal (after which the revealed answers are shared text) or to decide a branch on them.
Asking for a passphrase never depends on what was answered: only on who wrote what, where.
"""

from __future__ import annotations

from .. import model
from ..people import PARTNERS
from .base import consent_key
from .moving import Moving


class Keys(Moving):
    def needs_passphrase(self, partner: str) -> bool:
        """Whether ``partner`` has a personal passphrase and their key is not open now."""
        return partner in PARTNERS and not self.store.personal.is_open(partner)

    def passphrases_needed(self) -> list[str]:
        """Whose personal passphrase the current screen needs before it is shown: the actor's,
        on their own private screen (or their solo run); the authors whose locked answers a
        reveal shows (or whose choice, for an answer they decide about, is locked)."""
        screen = self.screen
        needed: set[str] = set()
        if screen.private_input or (self.exercise.who == "solo" and screen.actor in PARTNERS):
            if self.needs_passphrase(screen.actor):
                needed.add(screen.actor)
        step = screen.step
        if isinstance(step, model.RevealStep):
            for sid in step.steps:
                for person in self.revealed_people(step):
                    for key in (sid, consent_key(sid)):
                        if self.unreadable(key, person) == "locked":
                            needed.add(person)
        return [p for p in PARTNERS if p in needed]

    def revealed_people(self, step: model.RevealStep) -> list[str]:
        """Whose answers a reveal shows: one person's (``of``), or both partners'."""
        return [self.partner_for(step.of)] if step.of is not None else list(PARTNERS)

    def passphrases_to_move(self) -> list[str]:
        """Whose personal passphrase Next needs first: a branch that Next passes through looks
        at answers kept locked (every way on is looked at, so what is asked tells nothing)."""
        screen = self.screen
        steps = self.exercise.steps
        if screen.step.who == "each":
            _start, end = self.each_block(screen.index)
            if screen.index < end or screen.turn == 0:
                return []  # the stretch goes on, or the other partner's turn begins
        elif isinstance(screen.step, model.EndStep):
            return []
        needed: set[str] = set()
        seen: set[int] = set()
        todo = [screen.index + 1]
        while todo:
            index = todo.pop()
            if index in seen or index >= len(steps):
                continue
            seen.add(index)
            step = steps[index]
            if step.id in self.exercise.details():
                todo.append(index + 1)
            elif isinstance(step, model.BranchStep):
                if step.on is not None:
                    needed |= {a for (sid, a), why in self._unreadable.items() if sid == step.on and why == "locked"}
                ways = [case.goto for case in step.cases] + [step.otherwise]
                todo += [self.exercise.index_of(way) if way else index + 1 for way in ways]
        return [p for p in PARTNERS if p in needed]

    def opened(self) -> None:
        """A partner's key was just opened (``store.personal.unlock``): read their answers."""
        self._load()

    def close_keys(self, partner: str | None = None) -> None:
        """Forget ``partner``'s open key (or every key): their locked answers leave memory too."""
        self.store.personal.forget(partner)
        for key in list(self._stored_locked):
            if (partner is None or key[1] == partner) and self.unreadable(*key) != "lost":
                self._answers.pop(key, None)
                self._unreadable[key] = "locked"
