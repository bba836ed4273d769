"""Steps where people talk: timed turns, mirroring, and agreeing on a statement."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...core import model
from ...core.engine import OTHER, answer_text
from ...core.people import PARTNERS as PARTNER_KEYS
from ...core.privacy import TOGETHER
from ...core.safe_text import display_text
from ..i18n import translate
from ..plain import button_text
from .base import StepWidget, widget_for
from .limits import AnswerBox
from .pause_details import minutes_words
from .timer import countdown_text


@widget_for(
    "turns",
)
class TurnsWidget(StepWidget[model.TurnsStep]):
    """Speaker talks (timed), listener says back what they heard (unless switched off); N rounds."""

    def build(self) -> None:
        self.round_label = self.add_label("", "turnRound", role="lead")
        self.instructions = self.add_label("", "turnInstructions")
        self.countdown = self.add_label("", "turnCountdown", role="big")
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.start_button = QPushButton(translate("steps/talk", "Start the turn"))
        self.start_button.setObjectName("startTurn")
        self.start_button.setAccessibleName(translate("steps/talk", "Start the speaker's timed turn"))
        self.next_button = QPushButton(translate("steps/talk", "Next turn"))
        self.next_button.setObjectName("nextTurn")
        self.next_button.setAccessibleName(translate("steps/talk", "This turn is done; go to the next turn"))
        row.addWidget(self.start_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        self.layout_.addWidget(buttons)
        self.layout_.addStretch(1)
        self.start_button.clicked.connect(self._start)
        self.next_button.clicked.connect(self._next)
        self._refresh()

    def _start(self) -> None:
        if self.act(self.run.start_turn_timer):
            self._refresh()

    def _next(self) -> None:
        if self.act(self.run.next_turn):
            self._refresh()
            self.state_changed.emit()

    def _refresh(self) -> None:
        step = self.step
        if self.run.turns_done(step):
            self.round_label.setText(translate("steps/talk", "All turns are done."))
            self.instructions.setText(translate("steps/talk", "Thank each other. Go on when you are ready."))
            self.countdown.setText("")
            self.start_button.hide()
            self.next_button.hide()
            return
        rnd, phase, speaker, listener = self.run.turn_info(step)
        s, li = self.run.name(speaker), self.run.name(listener)
        self.round_label.setText(
            translate("steps/talk", "Round {round} of {rounds}: {speaker} speaks, {listener} listens").format(
                round=rnd, rounds=step.rounds, speaker=s, listener=li
            )
        )
        if phase == "speak":
            names = self.run.turn_names(step)
            speak, listen = self.run.render(step.speaker_prompt, names), self.run.render(step.listener_prompt, names)
            self.instructions.setText(
                translate("steps/talk", "{speaker}: {speak}\n\n{listener}: {listen}").format(
                    speaker=s, speak=speak, listener=li, listen=listen
                )
            )
            remaining = self.run.remaining(f"{step.id}#turn")
            self.start_button.setVisible(remaining is None)
            if remaining is None:
                self.countdown.setText(minutes_words(step.turn_minutes))
            elif remaining > timedelta(0):
                self.countdown.setText(countdown_text(remaining))
            else:
                self.countdown.setText(translate("steps/talk", "Time. Finish your sentence."))
            self.next_button.setText(button_text(translate("steps/talk", "{name} is done").format(name=s)))
        else:
            self.instructions.setText(
                translate(
                    "steps/talk",
                    "{listener}, say back in your own words what you heard {speaker} say: just what you heard, "
                    "no answers or advice.\n\n{speaker}, tell {listener} whether that is what you meant.",
                ).format(listener=li, speaker=s)
            )
            self.countdown.setText("")
            self.start_button.hide()
            self.next_button.setText(translate("steps/talk", "Next turn"))
        self.next_button.setAccessibleName(self.next_button.text())

    def tick(self) -> None:
        self._refresh()

    def focus_first(self) -> None:
        (self.start_button if self.start_button.isVisibleTo(self) else self.next_button).setFocus()


@widget_for(
    "mirror",
)
class MirrorWidget(StepWidget[model.MirrorStep]):
    """The listener says back what they heard; the speaker says 'got it' or 'not quite', until 'that's all'."""

    def build(self) -> None:
        step = self.step
        self.speaker = self.run.partner_for(step.speaker)
        self.listener = OTHER.get(self.speaker, "together")
        s, li = self.run.name(self.speaker), self.run.name(self.listener)
        if step.source is not None:
            shared = self.run.visible_answer(step.source, self.speaker, TOGETHER)
            if shared is not None:
                text = answer_text(self.run.exercise.step(step.source), shared, self.run.exercise)
                self.add_label(
                    translate("steps/talk", "{name} shares:").format(name=s), "mirrorSourceLabel", role="hint"
                )
                self.add_label(display_text(text), "mirrorSource", role="statement")
        self.add_label(self.text(step.prompt), "stepPrompt", role="lead")
        value = self.current_answer() or {"rounds": [], "done": False}
        self.rounds: list[dict[str, Any]] = list(value.get("rounds", []))
        self.done = bool(value.get("done"))
        self.history = self.add_label("", "mirrorHistory", role="hint")
        self.box = AnswerBox()
        self.box.setObjectName("mirrorBox")
        self.box.setAccessibleName(translate("steps/talk", "What {name} heard, in {name}'s words").format(name=li))
        self.box.setTabChangesFocus(True)
        self.box.setPlaceholderText(
            translate("steps/talk", "{name}, write or say what you heard: “What I hear you saying is…”").format(name=li)
        )
        if self.rounds and self.rounds[-1].get("verdict") is None:
            self.box.setPlainText(str(self.rounds[-1].get("text", "")))
        self.box.ensurePolished()  # a few lines: what was heard, said back in a sentence or two
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * 4 + 28)
        self.layout_.addWidget(self.box)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.got_it = QPushButton(button_text(translate("steps/talk", "{name}: Got it").format(name=s)))
        self.got_it.setObjectName("mirrorGotIt")
        self.not_quite = QPushButton(button_text(translate("steps/talk", "{name}: Not quite").format(name=s)))
        self.not_quite.setObjectName("mirrorNotQuite")
        self.more = QPushButton(button_text(translate("steps/talk", "{name}: There is more").format(name=s)))
        self.more.setObjectName("mirrorMore")
        self.all = QPushButton(button_text(translate("steps/talk", "{name}: That's all").format(name=s)))
        self.all.setObjectName("mirrorDone")
        for b in (self.got_it, self.not_quite, self.more, self.all):
            b.setAccessibleName(b.text())
            row.addWidget(b)
        row.addStretch(1)
        self.question = self.add_label(
            self.text(step.more_question)
            if step.more_question is not None
            else translate("steps/talk", "Is there more?"),
            "mirrorQuestion",
        )
        self.layout_.addWidget(buttons)
        self.layout_.addStretch(1)
        self.box.textChanged.connect(self._typed)
        self.got_it.clicked.connect(lambda: self._verdict("got_it"))
        self.not_quite.clicked.connect(lambda: self._verdict("not_quite"))
        self.more.clicked.connect(self._more)
        self.all.clicked.connect(self._all)
        self._refresh()

    def value(self) -> dict[str, Any]:
        return {"rounds": self.rounds, "done": self.done}

    def _typed(self) -> None:
        text = self.box.toPlainText()
        if self.rounds and self.rounds[-1].get("verdict") is None:
            had_text = bool(str(self.rounds[-1].get("text", "")).strip())
            self.rounds[-1]["text"] = text
            if had_text != bool(text.strip()):
                self._refresh()
        else:
            self.rounds.append({"text": text, "verdict": None})
            self._refresh()
        self.edited.emit(self.value())

    def _verdict(self, verdict: str) -> None:
        if not self.rounds or self.rounds[-1].get("verdict") is not None:
            return
        self.rounds[-1]["verdict"] = verdict
        if verdict == "not_quite":
            self.box.clear()
            self.rounds.append({"text": "", "verdict": None})
        self.edited.emit(self.value())
        self._refresh()
        self.focus_first()  # the pressed button is gone; the keyboard goes on from here

    def _more(self) -> None:
        self.box.clear()
        self.rounds.append({"text": "", "verdict": None})
        self.edited.emit(self.value())
        self._refresh()
        self.focus_first()

    def _all(self) -> None:
        self.done = True
        self.edited.emit(self.value())
        self._refresh()

    def _refresh(self) -> None:
        waiting = (
            bool(self.rounds)
            and self.rounds[-1].get("verdict") is None
            and bool(str(self.rounds[-1].get("text", "")).strip())
        )
        confirmed = bool(self.rounds) and self.rounds[-1].get("verdict") == "got_it"
        speaker = self.run.name(self.speaker)
        if self.done:
            self.history.setText(
                translate("steps/talk", "{name} feels heard. Go on when you are ready.").format(name=speaker)
            )
        elif confirmed:
            self.history.setText(translate("steps/talk", "{name}: “Yes, that's it.”").format(name=speaker))
        else:
            self.history.setText("")
        self.history.setVisible(bool(self.history.text()))
        self.got_it.setVisible(not self.done and waiting)
        self.not_quite.setVisible(not self.done and waiting)
        self.more.setVisible(not self.done and confirmed)
        self.all.setVisible(not self.done and confirmed)
        self.question.setVisible(not self.done and confirmed)
        self.box.setReadOnly(self.done or confirmed)
        if self.done:
            self.question.setText("")

    def focus_first(self) -> None:
        if self.done:
            return  # on to Next
        (self.more if self.more.isVisibleTo(self) else self.box).setFocus()


