"""What a personal passphrase says when it cannot help: a wrong one, too many tries, an answer
kept locked while its key is closed, a new passphrase too short. (Words of storage/personal.py,
translated in its context.)"""

from __future__ import annotations

from ..core.i18n import translate
from .errors import StoreError, Trouble

MIN_PIN_DIGITS = 6
MIN_PHRASE = 8


class WrongPersonalPassphrase(StoreError):
    def __init__(self, name: str) -> None:
        words = translate(
            "storage/personal", "That isn't {name}'s passphrase. Nothing was shown. Check Caps Lock, and try again."
        )
        super().__init__(words.format(name=name), Trouble.LOCKED)


class TryLater(StoreError):
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        words = translate(
            "storage/personal",
            "Several tries in a row did not match, so this slows down a little: you can try again in {count} seconds.",
        ).format(count=seconds)
        if seconds == 1:
            words = translate(
                "storage/personal",
                "Several tries in a row did not match, so this slows down a little: you can try again in a second.",
            )
        super().__init__(words, Trouble.LOCKED)


class KeptLocked(StoreError):
    """An answer that is kept locked with its author's passphrase cannot be written (or shown
    to both) now: their key is not open."""

    def __init__(self, name: str) -> None:
        words = translate(
            "storage/personal",
            "{name}'s answers are kept locked with {name}'s passphrase, and it is not open now, so this was "
            "not saved. {name}, please type your passphrase first.",
        )
        super().__init__(words.format(name=name), Trouble.LOCKED)


def passphrase_problem(secret: str) -> str | None:
    """Why a new personal passphrase will not do, in words, or None."""
    typed = secret.strip()
    if typed.isdigit():
        if len(typed) < MIN_PIN_DIGITS:
            return translate("storage/personal", "A PIN needs at least {count} digits.").format(count=MIN_PIN_DIGITS)
        return None
    if len(typed) < MIN_PHRASE:
        return translate(
            "storage/personal",
            "A passphrase needs at least {characters} characters (or use a PIN of {digits} digits or more).",
        ).format(characters=MIN_PHRASE, digits=MIN_PIN_DIGITS)
    return None
