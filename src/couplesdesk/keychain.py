"""'Remember on this computer': the database key kept in the operating system's own secret
store (Secret Service on Linux, Keychain on macOS, Credential Locker on Windows), through
``keyring``. Nothing else in the app touches the secret store.

Off unless the couple turns it on. On a shared account it protects against a stolen disk,
not against each other: anyone who can log in as this user can open the app. Every failure of
the secret store (none installed, locked, refused) means "not remembered", never an error.
"""

from __future__ import annotations

import logging

from .paths import DataPaths

log = logging.getLogger("couplesdesk.keychain")

SERVICE = "CouplesDesk"


def _account(paths: DataPaths) -> str:
    return f"database key for {paths.root}"


def available() -> bool:
    """Whether this computer has a secret store keyring can use."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception as exc:  # a broken backend is the same as none
        log.info("No secret store: %s", exc)
        return False


def remember(paths: DataPaths, key: bytes) -> bool:
    try:
        import keyring

        keyring.set_password(SERVICE, _account(paths), key.hex())
        return True
    except Exception as exc:
        log.warning("The secret store did not keep the key: %s", exc)
        return False


def recall(paths: DataPaths) -> bytes | None:
    try:
        import keyring

        text = keyring.get_password(SERVICE, _account(paths))
        return bytes.fromhex(text) if text else None
    except Exception as exc:
        log.info("The secret store gave no key: %s", exc)
        return None


def forget(paths: DataPaths) -> None:
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, _account(paths))
        except PasswordDeleteError:
            pass  # nothing was remembered
    except Exception as exc:
        log.warning("The secret store did not forget the key: %s", exc)
