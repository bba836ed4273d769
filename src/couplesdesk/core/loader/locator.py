"""Line numbers for field paths, found by reading the TOML text (tomllib keeps no positions)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


class Locator:
    """Find the line a field path points at, by reading the TOML text.

    tomllib keeps no positions, so this follows table headers (``[[steps]]``) and keys
    (``minutes =``) through the text. It returns the closest line it can be sure of.
    """

    def __init__(self, text: str):
        # Split on "\n" only, as TOML does: splitlines() also splits on U+2028, form feeds...
        self.lines = text.split("\n")
        # Lines that begin inside a multi-line string hold text, not keys or headers.
        self.in_string: list[bool] = []
        for _ in self._chars(0, 0, self.in_string):
            pass
        self.headers: list[tuple[int, str, bool]] = []  # (line index, dotted name, is array)
        for i, line in enumerate(self.lines):
            m = _HEADER.match(line)
            if m and not line.lstrip().startswith("#") and not self.in_string[i]:
                name = ".".join(p.strip().strip('"') for p in m.group(2).split("."))
                self.headers.append((i, name, m.group(1) == "[["))

    def _block_end(self, start: int, prefix: str) -> int:
        for i, name, _ in self.headers:
            if i > start and not (name == prefix or name.startswith(prefix + ".")):
                return i
            if i > start and name == prefix:
                return i
        return len(self.lines)

    def line(self, loc: tuple[Any, ...]) -> int | None:
        lo, hi = 0, len(self.lines)
        hi_top = self.headers[0][0] if self.headers else hi  # top-level keys live before the first header
        prefix = ""
        best: int | None = None
        region = (0, hi_top)
        parts = list(loc)
        i = 0
        value_at: tuple[int, int] | None = None  # where the value of the last key found starts
        while i < len(parts):
            part = parts[i]
            if isinstance(part, int):
                # An item of an inline array, such as options = [ {...}, {...} ].
                span = self._item(*value_at, part) if value_at is not None else None
                if span is not None:
                    best = span[0] + 1
                    region = (span[0], span[1] + 1)
                value_at = None
                i += 1
                continue
            dotted = f"{prefix}.{part}" if prefix else str(part)
            nxt = parts[i + 1] if i + 1 < len(parts) else None
            header = None
            if isinstance(nxt, int):
                matches = [h for h in self.headers if h[1] == dotted and h[2] and lo <= h[0] < hi]
                if nxt < len(matches):
                    header = matches[nxt][0]
                    i += 1
            else:
                matches = [h for h in self.headers if h[1] == dotted and not h[2] and lo <= h[0] < hi]
                if matches:
                    header = matches[0][0]
                elif isinstance(nxt, str) and any(h[1] == f"{dotted}.{nxt}" and lo <= h[0] < hi for h in self.headers):
                    # A table made only of sub-tables, like [steps.blanks.situation]: go on to the sub-table.
                    prefix = dotted
                    value_at = None
                    i += 1
                    continue
            if header is not None:
                best = header + 1
                lo, hi = header + 1, self._block_end(header, dotted)
                end_of_keys = next((h[0] for h in self.headers if lo <= h[0] < hi), hi)
                region = (lo, end_of_keys)
                prefix = dotted
                value_at = None
                i += 1
                continue
            search_lo, search_hi = region if region[1] > region[0] else (lo, hi)
            value_at, used = self._key_at(part, nxt, search_lo, search_hi)
            if value_at is None:
                break
            found = value_at[0]
            best = found + 1
            region = (found, min(search_hi, found + 1 + self._value_span(found)))
            prefix = dotted if used == 1 else f"{dotted}.{nxt}"
            i += used
        return best if best is not None else (1 if self.lines else None)

    def _key_at(self, part: Any, nxt: Any, lo: int, hi: int) -> tuple[tuple[int, int] | None, int]:
        """Where the key ``part`` is set, and how many parts of the path that line names: two for
        a dotted key such as ``title.de = "..."`` (not the first line that sets ``title``)."""
        if isinstance(nxt, str):
            both = self._key((str(part), nxt), lo, hi)
            if both is not None:
                return both, 2
        return self._key((str(part),), lo, hi), 1

    def _key(self, names: tuple[str, ...], lo: int, hi: int) -> tuple[int, int] | None:
        """The first line in ``lo..hi`` that sets the key ``names`` (one name, or the parts of a
        dotted key; plain, quoted, dotted or in an inline table), and the column where its
        value starts."""
        key = r"\s*\.\s*".join(rf"[\"']?{re.escape(name)}[\"']?" for name in names)
        key_re = re.compile(rf"^\s*{key}\s*(=|\.)|[{{,]\s*{key}\s*=")
        for j in range(lo, hi):
            m = None if self.in_string[j] else key_re.search(self.lines[j])
            if m:
                return j, m.end()
        return None

    def _chars(self, j: int, k: int, in_string: list[bool] | None = None) -> Iterator[tuple[int, int, str]]:
        """Yield (line, column, character) from line j, column k on, skipping comments and the
        inside of strings: a string shows up once, as its opening quote. ``in_string`` collects,
        for each line, whether it begins inside a multi-line string."""
        quote = None
        while j < len(self.lines):
            if in_string is not None:
                in_string.append(quote is not None)
            line = self.lines[j]
            while k < len(line):
                if quote:
                    if line[k] == "\\" and quote[0] == '"':
                        k += 2
                    elif line.startswith(quote, k):
                        k += len(quote)
                        quote = None
                    else:
                        k += 1
                    continue
                ch = line[k]
                if ch == "#":
                    break
                if ch in "\"'":
                    quote = ch * 3 if line.startswith(ch * 3, k) else ch
                    yield j, k, ch
                    k += len(quote)
                    continue
                yield j, k, ch
                k += 1
            if quote in ('"', "'"):
                quote = None  # a one-line string cannot run on (tomllib would have refused it)
            j, k = j + 1, 0

    def _item(self, j: int, k: int, index: int) -> tuple[int, int] | None:
        """The first and last lines of item ``index`` of the array starting at line j, column k."""
        depth = 0
        count = -1
        first = j
        expect = False
        for lj, _, ch in self._chars(j, k):
            if ch in " \t\r":
                continue
            if depth == 0:
                if ch != "[":
                    return None  # not an array
                depth, expect = 1, True
                continue
            if depth == 1 and ch in ",]":
                if count == index:
                    return first, lj
                if ch == "]":
                    return None
                expect = True
                continue
            if expect:
                count, expect = count + 1, False
                if count == index:
                    first = lj
            if ch in "[{":
                depth += 1
            elif ch in "]}":
                depth -= 1
        return None

    def _value_span(self, start: int) -> int:
        """How many more lines the value starting at ``start`` runs on (multi-line strings, arrays)."""
        depth = 0
        quote = None
        for j in range(start, len(self.lines)):
            line = self.lines[j]
            k = 0
            while k < len(line):
                if quote:
                    if line.startswith(quote, k):
                        k += len(quote)
                        quote = None
                        continue
                elif line.startswith('"""', k) or line.startswith("'''", k):
                    quote = line[k : k + 3]
                    k += 3
                    continue
                elif line[k] in "\"'":
                    end = line.find(line[k], k + 1)
                    k = end + 1 if end > 0 else len(line)
                    continue
                elif line[k] == "#":
                    break
                elif line[k] in "[{":
                    depth += 1
                elif line[k] in "]}":
                    depth -= 1
                k += 1
            if depth <= 0 and quote is None:
                return j - start
        return len(self.lines) - start
