"""``couplesdesk export``: the history both partners may see, as a file (Qt-free, but for PDF).

    couplesdesk export [--data-dir D] --format json|md|csv|pdf --out FILE [--from DATE] [--to DATE]
                       [--include-private-of PARTNER]

By default the file holds no answer private for good, none still sealed, and nothing of a
solo exercise. ``--include-private-of partner_a`` (or the partner's name) adds that partner's
own: it is for that partner to give, at the keyboard, never for the other to ask for.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..commands import say
from ..core.clock import SystemClock
from ..core.people import PARTNERS
from ..core.privacy import Viewer
from ..paths import DataPaths
from ..storage import Store
from .collect import collect, locked_out, progress_until
from .files import ExportRefused, refusal, write_export


def _day(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.") from None


def before_asking(paths: DataPaths, args: Any) -> str | None:
    """What is wrong with the command, said before any passphrase is asked for."""
    if not paths.database.exists():
        return f"There is no CouplesDesk data in {paths.root} to export."
    return refusal(paths, Path(args.out))


def partners_named(store: Store, wanted: list[str]) -> frozenset[str]:
    """The partner keys for ``wanted`` (keys, or names as the couple set them)."""
    couple = store.couple.get()
    by_name = {p.name.casefold(): p.key for p in (couple.a, couple.b)} if couple else {}
    keys = set()
    for item in wanted:
        key = item if item in PARTNERS else by_name.get(item.casefold())
        if key is None:
            known = ", ".join([*PARTNERS, *(p.name for p in (couple.a, couple.b))] if couple else PARTNERS)
            raise ValueError(f"--include-private-of {item!r}: there is no such partner (one of: {known}).")
        keys.add(key)
    return frozenset(keys)


def export_command(paths: DataPaths, args: Any, key: bytes | None) -> int:
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start and end and start > end:
        raise ValueError("--from is after --to: nothing lies between them.")
    from ..core.library import load_library
    from ..resources import builtin_exercises

    library = load_library(builtin_exercises(), paths.user_exercises, translations=False, cache=paths.library_cache)
    store = Store.open(paths.database, SystemClock(), paths.backups, check=False, key=key)
    try:
        including = partners_named(store, list(args.include_private_of or []))
        now = datetime.now().astimezone()
        document = collect(store, Viewer.export(including), library, now, start, end)
        left_out = locked_out(store, Viewer.export(including), start, end)
        progress = progress_until(store, library, end or now.date()) if args.format == "pdf" else None
    finally:
        store.close()
    try:
        target = write_export(paths, document, args.format, Path(args.out), progress)
    except ExportRefused as exc:
        say(str(exc), True)
        return 1
    except OSError as exc:
        say(f"The export could not be written: {exc.strerror or exc}.", True)
        return 1
    runs, names = len(document["runs"]), [document["partners"][k]["name"] for k in sorted(including - left_out)]
    say(f"Wrote {target} ({runs} exercise{'s' if runs != 1 else ''}).")
    if names:
        say(f"It holds the private answers of {' and '.join(names)}: keep it somewhere only you can open.")
    else:
        say("It holds what you both may see: no private answer and none still sealed.")
    for partner in sorted(left_out):
        name = document["partners"].get(partner, {}).get("name", partner)
        say(
            f"{name}'s answers kept locked with {name}'s personal passphrase were left out: the command line "
            "does not ask for it. To add them, export from the app (Privacy, Export), where they can type it."
        )
    return 0
