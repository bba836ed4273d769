"""The progress line of a run: one short segment per part, and the same in words.

Segments keep their width for the whole run (set from the longest way through the
exercise), so the line never shifts under people's eyes: a part done fills one more
segment, and a shorter way only takes segments off the end.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from ..core.engine import Run
from ..core.engine.progress import Progress, longest_parts
from .i18n import translate
from .palette import current
from .run_parts import text_label


def segment_colours() -> tuple[str, str, str]:
    """Parts done (sage), the part on screen (terracotta, like the actions), parts still ahead
    (a quiet sand; the words beside the line say the same)."""
    colours = current()
    return colours.calm, colours.accent, colours.quiet_border


SEGMENT = 28
GAP = 4


class ProgressLine(QWidget):
    """Painted segments: done, this one, ahead."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressLine")
        self.progress: Progress | None = None
        self.span = 1
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_progress(self, progress: Progress | None, span: int) -> None:
        self.progress = progress
        self.span = max(span, progress.parts if progress is not None else 1, 1)
        self.setMaximumWidth(self.span * (SEGMENT + GAP))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.span * (SEGMENT + GAP), 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.span, 12) * 6, 8)

    def segment_width(self) -> float:
        return max(2.0, min(float(SEGMENT), (self.width() + GAP) / self.span - GAP))

    def paintEvent(self, event: QPaintEvent) -> None:
        progress = self.progress
        if progress is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        width = self.segment_width()
        done, now, ahead = segment_colours()
        for n in range(1, progress.parts + 1):
            colour = done if n < progress.part else now if n == progress.part else ahead
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRectF((n - 1) * (width + GAP), 1, width, 6), 3, 3)
        painter.end()


class ProgressRow(QWidget):
    """The line, and beside it the words ('Part 2 of 5'); empty between runs and at the end."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = ProgressLine()
        self.label = text_label("runProgress", "hint", wrap=False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.label)
        layout.addStretch(0)
        self.setAccessibleName(translate("run_progress", "Progress"))

    def show_run(self, run: Run | None, with_turn: bool = True) -> None:
        """Where ``run`` stands now (hand-overs show the part about to start); None: nothing,
        as when asking who goes first and at the end."""
        if run is None:
            self.show_progress(None)
        else:
            self.show_progress(run.standing(), longest_parts(run.exercise), with_turn)

    def show_progress(self, progress: Progress | None, span: int = 1, with_turn: bool = True) -> None:
        words = progress.words(with_turn) if progress is not None else ""
        self.label.setText(words)
        self.line.show_progress(progress, span)
        self.line.setAccessibleName(words)
