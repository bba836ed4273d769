"""Every test runs offscreen, on a fresh temporary data dir; no real user's data is touched."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh data dir; COUPLESDESK_DATA_DIR is pointed away from the real one too."""
    path = tmp_path / "data"
    monkeypatch.setenv("COUPLESDESK_DATA_DIR", str(path))
    return path
