"""Steps that only show words: read, swap_roles, end."""

from __future__ import annotations

from ...core import model
from ...core.describe import role_words
from ..i18n import translate
from .base import StepWidget, widget_for


@widget_for("read", "swap_roles", "end")
class ReadWidget(StepWidget[model.StepBase]):
    def build(self) -> None:
        step = self.step
        if isinstance(step, model.ReadStep):
            self.add_label(self.markdown(step.body), "stepBody", markdown=True)
        elif isinstance(step, model.SwapRolesStep):
            roles = self.run.exercise.roles
            assert roles is not None
            first = self.run.name(self.run.binding[roles.first])
            second = self.run.name(self.run.binding[roles.second])
            body = self.markdown(step.note) if step.note is not None else ""
            first_role = self.text(roles.first_label) if roles.first_label is not None else role_words(roles.first)
            second_role = self.text(roles.second_label) if roles.second_label is not None else role_words(roles.second)
            swap = translate("steps/read", "Time to swap. {first}: {first_role}. {second}: {second_role}.")
            line = swap.format(first=first, first_role=first_role, second=second, second_role=second_role)
            self.add_label(line, "swapLine", role="lead")

            if body:
                self.add_label(body, "stepBody", markdown=True)
        elif isinstance(step, model.EndStep) and step.body is not None:
            self.add_label(self.markdown(step.body), "stepBody", markdown=True)
        self.layout_.addStretch(1)
