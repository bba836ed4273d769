"""Characters that can make a screen lie, and text made safe to show (Qt-free).

Two kinds of character never reach the screen as they are:

- **Bidi controls** (embeddings, overrides and isolates, U+202A-U+202E and U+2066-U+2069)
  reorder the text around them: a right-to-left override makes the words after it read
  backwards, so what is shown is not what was written. The directional *marks* (U+200E,
  U+200F, U+061C) are not among them: they are ordinary in Hebrew, Arabic and Persian
  writing, and act only as an invisible letter of one direction; they cannot reverse or
  hide anything.
- **Control characters** (C0 except tab and newline, DEL, C1) have no picture: a screen
  shows them as empty boxes, or nothing.

Exercise files with either are refused by the validator (``loader/``). In what partners
write, they are kept as typed, and :func:`display_text` is what every screen shows.
"""

from __future__ import annotations

import re
import string

BIDI_CONTROLS: dict[str, str] = {
    "\u202a": "left-to-right embedding",
    "\u202b": "right-to-left embedding",
    "\u202c": "end-of-embedding (pop directional formatting)",
    "\u202d": "left-to-right override",
    "\u202e": "right-to-left override",
    "\u2066": "left-to-right isolate",
    "\u2067": "right-to-left isolate",
    "\u2068": "first-strong isolate",
    "\u2069": "end-of-isolate (pop directional isolate)",
}
"""The characters that reorder text, and their names in words."""

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""One bidi control or control character (tab and newline are fine; a carriage return is not)."""

PLACEHOLDER = "\ufffd"
"""What a control character looks like on screen: the replacement character, a visible mark."""

_PUNCTUATION = re.compile(f"([{re.escape(string.punctuation)}])")


def is_bidi_control(char: str) -> bool:
    return char in BIDI_CONTROLS


def character_name(char: str) -> str:
    """'right-to-left override character (U+202E)', 'control character (U+0007)'."""
    kind = BIDI_CONTROLS.get(char, "control")
    return f"{kind} character (U+{ord(char):04X})"


def character_words(char: str) -> str:
    """The character in words, for someone who cannot see it: 'an invisible right-to-left
    override character (U+202E)', 'an invisible control character (U+0007)'."""
    return f"an invisible {character_name(char)}"


def display_text(text: str) -> str:
    """``text`` as it may be shown: bidi controls left out (so nothing can reorder the words
    around them), line breaks as newlines, and every other control character as a visible
    mark (U+FFFD). Text without any comes back as it is."""
    if UNSAFE.search(text) is None:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return UNSAFE.sub(lambda m: "" if m[0] in BIDI_CONTROLS else PLACEHOLDER, text)


def visible_codes(text: str) -> str:
    """``text`` with each bidi control or control character written as its code (<U+202E>),
    for messages about files and for a terminal, where the character itself would act."""
    return UNSAFE.sub(lambda m: f"<U+{ord(m[0]):04X}>", text)


def markdown_escape(text: str) -> str:
    """Plain text to put inside Markdown: every character Markdown could read as markup
    backslash-escaped (CommonMark allows a backslash before any ASCII punctuation), and
    each line's leading spaces dropped (they would start a code block)."""
    lines = (line.lstrip(" \t") for line in display_text(text).split("\n"))
    return "\n".join(_PUNCTUATION.sub(r"\\\1", line) for line in lines)
