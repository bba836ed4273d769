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
from .i18n import translate

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("couplesdesk.homework")


def choose_plan_file(window: MainWindow) -> None:
    """File > Open homework...: pick a plan file, then preview it."""
    dialog = QFileDialog(window, translate("homework_import", "Open homework"))
    dialog.setObjectName("openHomeworkDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [
            translate("homework_import", "Homework plans ({pattern})").format(pattern=f"*{PLAN_SUFFIX}"),
            translate("homework_import", "All files (*)"),
        ]
    )
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
        _say(
            window,
            translate("homework_import", "This is not homework CouplesDesk can open"),
            _why_not(path, loaded),
            "notAPlan",
        )
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
    reason = loaded.problems[0].message if loaded.problems else ""
    if not reason:
        said = translate("homework_import", "“{name}” could not be read as homework.")
    elif reason.startswith("is not valid TOML"):
        said = translate(
            "homework_import",
            "“{name}” is not written in the plan format, so it may be damaged or not homework at all.",
        )
    else:  # the plan reader's own words (core/plan)
        said = translate("homework_import", "“{name}” could not be opened as homework: it {reason}.")
    parts = [said.format(name=path.name, reason=reason)]
    if "newer CouplesDesk" not in reason:
        parts.append(translate("homework_import", "If it came from your therapist, ask them for a new copy."))
    return display_text(" ".join(parts) + "\n\n" + translate("homework_import", "Nothing has been added."))


def _accepted(window: MainWindow, loaded: PlanLoad) -> None:
    plan = loaded.plan
    assert plan is not None
    if window.services.store.plans.current_id(plan.id) is None:
        _import(window, loaded)
        return
    name = display_text(plan.therapist.name)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("homework_import", "Replace your homework?"),
        translate(
            "homework_import",
            "You already have this plan from {therapist}. Replace it with this version? What you have done for it "
            "so far still counts.",
        ).format(therapist=name),
        parent=window,
    )
    box.setObjectName("replacePlan")
    box.setTextFormat(Qt.TextFormat.PlainText)
    replace = box.addButton(translate("homework_import", "Replace it"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("homework_import", "Keep the one we have"), QMessageBox.ButtonRole.RejectRole)
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
            translate("homework_import", "Homework not added"),
            translate(
                "homework_import",
                "The exercises that come with it could not be saved: {problem}. Nothing has been added.",
            ).format(problem=exc.strerror or exc),
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
        words = translate("homework_import", "It could not be saved: {problem}. Nothing has been added.").format(
            problem=exc
        )
        _say(window, translate("homework_import", "Homework not added"), words, "planNotSaved")

    services.database.run(lambda store: store.plans.add(record), saved, failed)
