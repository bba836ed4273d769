"""A watch on a store: every statement that writes must be followed, before the repository
call (or the batch it is in) returns, by an announcement naming what it changed."""

from __future__ import annotations

import functools
import re
import threading

from couplesdesk.storage import Changes, Store

TABLE_FLAGS = {
    "partners": Changes.COUPLE,
    "settings": Changes.SETTINGS,
    "runs": Changes.RUNS,
    "answers": Changes.ANSWERS,
    "pauses": Changes.PAUSES,
    "scheduled_talks": Changes.TALKS,
    "boundaries": Changes.BOUNDARIES,
    "agreements": Changes.AGREEMENTS,
    "ratings": Changes.RATINGS,
    "boundary_wordings": Changes.BOUNDARIES,
    "agreement_wordings": Changes.AGREEMENTS,
    "partner_keys": Changes.PERSONAL_KEYS,
    "plans": Changes.PLANS,
    "plan_items": Changes.PLANS,
    "homework_reviews": Changes.REVIEWS,
}
WRITE = re.compile(r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)", re.I)
REPOSITORIES = (
    "couple",
    "settings",
    "runs",
    "answers",
    "pauses",
    "talks",
    "boundaries",
    "agreements",
    "ratings",
    "shares",
    "forgetting",
    "history",
    "personal",
    "plans",
)


class Unannounced(AssertionError):
    pass


class Watch:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.writes = 0
        self._lock = threading.Lock()

    def watch(self, store: Store) -> Store:
        state = {"pending": Changes.NONE, "depth": 0, "tables": set()}

        def trace(sql: str) -> None:
            match = WRITE.match(sql)
            if match and match.group(1) in TABLE_FLAGS:
                state["pending"] |= TABLE_FLAGS[match.group(1)]
                state["tables"].add(match.group(1))
                with self._lock:
                    self.writes += 1

        def heard(changes: Changes) -> None:
            state["pending"] &= ~changes
            if changes & Changes.REMINDERS:  # the reminders' own settings row, announced as such
                state["pending"] &= ~Changes.SETTINGS

        def checked(name: str, method):
            @functools.wraps(method)
            def call(*args, **kwargs):
                state["depth"] += 1
                try:
                    return method(*args, **kwargs)
                finally:
                    state["depth"] -= 1
                    outer = state["depth"] == 0 and not store.connection._batch_depth
                    if outer and state["pending"]:
                        with self._lock:
                            self.failures.append(
                                f"{name} wrote {sorted(state['tables'])} without announcing {state['pending']}"
                            )
                        state["pending"] = Changes.NONE
                    if outer:
                        state["tables"] = set()

            return call

        store.conn.set_trace_callback(trace)
        store.subscribe(heard)
        for repo_name in REPOSITORIES:
            repo = getattr(store, repo_name)
            for attr in dir(type(repo)):
                if not attr.startswith("_") and callable(getattr(repo, attr)):
                    setattr(repo, attr, checked(f"store.{repo_name}.{attr}", getattr(repo, attr)))
        return store

    def assert_clean(self) -> None:
        if self.failures:
            raise Unannounced("\n".join(self.failures))
