"""Every test runs offscreen, on a fresh temporary data dir; no real user's data is touched."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def translation_tools():
    """tools/translations.py (lupdate, lrelease and the checks), as a module."""
    spec = importlib.util.spec_from_file_location("couplesdesk_translation_tools", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", autouse=True)
def compiled_translations(tmp_path_factory):
    """The .qm files the German runs load: the package's, or, when they are missing or older
    than translations/*.ts (a fresh clone, a .ts just edited), compiled once for this session
    into a temporary folder the app is pointed at."""
    import couplesdesk  # not couplesdesk.gui: the core's tests stay free of Qt

    tools = translation_tools()
    if tools.stale(Path(couplesdesk.__file__).parent / "translations", ROOT):
        out = tmp_path_factory.mktemp("translations")
        tools.build(ROOT, out)
        os.environ["COUPLESDESK_TRANSLATIONS"] = str(out)  # gui/translators.py FOLDER_VARIABLE
    yield


@pytest.fixture(autouse=True)
def english_unless_told():
    """Exercises and the interface are in English unless a test chooses another language (the
    language is the app's one current choice, so a test that changes it must not change the
    next test's)."""
    from couplesdesk.core import language

    language.start("en")
    yield
    language.start("en")
    if "couplesdesk.gui.translators" in sys.modules:
        sys.modules["couplesdesk.gui.translators"].install("en")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh data dir; COUPLESDESK_DATA_DIR is pointed away from the real one too."""
    path = tmp_path / "data"
    monkeypatch.setenv("COUPLESDESK_DATA_DIR", str(path))
    return path
