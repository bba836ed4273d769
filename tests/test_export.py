"""couplesdesk demo and couplesdesk export: every format on the sample couple, a JSON that
validates against its schema and rebuilds the visible history alone, and nothing sealed or
private in any file unless its author chose it."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.privacy import Viewer, may_see, may_see_run
from couplesdesk.demo import fill_demo
from couplesdesk.export import collect
from couplesdesk.export.formats import md_text, to_csv, to_json, to_markdown
from couplesdesk.export.schema import export_schema
from couplesdesk.storage import Store, encryption

NOW = datetime(2026, 11, 20, 19, 0).astimezone()
SEALED, PRIVATE, SOLO = "zephyrine", "quillwort", "marrowfat"
"""Words that appear only in a sealed answer (Alex's), a private one (Sam's) and a solo run."""


def couplesdesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COUPLESDESK_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "couplesdesk", *args], capture_output=True, text=True,
                          timeout=120, env=env, input=stdin)  # fmt: skip


def secrets_of_both(store: Store) -> None:
    """A run with a sealed answer of Alex's, a private one of Sam's and a shared one; and a solo run."""
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "my-thing", "partner_a", "write", "", f"Sealed {SEALED} words", private=False, sealed=True)
    store.answers.save(run, "note", "partner_b", "write", "", f"Private {PRIVATE} words", private=True, sealed=True)
    store.answers.save(run, "plan", "together", "write", "", "Shared lantern words", private=False, sealed=False)
    store.runs.end(run, "finished")
    solo = store.runs.create("stepping-away", 1, {"self": "partner_b"}, {})
    store.answers.save(solo, "urge", "partner_b", "write", "", f"Solo {SOLO} words", private=False, sealed=True)
    store.boundaries.add(solo, "partner_b", f"A {SOLO} boundary")


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """A data folder made by `couplesdesk demo`, plus secrets of both partners."""
    data = tmp_path_factory.mktemp("sample") / "data"
    done = couplesdesk("demo", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "made up" in done.stdout
    store = Store.open(data / "couplesdesk.db", FakeClock(NOW), check=False)
    secrets_of_both(store)
    store.close()
    return data


def test_demo_refuses_a_folder_that_holds_data(sample):
    done = couplesdesk("demo", "--data-dir", str(sample))
    assert done.returncode == 1 and "already holds" in done.stderr


def test_the_demo_has_six_months_of_everything(sample):
    store = Store.open(sample / "couplesdesk.db", FakeClock(NOW), check=False)
    runs = store.runs.in_period()
    assert 150 < (runs[-1].day - runs[0].day).days < 200
    assert {r.exercise_id for r in runs} >= {"share-one-thing", "timed-pause", "weekly-check-in", "boundary-statement"}
    assert store.pauses.all() and store.boundaries.list() and store.agreements.list()
    private = [a for a in store.answers.in_period() if a.private and a.text]
    assert private, "a few private notes"
    assert store.couple.get() is not None and store.couple.get().safety_acknowledged
    store.close()


@pytest.mark.parametrize("fmt", ["json", "md", "csv", "pdf"])
def test_export_in_every_format_on_demo_data(sample, tmp_path, fmt):
    out = tmp_path / f"ours.{fmt}"
    done = couplesdesk("export", "--data-dir", str(sample), "--format", fmt, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "no private answer" in done.stdout
    assert (sample / "cache" / "library.json").is_file()  # the library loaded as the app loads it
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = out.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left beside it
    if fmt == "pdf":
        assert data.startswith(b"%PDF") and len(data) > 10_000
        return
    text = data.decode("utf-8-sig")
    for word in (SEALED, PRIVATE, SOLO):
        assert word not in text
    if fmt == "json":
        document = json.loads(text)
        jsonschema.Draft202012Validator(export_schema(), format_checker=jsonschema.FormatChecker()).validate(document)
        assert "Shared lantern words" in text
    elif fmt == "md":
        assert text.startswith("# Alex and Sam: our journal") and "\n## " in text and "\n### Share one thing" in text
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
        assert (
            rows and {r["who"] for r in rows} <= {"Alex", "Sam", "Together"} and all(r["value"].isdigit() for r in rows)
        )


def test_the_schema_is_printed_and_is_a_json_schema():
    done = couplesdesk("schema", "--export")
    assert done.returncode == 0
    schema = json.loads(done.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema == export_schema()


def visible_history(store: Store, viewer: Viewer) -> set[tuple[object, ...]]:
    """What the store holds that ``viewer`` may see, read straight from the records."""
    runs = {r.id: r for r in store.runs.in_period() if may_see_run(r.binding, viewer)}
    seen: set[tuple[object, ...]] = {("run", r.id, r.exercise_id, r.day.isoformat(), r.status) for r in runs.values()}
    for a in store.answers.in_period():
        if a.run_id in runs and may_see(a, viewer):
            seen.add(("answer", a.run_id, a.step_id, a.author, a.text, a.private, a.revealed, json.dumps(a.value)))
    seen |= {
        ("boundary", b.statement, b.status) for b in store.boundaries.list() if b.run_id is None or b.run_id in runs
    }
    seen |= {("agreement", a.statement) for a in store.agreements.list()}
    seen |= {("pause", p.run_id, p.minutes, p.outcome) for p in store.pauses.all() if p.run_id in runs}
    return seen


def rebuilt_from_json(path: Path) -> set[tuple[object, ...]]:
    """The same, from the JSON file alone."""
    document = json.loads(path.read_text(encoding="utf-8"))
    seen: set[tuple[object, ...]] = set()
    for run in document["runs"]:
        seen.add(("run", run["id"], run["exercise_id"], run["day"], run["status"]))
        for a in run["answers"]:
            seen.add(("answer", run["id"], a["step"], a["author"], a["text"], a["private"], a["revealed"],
                      json.dumps(a["value"])))  # fmt: skip
        seen |= {("pause", run["id"], p["minutes"], p["outcome"]) for p in run["pauses"]}
    seen |= {("boundary", b["statement"], b["status"]) for b in document["boundaries"]}
    seen |= {("agreement", a["statement"]) for a in document["agreements"]}
    return seen


@pytest.mark.parametrize("including", [(), ("partner_b",)])
def test_the_json_alone_rebuilds_the_visible_history(sample, tmp_path, including):
    out = tmp_path / "ours.json"
    flags = [arg for partner in including for arg in ("--include-private-of", partner)]
    done = couplesdesk("export", "--data-dir", str(sample), "--format", "json", "--out", str(out), *flags)
    assert done.returncode == 0, done.stderr
    store = Store.open(sample / "couplesdesk.db", FakeClock(NOW), check=False)
    expected = visible_history(store, Viewer.export(frozenset(including)))
    store.close()
    assert rebuilt_from_json(out) == expected
    text = out.read_text(encoding="utf-8")
    assert SEALED not in text  # Alex's sealed answer: Alex did not choose to include it
    assert (PRIVATE in text) == (SOLO in text) == bool(including)  # Sam's own, by Sam's choice
    if including:
        assert "private answers of Sam" in done.stdout


def test_a_partner_is_named_or_refused(sample, tmp_path):
    out = tmp_path / "ours.json"
    done = couplesdesk("export", "--data-dir", str(sample), "--format", "json", "--out", str(out),
                       "--include-private-of", "sam")  # fmt: skip
    assert done.returncode == 0 and PRIVATE in out.read_text()
    done = couplesdesk("export", "--data-dir", str(sample), "--format", "json", "--out", str(tmp_path / "x.json"),
                       "--include-private-of", "Robin")  # fmt: skip
    assert done.returncode == 1 and "no such partner" in done.stderr and not (tmp_path / "x.json").exists()


def test_a_period_exports_only_its_days(sample, tmp_path):
    out = tmp_path / "month.json"
    done = couplesdesk("export", "--data-dir", str(sample), "--format", "json", "--out", str(out),
                       "--from", "2026-09-01", "--to", "2026-09-30")  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads(out.read_text())
    assert document["runs"] and {r["day"][:7] for r in document["runs"]} == {"2026-09"}
    assert document["period"] == {"from": "2026-09-01", "to": "2026-09-30"}
    bad = couplesdesk("export", "--data-dir", str(sample), "--format", "json", "--out", str(out), "--from", "May")
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr


def test_an_encrypted_folder_exports_outside_it_only(tmp_path):
    data = tmp_path / "data"
    fill_demo_folder = couplesdesk("demo", "--data-dir", str(data))
    assert fill_demo_folder.returncode == 0
    encryption.encrypt_folder(data, data / "couplesdesk.db", "a long passphrase")
    inside = couplesdesk("export", "--data-dir", str(data), "--format", "md", "--out", str(data / "ours.md"),
                         "--passphrase-stdin", stdin="a long passphrase\n")  # fmt: skip
    assert inside.returncode == 1 and "encrypted" in inside.stderr and "outside the data folder" in inside.stderr
    assert not (data / "ours.md").exists()
    wrong = couplesdesk("export", "--data-dir", str(data), "--format", "md", "--out", str(tmp_path / "ours.md"),
                        "--passphrase-stdin", stdin="not it at all\n")  # fmt: skip
    assert wrong.returncode == 1 and not (tmp_path / "ours.md").exists()
    outside = couplesdesk("export", "--data-dir", str(data), "--format", "md", "--out", str(tmp_path / "ours.md"),
                          "--passphrase-stdin", stdin="a long passphrase\n")  # fmt: skip
    assert outside.returncode == 0, outside.stderr
    assert (tmp_path / "ours.md").read_text().startswith("# Alex and Sam")


def test_what_partners_wrote_is_never_markdown():
    hostile = "# Not a heading\n- not a list\n1. nor this\n    not code\n<img src=http://x/y.png> ![a](http://x) *b* [c](d) &amp;"
    for line in hostile.split("\n"):
        made = md_text(line)
        assert not made.startswith(("#", "-", "1.", " ")), made
        assert re.search(r"(?<!\\)[<>\[\]*_`&]", made) is None, made  # each one escaped
    assert md_text("Tea at 5. Then bed: early!") == "Tea at 5. Then bed: early!"  # ordinary words stay readable


def test_the_formats_hold_only_what_the_document_holds(tmp_path):
    store = Store.open(tmp_path / "db.sqlite", FakeClock(NOW))
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    secrets_of_both(store)
    document = collect(store, Viewer.export(), None, NOW)
    store.close()
    for text in (to_json(document), to_markdown(document), to_csv(document)):
        for word in (SEALED, PRIVATE, SOLO):
            assert word not in text
    assert "Shared lantern words" in to_markdown(document)
    assert document["includes_private_of"] == []


def test_a_sealed_answer_is_in_no_pdf(qapp, tmp_path):
    from couplesdesk.gui.journal_pdf import journal_document, pdf_bytes

    store = Store.open(tmp_path / "db.sqlite", FakeClock(NOW))
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    secrets_of_both(store)
    document = collect(store, Viewer.export(), None, NOW)
    chosen = collect(store, Viewer.export(frozenset({"partner_a"})), None, NOW)
    store.close()
    shown = journal_document(document).toPlainText()
    assert "Shared lantern words" in shown and SEALED not in shown and PRIVATE not in shown and SOLO not in shown
    assert SEALED in journal_document(chosen).toPlainText()
    assert pdf_bytes(document).startswith(b"%PDF")


def test_fill_demo_writes_a_database_the_app_opens(tmp_path):
    counts = fill_demo(tmp_path / "couplesdesk.db")
    assert counts["runs"] > 300
    store = Store.open(tmp_path / "couplesdesk.db", FakeClock(NOW))
    assert store.search.size()["documents"] > 1000
    store.close()


def test_the_command_line_says_when_a_partners_locked_answers_were_left_out(tmp_path):
    """Alex keeps a sealed answer locked with a personal passphrase: the command line cannot ask
    for it, so Alex's locked words stay out of the file even with --include-private-of, and the
    command says so instead of leaving them out in silence."""
    data = tmp_path / "data"
    data.mkdir()
    store = Store.open(data / "couplesdesk.db", FakeClock(NOW))
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.personal.set("partner_a", "lanterns over the river")
    store.personal.unlock("partner_a", "lanterns over the river")
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "my-thing", "partner_a", "write", "", f"Sealed {SEALED} words", private=False, sealed=True)
    store.close()
    out = tmp_path / "ours.md"
    done = couplesdesk("export", "--data-dir", str(data), "--format", "md", "--out", str(out),
                       "--include-private-of", "alex")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert SEALED not in out.read_text()
    assert "Alex's answers kept locked with Alex's personal passphrase were left out" in done.stdout
    assert "It holds the private answers of Alex" not in done.stdout
    done = couplesdesk("export", "--data-dir", str(data), "--format", "md", "--out", str(tmp_path / "shared.md"))
    assert "left out" not in done.stdout  # nothing of Alex's was asked for
