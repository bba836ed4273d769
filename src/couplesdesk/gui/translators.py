"""Qt's translators for the interface's language: the app's own words and Qt's standard ones.

:func:`install` loads ``couplesdesk_<lang>.qm`` (compiled from ``translations/*.ts`` when the
package is built, see docs/translations.md) and Qt's ``qtbase_<lang>.qm`` (shipped in the
PySide6 wheel, for the words of standard dialogs and buttons), then points
:func:`couplesdesk.gui.i18n.translate` and ``date_words`` at them. English needs no file.

``COUPLESDESK_TRANSLATIONS`` names another folder of ``.qm`` files (the tests compile theirs
into a temporary folder on a fresh checkout).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from .i18n import connect

log = logging.getLogger("couplesdesk.app")

FOLDER_VARIABLE = "COUPLESDESK_TRANSLATIONS"
_PACKAGED = Path(__file__).resolve().parents[1] / "translations"

_installed: list[QTranslator] = []
_language: list[str] = ["en"]


def folder() -> Path:
    """Where the app's ``.qm`` files are."""
    told = os.environ.get(FOLDER_VARIABLE)
    return Path(told) if told else _PACKAGED


def current() -> str:
    """The language the interface's words are in now ("en" or "de")."""
    return _language[0]


def install(language: str) -> str:
    """Show the interface in ``language`` (a code such as "de" or "de-CH") from now on; windows
    built before keep their words. Falls back to English, logged, when there is no translation.
    Returns the language used ("de" for "de-CH")."""
    base = language.split("-")[0].lower()
    if base == _language[0] and (_installed or base == "en"):
        return base
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    if base != "en" and app is not None:
        ours = QTranslator(app)
        if ours.load(str(folder() / f"couplesdesk_{base}.qm")):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
            qt = QTranslator(app)
            if qt.load(f"qtbase_{base}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                QCoreApplication.installTranslator(qt)
                _installed.append(qt)
        else:
            log.warning("No translation of the interface into %r in %s; showing it in English", base, folder())
            base = "en"
    _language[0] = base
    connect(base)
    return base
