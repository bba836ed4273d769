"""The Safety page: what this app is and is not, and where to turn. Always one click away.

It names the help that the exercises name too ({emergency_number}, {local_helpline}): the
emergency number comes from the computer's country unless the couple (or their therapist)
set it here, and no country's number is assumed for another.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.helplines import safety_values
from ..core.safe_text import markdown_escape
from ..storage import Store, StoreError
from .i18n import QT_TRANSLATE_NOOP, translate
from .plain import SafeBrowser
from .reflow import ReflowRow  # a row that becomes a column when narrow
from .services import Services

SAFETY_MARKDOWN = QT_TRANSLATE_NOOP(
    "safety_page",
    """
# Safety first

CouplesDesk is a place to **practise** talking and listening at home. It is not therapy,
and it is not crisis help. It cannot tell whether a home is safe, and it does not try to.

## Stop at any moment

You can stop any exercise at any point: press **Esc** or choose *Leave for now*. What you
wrote is kept, and you can pick it up later, or never. Calling a **pause** (the button at the
top of the window, or **Ctrl+P**) is always allowed.

## When these exercises are not the right tool

Please do not use couples exercises while there is violence, threats or fear at home, or
while one of you controls the other's money, phone, friends or whereabouts. Talking things
through together can make things more dangerous when one partner is not safe. Nobody has to
explain why they would rather not do an exercise.

## If you feel afraid or unsafe

- You are not to blame, and you do not have to decide anything today.
- If you are in danger now, call **{emergency_number}**.
- {local_helpline_sentence}
- {helpline_directory} lists verified helplines in many countries. A website you visit stays
  in your browser's history; a private window, or another device, leaves less behind.
- If you are thinking about harming yourself, contact a crisis line or emergency services now.

## Your privacy

Everything stays on this computer. Nothing is sent anywhere. What one of you writes in
private is never shown to the other unless its author chooses to share it.
""",
)


def safety_markdown(values: dict[str, str]) -> str:
    """The safety text with the help that applies here filled in, as typed (escaped)."""
    values = {key: markdown_escape(value) for key, value in values.items()}
    helpline = values["local_helpline"]
    sentence = (
        translate("safety_page", "A domestic-violence helpline listens and helps you plan, in confidence: {helpline}.")
        if any(ch.isdigit() for ch in helpline)
        else translate(
            "safety_page",
            "Talk to {helpline}: they listen and help you plan, in confidence. Your doctor or a "
            "counsellor can also tell you where to turn.",
        )
    ).format(helpline=helpline)
    return translate("safety_page", SAFETY_MARKDOWN).format(local_helpline_sentence=sentence, **values)


class SafetyPage(QWidget):
    """Where to turn for help, and the help the exercises name.

    Signals:
        hide_requested(): "Hide now": the window switches at once to a plain notes screen (the
        page someone reads while afraid of being seen reading it).
    """

    hide_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("safetyPage")
        self.services = services
        self.text = SafeBrowser()
        self.text.setObjectName("safetyText")
        self.text.setAccessibleName(translate("safety_page", "Safety information"))
        self.hide_button = QPushButton(translate("safety_page", "Hide now (Ctrl+Shift+H)"))
        self.hide_button.setObjectName("safetyHideNow")
        self.hide_button.setAccessibleName(translate("safety_page", "Hide this screen now"))
        self.hide_button.setToolTip(
            translate("safety_page", "Switches at once to a plain, empty notes screen. Ctrl+Shift+H comes back.")
        )
        self.hide_button.clicked.connect(self.hide_requested.emit)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self._build_help())

    def _build_help(self) -> QFrame:
        """Where the couple (or their therapist) sets the help that applies to them."""
        frame = QFrame()
        frame.setObjectName("safetyHelp")
        self.emergency = QLineEdit()
        self.emergency.setObjectName("emergencyNumber")
        self.emergency.setAccessibleName(translate("safety_page", "Emergency number where you live"))
        self.helpline = QLineEdit()
        self.helpline.setObjectName("localHelpline")
        self.helpline.setAccessibleName(translate("safety_page", "A helpline where you live, with its number"))
        self.helpline.setPlaceholderText(translate("safety_page", "e.g. the name and number your therapist gave you"))
        self.save = QPushButton(translate("safety_page", "Save"))
        self.save.setObjectName("saveHelp")
        self.save.setAccessibleName(translate("safety_page", "Save the emergency number and helpline"))
        self.save.clicked.connect(self._save)
        self.saved = QLabel()
        self.saved.setObjectName("helpSaved")
        self.saved.setProperty("role", "hint")
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(translate("safety_page", "Emergency number"), self.emergency)
        form.addRow(translate("safety_page", "Helpline"), self.helpline)
        row = ReflowRow()
        row.addWidget(self.saved, 1)
        row.addWidget(self.save)
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(
            translate("safety_page", "The help the exercises name. Change it to what applies where you live.")
        )
        intro.setProperty("role", "hint")
        intro.setWordWrap(True)  # longer in German: it wraps in a small window rather than being cut
        column.addWidget(intro)
        column.addLayout(form)
        column.addLayout(row)
        return frame

    def showEvent(self, event: QShowEvent) -> None:
        self._read()
        super().showEvent(event)

    def _read(self) -> None:
        def read(store: Store) -> tuple[dict[str, str], str, str]:
            return (
                safety_values(store.settings.get),
                store.settings.get("emergency_number") or "",
                store.settings.get("local_helpline") or "",
            )

        self.services.database.run(read, self._show, lambda exc: self.saved.setText(str(exc)))

    def _show(self, read: tuple[dict[str, str], str, str]) -> None:
        values, emergency, helpline = read
        self.text.show_markdown(safety_markdown(values))
        self.emergency.setText(emergency or values["emergency_number"])
        self.helpline.setText(helpline)

    def _save(self) -> None:
        emergency, helpline = self.emergency.text().strip(), self.helpline.text().strip()

        def write(store: Store) -> None:
            store.settings.set("emergency_number", emergency or None)
            store.settings.set("local_helpline", helpline or None)

        def failed(exc: StoreError) -> None:
            self.saved.setText(translate("safety_page", "Not saved. {reason}").format(reason=exc))

        def done(_: None) -> None:
            self.saved.setText(translate("safety_page", "Saved. The exercises name this help from now on."))

            self._read()

        self.services.database.run(write, done, failed)
