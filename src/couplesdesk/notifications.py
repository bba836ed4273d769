"""Desktop notifications through ``desktop-notifier`` (Qt-free), never on the GUI thread.

``desktop-notifier`` is asyncio: it runs here on an event loop of its own, on a thread of
its own, started at the first notification (so start-up pays nothing, and an app that never
reminds never starts it). Each notification has a few seconds to be taken by the desktop's
notification service; if there is none (no D-Bus session, a headless machine), if it says
no, or if it does not answer in time, ``failed(error)`` is called (on that thread) and the
caller shows the words another way (the tray). ``desktop-notifier`` itself only logs a
failed send, so a notification counts as delivered only once it reports it dispatched.
"""

from __future__ import annotations

import html
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # asyncio is imported at the first notification, not at start-up
    import asyncio
    from concurrent.futures import Future

    from desktop_notifier import DesktopNotifier

log = logging.getLogger("couplesdesk.notifications")

TIMEOUT_SECONDS = 5.0


class NotDelivered(Exception):
    """The desktop's notification service did not take the notification."""


class Notifier(Protocol):
    def send(self, title: str, body: str, clicked: Callable[[], None], failed: Callable[[BaseException], None]) -> None:
        """Show a notification; ``clicked()`` if it is clicked, ``failed(error)`` if it could
        not be shown. Either may be called on any thread. Never blocks."""

    def close(self) -> None:
        """Stop; a notification under way is let go."""


class DesktopNotifications:
    """Notifications through ``desktop-notifier``, on its own loop and thread."""

    def __init__(self, app_name: str, icon: Path | None = None, timeout: float = TIMEOUT_SECONDS):
        self.app_name, self.icon, self.timeout = app_name, icon, timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._notifier: DesktopNotifier | None = None

    def _started(self) -> asyncio.AbstractEventLoop:
        import asyncio

        if self._loop is None:
            loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=loop.run_forever, name="couplesdesk-notifications", daemon=True)
            self._thread.start()
            self._loop = loop
        return self._loop

    def send(self, title: str, body: str, clicked: Callable[[], None], failed: Callable[[BaseException], None]) -> None:
        import asyncio

        future = asyncio.run_coroutine_threadsafe(self._send(title, body, clicked), self._started())

        def done(sent: Future[None]) -> None:
            error = NotDelivered("it was cancelled") if sent.cancelled() else sent.exception()
            if error is not None:
                failed(error)

        future.add_done_callback(done)

    async def _send(self, title: str, body: str, clicked: Callable[[], None]) -> None:
        import asyncio

        if self._notifier is None:
            from desktop_notifier import DesktopNotifier, Icon  # on this thread, at the first notification

            # It logs each failed send with its traceback; ours says it once, with what was done instead.
            logging.getLogger("desktop_notifier").setLevel(logging.ERROR)
            icon = Icon(path=self.icon) if self.icon is not None else None
            self._notifier = DesktopNotifier(app_name=self.app_name, app_icon=icon)
        dispatched: list[bool] = []
        if sys.platform.startswith("linux"):
            body = html.escape(body, quote=False)  # a notification server may read the body as markup
        await asyncio.wait_for(
            self._notifier.send(
                title=title, message=body, on_dispatched=lambda: dispatched.append(True), on_clicked=clicked
            ),
            self.timeout,
        )
        if not dispatched:
            raise NotDelivered("the desktop's notification service did not take it")

    def close(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(self.timeout)
        if not thread.is_alive():
            loop.close()
        self._loop = self._thread = None
