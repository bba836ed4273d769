"""`couplesdesk open FILE` while the app is open on the folder: the running window is asked to
open the plan through the single-instance socket, whatever characters the path holds."""

from __future__ import annotations

from couplesdesk.gui.single_instance import SingleInstance
from couplesdesk.paths import DataPaths


def test_a_second_launch_hands_its_plan_file_to_the_first(qtbot, tmp_path):
    paths = DataPaths(tmp_path / "data")
    first = SingleInstance(paths)
    assert first.acquire()
    try:
        odd = str(tmp_path / "homework from Jo\nBerger %20 ü.couplesdesk-plan")
        opened: list[str] = []
        first.open_requested.connect(opened.append)
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert not SingleInstance(paths).acquire(odd)
        qtbot.waitUntil(lambda: opened == [odd], timeout=5000)
        # A plain second launch still only asks for the window.
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert not SingleInstance(paths).acquire()
        qtbot.wait(100)
        assert opened == [odd]
    finally:
        first.release()


def test_the_cli_takes_a_file_to_open(monkeypatch, tmp_path):
    from couplesdesk import cli

    seen = []
    monkeypatch.setattr(cli, "_open", lambda data_dir, qt_args, plan=None: seen.append((data_dir, plan)) or 0)
    assert cli.main(["open", "plan.couplesdesk-plan", "--data-dir", str(tmp_path)]) == 0
    assert cli.main(["open"]) == 0
    assert seen[0][0] == str(tmp_path) and seen[0][1].endswith("/plan.couplesdesk-plan")
    assert seen[1][1] is None
