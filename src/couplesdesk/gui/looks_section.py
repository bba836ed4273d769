"""The Privacy page's section on how the app looks: light, dark, or as the computer is set;
and the size of the text (also Ctrl++, Ctrl+- and Ctrl+0, from ``text_size.py``).

A choice applies at once (``looks.Appearance``) and is kept in the settings, written on the
database worker."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QWidget

from ..storage import Store, StoreError
from .i18n import QT_TRANSLATE_NOOP, translate
from .looks import SYSTEM, THEME_SETTING, appearance
from .palette import DARK_NAME, LIGHT_NAME, MAX_SCALE, MIN_SCALE, STEP
from .privacy_page import fill_section
from .reflow import ReflowRow
from .services import Services
from .text_size import save_text_size

log = logging.getLogger("couplesdesk.looks")

THEME_CHOICES = (
    (SYSTEM, QT_TRANSLATE_NOOP("looks_section", "As the computer is set")),
    (LIGHT_NAME, QT_TRANSLATE_NOOP("looks_section", "Light")),
    (DARK_NAME, QT_TRANSLATE_NOOP("looks_section", "Dark")),
)


def size_words(percent: int) -> str:
    if percent == 100:
        return translate("looks_section", "100% (the usual size)")
    return translate("looks_section", "{percent}%").format(percent=percent)


class LooksSection(QFrame):
    """Signals: none; it shows the looks in use and writes every change at once."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        about = translate(
            "looks_section",
            "Dark is gentler on the eyes late in the evening. Larger text makes everything bigger, the words of "
            "the exercises too; Ctrl and + or - change it from anywhere, Ctrl and 0 sets it back.",
        )
        title = translate("looks_section", "How it looks")
        column, _about = fill_section(self, "looksSection", title, about, "looksAbout")
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        for value, words in THEME_CHOICES:
            self.theme.addItem(translate("looks_section", words), value)
        self.size_choice = QComboBox()
        self.size_choice.setObjectName("textSizeChoice")
        for percent in range(MIN_SCALE, MAX_SCALE + 1, STEP):
            self.size_choice.addItem(size_words(percent), percent)
        colours, size = translate("looks_section", "Colours"), translate("looks_section", "Text size")
        for words, box in ((colours, self.theme), (size, self.size_choice)):
            label = QLabel(words)
            label.ensurePolished()  # measured in the font the style sheet gives it, so both boxes line up
            label.setMinimumWidth(max(label.fontMetrics().horizontalAdvance(w) for w in (colours, size)) + 12)
            label.setBuddy(box)
            box.setAccessibleName(words)
            row = ReflowRow()
            row.setSpacing(12)
            row.addWidget(label)
            row.addWidget(box)
            row.addStretch(1)
            column.addLayout(row)
        self._show_current()
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.size_choice.currentIndexChanged.connect(self._size_chosen)
        made = appearance()
        if made is not None:
            made.changed.connect(self._show_current)

    def _show_current(self) -> None:
        made = appearance()
        if made is None:
            return
        for box, value in ((self.theme, made.theme), (self.size_choice, made.scale)):
            at = box.findData(value)
            if at >= 0 and at != box.currentIndex():
                box.blockSignals(True)
                box.setCurrentIndex(at)
                box.blockSignals(False)

    def _theme_chosen(self) -> None:
        theme = str(self.theme.currentData())
        made = appearance()
        if made is not None:
            made.use(theme=theme)

        def save(store: Store) -> None:
            store.settings.set(THEME_SETTING, theme)

        self.services.database.run(save, None, self._failed)

    def _size_chosen(self) -> None:
        percent = int(self.size_choice.currentData())
        made = appearance()
        if made is not None:
            made.use(scale=percent)
        save_text_size(self.services, percent)

    def _failed(self, exc: StoreError) -> None:
        log.warning("The looks could not be saved: %s", exc)
