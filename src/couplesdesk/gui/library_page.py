"""The exercise library: search, filter by category, read an exercise before starting it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.describe import cadence_words, category_label, step_outline, who_for
from ..core.helplines import safety_values, with_help
from ..core.library import Library, LibraryEntry
from ..core.model import Exercise
from ..core.safe_text import markdown_escape
from ..storage import Changes, Store, StoreError
from .i18n import translate
from .library_list import EntryRole, ExerciseDelegate, ExerciseFilter, ExerciseListModel
from .plain import SafeBrowser
from .reflow import (
    ReflowRow,  # a row that becomes a column when narrow
    stack_when_narrow,
)
from .services import Services

FIRST_EXERCISE = "share-one-thing"
"""Suggested, marked 'Start here', to a couple who has not started any exercise yet: short,
gentle, and done in a few minutes."""
SEARCH_IDEAS = ("listening", "calm", "closeness")
"""Words offered when a search finds nothing (each finds exercises: a test checks it)."""


def search_ideas() -> tuple[str, str, str]:
    """:data:`SEARCH_IDEAS` in the interface's language (each must find exercises in it too)."""
    return (
        translate("library_page", "listening"),
        translate("library_page", "calm"),
        translate("library_page", "closeness"),
    )


NARROW = 760
"""Below this page width (a small window) the search box and category filter go one under the other."""


def exercise_markdown(
    ex: Exercise, origin: str = "built-in", suggested: bool = False, help_values: dict[str, str] | None = None
) -> str:
    """The detail view of one exercise, as Markdown. The safety note names help through
    placeholders: filled in from ``help_values``, else the defaults for this computer. Only
    the description and the safety note are Markdown in the file: the rest is escaped."""
    esc = markdown_escape
    out = [f"# {esc(ex.text(ex.title))}", "", f"*{esc(ex.text(ex.summary))}*", ""]
    if suggested:
        out += [
            translate("library_page", "**Start here:** a good first exercise for the two of you, short and gentle."),
            "",
        ]
    cadence = cadence_words(ex.cadence_hint)
    about = translate("library_page", "{category} · about {minutes} minutes · {who} · {cadence}")
    out += [
        esc(about.format(category=category_label(ex.category), minutes=ex.minutes, who=who_for(ex), cadence=cadence))
    ]
    out.append("")
    if ex.description is not None:
        out += [ex.text(ex.description).strip(), ""]
    if ex.safety_note is not None:
        values = help_values if help_values is not None else safety_values(lambda _name: None)
        values = {key: esc(value) for key, value in values.items()}
        out += [
            translate("library_page", "## Before you start"),
            "",
            with_help(ex.text(ex.safety_note), values).strip(),
            "",
        ]
    out += [translate("library_page", "## Steps at a glance"), ""]
    n = 0
    for step in ex.steps:
        line = step_outline(ex, step)
        if line is not None:
            n += 1
            out.append(f"{n}. {esc(line)}")
    out.append("")
    if ex.sources:
        out += [translate("library_page", "## Ideas drawn from"), ""]
        out += [f"- {esc(source)}" for source in ex.sources]
        out.append("")
    if origin == "yours":
        out += [translate("library_page", "*This exercise comes from your own exercises folder.*"), ""]
    return "\n".join(out)


