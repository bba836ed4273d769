"""The Safety page: what this app is and is not, and where to turn. Always one click away."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

SAFETY_MARKDOWN = """
# Safety first

CouplesDesk is a place to **practise** talking and listening at home. It is not therapy,
and it is not crisis help.

## Stop at any moment

You can stop any exercise at any point: press **Esc** or choose *Leave for now*. What you
wrote is kept, and you can pick it up later, or never. Calling a **pause** (the button at the
top of the window, or **Ctrl+P**) is always allowed.

## When these exercises are not the right tool

Please do not use couples exercises while there is violence, threats, or fear at home, or
while either of you feels afraid of the other. Structured conversations can make things
more dangerous when one partner is not safe.

## If you feel afraid or unsafe

- Stop the exercise and move to a safe place.
- In an emergency, call your local emergency number (for example 112 in Europe, 911 in
  North America, 999 in the UK, 000 in Australia).
- A domestic-violence helpline can listen and help you plan, confidentially. Search for the
  helpline in your country, or ask your doctor or therapist for one.
- If you are thinking about harming yourself, contact a crisis line or emergency services now.

## Your privacy

Everything stays on this computer. Nothing is sent anywhere. What one of you writes in
private is never shown to the other or put in a report unless its author chooses to share it.
"""


class SafetyPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("safetyPage")
        self.text = QTextBrowser()
        self.text.setObjectName("safetyText")
        self.text.setAccessibleName("Safety information")
        self.text.setMarkdown(SAFETY_MARKDOWN)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.text)
