"""Walking Qt's keyboard focus chain, for pages that put the keyboard where a person goes on."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget


def tabbable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def controls_in(container: QWidget) -> Iterator[QWidget]:
    """The widgets inside ``container`` that Tab stops at, in the window's Tab order."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if container.isAncestorOf(widget) and tabbable(widget):
            yield widget
        widget = widget.nextInFocusChain()


def holds_focus(container: QWidget, focused: QWidget | None) -> bool:
    """Whether ``focused`` is a control a person can use in ``container``: inside, shown, enabled."""
    return (
        focused is not None
        and container.isAncestorOf(focused)
        and focused.isVisibleTo(container)
        and focused.isEnabled()
    )


def tab_in_reading_order(container: QWidget, after: QWidget, then: Sequence[QWidget] = ()) -> None:
    """Widgets made later (a run's step) join the Tab chain wherever Qt puts them: put the
    controls in ``container`` right ``after`` it, in reading order, and ``then`` (Back, Leave, Next)."""
    previous = after
    for control in [*controls_in(container), *then]:
        QWidget.setTabOrder(previous, control)
        previous = control


def follow_selection(pages: QListWidget) -> None:
    """A list of pages whose current row also follows its selection: a screen reader chooses a
    row by selecting it (AT-SPI's Selection, or the row's Toggle action), which Qt does not make
    current, so without this the page would not change."""

    def selected() -> None:
        rows = [index.row() for index in pages.selectionModel().selectedRows()]
        if len(rows) == 1 and rows[0] != pages.currentRow():
            pages.setCurrentRow(rows[0])

    pages.itemSelectionChanged.connect(selected)