@widget_for(
    "agree",
)
class AgreeWidget(StepWidget[model.AgreeStep]):
    """Both partners confirm a shared statement."""

    def build(self) -> None:
        step = self.step
        statement = self.run.agree_statement(step)
        if not statement and step.source is not None and self.run.sealed_from_both(step.source):
            statement = translate("steps/talk", "(Not shown here: it has not been revealed to both of you.)")
        self.statement = self.add_label(
            display_text(statement) or translate("steps/talk", "(nothing written yet)"),
            "agreeStatement",
            role="statement",
        )
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_label(self._hint(), "stepHint", role="hint")
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for key in PARTNER_KEYS:
            button = QPushButton()
            button.setObjectName(f"confirm_{key}")
            button.clicked.connect(lambda _=False, k=key: self._confirm(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.layout_.addWidget(buttons)
        if step.saves_as is not None:
            note = (
                translate(
                    "steps/talk", "Once you both confirm, it is kept in your list of boundaries, with today's date."
                )
                if step.saves_as == "boundary"
                else translate("steps/talk", "Once you both confirm, it is saved, with today's date.")
            )
            self.add_label(note, "agreeNote", role="hint")
        self.layout_.addStretch(1)
        self._refresh()

    def _confirm(self, key: str) -> None:
        if not self.act(lambda: self.run.confirm(key)):
            return
        pressed = self.buttons[key]
        waiting = [button for other, button in self.buttons.items() if other != key and button.isEnabled()]
        if pressed.hasFocus():  # about to be disabled: once, to the other's button, or (both done) on to Next
            if waiting:
                waiting[0].setFocus()
            else:
                pressed.clearFocus()  # the run page puts it on Next once Next opens
        self._refresh()
        self.state_changed.emit()

    def _author(self) -> str:
        """Whose boundary it is (its source step's author), or 'together'."""
        source = self.step.source
        return self.run.partner_for(self.run.exercise.step(source).who) if source else "together"

    def _hint(self) -> str:
        """What confirming means, with names: a boundary is confirmed by its author as theirs and
        by the other as heard."""
        author = self._author()
        if self.step.saves_as != "boundary":
            return translate("steps/talk", "Read it together. When it is true for you, confirm it.")
        if author not in PARTNER_KEYS:
            return translate(
                "steps/talk", "Confirming means: it was said, and it was heard. You can come back to it at any time."
            )
        return translate(
            "steps/talk",
            "{author} confirms it is their boundary; {other} confirms having heard it. "
            "You can come back to it at any time.",
        ).format(author=self.run.name(author), other=self.run.name(OTHER[author]))

    def _word(self, key: str) -> str:
        """What pressing the button says. For a boundary, the one who stated it confirms it is
        theirs; only the other confirms they heard it (nobody confirms hearing their own)."""
        if self.step.saves_as != "boundary":
            return translate("steps/talk", "I agree")
        if key == self._author():
            return translate("steps/talk", "That's my boundary")
        return translate("steps/talk", "I heard it")

    def _refresh(self) -> None:
        confirmed = self.run.confirmed(self.step.id)
        for key, button in self.buttons.items():
            name = self.run.name(key)
            done = key in confirmed
            word = self._word(key)
            button.setEnabled(not done)
            if button.property("confirmed") != done:  # confirmed: set apart, and still easy to read
                button.setProperty("confirmed", done)
                button.style().unpolish(button)
                button.style().polish(button)
            # After the style: the words are measured in the (bolder) font they are drawn in.
            said = translate("steps/talk", "{name}: {word}").format(name=name, word=word)
            button.setText(button_text(f"{said} ✓" if done else said))
            button.updateGeometry()
            button.setAccessibleName(
                said
                if not done
                else translate("steps/talk", "{name} has confirmed: {word}").format(name=name, word=word)
            )

    def focus_first(self) -> None:
        for button in self.buttons.values():
            if button.isEnabled():
                button.setFocus()
                return
