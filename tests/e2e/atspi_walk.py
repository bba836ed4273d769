"""The screen reader's side of tests/e2e/test_screen_reader.py: acts only through AT-SPI.

Run by the system's python3 (Debian's python3-pyatspi), inside dbus-run-session and with an
X server: ``python3 atspi_walk.py DATA_DIR APP_COMMAND...``. It starts the app (APP_COMMAND,
``driver.py atspi``), walks first run, Today, the exercise library, Share one thing (a
private step each, the reveal) and a pause, as a screen reader user would: it presses buttons
and types through AT-SPI's actions and editable text, and listens to what the app says
(announcements, name and description changes, focus). It prints one JSON object per check
("check", "ok", "detail") and ends with "DONE"; the pytest side asserts on them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pyatspi
from gi.repository import GLib

EVENTS = (
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:state-changed:focused",
)
A_WORDS = "the heron on the canal at dawn"
B_WORDS = "my sister finally called back"


class Walk:
    def __init__(self, command: list[str]) -> None:
        pyatspi.Registry.getDesktop(0)  # starts the accessibility bus before the app looks for it
        self.heard: list[dict[str, Any]] = []
        for kind in EVENTS:
            pyatspi.Registry.registerEventListener(self._heard, kind)
        self.app = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.app.stdout is not None and self.app.stdout.readline().strip() == "READY"
        self.root = self.wait_for(self._app_root, "the app on the accessibility bus")

    # ------------------------------------------------------------------ listening

    def _heard(self, event: Any) -> None:
        try:
            role, name = event.source.getRoleName(), event.source.name
        except Exception:  # the object is gone already
            role, name = "", ""
        self.heard.append(
            {"type": event.type, "role": role, "name": name, "data": str(event.any_data), "detail": event.detail1}
        )

    def pump(self, seconds: float = 0.3) -> None:
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.pending():
                context.iteration(False)
            time.sleep(0.01)

    def wait_for(self, find: Callable[[], Any], what: str, seconds: float = 10.0) -> Any:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.pump(0.1)
            found = find()
            if found:
                return found
        raise AssertionError(f"did not appear within {seconds} s: {what}")

    def since(self, mark: int) -> list[dict[str, Any]]:
        self.pump(0.4)
        return self.heard[mark:]

    # ------------------------------------------------------------------ looking

    def _app_root(self) -> Any:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "CouplesDesk" and app.childCount:
                return app
        return None

    def showing(self, node: Any = None) -> list[Any]:
        """Every object on screen, in tree order."""
        found: list[Any] = []
        stack = [node or self.root]
        while stack:
            acc = stack.pop()
            try:
                state = acc.getState()
                if acc is not self.root and not state.contains(pyatspi.STATE_SHOWING):
                    continue
                found.append(acc)
                stack.extend(acc.getChildAtIndex(i) for i in reversed(range(acc.childCount)))
            except Exception:
                continue
        return found

    def find(self, role: str, name: str, exact: bool = False) -> Any:
        for acc in self.showing():
            try:
                if acc.getRoleName() == role and (acc.name == name if exact else acc.name.startswith(name)):
                    return acc
            except Exception:
                continue
        return None

    def readable(self) -> str:
        """What a screen reader can read on screen: names, descriptions and text, one per line."""
        lines = []
        for acc in self.showing():
            try:
                lines += [acc.name, acc.description]
                text = acc.queryText()
                lines.append(text.getText(0, text.characterCount))
            except Exception:
                continue
        return "\n".join(line for line in lines if line)

    def focused(self) -> Any:
        for acc in self.showing():
            try:
                if acc.getState().contains(pyatspi.STATE_FOCUSED):
                    return acc
            except Exception:
                continue
        return None

    # ------------------------------------------------------------------ acting

    def press(self, role: str, name: str) -> None:
        acc = self.wait_for(lambda: self.find(role, name), f"{role} {name!r}")
        action = acc.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        action.doAction(names.index("Press") if "Press" in names else 0)
        self.pump()

    def type_into(self, name: str, words: str) -> None:
        acc = self.wait_for(lambda: self.find("text", name), f"text {name!r}")
        acc.queryEditableText().setTextContents(words)
        self.pump()

    def tell(self, line: str, answer: str) -> None:
        """Tell the app's driver (its clock, the window manager's part) and wait for its answer."""
        assert self.app.stdin is not None and self.app.stdout is not None
        self.app.stdin.write(line + "\n")
        self.app.stdin.flush()
        assert self.app.stdout.readline().strip() == answer
        self.pump()

    def advance(self, minutes: float) -> None:
        self.tell(f"advance {minutes}", "ADVANCED")

    def close(self) -> None:
        self.app.kill()
        self.app.wait(10)


def check(name: str, ok: bool, detail: object = "") -> None:
    print(json.dumps({"check": name, "ok": bool(ok), "detail": str(detail)[:2000]}), flush=True)


def said(events: list[dict[str, Any]], *kinds: str) -> list[str]:
    """What was said in ``events``: announcements, and name or description changes."""
    return [e["data"] for e in events if e["type"] in kinds or not kinds]


def announced(events: list[dict[str, Any]]) -> list[str]:
    return said(events, "object:announcement")


def focus_moves(events: list[dict[str, Any]]) -> list[str]:
    return [f"{e['role']} {e['name']!r}" for e in events if e["type"] == "object:state-changed:focused" and e["detail"]]


def first_run(walk: Walk) -> None:
    walk.type_into("First partner's name", "Alex")
    walk.type_into("Second partner's name", "Sam")
    walk.press("push button", "Save your names and continue")
    walk.press("push button", "We have read the safety information")
    mark = len(walk.heard)
    walk.press("push button", "Not now")  # the one gentle offer of a passphrase
    walk.tell("activate", "ACTIVATED")  # the main window has the keyboard again (no window manager)
    walk.wait_for(lambda: walk.find("push button", "Start Share one thing"), "Today")
    check("today is reached and focus lands in it", focus_moves(walk.since(mark)), focus_moves(walk.heard[mark:]))


def library(walk: Walk) -> None:
    pages = walk.wait_for(lambda: walk.find("list", "Pages"), "the list of pages")
    mark = len(walk.heard)
    pages.querySelection().selectChild(1)  # "Exercises", chosen as a screen reader chooses
    walk.pump(0.5)
    shown = walk.find("list", "Exercises", exact=True)
    check("the sidebar follows AT-SPI selection to the library", shown is not None, focus_moves(walk.since(mark)))
    if shown is not None:
        check("the library lists exercises", shown.childCount > 5, shown.childCount)
    pages.querySelection().selectChild(0)
    walk.pump(0.5)
    walk.wait_for(lambda: walk.find("push button", "Start Share one thing"), "Today again")


def share(walk: Walk) -> None:
    screens: list[tuple[str, list[str], list[str]]] = []

    def step(label: str, act: Callable[[], None], pressed: str) -> None:
        mark = len(walk.heard)
        act()
        events = walk.since(mark)
        moves = focus_moves(events)
        if moves and moves[0].startswith(f"push button {pressed!r}"[:-1]):
            moves = moves[1:]  # the button pressed takes the focus first, as a click does: the person's own move
        screens.append((label, announced(events), moves))

    step("welcome", lambda: walk.press("push button", "Start Share one thing"), "Start Share one thing")
    step("hand-over to Alex", lambda: walk.press("push button", "Next step"), "Next step")
    step("Alex's private step", lambda: walk.press("push button", "I am Alex"), "I am Alex")
    walk.type_into("Your answer", A_WORDS)
    step("hand-over to Sam", lambda: walk.press("push button", "Next step"), "Next step")
    check("Alex's words are not on Sam's hand-over", A_WORDS not in walk.readable(), walk.readable()[:400])
    step("Sam's private step", lambda: walk.press("push button", "I am Sam"), "I am Sam")
    check("Alex's words are not on Sam's step", A_WORDS not in walk.readable())
    walk.type_into("Your answer", B_WORDS)
    step("together again", lambda: walk.press("push button", "Next step"), "Next step")
    before_reveal = said(walk.heard)
    check(
        "no private word is said before the reveal",
        not any(A_WORDS in s or B_WORDS in s for s in before_reveal),
        [s for s in before_reveal if A_WORDS in s or B_WORDS in s],
    )
    step("the reveal", lambda: walk.press("push button", "We are both here"), "We are both here")
    text = walk.readable()
    check("the reveal's answers reach the screen reader", A_WORDS in text and B_WORDS in text, text[-600:])
    cards = [a for a in walk.showing() if a.name.endswith("'s answer")]
    check(
        "each answer card says whose and holds the words",
        len(cards) == 2 and all(A_WORDS in c.description or B_WORDS in c.description for c in cards),
        [(c.name, c.description) for c in cards],
    )
    for label, words, moves in screens:
        check(f"{label}: announced", words, words)
        check(f"{label}: focus moves once, never through Back or Leave", len(moves) <= 1, moves)
    fillers = [
        f"{a.getRoleName()} {a.name!r}"
        for a in walk.showing()
        if a.getState().contains(pyatspi.STATE_FOCUSABLE) and a.getRoleName() in ("filler", "scroll pane", "panel")
    ]
    check("no filler or scroll area in the Tab order on a step", not fillers, fillers)


def pause(walk: Walk) -> None:
    mark = len(walk.heard)
    walk.press("push button", "Call a timed pause")
    countdown = walk.wait_for(lambda: walk.find("label", "Time left"), "the countdown")
    events = walk.since(mark)
    check("the pause is announced", any("Back together at" in s for s in announced(events)), announced(events))
    check("the countdown says how long is left", "30 minutes" in countdown.name, countdown.name)
    focus = walk.focused()
    check(
        "focus is on the countdown once the pause runs",
        focus is not None and focus.name.startswith("Time left"),
        [focus.name if focus is not None else None, focus_moves(events)],
    )
    bar = walk.find("push button", "Paused until")
    check("the top bar says a pause is on, and how long is left", bar is not None and "30 minutes" in bar.description,
          (bar.name, bar.description) if bar is not None else None)  # fmt: skip
    mark = len(walk.heard)
    walk.advance(0.5)  # a few seconds: nothing new is said
    quiet = said(walk.since(mark))
    walk.advance(9.5)
    changed = said(walk.since(mark + len(quiet)))
    check("half a minute later nothing is said", not quiet, quiet)
    check("ten minutes later the countdown and the bar say 20 minutes", sum("20 minutes" in s for s in changed) >= 2,
          changed)  # fmt: skip
    mark = len(walk.heard)
    walk.advance(21)
    over = said(walk.since(mark))
    check("the end of the pause is said", any("pause is over" in s.lower() for s in over), over)


def main() -> int:
    walk = Walk(sys.argv[1:])
    try:
        for part in (first_run, library, share, pause):
            try:
                part(walk)
            except Exception as exc:  # one part stuck: say so, and walk on where possible
                check(f"{part.__name__} could be walked", False, repr(exc))
    finally:
        walk.close()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
