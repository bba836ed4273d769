"""The exercise library: search, filter by category, read an exercise before starting it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.describe import CADENCE_WORDS, category_label, step_outline, who_for
from ..core.helplines import safety_values, with_help
from ..core.library import Library, LibraryEntry
from ..core.model import Exercise

EntryRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2
CategoryRole = Qt.ItemDataRole.UserRole + 3
MetaRole = Qt.ItemDataRole.UserRole + 4
SummaryRole = Qt.ItemDataRole.UserRole + 5


def meta_line(ex: Exercise) -> str:
    return f"{category_label(ex.category)} · about {ex.minutes} min · {who_for(ex)}"


class ExerciseListModel(QAbstractListModel):
    """The library's exercises, one row each, in title order."""

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self._entries: list[LibraryEntry] = sorted(library, key=lambda e: e.exercise.text(e.exercise.title).lower())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        ex = entry.exercise
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return ex.text(ex.title)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{ex.text(ex.summary)} {meta_line(ex)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return ex.text(ex.summary)
        if role == SummaryRole:
            return ex.text(ex.summary)
        if role == MetaRole:
            return meta_line(ex) + ("  ·  your own" if entry.origin == "yours" else "")
        if role == EntryRole:
            return entry
        if role == CategoryRole:
            return ex.category
        if role == SearchRole:
            parts = [ex.text(ex.title), ex.text(ex.summary), ex.text(ex.description), ex.category, *ex.tags]
            return " ".join(parts).lower()
        return None


class ExerciseFilter(QSortFilterProxyModel):
    """Keeps the rows whose text holds every word typed, in the chosen category."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._category = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category(self, category: str) -> None:
        self.beginFilterChange()
        self._category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self._category and index.data(CategoryRole) != self._category:
            return False
        haystack = index.data(SearchRole) or ""
        return all(word in haystack for word in self._words)


class ExerciseDelegate(QStyledItemDelegate):
    """Title, summary and a quiet meta line for each exercise."""

    PAD = 12

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setPointSizeF(option.font.pointSizeF() * 1.1)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        return title, QFont(option.font), small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, body, small = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(body).height() * 2 + QFontMetrics(small).height()
        return QSize(300, height + self.PAD * 2 + 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        title_font, body_font, small_font = self._fonts(option)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        painter.setPen(text_color)
        painter.setFont(title_font)
        th = QFontMetrics(title_font).height()
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), th), Qt.AlignmentFlag.AlignLeft, index.data())
        painter.setFont(body_font)
        bh = QFontMetrics(body_font).height() * 2
        body_rect = QRect(rect.left(), rect.top() + th + 2, rect.width(), bh)
        painter.drawText(
            body_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, index.data(SummaryRole) or ""
        )
        painter.setFont(small_font)
        muted = palette.placeholderText().color() if not selected else text_color
        painter.setPen(muted)
        sh = QFontMetrics(small_font).height()
        painter.drawText(
            QRect(rect.left(), body_rect.bottom() + 4, rect.width(), sh),
            Qt.AlignmentFlag.AlignLeft,
            index.data(MetaRole) or "",
        )
        painter.restore()


def exercise_markdown(ex: Exercise, origin: str = "built-in", help_values: dict[str, str] | None = None) -> str:
    """The detail view of one exercise, as Markdown. The safety note names help through
    placeholders: filled in from ``help_values``, else the defaults for this computer."""
    out = [f"# {ex.text(ex.title)}", "", f"*{ex.text(ex.summary)}*", ""]
    cadence = CADENCE_WORDS.get(ex.cadence_hint, ex.cadence_hint)
    out += [f"{category_label(ex.category)} · about {ex.minutes} minutes · {who_for(ex)} · {cadence}", ""]
    if ex.description is not None:
        out += [ex.text(ex.description).strip(), ""]
    if ex.safety_note is not None:
        values = help_values if help_values is not None else safety_values(lambda _name: None)
        out += ["## Before you start", "", with_help(ex.text(ex.safety_note), values).strip(), ""]
    out += ["## Steps at a glance", ""]
    n = 0
    for step in ex.steps:
        line = step_outline(ex, step)
        if line is not None:
            n += 1
            out.append(f"{n}. {line}")
    out.append("")
    if ex.sources:
        out += ["## Ideas drawn from", ""]
        out += [f"- {source}" for source in ex.sources]
        out.append("")
    if origin == "yours":
        out += ["*This exercise comes from your own exercises folder.*", ""]
    return "\n".join(out)


class LibraryPage(QWidget):
    """Signals:

    start_requested(str): the person asked to start the exercise with this id.
    """

    start_requested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.setObjectName("libraryPage")
        left = self._build_list()
        right = self._build_detail()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
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
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _build_list(self) -> QWidget:
        """The search box, the category filter and the list of exercises."""
        library = self.library
        self.search = QLineEdit(placeholderText="Search exercises")
        self.search.setObjectName("librarySearch")
        self.search.setAccessibleName("Search exercises")
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setObjectName("libraryCategory")
        self.category.setAccessibleName("Show exercises in category")
        self.category.addItem("All categories", "")
        for slug in library.categories():
            self.category.addItem(category_label(slug), slug)

        self.model = ExerciseListModel(library, self)
        self.proxy = ExerciseFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setObjectName("exerciseList")
        self.list.setAccessibleName("Exercises")
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(ExerciseDelegate(self.list))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)
        self.empty = QLabel("No exercise matches your search.")
        self.empty.setObjectName("emptyLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        return left

    def _build_detail(self) -> QWidget:
        """What the selected exercise is about, and Start."""
        self.detail = QTextBrowser()
        self.detail.setObjectName("exerciseDetail")
        self.detail.setAccessibleName("About the selected exercise")
        self.detail.setOpenExternalLinks(False)
        self.start = QPushButton("Start this exercise")
        self.start.setObjectName("startExercise")
        self.start.setAccessibleName("Start the selected exercise")
        self.start.setDefault(True)
        self.start.setEnabled(False)
        self.start.clicked.connect(self._start)
        self.list.activated.connect(lambda _i: self._start())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        right_layout.addLayout(buttons)
        return right

    def _build_problems(self) -> None:
        """The list of exercise files that could not be loaded, and why."""
        self.problems_banner = QFrame()
        self.problems_banner.setObjectName("problemsBanner")
        banner_layout = QVBoxLayout(self.problems_banner)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("problemsList")
        self.problems_list.setAccessibleName("Problems with exercise files")
        self.problems_list.setWordWrap(True)
        self.problems_list.setMaximumHeight(140)
        banner_layout.addWidget(self.problems_label)
        banner_layout.addWidget(self.problems_list)

    # ------------------------------------------------------------------ behaviour

    def _show_problems(self) -> None:
        problems = self.library.problems
        self.problems_banner.setVisible(bool(problems))
        files = len({p.file for p in problems})
        self.problems_label.setText(
            f"{files} exercise file{'s' if files != 1 else ''} could not be loaded. The other exercises are fine. "
            "Fix the file and restart CouplesDesk to see it here."
        )
        self.problems_list.clear()
        for problem in problems:
            self.problems_list.addItem(str(problem))

    def _filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _filter_category(self, _index: int) -> None:
        self.proxy.set_category(self.category.currentData() or "")
        self._after_filter()

    def _after_filter(self) -> None:
        has_rows = self.proxy.rowCount() > 0
        self.empty.setVisible(not has_rows)
        if has_rows and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        elif not has_rows:
            self._show_current(QModelIndex())

    def _show_current(self, index: QModelIndex | QPersistentModelIndex, _previous: object = None) -> None:
        entry: LibraryEntry | None = index.data(EntryRole) if index.isValid() else None
        self.start.setEnabled(entry is not None)
        if entry is None:
            self.detail.clear()
            return
        self.detail.setMarkdown(exercise_markdown(entry.exercise, entry.origin))

    def current_exercise(self) -> Exercise | None:
        index = self.list.currentIndex()
        entry: LibraryEntry | None = index.data(EntryRole) if index.isValid() else None
        return entry.exercise if entry else None

    def visible_titles(self) -> list[str]:
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def _start(self) -> None:
        ex = self.current_exercise()
        if ex is not None:
            self.start_requested.emit(ex.id)
