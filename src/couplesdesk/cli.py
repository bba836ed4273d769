"""The command line: start the app; validate exercise files; print the format's schema; check,
back up or restore the data.

    couplesdesk [--data-dir DIR] [--language CODE]   open the app (exercises in that language)
    couplesdesk --quiet                   open it in the background (tray), as when started with the computer
    couplesdesk validate [PATH...]        check exercise files, homework plans or folders
    couplesdesk schema [--plan]           print the JSON Schema of the exercise (or homework plan) format
    couplesdesk open FILE                 open a homework plan in the app (the running one, if any)
    couplesdesk check                     is the database sound; what it holds; the backups
    couplesdesk backup [--out FILE]       make a backup now
    couplesdesk restore BACKUP            go back to a backup (the current database is kept aside)
    couplesdesk export --format F --out FILE   the history you both may see, as JSON, Markdown, CSV or PDF
    couplesdesk schema --export           print the JSON Schema of a JSON export
    couplesdesk schema --report           print the JSON Schema of a session report
    couplesdesk demo                      fill an empty data folder with a made-up couple's six months

Only starting the app imports Qt; every command stays Qt-free and fast, and rejects options
it does not know (the app itself passes them on to Qt).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import __version__
from .paths import ENV_VAR, DataPaths, private_files

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from .core.loader import Problem


def app_arguments(argv: Sequence[str]) -> tuple[str | None, list[str]] | None:
    """``(data dir, Qt's arguments)`` when ``argv`` only opens the app: nothing, or just
    ``--data-dir DIR``, as a desktop launcher or a test starts it. None when anything else
    is there, for :func:`build_parser` to read (it costs ~10 ms of start-up, so the
    common launches skip it)."""
    args = list(argv)
    if not args:
        return None, []
    if len(args) == 2 and args[0] == "--data-dir" and not args[1].startswith("-"):
        return args[1], []
    if len(args) == 1 and args[0].startswith("--data-dir=") and len(args[0]) > len("--data-dir="):
        return args[0].split("=", 1)[1], []
    return None


def _language_code(value: str) -> str:
    import argparse

    from .core.language import code_of

    code = code_of(value)
    if code is None:
        raise argparse.ArgumentTypeError(f"expected a language code such as de or en, not {value!r}")
    return code


def _add_opening_options(parser: argparse.ArgumentParser) -> None:
    """How the app opens: light or dark for this session; in the background."""
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        help="show the app light or dark for this session, e.g. for screenshots (default: as chosen in the app, "
        "else as the computer is set)",
    )
    parser.add_argument(
        "--quiet",
        "--background",
        action="store_true",
        help="start in the background, in the tray (or minimised), so reminders can come; as when started with "
        "the computer",
    )


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="couplesdesk",
        description="Guided communication exercises for two partners at one computer.",
        epilog=f"The data dir can also be set with the {ENV_VAR} environment variable.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    data_help = f"where the app keeps its database and your own exercises (default: {DataPaths.resolve(None).root if not os.environ.get(ENV_VAR) else '$' + ENV_VAR})"
    parser.add_argument("--data-dir", metavar="DIR", help=data_help)
    parser.add_argument(
        "--language",
        metavar="CODE",
        type=_language_code,
        help="show the exercises in this language for this session, e.g. de or en (default: the language "
        "chosen in the app, else the computer's)",
    )
    _add_opening_options(parser)
    # Accepted after a command too (couplesdesk validate --data-dir DIR).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser(
        "validate",
        parents=[common],
        help="check exercise files, homework plans or folders and report every problem",
        description="Check exercise files and homework plans (.couplesdesk-plan, or every .toml and plan file "
        "in a folder). With no PATH, checks the built-in exercises and the ones in the data dir. Exits 1 if "
        "anything is wrong; warnings alone exit 0.",
    )
    validate.add_argument("paths", nargs="*", metavar="PATH")
    schema = commands.add_parser(
        "schema",
        parents=[common],
        help="print the JSON Schema of the exercise format (or of homework plans, JSON exports or session reports)",
        description="Print the JSON Schema of the exercise format, for editors that validate as you type; with "
        "--plan, the schema of homework plan files (see docs/homework-format.md); with --export, the schema of a "
        "JSON export (see docs/export-format.md); with --report, of a session report (docs/report-format.md).",
    )
    which = schema.add_mutually_exclusive_group()
    which.add_argument("--plan", action="store_true", help="the schema of homework plan files instead")
    which.add_argument("--export", action="store_true", help="the schema of a JSON export instead")
    which.add_argument("--report", action="store_true", help="the schema of a session report instead")
    opener = commands.add_parser(
        "open",
        parents=[common],
        help="open a homework plan file in CouplesDesk",
        description="Show a homework plan's preview in CouplesDesk: in the window already open on the data dir, "
        "or in a new one.",
    )
    opener.add_argument("file", metavar="FILE", nargs="?", help="a .couplesdesk-plan file (none: just open the app)")
    _data_commands(commands, common)
    return parser


def _data_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    import argparse

    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase (or the recovery key) from standard input, one per line, instead of the terminal",
    )
    commands.add_parser(
        "check",
        parents=[common, secret],
        help="check that the database is sound, and list what it holds and the backups",
        description="Check the database (SQLite's page check) and list what it holds and every backup with its "
        "date. Exits 0 when the database is sound, 1 when it is not (and says what to do).",
    )
    backup = commands.add_parser(
        "backup",
        parents=[common, secret],
        help="make a backup now and print its path",
        description="Make a consistent copy of the database now (SQLite's online backup) and print its path.",
    )
    backup.add_argument("--out", metavar="FILE", help="where to write it (default: the data dir's backups folder)")
    restore = commands.add_parser(
        "restore",
        parents=[common, secret],
        help="go back to a backup (the current database is kept aside)",
        description="Check BACKUP, keep the current database aside (never deleted), and put the backup in its "
        "place. Refused while CouplesDesk is open on the data dir.",
    )
    restore.add_argument("backup", metavar="BACKUP")
    commands.add_parser(
        "encrypt",
        parents=[common, secret],
        help="encrypt the database and its backups with a passphrase; prints the recovery key once",
        description="Encrypt the database, its WAL and every backup with a passphrase (SQLCipher). Prints a recovery "
        "key that opens the data if the passphrase is forgotten: keep it somewhere safe. Refused while CouplesDesk "
        "is open on the data dir.",
    )
    commands.add_parser(
        "decrypt",
        parents=[common, secret],
        help="turn encryption off again (asks for the passphrase)",
        description="Turn encryption off: the database and its backups are written as plain SQLite again.",
    )
    _export_commands(commands, common, secret)
    commands.add_parser(
        "passphrase",
        parents=[common, secret],
        help="change the passphrase (asks for the current one, then the new one)",
        description="Change the passphrase. The recovery key stays the same. With --passphrase-stdin, the first line "
        "is the current passphrase (or the recovery key) and the second the new one.",
    )


def _export_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    secret: argparse.ArgumentParser,
) -> None:
    export = commands.add_parser(
        "export",
        parents=[common, secret],
        help="write the history you both may see to a file: JSON, Markdown, CSV (ratings) or PDF",
        description="Write the history both partners may see to FILE. It holds no private answer and none still "
        "sealed, unless a partner chooses to include their own with --include-private-of. Refused inside an "
        "encrypted data folder (an export is a plain file). See docs/export-format.md.",
    )
    export.add_argument("--format", required=True, choices=("json", "md", "csv", "pdf"), help="the kind of file")
    export.add_argument("--out", required=True, metavar="FILE", help="where to write it (readable by you alone)")
    export.add_argument("--from", dest="start", metavar="DATE", help="the first day to export (YYYY-MM-DD)")
    export.add_argument("--to", dest="end", metavar="DATE", help="the last day to export (YYYY-MM-DD)")
    export.add_argument(
        "--include-private-of",
        action="append",
        metavar="PARTNER",
        help="partner_a, partner_b or a name: include that partner's own private and still-sealed answers. Only "
        "that partner may choose this; the file then holds words the other has never seen.",
    )
    commands.add_parser(
        "demo",
        parents=[common],
        help="fill an empty data folder with a made-up couple's six months, to look around",
        description="Fill an empty data folder with a sample couple's six months (shares, pauses, boundaries, "
        "agreements, check-ins, a few private notes), all made up. Refused for a folder that holds data.",
    )


def _validate(paths: Sequence[str], data_dir: str | None) -> int:
    from .core.library import load_library, validate_paths
    from .core.plan.files import split_paths
    from .resources import builtin_exercises

    plans, others = split_paths(paths)
    if paths:
        library = validate_paths(others)
    else:
        library = load_library(builtin_exercises(), DataPaths.resolve(data_dir).user_exercises)
    count, problems, warnings = len(library), list(library.problems), list(library.warnings)
    fine = f"{count} exercise(s) fine"
    if plans:
        good = _validate_plans(plans, data_dir, set(library.entries), problems, warnings)
        fine = (f"{fine}, " if others else "") + f"{good} plan(s) fine"
    from .commands import say

    for problem in sorted(problems + warnings, key=lambda p: (p.file, p.line or 0)):
        say(str(problem))  # escaped: a file's control characters never reach the terminal
    files = len({p.file for p in problems})
    noted = f"; {len(warnings)} warning(s) (they load, as noted)" if warnings else ""
    if problems:
        print(f"{fine}; {len(problems)} problem(s) in {files} file(s){noted}.", file=sys.stderr)
        return 1
    print(f"{fine}, no problems{noted}.")
    return 0


def _validate_plans(
    plans: Sequence[Path], data_dir: str | None, checked: set[str], problems: list[Problem], warnings: list[Problem]
) -> int:
    """Check each plan against the exercises installed here (and those being checked with it)."""
    from .core.library import load_library
    from .core.plan import load_plan
    from .resources import builtin_exercises

    builtin = set(load_library(builtin_exercises()).entries)
    user = load_library(builtin_exercises(), DataPaths.resolve(data_dir).user_exercises)
    installed = builtin | set(user.entries) | checked
    good = 0
    for plan in plans:
        loaded = load_plan(plan, installed, builtin=builtin)
        problems.extend(loaded.problems)
        warnings.extend(loaded.warnings)
        good += loaded.plan is not None
    return good


def _schema(plan: bool = False, export: bool = False, report: bool = False) -> int:
    import json

    if report:
        from .report.schema import report_schema

        print(json.dumps(report_schema(), indent=2, ensure_ascii=False))
        return 0
    if export:
        from .export.schema import export_schema

        print(json.dumps(export_schema(), indent=2, ensure_ascii=False))
        return 0
    from .core.model import Exercise
    from .core.plan import Plan

    schema = (Plan if plan else Exercise).model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "CouplesDesk homework plan" if plan else "CouplesDesk exercise"
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    private_files()  # the data folder, backups and logs are for this user alone
    args_list = list(sys.argv[1:] if argv is None else argv)
    opening = app_arguments(args_list)
    if opening is not None:
        return _open(*opening)
    parser = build_parser()
    args, qt_args = parser.parse_known_args(args_list)
    if args.command is None:
        # Qt takes the arguments we do not know (-platform...)
        looks = {"theme": args.theme} if args.theme else {}  # for this session only
        return _open(args.data_dir, qt_args, args.language, quiet=args.quiet, **looks)
    if qt_args:  # a command knows all of its options: an unknown one is a mistake, said so
        parser.error("unrecognized arguments: " + " ".join(qt_args))
    if args.language is not None:
        parser.error("--language is for opening the app, not for a command")
    if args.theme is not None:
        parser.error("--theme is for opening the app, not for a command")
    if args.command == "validate":
        return _validate(args.paths, args.data_dir)
    if args.command == "schema":
        return _schema(args.plan, args.export, args.report)
    if args.command == "open":
        return _open_plan(args.file, args.data_dir)
    from . import commands

    paths = DataPaths.resolve(args.data_dir)
    return commands.run(args.command, paths, args)


def _open_plan(file: str | None, data_dir: str | None) -> int:
    """The app, showing the plan's preview: the running app on this data dir is handed the file."""
    from pathlib import Path

    return _open(data_dir, [], plan=str(Path(file).absolute()) if file else None)


def before_qt() -> None:
    """What opening the app does before it imports Qt (here and in ``couplesdesk.app.create``).

    Automatic cycle collection is switched off: the app collects on a GUI timer once there is a
    QApplication (gui/garbage.py), and meanwhile no collection walks the start-up's imports (tens
    of thousands of objects that live as long as the process) a few dozen times before the first
    frame. And what start-up needs of the core is imported first: PySide6 installs an import
    hook that re-reads the source of every module imported after it. (The exercise models and
    sqlite-utils are not needed for the first frame; they load on a worker after it.)"""
    gc.disable()
    from . import storage  # noqa: F401


def _open(
    data_dir: str | None,
    qt_args: list[str],
    language: str | None = None,
    plan: str | None = None,
    quiet: bool = False,
    theme: str | None = None,
) -> int:
    from .platform_check import missing_gui_libraries

    missing = missing_gui_libraries()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    before_qt()
    from .gui.app import run

    return run(data_dir, qt_args, language, plan, quiet, theme)
