"""Opening a homework plan file: read and checked, previewed, and on Accept imported whole:
its bundled exercises into the exercise folder and the plan into the database, or nothing.

Reached from "Open homework..." (Ctrl+O), a file dropped on the window, and ``couplesdesk open
FILE`` (handed to the running window through the single-instance socket)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.homework.importing import Installed, install_bundled, new_plan
from ..core.library import LibraryEntry
from ..core.plan import PlanLoad, load_plan
from ..core.plan.files import PLAN_SUFFIX
from ..core.safe_text import display_text
from ..storage import Changes, StoreError
from .homework_preview import PlanPreview

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("couplesdesk.homework")


def choose_plan_file(window: MainWindow) -> None:
    """File > Open homework...: pick a plan file, then preview it."""
    dialog = QFileDialog(window, "Open homework")
    dialog.setObjectName("openHomeworkDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters([f"Homework plans (*{PLAN_SUFFIX})", "All files (*)"])
    dialog.fileSelected.connect(lambda path: open_plan(window, Path(path)))
    dialog.open()


def _say(window: QWidget, title: str, words: str, name: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, words, parent=window)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


def open_plan(window: MainWindow, path: Path) -> PlanPreview | None:
    """Read ``path`` and show its preview; a file that is no plan gets words, never a traceback."""
    services = window.services
    library = services.library
    installed = {entry.exercise.id for entry in library}
    builtin = {entry.exercise.id for entry in library if entry.origin == "built-in"}
    loaded = load_plan(path, installed, builtin=builtin, today=services.clock.today())
    if loaded.draft is None:
        _say(window, "This is not homework CouplesDesk can open", _why_not(path, loaded), "notAPlan")
        return None
    preview = PlanPreview(loaded, library, window)
    preview.accepted.connect(lambda: _accepted(window, loaded))
    preview.finished.connect(lambda _result: _closed(window, preview))
    preview.open()
    window.preview = preview
    return preview


def _closed(window: MainWindow, preview: PlanPreview) -> None:
    """The preview is done with: gone, and the keyboard back with the window."""
    if window.preview is preview:
        window.preview = None
    preview.deleteLater()
    window.activateWindow()


def _why_not(path: Path, loaded: PlanLoad) -> str:
    reason = loaded.problems[0].message if loaded.problems else "could not be read"
    if reason.startswith("is not valid TOML"):
        reason = "is not written in the plan format, so it may be damaged or not a plan at all"
    ask = "" if "newer CouplesDesk" in reason else " If it came from your therapist, ask them for a new copy."
    return display_text(f"“{path.name}” could not be opened as homework: it {reason}.{ask}\n\nNothing has been added.")


def _accepted(window: MainWindow, loaded: PlanLoad) -> None:
    plan = loaded.plan
    assert plan is not None
    if window.services.store.plans.current_id(plan.id) is None:
        _import(window, loaded)
        return
    name = display_text(plan.therapist.name)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Replace your homework?",
        f"You already have this plan from {name}. Replace it with this version? "
        "What you have done for it so far still counts.",
        parent=window,
    )
    box.setObjectName("replacePlan")
    box.setTextFormat(Qt.TextFormat.PlainText)
    replace = box.addButton("Replace it", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Keep the one we have", QMessageBox.ButtonRole.RejectRole)
    box.buttonClicked.connect(lambda button: _import(window, loaded) if button is replace else None)
    box.open()


def _import(window: MainWindow, loaded: PlanLoad) -> None:
    """Bundled exercises written first (all or none), then the plan saved; if saving fails the
    exercise folder is put back, so nothing is half imported."""
    services = window.services
    plan = loaded.plan
    assert plan is not None
    texts = {b.file: b.text for b in plan.bundled}
    bundled = [(c.exercise, texts[c.file]) for c in loaded.bundled if c.exercise is not None]
    yours = {e.exercise.id: Path(e.path) for e in services.library if e.origin == "yours"}
    try:
        installed = install_bundled(bundled, services.paths.user_exercises, yours)
    except OSError as exc:
        _say(
            window,
            "Homework not added",
            f"The exercises that come with it could not be saved: {exc.strerror or exc}. Nothing has been added.",
            "planNotSaved",
        )
        return
    record = new_plan(plan, loaded.text)

    def saved(_row: str) -> None:
        for exercise, _text in bundled:
            services.library.entries[exercise.id] = LibraryEntry(exercise, str(installed.paths[exercise.id]), "yours")
        if bundled:
            services.bus.announce(Changes.LIBRARY)
        window.show_page(window.today_page)
        log.info("Imported a homework plan with %d item(s)", len(plan.items))

    def failed(exc: StoreError, undo: Installed = installed) -> None:
        undo.undo()
        _say(window, "Homework not added", f"It could not be saved: {exc}. Nothing has been added.", "planNotSaved")

    services.database.run(lambda store: store.plans.add(record), saved, failed)
