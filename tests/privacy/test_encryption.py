"""Encryption at rest: after `couplesdesk encrypt`, no file in the data folder holds a word of
the couple's; the right passphrase (or the recovery key) opens everything; a wrong one is one
line and exit 1; conversions cut short are finished; turning it off gives everything back."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from couplesdesk.cli import main
from couplesdesk.core.clock import FakeClock
from couplesdesk.storage import Store, StoreError, Trouble
from couplesdesk.storage import encryption as enc
from couplesdesk.storage.backups import backups_in
from couplesdesk.storage.health import check

from ..storage.test_backups_and_damage import NOW

PASS = "correct horse battery staple"
WORDS = ["the blue kettle whistled at midnight", "Marguerite", "Sebastiano", "quiet hour after the school run"]


def fill(data: Path) -> dict[str, int]:
    """A folder with names, answers, a boundary, a daily backup and a manual one; returns what it holds."""
    data.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(NOW)
    store = Store.open(data / "couplesdesk.db", clock)
    store.when_checked(lambda damage: None)
    store.connection.gate.checked.wait(10)
    store.couple.save("Marguerite", "#B0583E", "Sebastiano", "#4F7358")
    run = store.runs.create("share-one-thing", 1, {}, {})
    for n in range(200):
        text = f"{WORDS[0]} ({n})"
        store.answers.save(run, f"step-{n}", "partner_a", "write", text, text, private=n % 2 == 0, sealed=True)
    store.boundaries.add(run, "partner_b", f"I need a {WORDS[3]}.")
    store.backup_to(data / "backups" / "couplesdesk-20261129-120000-manual.db")
    store.close()
    assert backups_in(data / "backups")
    return check(data / "couplesdesk.db").counts


def cli(*args: str, stdin: str = "", capsys=None) -> tuple[int, str, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(args))
    finally:
        sys.stdin = old
    out, err = capsys.readouterr() if capsys is not None else ("", "")
    return code, out, err


def files_holding_words(data: Path) -> list[str]:
    found = []
    for path in data.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            for word in WORDS:
                for encoded in (word.encode("utf-8"), word.encode("utf-16-le")):
                    if encoded in raw:
                        found.append(f"{path.relative_to(data)}: {word!r}")
    return found


@pytest.fixture
def folder(tmp_path):
    data = tmp_path / "data"
    counts = fill(data)
    assert files_holding_words(data), "the test's words are findable before encryption"
    return data, counts


def test_encrypt_leaves_no_word_in_any_file_and_the_passphrase_opens_all(folder, capsys):
    data, counts = folder
    code, out, err = cli("encrypt", "--data-dir", str(data), "--passphrase-stdin", stdin=PASS + "\n", capsys=capsys)
    assert code == 0, err
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 13)

    assert files_holding_words(data) == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data / "couplesdesk.db").execute("SELECT * FROM answers").fetchall()
    assert stat_private(data / "encryption.json")

    code, out, err = cli("check", "--data-dir", str(data), "--passphrase-stdin", stdin=PASS + "\n", capsys=capsys)
    assert code == 0, err
    assert "Sound" in out and "200 answers" in out and "1 boundary" in out
    assert "not usable" not in out  # every backup opens with the same passphrase

    key = enc.unlock(data, recovery)  # the recovery key alone opens it too
    store = Store.open(data / "couplesdesk.db", FakeClock(NOW), key=key, check=False)
    assert store.couple.get().partner("partner_a").name == "Marguerite"
    store.close()
    assert check(data / "couplesdesk.db", key).counts == counts


def test_a_wrong_passphrase_is_one_line_and_exit_1_and_changes_nothing(folder, capsys):
    data, _ = folder
    assert cli("encrypt", "--data-dir", str(data), "--passphrase-stdin", stdin=PASS + "\n", capsys=capsys)[0] == 0
    before = {p: p.read_bytes() for p in data.rglob("*.db")}
    for command in ("check", "backup", "decrypt", "passphrase"):
        code, out, err = cli(
            command,
            "--data-dir",
            str(data),
            "--passphrase-stdin",
            stdin="not it at all\nnewpassphrase\n",
            capsys=capsys,
        )
        assert code == 1
        assert len(err.strip().splitlines()) == 1 and "does not open" in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in data.rglob("*.db")} == before


def test_a_real_terminal_run_of_encrypt_and_check(folder):
    data, _ = folder
    env = {k: v for k, v in os.environ.items() if k != "COUPLESDESK_DATA_DIR"}

    def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "couplesdesk", *args, "--data-dir", str(data),
                               "--passphrase-stdin"], input=stdin, capture_output=True, text=True, env=env, timeout=60)  # fmt: skip

    assert run("encrypt", stdin=PASS + "\n").returncode == 0
    assert files_holding_words(data) == []
    sound = run("check", stdin=PASS + "\n")
    assert sound.returncode == 0 and "200 answers" in sound.stdout
    wrong = run("check", stdin="wrong wrong wrong\n")
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1 and "Traceback" not in wrong.stderr


def test_changing_the_passphrase_keeps_the_recovery_key_and_decrypt_gives_everything_back(folder, capsys):
    data, counts = folder
    code, out, _ = cli("encrypt", "--data-dir", str(data), "--passphrase-stdin", stdin=PASS + "\n", capsys=capsys)
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 13)
    new = "a new and longer passphrase"
    assert cli("passphrase", "--data-dir", str(data), "--passphrase-stdin", stdin=f"{PASS}\n{new}\n")[0] == 0
    with pytest.raises(StoreError):
        enc.unlock(data, PASS)
    assert enc.unlock(data, new) == enc.unlock(data, recovery.lower().replace("-", " "))
    too_short = cli("passphrase", "--data-dir", str(data), "--passphrase-stdin", stdin=f"{new}\nshort\n", capsys=capsys)
    assert too_short[0] == 1 and "at least" in too_short[2]

    assert cli("decrypt", "--data-dir", str(data), "--passphrase-stdin", stdin=new + "\n")[0] == 0
    assert not (data / "encryption.json").exists()
    assert check(data / "couplesdesk.db").counts == counts
    assert all(check(b.path).sound for b in backups_in(data / "backups"))


def test_a_conversion_cut_short_is_finished_when_the_folder_is_next_opened(folder, monkeypatch, capsys):
    data, counts = folder
    real_convert, calls = enc.convert, []

    def power_cut_after_the_first(path, old, new):
        if calls:
            raise KeyboardInterrupt  # the lights go out
        calls.append(path)
        real_convert(path, old, new)

    monkeypatch.setattr(enc, "convert", power_cut_after_the_first)
    with pytest.raises(KeyboardInterrupt):
        enc.encrypt_folder(data, data / "couplesdesk.db", PASS)
    monkeypatch.setattr(enc, "convert", real_convert)
    assert enc.KeyFile.load(data).state == enc.ENCRYPTING
    assert files_holding_words(data), "some files are still plain"

    code, out, err = cli("check", "--data-dir", str(data), "--passphrase-stdin", stdin=PASS + "\n", capsys=capsys)
    assert code == 0, err
    assert enc.KeyFile.load(data).state == enc.ON
    assert files_holding_words(data) == []
    assert check(data / "couplesdesk.db", enc.unlock(data, PASS)).counts == counts


def test_recovery_keys_catch_typing_mistakes():
    key = os.urandom(32)
    code = enc.recovery_code(key)
    assert len(code.split("-")) == 14
    assert enc.parse_recovery_code(code) == key
    assert enc.parse_recovery_code(code.lower().replace("-", "  ")) == key
    typo = ("B" if code[0] != "B" else "C") + code[1:]
    assert enc.parse_recovery_code(typo) is None


def test_a_plain_database_where_the_key_file_wants_an_encrypted_one_is_refused(folder):
    data, _ = folder
    key = os.urandom(32)
    enc.KeyFile.wrap(key, PASS, enc.ON).save(data)
    with pytest.raises(StoreError) as caught:
        Store.open(data / "couplesdesk.db", FakeClock(NOW), key=key)
    assert caught.value.trouble is Trouble.LOCKED


def test_an_encrypted_database_from_an_older_version_is_migrated(tmp_path):
    """Migrations run through sqlite-utils on the SQLCipher connection."""
    import sqlite_utils

    from couplesdesk.storage import migrations

    data = tmp_path / "data"
    data.mkdir()
    plain = sqlite3.connect(data / "couplesdesk.db", isolation_level=None)
    migrations.migration_set(migrations.MIGRATIONS[:-1]).apply(sqlite_utils.Database(plain))
    plain.close()
    enc.encrypt_folder(data, data / "couplesdesk.db", PASS)
    key = enc.unlock(data, PASS)
    store = Store.open(data / "couplesdesk.db", FakeClock(NOW), data / "backups", key=key)
    assert migrations.applied(store.conn) == [name for name, _ in migrations.MIGRATIONS]
    store.close()
    before_migration = [b for b in backups_in(data / "backups") if b.reason.startswith("before-")]
    assert before_migration and check(before_migration[0].path, key).sound
    assert files_holding_words(data) == []


def stat_private(path: Path) -> bool:
    return os.name != "posix" or (path.stat().st_mode & 0o077) == 0
