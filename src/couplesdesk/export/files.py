"""Writing an export file: for this user alone (0600), whole or not at all, and never as plain
text inside an encrypted data folder.

An encrypted data folder promises that what is in it is encrypted; an export is a plain
file a person takes elsewhere, so one asked for inside such a folder is refused, with the
reason, before anything is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.i18n import translate
from ..core.progress_data import ProgressData
from ..paths import DataPaths
from ..storage import encryption
from ..whole_files import write_whole
from .formats import to_csv, to_json, to_markdown

FORMATS = ("json", "md", "csv", "pdf")
SUFFIXES = {"json": ".json", "md": ".md", "csv": ".csv", "pdf": ".pdf"}


class ExportRefused(ValueError):
    """An export that may not be written where it was asked for (the message says why)."""


def refusal(paths: DataPaths, target: Path) -> str | None:
    """Why an export may not be written at ``target``, or None."""
    root = paths.root.resolve()
    place = target.expanduser().absolute().resolve()
    inside = place == root or root in place.parents
    if inside and encryption.is_encrypted(paths.root):
        return translate(
            "export/files",
            "Not written: {folder} is encrypted, and an export is a plain file that anyone who finds it can "
            "read. Keeping it beside the encrypted data would undo that protection, so choose a place outside "
            "the data folder.",
        ).format(folder=paths.root)
    if place.is_dir():
        return translate(
            "export/files", "Not written: {folder} is a folder. Name the file to write, e.g. {example}."
        ).format(folder=place, example=place / translate("export/files", "our-journal.md"))
    return None


def render(document: dict[str, Any], fmt: str, progress: ProgressData | None = None) -> bytes:
    """The file's bytes, in ``fmt`` (json, md, csv, or pdf through Qt, which draws the
    ``progress`` pictures too)."""
    if fmt == "json":
        return to_json(document).encode("utf-8")
    if fmt == "md":
        return to_markdown(document).encode("utf-8")
    if fmt == "csv":
        return to_csv(document).encode("utf-8-sig")  # the mark lets spreadsheets read it as UTF-8
    if fmt == "pdf":
        from ..gui.journal_pdf import pdf_bytes

        return pdf_bytes(document, progress)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_private(target: Path, data: bytes) -> Path:
    """``data`` into ``target``, readable and writable by this user alone: written to a
    temporary file beside it (0600), flushed, then renamed over ``target``."""
    target = target.expanduser().absolute()
    write_whole(target, data)
    return target


def write_export(
    paths: DataPaths, document: dict[str, Any], fmt: str, target: Path, progress: ProgressData | None = None
) -> Path:
    """Write ``document`` as ``fmt`` to ``target``; :class:`ExportRefused` says why not."""
    problem = refusal(paths, target)
    if problem is not None:
        raise ExportRefused(problem)
    return write_private(target, render(document, fmt, progress))
