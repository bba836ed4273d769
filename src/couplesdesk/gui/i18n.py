"""The GUI's side of :mod:`couplesdesk.core.i18n`: Qt's translators behind ``translate``.

Import ``translate`` from here or from the core module (they are the same function); this
module only connects it to :meth:`QCoreApplication.translate`, which uses whatever
``QTranslator`` objects are installed on the application.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.i18n import QT_TRANSLATE_NOOP, translate, use

__all__ = ["QT_TRANSLATE_NOOP", "connect", "translate"]


def _qt(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def connect() -> None:
    """From now on ``translate`` asks Qt (call once the QApplication exists)."""
    use(_qt)
