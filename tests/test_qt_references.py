"""Guard against a PySide6 defect that would crash the app after hours of use.

PySide6-Essentials 6.12.0 on CPython 3.11 drops one reference to None on every call that
returns nothing (QLabel.setText) and to True/False on every Signal.emit(); when the count
reaches zero the interpreter aborts. The app ticks every second, so it would die after
about two hours open. pyproject.toml excludes 6.12; this test fails on any version that
leaks, so an upgrade cannot bring it back unnoticed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("calm")
    assert sys.getrefcount(None) - before > -50


def test_signal_emit_keeps_booleans_alive(qapp):
    emitter = _Emitter()
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.fired.emit()
    assert sys.getrefcount(True) - true_before > -50
    assert sys.getrefcount(False) - false_before > -50
