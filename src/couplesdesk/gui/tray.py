"""The tray icon's part in the app: a click on it, or on its message, brings the window to the
front; its menu opens the window or quits (the window may be hidden, after a quiet start)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from .i18n import translate


def bring_to_front(window: QMainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def furnish(tray: QSystemTrayIcon, window: QMainWindow) -> None:
    """Give ``tray`` its menu and its clicks, for ``window``."""
    menu = QMenu(window)
    menu.setObjectName("trayMenu")
    menu.addAction(translate("tray", "Open CouplesDesk"), lambda: bring_to_front(window))
    menu.addSeparator()
    menu.addAction(translate("tray", "Quit CouplesDesk"), lambda: _quit(window))
    tray.setContextMenu(menu)
    tray.messageClicked.connect(lambda: bring_to_front(window))

    def activated(reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            bring_to_front(window)

    tray.activated.connect(activated)


def _quit(window: QMainWindow) -> None:
    window.close()  # saves what is typed and closes the data, as the window's own Quit does
    QApplication.quit()
