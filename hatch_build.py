"""The wheel's build step: compile the interface's translations (``translations/*.ts``) into
``couplesdesk/translations/*.qm`` with ``pyside6-lrelease``, for wheels and editable installs.

The ``.qm`` files are not kept in git (``.gitignore``); see docs/translations.md.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location("_couplesdesk_translations", root / "tools" / "translations.py")
        assert spec is not None and spec.loader is not None
        translations = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(translations)
        written = translations.build(root)
        if version != "editable":  # an editable install reads them from src/ itself
            for path in written:
                build_data["force_include"][str(path)] = f"couplesdesk/translations/{path.name}"
