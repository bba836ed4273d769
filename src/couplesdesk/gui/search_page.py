"""The Search page (Ctrl+F from anywhere): look back through what the two of you have shared.

It searches what both may see (revealed and shared answers, boundaries, agreements: the
index never holds anything private or still sealed, and every hit is asked of the privacy
rule again, for both together). Hits come newest first, a page at a time as the list
scrolls; choosing one shows its exercise as the journal tells it, the answer in view.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import search
from ..core.privacy import TOGETHER
from ..core.safe_text import display_text
from ..export.collect import collect
from ..export.journal import day_heading
from ..storage import Changes, Store, StoreError
from ..storage.search import SearchHit
from .i18n import translate
from .palette import current
from .run_parts import text_label
from .screen_colours import for_screen
from .search_results import RefRole, Result, ResultDelegate, ResultsModel, RunRole
from .services import Services

if TYPE_CHECKING:
    from ..core.library import Library

PAGE = 40
"""Hits read at a time (more as the list scrolls to its end)."""
TYPING_PAUSE_MS = 250
"""Searching waits this long after the last key (Enter searches at once)."""
WATCHED = Changes.ANSWERS | Changes.BOUNDARIES | Changes.AGREEMENTS | Changes.RUNS


def invite() -> str:
    """What the page says before anything is searched."""
    return translate(
        "search_page",
        "Look back through what the two of you have shared: answers you have both seen, boundaries and agreements. "
        "Words either of you kept private are never searched.",
    )


def kept_kind(kind: str) -> str | None:
    """'Boundary' or 'Agreement' for a hit on a kept thing (None for an answer)."""
    kinds = {"boundary": translate("search_page", "Boundary"), "agreement": translate("search_page", "Agreement")}
    return kinds.get(kind)


class SearchPage(QWidget):
    """Signals:

    resume_requested(str): carry on with this unfinished run.
    searched(): the hits for the words in the box are on screen (tests wait for it).
    """

    resume_requested = Signal(str)
    searched = Signal()

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, resume: Callable[[str], None] | None = None
    ):
        super().__init__(parent)
        self.setObjectName("searchPage")
        if resume is not None:
            self.resume_requested.connect(resume)
        self.services = services
        self._asked = 0  # the latest search asked for; older answers are dropped
        self._shown_query = ""
        self._run_id: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        title = text_label("searchTitle", "title")
        title.setText(translate("search_page", "Search"))
        self._build_box()
        splitter = QSplitter()
        splitter.addWidget(self._build_results())
        splitter.addWidget(self._build_run())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)  # as every page
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.box)
        layout.addWidget(splitter, 1)
        services.bus.changed.connect(self._changed)

    def _build_box(self) -> None:
        self.box = QLineEdit(
            placeholderText=translate("search_page", "Words from your answers, boundaries and agreements")
        )
        self.box.setObjectName("searchBox")
        self.box.setAccessibleName(translate("search_page", "Search what you have shared"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self.search_now)

    def _build_results(self) -> QWidget:
        self.model = ResultsModel(self)
        self.model.more_wanted.connect(self._read_more)
        self.list = QListView()
        self.list.setObjectName("searchResults")
        self.list.setAccessibleName(translate("search_page", "What was found"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.list.activated.connect(self._show_current)
        self.empty = text_label("searchEmpty", "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setText(invite())
        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(self.empty)
        self.results_stack.addWidget(self.list)
        return self.results_stack

    def _build_run(self) -> QWidget:
        self.run_view = QTextBrowser()
        self.run_view.setObjectName("searchRun")
        self.run_view.setAccessibleName(translate("search_page", "The exercise this comes from"))
        self.run_view.setOpenLinks(False)
        self.resume_button = QPushButton(translate("search_page", "Carry on with this exercise"))
        self.resume_button.setObjectName("searchResume")
        self.resume_button.clicked.connect(self._resume)
        self.resume_button.hide()
        self.side = side = QWidget()
        side.hide()  # until something is found
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.run_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resume_button)
        column.addLayout(row)
        return side

    def _resume(self) -> None:
        if self._run_id is not None:
            self.resume_requested.emit(self._run_id)

    def first_control(self) -> QWidget:
        return self.box

    def focus_box(self) -> None:
        """Ctrl+F: the keyboard in the box, its words selected (to type new ones over them)."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    # ------------------------------------------------------------------ searching

    def search_now(self) -> None:
        self._timer.stop()
        query = self.box.text().strip()
        self._asked += 1
        asked = self._asked
        if not query:
            self._shown_query = ""
            self.model.reset([], False)
            self._show_empty(invite())
            self.searched.emit()
            return
        library = self.services.library_if_loaded()
        self.services.database.run(
            lambda store: self._find(store, query, None, library),
            lambda found: self._found(asked, query, found),
            lambda exc: self._failed(asked, exc),
        )

    @classmethod
    def _find(cls, store: Store, query: str, before: int | None, library: Library | None) -> tuple[list[Result], bool]:
        """On the worker: a page of hits, as both together may see them."""
        hits = store.search.find(query, PAGE, before)
        couple = store.couple.get()
        names = couple.names() if couple is not None else {}
        shown = [cls._result(hit, library, names) for hit in search.visible(hits, TOGETHER)]
        return shown, len(hits) == PAGE

    @staticmethod
    def _result(hit: SearchHit, library: Library | None, names: dict[str, str]) -> Result:
        together = translate("search_page", "Together")
        who = names.get(hit.author, together)
        kind = kept_kind(hit.kind)
        if kind is not None:
            where = [kind, who if hit.kind == "boundary" else together]
        else:
            exercise = library.get(hit.exercise_id) if library is not None and hit.exercise_id else None
            title = exercise.run_title(hit.run_title) if exercise else hit.run_title or hit.exercise_id
            title = title or translate("search_page", "An exercise")
            step = _step_title(library, hit.exercise_id, hit.step_id)
            where = [f"{title}: {step}" if step else title, who]
        when = day_heading(hit.day) if isinstance(hit.day, date) else ""
        # shown safely: bidi controls out, control characters as a mark (the same in both, so marks still match)
        words = search.excerpt(search.highlighted(display_text(hit.marked), display_text(hit.text)))
        return Result(hit.doc, hit.ref, hit.run_id, " · ".join([when, *where] if when else where), words)

    def _found(self, asked: int, query: str, found: tuple[list[Result], bool]) -> None:
        if asked != self._asked:
            return  # the words changed since
        results, more = found
        self._shown_query = query
        self.model.reset(results, more)
        if results:
            self.results_stack.setCurrentWidget(self.list)
            self.side.show()
            self.list.setCurrentIndex(self.model.index(0, 0))  # the newest, shown beside (the keyboard stays)
        else:
            self._show_empty(
                translate(
                    "search_page", "Nothing found for “{words}”. Try fewer words, or the start of a word."
                ).format(words=query)
            )
        self.searched.emit()

    def _failed(self, asked: int, exc: StoreError) -> None:
        if asked == self._asked:
            self._show_empty(
                translate("search_page", "The search could not be done just now. {reason}").format(reason=exc)
            )
            self.searched.emit()

    def _read_more(self, before: int) -> None:
        query, asked, library = self._shown_query, self._asked, self.services.library_if_loaded()
        self.services.database.run(
            lambda store: self._find(store, query, before, library),
            lambda found: self.model.add(*found) if asked == self._asked else None,
        )

    def _show_empty(self, words: str) -> None:
        self.empty.setText(words)
        self.results_stack.setCurrentWidget(self.empty)
        self.side.hide()
        self._show_run(None)

    def _changed(self, changes: Changes) -> None:
        if changes & WATCHED and self._shown_query and self.isVisible():
            self.search_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_query:
            self.search_now()  # what was written meanwhile

    # ------------------------------------------------------------------ the run of a hit

    def _show_current(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        run_id, ref = index.data(RunRole), index.data(RefRole)
        if not run_id:
            self._show_run(None, translate("search_page", "Kept on its own, not during an exercise."))
            return

        library = self.services.library_if_loaded()

        def read(store: Store) -> tuple[dict[str, object], str, bool]:
            record = store.runs.get(run_id)
            document = collect(store, TOGETHER, library, self.services.clock.now(), record.day, record.day)
            return document, ref, record.status != "finished"

        self.services.database.run(read, lambda got: self._shown_run(run_id, *got), lambda exc: self._show_run(None))

    def _shown_run(self, run_id: str, document: dict[str, object], ref: str, unfinished: bool) -> None:
        from .journal_pdf import run_document

        made, positions = run_document(document, run_id)
        for_screen(made)  # the paper's ink in the screen's colours (dark)
        self._show_run(run_id)
        self.run_view.setDocument(made)
        self.resume_button.setVisible(unfinished)
        if ref in positions:
            start, end = positions[ref]
            cursor = QTextCursor(made)
            cursor.setPosition(end)
            cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
            marked = QTextEdit.ExtraSelection()
            look = QTextCharFormat()
            look.setBackground(QColor(current().highlight))
            marked.format = look
            marked.cursor = cursor
            self.run_view.setExtraSelections([marked])
            shown = QTextCursor(made)
            shown.setPosition(end)
            self.run_view.setTextCursor(shown)
            self.run_view.ensureCursorVisible()  # the end, then the start: the whole answer in view if it fits
            shown.setPosition(start)
            self.run_view.setTextCursor(shown)
            self.run_view.ensureCursorVisible()

    def _show_run(self, run_id: str | None, words: str = "") -> None:
        self._run_id = run_id
        if run_id is None:
            self.run_view.clear()
            self.run_view.setPlainText(words)
            self.resume_button.hide()


def _step_title(library: Library | None, exercise_id: str | None, step_id: str | None) -> str:
    """The title of a step, from the library once it has loaded (else nothing)."""
    exercise = library.get(exercise_id) if library is not None and exercise_id else None
    if exercise is None or step_id is None:
        return ""
    try:
        step = exercise.step(step_id)
    except KeyError:
        return ""
    return str(exercise.text(step.title)) if step.title is not None else ""
