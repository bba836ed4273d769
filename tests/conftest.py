"""Every test runs offscreen, on a fresh temporary data dir; no real user's data is touched."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def english_unless_told():
    """Exercises are shown in English unless a test chooses another language (the language is
    the app's one current choice, so a test that changes it must not change the next test's)."""
    from couplesdesk.core import language

    language.start("en")
    yield
    language.start("en")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh data dir; COUPLESDESK_DATA_DIR is pointed away from the real one too."""
    path = tmp_path / "data"
    monkeypatch.setenv("COUPLESDESK_DATA_DIR", str(path))
    return path
