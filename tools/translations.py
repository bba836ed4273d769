"""Keep the interface's translations: the ``.ts`` sources under ``translations/`` and the ``.qm``
files the app loads (see docs/translations.md).

    python tools/translations.py update [LANG]  # pyside6-lupdate: new and changed texts into couplesdesk_de.ts
    python tools/translations.py build    # pyside6-lrelease: every couplesdesk_<lang>*.ts into one .qm
    python tools/translations.py check    # what is unfinished, obsolete or missing (as the test says)
    python tools/translations.py plurals FILE.ts  # plural forms for each %n text lupdate left without

``build`` writes ``src/couplesdesk/translations/couplesdesk_<lang>.qm`` (not kept in git; the
wheel build does the same through ``hatch_build.py``). A language may be split over several
files while it is being translated (``couplesdesk_de.today.ts``, ``couplesdesk_de.care.ts``):
they are compiled together.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "couplesdesk"
BUILT = PACKAGE / "translations"
_NAME = re.compile(r"^couplesdesk_([a-z]{2,3}(?:_[A-Z]{2})?)(?:\.[\w-]+)?\.ts$")


def tool(name: str) -> Path:
    """``lrelease`` or ``lupdate`` as shipped inside the PySide6 wheel (PySide6-Essentials)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit(f"{name}: PySide6 is not installed (pip install PySide6-Essentials)")
    folder = Path(spec.origin).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"{name} is not in {folder}; PySide6-Essentials ships it")


def sources(root: Path = ROOT) -> dict[str, list[Path]]:
    """Each language's ``.ts`` files: ``{"de": [couplesdesk_de.ts, couplesdesk_de.today.ts]}``."""
    found: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((root / "translations").glob("couplesdesk_*.ts")):
        match = _NAME.match(path.name)
        if match:
            found[match.group(1)].append(path)
    return dict(found)


def build(root: Path = ROOT, out: Path | None = None) -> list[Path]:
    """Compile each language's ``.ts`` files into one ``couplesdesk_<lang>.qm`` in ``out``
    (the package's ``translations`` folder unless told); returns the files written."""
    folder = out or root / "src" / "couplesdesk" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language, files in sources(root).items():
        target = folder / f"couplesdesk_{language}.qm"
        done = subprocess.run(
            [str(tool("lrelease")), "-silent", *map(str, files), "-qm", str(target)], capture_output=True, text=True
        )
        if done.returncode != 0 or not target.is_file():
            raise RuntimeError(f"lrelease failed for {language}: {done.stdout}{done.stderr}")
        written.append(target)
    return written


def stale(folder: Path = BUILT, root: Path = ROOT) -> bool:
    """Whether a ``.qm`` in ``folder`` is missing or older than one of its ``.ts`` sources."""
    for language, files in sources(root).items():
        target = folder / f"couplesdesk_{language}.qm"
        if not target.is_file() or any(f.stat().st_mtime > target.stat().st_mtime for f in files):
            return True
    return False


def python_sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "src" / "couplesdesk").rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_file: Path, root: Path = ROOT, obsolete: bool = False) -> None:
    """Run ``pyside6-lupdate`` over every module of the package into ``ts_file``."""
    files = [str(p.relative_to(root)) for p in python_sources(root)]
    args = [str(tool("lupdate")), "-silent", "-locations", "relative", *files, "-ts", str(ts_file)]
    if not obsolete:
        args.insert(-2, "-no-obsolete")
    done = subprocess.run(args, capture_output=True, text=True, cwd=root)
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed: {done.stdout}{done.stderr}")


def entries(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """The ``<message>`` elements of a ``.ts`` file by (context, source text)."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def problems(root: Path = ROOT) -> list[str]:
    """What is not finished: unfinished, obsolete or vanished entries in any ``.ts`` file, and
    texts in the source that no ``.ts`` of a language translates."""
    said = []
    for language, files in sources(root).items():
        known: set[tuple[str, str]] = set()
        for path in files:
            for key, message in entries(path).items():
                known.add(key)
                kind = message.find("translation")
                state = kind.get("type") if kind is not None else "unfinished"
                if state in ("unfinished", "obsolete", "vanished"):
                    said.append(f"{path.name}: {state}: [{key[0]}] {key[1]!r}")
                elif "%n" in key[1] and message.get("numerus") != "yes":
                    said.append(f"{path.name}: no plural forms: [{key[0]}] {key[1]!r}")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / f"couplesdesk_{language}.ts"
            lupdate(fresh, root)
            in_source = set(entries(fresh))
        for key in sorted(in_source - known):
            said.append(f"{language}: not translated: [{key[0]}] {key[1]!r}")
        for key in sorted(known - in_source):
            said.append(f"{language}: no longer in the source: [{key[0]}] {key[1]!r}")
    return said


def _write(tree: ET.ElementTree, target: Path) -> None:
    text = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


Forms = dict[tuple[str, str], tuple[list[str], bool]]


def plural_translations(tree: ET.ElementTree) -> Forms:
    """Each plural text's forms and whether they are finished, by (context, source)."""
    found: Forms = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                found[(name, message.findtext("source") or "")] = (forms, translation.get("type") is None)
    return found


def plural_forms(tree: ET.ElementTree, kept: Forms | None = None) -> bool:
    """Give every text with ``%n`` plural forms (``numerus="yes"``): lupdate's Python parser
    marks only a literal count (``translate(context, text, None, 3)``), not ``n``, and turns
    plural forms back into one translation on every run. The forms are taken from ``kept``
    (read before lupdate ran); else a translation written before is put in each form, marked
    unfinished for a translator to look at. Returns whether anything changed."""
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source or message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            words = translation.text or ""
            forms, finished = (kept or {}).get((name, source), ([words, words], False))
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            if finished:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
            changed = True
    return changed


def update(language: str = "de", root: Path = ROOT) -> Path:
    """lupdate into ``couplesdesk_<language>.ts``, with plural forms for every ``%n``; a text
    another part file of the language already holds is left to that file (each text lives in
    one file)."""
    target = root / "translations" / f"couplesdesk_{language}.ts"
    kept = plural_translations(ET.parse(target)) if target.exists() else {}
    lupdate(target, root)
    others: set[tuple[str, str]] = set()
    for path in sources(root).get(language, []):
        if path != target:
            others |= set(entries(path))
    tree = ET.parse(target)
    changed = plural_forms(tree, kept)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            if (name, message.findtext("source") or "") in others:
                context.remove(message)
                changed = True
    for context in list(tree.getroot().iter("context")):
        if context.find("message") is None:
            tree.getroot().remove(context)
    if changed:
        _write(tree, target)
    return target


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        target = update(argv[2] if len(argv) > 2 else "de")
        print(f"updated {target.relative_to(ROOT)}; fill in each <translation> marked unfinished")
        return 0
    if command == "build":
        for path in build():
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if command == "plurals":
        for name in argv[2:]:
            tree = ET.parse(name)
            if plural_forms(tree):
                _write(tree, Path(name))
                print(f"{name}: plural forms added; fill in each <numerusform>")
        return 0
    if command == "check":
        found = problems()
        print("\n".join(found) or "every text is translated")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
