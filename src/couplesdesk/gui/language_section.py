"""The Privacy page's section on the interface's language: the computer's, English or Deutsch.

Kept in the couple's ``language`` setting (``core/language.py``: it also picks the language
the exercises are shown in). A change is saved through the database worker and applied at
once: the data is opened again into a new window in the new language (as switching modes
does, ``gui/opening.py``), on the same page. When the app was started with ``--language``,
that choice wins for this session, and the section says the new one applies next time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QWidget

from ..core import language as languages
from ..storage import Store, StoreError
from .i18n import translate
from .privacy_page import fill_section
from .reflow import ReflowRow
from .run_parts import text_label

if TYPE_CHECKING:
    from .main_window import MainWindow

CHOICES = ("", "en", "de")
"""The setting's values: "" follows the computer's language."""
NAMES = {"en": "English", "de": "Deutsch"}
"""Each language in its own words (never translated: a person looks for their own)."""


class LanguageSection(QFrame):
    """Signals: none; it reads the setting when shown and writes it when a language is chosen."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_ = window
        self.services = window.services
        about = translate(
            "language_section",
            "The language CouplesDesk speaks, in its own words and in the exercises. "
            "The computer's language, unless you choose one here.",
        )
        title = translate("language_section", "Language")
        column, _about = fill_section(self, "languageSection", title, about, "languageAbout")
        self.choice = QComboBox()
        self.choice.setObjectName("languageChoice")
        self.choice.addItem(translate("language_section", "The computer's language"), "")
        for code in CHOICES[1:]:
            self.choice.addItem(NAMES[code], code)
        label = QLabel(translate("language_section", "&Language:"))
        label.setBuddy(self.choice)
        self.choice.setAccessibleName(translate("language_section", "Language"))
        row = ReflowRow()  # the choice goes under its label when the text is large
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addStretch(1)
        column.addLayout(row)
        self.status = text_label("languageStatus", "hint")
        self.status.hide()
        column.addWidget(self.status)
        self.choice.activated.connect(self._chosen)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.services.database.run(lambda store: store.settings.get(languages.SETTING), self._fill, self._failed)

    def _fill(self, value: object) -> None:
        code = languages.code_of(value) or ""
        index = self.choice.findData(code.split("-")[0])
        self.choice.setCurrentIndex(max(index, 0))

    def _chosen(self, index: int) -> None:
        code = str(self.choice.itemData(index) or "")

        def write(store: Store) -> None:
            store.settings.set(languages.SETTING, code or None)

        self.services.database.run(write, lambda _: self._saved(), self._failed)

    def _saved(self) -> None:
        if languages.command_line() is not None:
            self._say(
                translate(
                    "language_section",
                    "Saved. CouplesDesk was started in one language for this time; "
                    "the one you chose applies when it next starts.",
                )
            )
            return
        from .opening import replace

        services = self.services
        new = replace(self.window_, services.paths, services.clock, services.key)
        privacy = getattr(new, "privacy_page", None)
        show_page = getattr(new, "show_page", None)
        if privacy is not None and show_page is not None:
            show_page(privacy)

    def _failed(self, exc: StoreError) -> None:
        self._say(translate("language_section", "Not saved. {reason}").format(reason=exc))

    def _say(self, words: str) -> None:
        self.status.setText(words)
        self.status.show()