class LibraryPage(QWidget):
    """Signals:

    start_requested(str): the person asked to start the exercise with this id.

    With ``services``, a couple who has not started any exercise yet sees a first one
    suggested (read on the database worker, and again whenever runs change).
    """

    start_requested = Signal(str)

    def __init__(self, library: Library, services: Services | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.services = services
        self.setObjectName("libraryPage")
        left = self._build_list()
        right = self._build_detail()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        stack_when_narrow(splitter)  # the list above the text at large text in a small window
        self._build_problems()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.problems_banner)
        layout.addWidget(splitter, 1)
        self.search.textChanged.connect(self._filter_text)
        self.category.currentIndexChanged.connect(self._filter_category)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self._show_problems()
        self._chosen = False  # whether the person has picked an exercise in the list
        self._select(self.proxy.index(0, 0))
        if services is not None:
            services.bus.changed.connect(self._changed)
            self._read_runs()

    def _build_list(self) -> QWidget:
        """The search box, the category filter and the list of exercises."""
        library = self.library
        self.search = QLineEdit(placeholderText=translate("library_page", "Search exercises"))
        self.search.setObjectName("librarySearch")
        self.search.setAccessibleName(translate("library_page", "Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setObjectName("libraryCategory")
        self.category.setAccessibleName(translate("library_page", "Show exercises in category"))
        self.category.addItem(translate("library_page", "All categories"), "")
        for slug in library.categories():
            self.category.addItem(category_label(slug), slug)

        self.model = ExerciseListModel(library, self)
        self.proxy = ExerciseFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setObjectName("exerciseList")
        self.list.setAccessibleName(translate("library_page", "Exercises"))
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(ExerciseDelegate(self.list))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # Cards wrap to the list's width and grow taller; the list never scrolls sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.filters.addWidget(self.search, 3)
        self.filters.addWidget(self.category, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.filters)
        left_layout.addWidget(self.list, 1)
        return left

    def _build_detail(self) -> QWidget:
        """What the selected exercise is about, and Start; or, when nothing matches, a kind word."""
        self.detail = SafeBrowser()
        self.detail.setObjectName("exerciseDetail")
        self.detail.setAccessibleName(translate("library_page", "About the selected exercise"))
        self.detail.setOpenExternalLinks(False)
        self.start = QPushButton(translate("library_page", "Start this exercise"))
        self.start.setObjectName("startExercise")
        self.start.setAccessibleName(translate("library_page", "Start the selected exercise"))
        self.start.setDefault(True)
        self.start.setEnabled(False)
        self.start.clicked.connect(self._start)
        self.list.activated.connect(lambda _i: self._start())
        self.empty = self._build_nothing_found()
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.detail)
        self.detail_stack.addWidget(self.empty)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_stack, 1)
        buttons = ReflowRow()
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        right_layout.addLayout(buttons)
        return right

    def _build_nothing_found(self) -> QFrame:
        """Said where the exercise would be, when a search finds nothing: and a way back to all."""
        panel = QFrame()
        panel.setObjectName("nothingFound")
        self.empty_title = QLabel(translate("library_page", "Nothing found"))
        self.empty_title.setObjectName("nothingFoundTitle")
        self.empty_title.setProperty("role", "title")
        self.empty_text = QLabel()
        self.empty_text.setObjectName("nothingFoundText")
        self.empty_text.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_text.setWordWrap(True)
        self.clear_search = QPushButton(translate("library_page", "Clear the search"))
        self.clear_search.setObjectName("clearSearch")
        self.clear_search.setAccessibleName(translate("library_page", "Clear the search and show every exercise"))
        self.clear_search.clicked.connect(self.show_all)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_text)
        layout.addWidget(self.clear_search, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return panel

    def _build_problems(self) -> None:
        """The list of exercise files that could not be loaded, and why."""
        self.problems_banner = QFrame()
        self.problems_banner.setObjectName("problemsBanner")
        banner_layout = QVBoxLayout(self.problems_banner)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("problemsList")
        self.problems_list.setAccessibleName(translate("library_page", "Problems with exercise files"))
        self.problems_list.setWordWrap(True)
        self.problems_list.setMaximumHeight(140)
        banner_layout.addWidget(self.problems_label)
        banner_layout.addWidget(self.problems_list)

    # ------------------------------------------------------------------ behaviour

    def _show_problems(self) -> None:
        problems = self.library.problems
        self.problems_banner.setVisible(bool(problems))
        files = len({p.file for p in problems})
        if files == 1:
            words = translate("library_page", "{count} exercise file could not be loaded.").format(count=files)
        else:
            words = translate("library_page", "{count} exercise files could not be loaded.").format(count=files)
        fix = translate(
            "library_page", "The other exercises are fine. Fix the file and restart CouplesDesk to see it here."
        )
        self.problems_label.setText(f"{words} {fix}")
        self.problems_list.clear()
        for problem in problems:
            self.problems_list.addItem(str(problem))

    def _read_runs(self) -> None:
        assert self.services is not None
        self.services.database.run(_has_started, self._suggest, self._read_failed)

    def _read_failed(self, exc: StoreError) -> None:
        self._suggest(True)  # nothing to suggest when we cannot tell; the list is as ever

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.RUNS and self.model.suggested is not None:
            self._read_runs()

    def _suggest(self, started: bool) -> None:
        """A couple who has not started any exercise sees a first one at the top, marked 'Start here'."""
        suggested = None if started or self.library.get(FIRST_EXERCISE) is None else FIRST_EXERCISE
        if suggested == self.model.suggested:
            return
        current = self.current_exercise()
        self.model.suggest(suggested)
        wanted = suggested if suggested is not None and not self._chosen else (current.id if current else None)
        rows = [self.proxy.index(r, 0) for r in range(self.proxy.rowCount())]
        self._select(next((i for i in rows if i.data(EntryRole).exercise.id == wanted), self.proxy.index(0, 0)))

    def _select(self, index: QModelIndex) -> None:
        """Make ``index`` current without counting it as the person's choice."""
        chosen = self._chosen
        self.list.setCurrentIndex(index)
        self._chosen = chosen
        if not index.isValid():
            self._show_current(QModelIndex())

    def _filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _filter_category(self, _index: int) -> None:
        self.proxy.set_category(self.category.currentData() or "")
        self._after_filter()

    def _after_filter(self) -> None:
        if self.proxy.rowCount() and not self.list.currentIndex().isValid():
            self._select(self.proxy.index(0, 0))
        elif not self.proxy.rowCount():
            self._show_current(QModelIndex())

    def show_all(self) -> None:
        """Clear the search and the category: every exercise again."""
        self.search.clear()
        self.category.setCurrentIndex(0)
        self.search.setFocus()

    def _nothing_found_words(self) -> str:
        words = self.search.text().strip()
        category = self.category.currentText() if self.category.currentIndex() > 0 else ""
        if words and category:
            looked = translate("library_page", "No exercise matches “{words}” in {category}.")
        elif words:
            looked = translate("library_page", "No exercise matches “{words}”.")
        elif category:
            looked = translate("library_page", "No exercise matches anything in {category}.")
        else:
            looked = translate("library_page", "No exercise matches anything.")
        ideas = translate(
            "library_page",
            "Another word may find it: try what you would like to work on, such as “{first}”, “{second}” or "
            "“{third}”. Or clear the search to see them all.",
        )
        first, second, third = search_ideas()
        looked = looked.format(words=words, category=category)
        return f"{looked} {ideas.format(first=first, second=second, third=third)}"

    def _show_current(self, index: QModelIndex | QPersistentModelIndex, _previous: object = None) -> None:
        self._chosen = True
        entry: LibraryEntry | None = index.data(EntryRole) if index.isValid() else None
        self.start.setEnabled(entry is not None)
        self.start.setVisible(entry is not None or self.proxy.rowCount() > 0)
        if entry is None:
            self.detail.clear()
            nothing = self.proxy.rowCount() == 0
            if nothing:
                self.empty_text.setText(self._nothing_found_words())
            self.detail_stack.setCurrentWidget(self.empty if nothing else self.detail)
            return
        self.detail_stack.setCurrentWidget(self.detail)
        suggested = entry.exercise.id == self.model.suggested
        self.detail.show_markdown(exercise_markdown(entry.exercise, entry.origin, suggested))

    def current_exercise(self) -> Exercise | None:
        index = self.list.currentIndex()
        entry: LibraryEntry | None = index.data(EntryRole) if index.isValid() else None
        return entry.exercise if entry else None

    def first_control(self) -> QWidget:
        """Where the keyboard starts on this page: its own search box (Ctrl+F searches
        everything the couple wrote, on the Search page)."""
        return self.search

    def visible_titles(self) -> list[str]:
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.filters.direction() != direction:
            self.filters.setDirection(direction)

    def _start(self) -> None:
        ex = self.current_exercise()
        if ex is not None:
            self.start_requested.emit(ex.id)


def _has_started(store: Store) -> bool:
    """Whether the couple has started any exercise (on the database worker)."""
    return store.runs.started_any()
