"""The therapist's key: made once, sealed by a passphrase, exported in the clear only on request."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from datetime import UTC, datetime

import pyrage
import pytest

from couplesdesk.storage import therapist_key as keys

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
PASSPHRASE = "river stones at dusk"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """One key for the module: age's scrypt takes a second or two per try, on purpose."""
    root = tmp_path_factory.mktemp("therapist")
    public = keys.make_key(root, PASSPHRASE, NOW)
    return root, public


def test_a_key_is_made_once_and_its_public_half_is_kept_in_the_clear(made):
    root, public = made
    assert public.startswith("age1")
    assert keys.has_key(root)
    assert keys.recipient(root) == public
    sealed = (root / keys.KEY_FILE).read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1")
    assert b"AGE-SECRET-KEY" not in sealed
    with pytest.raises(keys.TherapistKeyError, match="already a key"):
        keys.make_key(root, PASSPHRASE, NOW)
    assert (root / keys.KEY_FILE).read_bytes() == sealed


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_both_files_are_readable_by_this_user_alone(made):
    root, _ = made
    for name in (keys.KEY_FILE, keys.PUBLIC_FILE):
        assert stat.S_IMODE((root / name).stat().st_mode) == 0o600
    assert not list(root.glob("*.partial"))


def test_the_right_passphrase_unlocks_the_identity_of_the_public_key(made):
    root, public = made
    text = keys.unlock(root, PASSPHRASE)
    identity = pyrage.x25519.Identity.from_str(keys.identity_of(text))
    assert str(identity.to_public()) == public
    assert f"# public key: {public}" in text


def test_a_wrong_passphrase_is_refused_in_words(made):
    root, _ = made
    with pytest.raises(keys.WrongKeyPassphrase, match="does not open your key"):
        keys.unlock(root, "river stones at dawn")


def test_a_short_passphrase_makes_no_key(tmp_path):
    with pytest.raises(keys.TherapistKeyError, match="at least 8"):
        keys.make_key(tmp_path, "short", NOW)
    assert not keys.has_key(tmp_path)
    assert keys.recipient(tmp_path) is None


def _sealed_to(public: str, words: bytes) -> bytes:
    return bytes(pyrage.encrypt(words, [pyrage.x25519.Recipient.from_str(public)]))


def test_the_exported_identity_opens_what_was_sealed_to_the_public_key(made, tmp_path):
    root, public = made
    target = tmp_path / "key.txt"
    keys.export_identity(root, PASSPHRASE, target)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    report = _sealed_to(public, b"a report for session")
    identity = pyrage.x25519.Identity.from_str(keys.identity_of(target.read_text("ascii")))
    assert pyrage.decrypt(report, [identity]) == b"a report for session"
    assert keys.decrypt(target.read_text("ascii"), report) == b"a report for session"
    with pytest.raises(keys.TherapistKeyError, match="not sealed to your key"):
        keys.decrypt(target.read_text("ascii"), _sealed_to(str(pyrage.x25519.Identity.generate().to_public()), b"x"))


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and file modes are POSIX")
def test_the_exported_identity_never_goes_through_a_file_or_link_already_there(made, tmp_path):
    """In a shared folder, someone else may have put a link (or a file of theirs, readable by
    all) where the key is written first: the key goes into a new file of its own."""
    root, _ = made
    theirs = tmp_path / "theirs.txt"
    theirs.write_text("")
    theirs.chmod(0o666)
    target = tmp_path / "key.txt"
    (tmp_path / "key.txt.partial").symlink_to(theirs)
    keys.export_identity(root, PASSPHRASE, target)
    assert theirs.read_text() == "" and stat.S_IMODE(theirs.stat().st_mode) == 0o666
    assert keys.IDENTITY_PREFIX in target.read_text("ascii") and not target.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_export_with_a_wrong_passphrase_writes_nothing(made, tmp_path):
    root, _ = made
    with pytest.raises(keys.WrongKeyPassphrase):
        keys.export_identity(root, "not the passphrase", tmp_path / "key.txt")
    assert not (tmp_path / "key.txt").exists()


@pytest.mark.skipif(shutil.which("age") is None, reason="the stock age tool is not installed (Debian package age)")
def test_the_stock_age_tool_opens_a_report_with_the_exported_key(made, tmp_path):
    root, public = made
    keys.export_identity(root, PASSPHRASE, tmp_path / "key.txt")
    (tmp_path / "report.age").write_bytes(_sealed_to(public, b"opened by age itself"))
    out = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "key.txt"), str(tmp_path / "report.age")],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert out.stdout == b"opened by age itself"


def test_a_backup_restores_on_another_computer_with_the_passphrase_only(made, tmp_path):
    root, public = made
    keys.backup(root, tmp_path / "backup.age")
    other = tmp_path / "new-computer"
    other.mkdir()
    with pytest.raises(keys.WrongKeyPassphrase):
        keys.restore(other, tmp_path / "backup.age", "not the passphrase")
    assert not keys.has_key(other)
    assert keys.restore(other, tmp_path / "backup.age", PASSPHRASE) == public
    assert keys.recipient(other) == public
    with pytest.raises(keys.TherapistKeyError, match="already a key"):
        keys.restore(other, tmp_path / "backup.age", PASSPHRASE)


def test_something_that_is_not_a_key_is_refused_in_words(tmp_path):
    (tmp_path / "notes.txt").write_text("shopping list")
    with pytest.raises(keys.TherapistKeyError, match="not a CouplesDesk key file"):
        keys.restore(tmp_path, tmp_path / "notes.txt", PASSPHRASE)
    (tmp_path / keys.PUBLIC_FILE).write_text("hello")
    with pytest.raises(keys.TherapistKeyError, match="not an age public key"):
        keys.recipient(tmp_path)
