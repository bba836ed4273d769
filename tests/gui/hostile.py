"""A hostile exercise and hostile answers: HTML, Markdown links and images, bidi controls and
control characters, in every kind of text the app shows. Shared by the plain-text tests and
the screenshots.

Every text field of the exercise carries the same :data:`HTML` (and the Markdown fields
:data:`MARKDOWN` too), so a test can check, on every screen, that it is shown as typed.
"""

from __future__ import annotations

import json
from typing import Any

HTML = (
    '<b>bold?</b> <font color="#FFFFFF">hidden?</font> <a href="http://evil.example/">Click here to read '
    'the private answers</a> <img src="http://evil.example/pixel.png"> <span style="color:red;font-size:40px">URGENT</span>'
)
"""Rich text that Qt would render if a widget read it as rich text (a tag, a link, a remote image)."""
TAGS = ("<b>bold?</b>", '<font color="#FFFFFF">hidden?</font>', '<img src="http://evil.example/pixel.png">')
"""Pieces of :data:`HTML` that must be visible, as typed, wherever it is shown."""
MARKDOWN = "[Follow me](http://evil.example/md) ![a picture](http://evil.example/md.png) <http://evil.example/auto>"
"""A Markdown link, a remote image and an autolink: in a Markdown field, words, never a link or an image."""
ENTITIES = "&#x202E;ybab &#7;"
"""In a Markdown field, character references for a bidi override and a bell: shown safely."""

BIDI = "\u202e"  # RIGHT-TO-LEFT OVERRIDE
BAD_ANSWER = f'<font color="#FFFFFF">hidden words</font> <b>bold</b> {BIDI}desrever\u202c ring\x07bell\x1b[31m end'
"""What a partner might type or paste: HTML, a right-to-left override and control characters."""
SAFE_ANSWER_PART = '<font color="#FFFFFF">hidden words</font> <b>bold</b> desrever ring\ufffdbell\ufffd[31m end'
"""How :data:`BAD_ANSWER` reads on screen: the tags as typed, no override, the controls as a visible mark."""


def _t(words: str) -> str:
    return f"{words} {HTML}"


def _md(words: str) -> str:
    return f"{words} {HTML} {MARKDOWN} {ENTITIES}"


def hostile_exercise(exercise_id: str = "hostile") -> dict[str, Any]:
    """An exercise with every step kind people see, each text full of HTML (and Markdown)."""
    return {
        "format_version": 2,
        "id": exercise_id,
        "version": 1,
        "title": _t("Hostile title"),
        "summary": _t("A summary"),
        "description": _md("A description"),
        "category": "testing",
        "minutes": 30,
        "who": "couple",
        "cadence_hint": "weekly",
        "sources": [_t("A source")],
        "safety_note": _md("A safety note, {local_helpline}"),
        "roles": {
            "first": "speaker",
            "second": "listener",
            "question": _t("Who goes first?"),
            "first_label": _t("The speaker"),
            "second_label": _t("The listener"),
        },
        "steps": [
            {"id": "welcome", "kind": "read", "title": _t("Welcome"), "body": _md("Welcome, {speaker}")},
            {
                "id": "mine",
                "kind": "write",
                "who": "each",
                "title": _t("Mine"),
                "prompt": _t("What is on your mind?"),
                "guidance": _t("A hint"),
                "flag_words": ["always"],
                "flag_message": _t("A flag"),
            },
            {
                "id": "wish",
                "kind": "template",
                "who": "each",
                "title": _t("Wish"),
                "prompt": _t("Fill it in"),
                "template": _t("I wish for {thing}."),
                "blanks": {"thing": {"hint": _t("a thing"), "suggestions": [_t("tea")]}},
            },
            {
                "id": "pick",
                "kind": "choose",
                "who": "each",
                "title": _t("Pick"),
                "prompt": _t("Pick one"),
                "allow_other": True,
                "other_label": _t("Something else"),
                "options": [{"id": "walk", "label": _t("A walk")}, {"id": "tea", "label": _t("Tea & cake")}],
            },
            {
                "id": "safe",
                "kind": "choose",
                "who": "each",
                "sensitive": True,
                "title": _t("Just for you"),
                "prompt": _t("A question only you see"),
                "options": [
                    {"id": "yes", "label": _t("Yes"), "follow_up": _md("Thank you; {local_helpline}")},
                    {"id": "no", "label": _t("No"), "follow_up": _md("Thanks; {local_helpline}")},
                ],
            },
            {
                "id": "ticks",
                "kind": "checklist",
                "who": "each",
                "title": _t("Ticks"),
                "prompt": _t("Tick what fits"),
                "items": [{"id": "one", "label": _t("One")}, {"id": "two", "label": _t("Two")}],
            },
            {
                "id": "calm",
                "kind": "rate",
                "who": "each",
                "title": _t("Calm"),
                "prompt": _t("How calm?"),
                "low_label": _t("calm"),
                "high_label": _t("flooded"),
            },
            {
                "id": "both",
                "kind": "reveal",
                "title": _t("Both"),
                "prompt": _t("Read both"),
                "steps": ["mine", "wish", "pick", "ticks", "calm"],
            },
            {
                "id": "quoted",
                "kind": "read",
                "title": _t("Quoted"),
                "body": _md("Your words again"),
                "show": ["mine"],
            },
            {
                "id": "pause",
                "kind": "timer",
                "title": _t("Pause"),
                "prompt": _t("Choose a length"),
                "minutes": 20,
                "adjustable": True,
                "min_minutes": 10,
                "max_minutes": 30,
                "statement": _md("Say it"),
                "guidance": _md("Breathe"),
                "more_ideas": _md("- More"),
            },
            {
                "id": "talk",
                "kind": "turns",
                "title": _t("Talk"),
                "rounds": 1,
                "turn_minutes": 1,
                "speaker_prompt": _t("Speak"),
                "listener_prompt": _t("Listen"),
            },
            {
                "id": "ours",
                "kind": "write",
                "who": "speaker",
                "title": _t("Ours"),
                "prompt": _t("Write it for both to read"),
            },
            {
                "id": "heard",
                "kind": "mirror",
                "who": "listener",
                "speaker": "speaker",
                "source": "ours",
                "title": _t("Heard"),
                "prompt": _t("Say it back"),
                "more_question": _t("More?"),
            },
            {
                "id": "keep",
                "kind": "agree",
                "title": _t("Keep"),
                "source": "ours",
                "saves_as": "boundary",
            },
            {"id": "swap", "kind": "swap_roles", "title": _t("Swap"), "note": _md("Swap now")},
            {"id": "when", "kind": "schedule", "title": _t("When"), "prompt": _t("When again?")},
            {"id": "bye", "kind": "end", "title": _t("Bye"), "body": _md("Goodbye")},
        ],
    }


def toml_string(text: str) -> str:
    # JSON's escapes (\", \\, \n, \uXXXX for control characters) are TOML's too; DEL is not escaped by JSON.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"


def toml_document(doc: dict[str, Any]) -> str:
    """Scalars first, then [tables] and [[arrays of tables]], as people write exercises."""
    out: list[str] = []
    later: list[str] = []
    for key, value in doc.items():
        if isinstance(value, dict):
            later.append(f"\n[{key}]")
            later += [f"{k} = {toml_value(v)}" for k, v in value.items()]
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for item in value:
                later.append(f"\n[[{key}]]")
                later += [f"{k} = {toml_value(v)}" for k, v in item.items()]
        else:
            out.append(f"{key} = {toml_value(value)}")
    return "\n".join(out + later) + "\n"
