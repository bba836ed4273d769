"""Today's homework card: "From Jo Berger, until 14 December", each item with where it stands
in words and a Start button. Gentle when behind, never a score, never red. "Remove this
plan..." asks first (``deleting.ask_remove_plan``); the runs done for it stay.

Read with the rest of Today (through the database worker; the first read, at start-up, here
and now), when plans, runs or the library change; it builds its rows again from what it read."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..core.homework import ItemView, PlanView, read_homework
from ..core.safe_text import display_text
from ..storage import PlanRecord, Store, StoreError
from .services import Services
from .today_rows import label, rule

log = logging.getLogger("couplesdesk.homework")

BEHIND_WORDS = "If some days slipped by, that is all right: any day is a good day to pick it up again."


class HomeworkCard(QFrame):
    """Signals: start_requested(exercise id, plan item id)."""

    start_requested = Signal(str, str)

    def __init__(self, services: Services, parent: QWidget):
        super().__init__(parent)
        self.services = services
        self.setObjectName("todayHomework")
        self.setProperty("card", True)
        self.start_buttons: dict[str, QPushButton] = {}
        self.progress_labels: dict[str, str] = {}
        self.prepare_button: QPushButton | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(8)
        rows = QWidget(self)
        rows.setObjectName("homeworkRows")
        self._layout = QVBoxLayout(rows)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        outer.addWidget(rows)
        self._reading = 0
        self.hide()  # Today reads it again with the rest of the page (see TodayPage.SHOWN)

    def _title_of(self, exercise_id: str) -> str | None:
        library = self.services.library_if_loaded()
        exercise = library.get(exercise_id) if library is not None else None
        return exercise.text(exercise.title) if exercise is not None else None

    def refresh(self, now: bool = False) -> None:
        today, title_of = self.services.clock.today(), self._title_of
        self._reading += 1
        reading = self._reading

        def job(store: Store) -> list[PlanView]:
            return read_homework(store, today, title_of)

        def done(read: list[PlanView]) -> None:
            if reading == self._reading:
                self._show(read)

        if now:
            try:
                done(job(self.services.store))
            except StoreError as exc:
                log.warning("Could not read the homework: %s", exc)
        else:
            self.services.database.run(job, done, lambda exc: log.warning("Could not read the homework: %s", exc))

    def _clear(self) -> None:
        while self._layout.count():
            child = self._layout.takeAt(0)
            if child is None:
                continue
            widget = child.widget()
            if widget is not None:  # out of the card at once: only the rows just read can be found or clicked
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _show(self, views: list[PlanView]) -> None:
        self._clear()
        self.start_buttons.clear()
        self.progress_labels.clear()
        for n, view in enumerate(views):
            if n:
                self._layout.addWidget(rule(self))
            self._show_plan(view)
        if views:
            self._layout.addWidget(self._prepare_row())
        self.setVisible(bool(views))

    def _prepare_row(self) -> QWidget:
        """Below the homework: the way to "Prepare for our session" (also Ctrl+R)."""
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(label(holder, "Seeing your therapist soon? Choose together what to bring.", role="hint"), 1)
        button = QPushButton("Prepare for our session...", holder)
        button.setObjectName("homeworkPrepareReport")
        button.setToolTip("Ctrl+R")
        button.clicked.connect(self.prepare_report)
        row.addWidget(button, 0)
        self.prepare_button = button
        return holder

    def prepare_report(self) -> None:
        from .session_report import prepare

        prepare(self.services, self.window())

    def _show_plan(self, view: PlanView) -> None:
        self._layout.addWidget(label(self, "Homework", role="section"))
        self._layout.addWidget(label(self, display_text(view.heading), name="homeworkFrom", role="cardLead"))
        if view.plan.note:
            self._layout.addWidget(label(self, display_text(view.plan.note), name="homeworkNote", role="quote"))
        for item in view.items:
            self._show_item(item)
        if view.behind:
            self._layout.addWidget(label(self, BEHIND_WORDS, name="homeworkBehind", role="hint"))
        self._layout.addWidget(self._remove_link(view.plan), 0, Qt.AlignmentFlag.AlignLeft)

    def _remove_link(self, plan: PlanRecord) -> QPushButton:
        """The quiet link under a plan that removes it (asked first)."""
        remove = QPushButton("Remove this plan...", self)
        remove.setObjectName("homeworkRemove")
        remove.setProperty("role", "link")
        remove.setAccessibleName(f"Remove the homework plan from {display_text(plan.therapist_name)}...")
        remove.clicked.connect(lambda: self._remove(plan))
        return remove

    def _remove(self, plan: PlanRecord) -> None:
        from .deleting import ask_remove_plan  # only when asked: not needed at start-up

        ask_remove_plan(self.window(), self.services, plan)

    def _show_item(self, view: ItemView) -> None:
        holder = QWidget(self)
        holder.setObjectName("homeworkRow")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 4, 0, 4)
        words = QVBoxLayout()
        words.setSpacing(2)
        at = view.item.position
        words.addWidget(label(holder, display_text(view.asks), name=f"homeworkItem_{at}", role="runTitle"))
        words.addWidget(label(holder, view.progress.words, name=f"homeworkProgress_{at}", role="hint"))
        if view.item.note:
            words.addWidget(label(holder, display_text(view.item.note), role="hint"))
        row.addLayout(words, 1)
        self.progress_labels[view.item.id] = view.progress.words
        if view.startable:
            again = view.progress.done
            button = QPushButton("Again" if again else "Start", holder)
            button.setObjectName(f"homeworkStart_{at}")
            button.setAccessibleName(f"{'Do it again' if again else 'Start'}: {view.title}")
            button.setProperty("primary", not again)
            exercise_id, item_id = view.item.exercise_id, view.item.id
            button.clicked.connect(lambda: self.start_requested.emit(exercise_id, item_id))
            row.addWidget(button, 0)
            self.start_buttons[item_id] = button
        self._layout.addWidget(holder)
