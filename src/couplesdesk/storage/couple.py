"""The two partners (a row each) and the couple's settings (a row per setting)."""

from __future__ import annotations

import json
from typing import Any

from ..core.i18n import translate
from ..core.people import PARTNERS
from .base import Repository, new_id
from .changes import Changes
from .records import Couple, Partner

SAFETY_ACKNOWLEDGED = "safety_acknowledged_at"


class Settings(Repository):
    """Settings as rows keyed by name, their values as JSON."""

    def get(self, key: str, default: Any = None) -> Any:
        rows = self._c.values("SELECT value FROM settings WHERE key = ? AND deleted_at IS NULL", [key])
        return json.loads(rows[0][0]) if rows and rows[0][0] is not None else default

    def set(self, key: str, value: Any, changes: Changes = Changes.SETTINGS) -> None:
        """``changes``: what to announce (a setting no page shows says so, and no page reads again)."""
        now = self._c.now()
        self._c.write(
            changes,
            """
            INSERT INTO settings (id, key, value, created_at, updated_at, device) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET
                value = excluded.value, updated_at = excluded.updated_at, device = excluded.device, deleted_at = NULL
            """,
            [new_id(), key, json.dumps(value), now, now, self._c.device],
        )


class CoupleRepository(Repository):
    """The couple: two partners, each with a name and a colour."""

    def get(self) -> Couple | None:
        rows = self._c.rows("SELECT key, name, color FROM partners WHERE deleted_at IS NULL")
        partners = {r["key"]: Partner(r["key"], r["name"], r["color"]) for r in rows}
        if not all(key in partners for key in PARTNERS):
            return None
        acknowledged = Settings(self._c).get(SAFETY_ACKNOWLEDGED) is not None
        return Couple(partners[PARTNERS[0]], partners[PARTNERS[1]], acknowledged)

    def save(self, a_name: str, a_color: str, b_name: str, b_color: str) -> None:
        """Both partners' names and colours (new, or changed)."""
        a_name, b_name = a_name.strip(), b_name.strip()
        if not a_name or not b_name:
            raise ValueError(translate("storage/couple", "both partners need a name"))
        if a_name.casefold() == b_name.casefold():
            raise ValueError(
                translate("storage/couple", "the two names need to be different, so the app can tell you apart")
            )
        now = self._c.now()
        with self._c.transaction(Changes.COUPLE):
            for key, name, color in ((PARTNERS[0], a_name, a_color), (PARTNERS[1], b_name, b_color)):
                self._c.execute(
                    """
                    INSERT INTO partners (id, key, name, color, created_at, updated_at, device)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (key) DO UPDATE SET name = excluded.name, color = excluded.color,
                        updated_at = excluded.updated_at, device = excluded.device, deleted_at = NULL
                    """,
                    [new_id(), key, name, color, now, now, self._c.device],
                )

    def acknowledge_safety(self) -> None:
        """Both have read the safety note on first run."""
        Settings(self._c).set(SAFETY_ACKNOWLEDGED, self._c.now())
