"""One app per data folder: two copies on the same folder would overwrite each other's work.

The first launch holds a lock file in the data folder (QLockFile: a lock whose process is
gone, after a crash, is taken over) and listens on a local socket named after the folder. A
second launch on the same folder finds the lock, tells the first to come to the front (and,
for ``couplesdesk open FILE``, which homework plan to open), and exits. Two different data
folders may run side by side.

What a launch says, one line: ``raise``, or ``open `` and the file's path, percent-encoded
(a path may hold any character but NUL, even a line break).

Signals:
    raise_requested(): another launch on this folder asked for this window.
    open_requested(str): ...and asked it to open this homework plan file.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from urllib.parse import quote, unquote

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..paths import DataPaths

log = logging.getLogger("couplesdesk.instance")


def server_name(paths: DataPaths) -> str:
    """The local socket's name: per user and per data folder."""
    key = f"{getpass.getuser()}\n{paths.root}".encode()
    return "couplesdesk-" + hashlib.sha256(key).hexdigest()[:20]


class SingleInstance(QObject):
    raise_requested = Signal()
    open_requested = Signal(str)

    def __init__(self, paths: DataPaths):
        super().__init__()
        self.paths = paths
        self.lock = QLockFile(str(paths.lock_file))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None

    def acquire(self, plan: str | None = None, knock: bool = True) -> bool:
        """Hold the folder (True), or ask the copy that holds it to come forward, and to open
        the homework plan ``plan`` if given (False; with ``knock`` False, as when started with
        the computer, leave it where it is)."""
        try:
            self.paths.root.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # opening the folder will say what is wrong with it
        if self.lock.tryLock(200):
            self._listen()
            return True
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            if knock:
                self._ask_to_raise(plan)
            return False
        log.warning("Could not lock the data folder (%s); carrying on", self.lock.error())
        return True  # a folder that cannot hold a lock file: better open than refuse

    def _listen(self) -> None:
        name = server_name(self.paths)
        QLocalServer.removeServer(name)  # a socket left by a crash; the lock says it is ours now
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._knock)
        if not self.server.listen(name):
            log.warning("Could not listen for other launches: %s", self.server.errorString())

    def _knock(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # Slots are this object's methods, never a lambda holding the socket: a lambda
            # connected to the socket's signal and holding it keeps both alive in a cycle (and
            # this object with them), and freeing that cycle while Qt destroys the socket
            # deleted the socket a second time (a crash seen in the tests).
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(self._ready_read)
            self.raise_requested.emit()
            if socket.bytesAvailable():
                self._read(socket)

    def _ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        """Lines from another launch: an ``open`` line opens that plan; the rest was a knock."""
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8", "replace").rstrip("\n")
            if line.startswith("open "):
                self.open_requested.emit(unquote(line[len("open ") :]))
                socket.close()

    def _ask_to_raise(self, plan: str | None = None) -> None:
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.paths))
        if socket.waitForConnected(2000):
            socket.write(f"open {quote(plan)}\n".encode() if plan is not None else b"raise\n")
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
        else:
            log.warning("Another CouplesDesk holds %s but did not answer", self.paths.root)

    def release(self) -> None:
        """Stop listening and let go of the folder; a launch still talking is cut off."""
        if self.server is not None:
            self.server.close()
            for socket in self.server.findChildren(QLocalSocket):
                socket.abort()
            self.server.deleteLater()  # with the sockets it accepted
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()
