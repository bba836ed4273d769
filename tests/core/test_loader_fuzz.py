"""The loader under fuzzing (hypothesis): whatever the bytes, it returns an exercise or raises
an ExerciseFileError whose problems hold up; never anything else."""

from __future__ import annotations

import copy
import json
import math
import re
import tomllib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from couplesdesk.core.model import Exercise

from .loader_helpers import BASE, outcome

# --------------------------------------------------------------------------- hypothesis

BASE_BYTES = BASE.encode()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_crash(data):
    outcome(data)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(BASE_BYTES)), st.integers(0, 64), st.binary(max_size=64))
def test_base_with_spliced_bytes_never_crashes(at, cut, junk):
    outcome(BASE_BYTES[:at] + junk + BASE_BYTES[at + cut :])


# A tiny TOML writer, enough for what the strategies below build.

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def toml_string(s: str) -> str:
    # JSON's escapes (\", \\, \n, \uXXXX for control characters) are TOML's too; DEL is not escaped by JSON.
    return json.dumps(s, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_key(k: str) -> str:
    return k if _BARE_KEY.fullmatch(k) else toml_string(k)


def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return toml_string(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(x)}" for k, x in v.items()) + " }"
    return v.isoformat()  # a date


def toml_document(doc: dict) -> str:
    """Scalars first, then [tables] and [[arrays of tables]], as people write exercises."""
    out: list[str] = []
    later: list[str] = []
    for k, v in doc.items():
        if isinstance(v, dict) and v:
            later.append(f"\n[{toml_key(k)}]")
            later += [f"{toml_key(kk)} = {toml_value(vv)}" for kk, vv in v.items()]
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            for item in v:
                later.append(f"\n[[{toml_key(k)}]]")
                later += [f"{toml_key(kk)} = {toml_value(vv)}" for kk, vv in item.items()]
        else:
            out.append(f"{toml_key(k)} = {toml_value(v)}")
    return "\n".join(out + later) + "\n"


BASE_DICT = tomllib.loads(BASE)
FIELD_NAMES = sorted(
    {"format_version", "id", "version", "title", "summary", "category", "minutes", "who", "cadence_hint",
     "roles", "steps", "first", "second", "question", "kind", "prompt", "min", "max", "default",
     "low_label", "high_label", "options", "label", "template", "blanks", "hint", "on", "cases",
     "goto", "at_least", "at_most", "includes", "otherwise", "min_minutes", "max_minutes",
     "adjustable", "private", "language", "en", "de", "source", "speaker", "statement"}
)  # fmt: skip
WORDS = ["write", "rate", "reveal", "branch", "timer", "each", "together", "self", "speaker", "listener",
         "couple", "solo", "weekly", "feelings", "mood", "rest", "pick", "walk", "{speaker}", "{x}", "{", "en"]  # fmt: skip

keys = st.sampled_from(FIELD_NAMES) | st.text(max_size=8)
scalars = (
    st.text(max_size=20)
    | st.sampled_from(WORDS)
    | st.integers(-(2**63), 2**63 - 1)
    | st.integers(-3, 12)
    | st.floats(allow_nan=False)
    | st.booleans()
    | st.dates()
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=20,
)
random_documents = st.dictionaries(keys, values, max_size=10)


@st.composite
def base_with_one_change(draw):
    """The base exercise with one value replaced, one key deleted or one key added, anywhere."""
    doc = copy.deepcopy(BASE_DICT)
    node = doc
    while True:
        where = draw(st.sampled_from(list(node) if isinstance(node, dict) else list(range(len(node)))))
        child = node[where]
        if isinstance(child, (dict, list)) and child and draw(st.booleans()):
            node = child
            continue
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            node[where] = draw(values)
        elif action == "delete":
            del node[where]
        elif isinstance(node, dict):
            node[draw(keys)] = draw(values)
        else:
            node.insert(where, draw(values))
        return doc


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_documents | base_with_one_change())
def test_arbitrary_toml_documents_never_crash(doc):
    text = toml_document(doc)
    assert tomllib.loads(text) == doc  # the writer is right, so this tests the loader, not the writer
    result = outcome(text.encode())
    if isinstance(result, Exercise):
        assert result.id


BASE_LINES = BASE.split("\n")


@st.composite
def edited_base(draw):
    """The base text after a few line deletions, duplications and character substitutions."""
    lines = list(BASE_LINES)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "substitute"]))
        if action == "delete" and len(lines) > 1:
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif lines[i]:
            k = draw(st.integers(0, len(lines[i]) - 1))
            char = draw(st.sampled_from(list("\"[]{}=#,.'\\ 0aZ") + ["\t", "é", "\u2028"]) | st.characters())
            lines[i] = lines[i][:k] + char + lines[i][k + 1 :]
    return "\n".join(lines)


@settings(max_examples=200, deadline=None)
@given(edited_base())
def test_edited_base_text_never_crashes(text):
    outcome(text.encode("utf-8", "surrogatepass"))


def _key_sites() -> list[tuple[str, str]]:
    """(key, base text with that one key deleted) for every key written in the base."""
    sites = []
    lines = BASE.split("\n")
    for n, line in enumerate(lines):
        standalone = re.match(r"^([a-z_]+) = ", line)
        if standalone:
            try:
                tomllib.loads(line)
            except tomllib.TOMLDecodeError:
                pass  # a value over several lines, like options = [
            else:
                sites.append((standalone.group(1), "\n".join(lines[:n] + lines[n + 1 :])))
        # A lookahead, so that { wish = { hint = "..." } } yields both wish and hint.
        for m in re.finditer(r'(?<!\w)(?=([a-z_]+) = (\{[^{}]*\}|"[^"]*"|[\w.]+))', line):
            if m.start() == 0:
                continue  # a standalone key, done above
            start, end = m.start(), m.end(2)
            if line[end : end + 2] == ", ":
                end += 2
            elif line[start - 2 : start] == ", ":
                start -= 2
            edited = line[:start] + line[end:]
            sites.append((m.group(1), "\n".join(lines[:n] + [edited] + lines[n + 1 :])))
    return sites


KEY_SITES = _key_sites()


def test_key_sites_cover_the_base():
    deleted = {key for key, _ in KEY_SITES}
    assert {
        "format_version",
        "title",
        "first",
        "kind",
        "prompt",
        "label",
        "hint",
        "wish",
        "goto",
        "adjustable",
    } <= deleted
    assert len(KEY_SITES) >= 40
    for _, text in KEY_SITES:
        tomllib.loads(text)  # every deletion leaves valid TOML


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(KEY_SITES))
def test_base_with_one_key_deleted_loads_or_says_why(site):
    key, text = site
    data = text.encode()
    result = outcome(data, "one-key-less.toml")
    if isinstance(result, Exercise):
        return
    last_line = text.count("\n") + 1
    for problem in result.problems:
        assert problem.message.strip()
        assert problem.line is not None and 1 <= problem.line <= last_line, problem
    # The problems talk about what was deleted.
    assert any(key in p.field or key in p.message for p in result.problems), str(result)
