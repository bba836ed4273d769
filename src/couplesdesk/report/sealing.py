"""The file a couple sends their therapist, and opening it again on the therapist's side.

A ``.couplesdesk-report`` file is a small zip archive holding ``report.json`` (the report,
docs/report-format.md) and ``report.pdf`` (the same, to read or print), encrypted with age to
the therapist's public key from the plan: only the therapist's identity opens it, and age
authenticates what it decrypts, so a file changed on the way is refused, never half read. A
therapist without CouplesDesk opens it with the stock tool: ``age -d -i key.txt FILE > r.zip``.

A plan without a therapist's key gives the same archive unsealed (the flow says so plainly
before it is saved). :func:`open_report` reads either, and says in words a therapist
understands why a file does not open: never a traceback.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.i18n import translate
from .compose import FORMAT, VERSION, Report
from .pictures import from_json

SUFFIX = ".couplesdesk-report"
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
ZIP_MAGIC = b"PK\x03\x04"
REPORT_JSON, REPORT_PDF = "report.json", "report.pdf"
MAX_PART = 64 * 1024 * 1024  # a report is small; anything far larger is not one
_STAMP = (2020, 1, 1, 0, 0, 0)  # zip entries carry no time of their own (made_at is in the report)


class ReportProblem(ValueError):
    """A report file that cannot be opened (or sealed); the message says why, in plain words."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind  # unreadable / not_report / needs_key / wrong_key / changed / newer / bad_key


@dataclass(frozen=True)
class OpenedReport:
    report: Report
    pdf: bytes
    sealed: bool


def pack(report: Report, pdf: bytes) -> bytes:
    """The report and its PDF as one zip archive (not yet sealed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in ((REPORT_JSON, json.dumps(report, ensure_ascii=False).encode()), (REPORT_PDF, pdf)):
            info = zipfile.ZipInfo(name, _STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def recipient_problem(recipient: str) -> str | None:
    """Why ``recipient`` is not an age public key a report can be sealed to, or None."""
    from pyrage import RecipientError, x25519

    try:
        x25519.Recipient.from_str(recipient.strip())
    except RecipientError:
        return translate(
            "report/sealing",
            "The therapist's key in this plan is not one a report can be sealed to. Ask your therapist for the plan "
            "again; nothing was saved.",
        )
    return None


def seal(report: Report, pdf: bytes, recipient: str | None) -> bytes:
    """The file's bytes: the archive sealed to ``recipient`` (an age public key), or unsealed
    when there is none. An unusable key is a :class:`ReportProblem`, never an unsealed file."""
    archive = pack(report, pdf)
    if recipient is None:
        return archive
    problem = recipient_problem(recipient)
    if problem is not None:
        raise ReportProblem("bad_key", problem)
    import pyrage
    from pyrage import x25519

    return bytes(pyrage.encrypt(archive, [x25519.Recipient.from_str(recipient.strip())]))


def open_report(path: Path, identity: Any = None) -> OpenedReport:
    """Open a report file with the therapist's identity (an ``AGE-SECRET-KEY-1...`` string or a
    ``pyrage.x25519.Identity``; None for an unsealed report). :class:`ReportProblem` says why not."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        words = translate("report/sealing", "{file} could not be read ({problem}).")
        raise ReportProblem("unreadable", words.format(file=Path(path).name, problem=exc.strerror or exc)) from None
    sealed = data.startswith(AGE_MAGIC) or data.startswith(AGE_ARMOR)
    if sealed:
        data = _decrypt(data, identity, Path(path).name)
    elif not data.startswith(ZIP_MAGIC):
        raise ReportProblem("not_report", _not_one(Path(path).name))
    report, pdf = _unpack(data, Path(path).name)
    return OpenedReport(report, pdf, sealed)


def _identity(identity: Any) -> Any:
    from pyrage import IdentityError, x25519

    if isinstance(identity, x25519.Identity):
        return identity
    try:
        return x25519.Identity.from_str(str(identity).strip())
    except IdentityError:
        raise ReportProblem(
            "wrong_key",
            translate(
                "report/sealing",
                "That is not an age identity (it starts with AGE-SECRET-KEY-1), so the report stays closed.",
            ),
        ) from None


def _decrypt(data: bytes, identity: Any, name: str) -> bytes:
    import pyrage

    if identity is None:
        words = translate("report/sealing", "{file} is sealed for a therapist: it opens with their key only.")
        raise ReportProblem("needs_key", words.format(file=name))
    try:
        return bytes(pyrage.decrypt(data, [_identity(identity)]))
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            words = translate(
                "report/sealing",
                "{file} was sealed for a different key, so it does not open with yours. It may be meant for another "
                "therapist, or sealed to a key you had before. Nothing in it was read.",
            )
            raise ReportProblem("wrong_key", words.format(file=name)) from None
        words = translate(
            "report/sealing",
            "{file} has been changed or damaged since it was sealed, so it is not opened: nothing in it can be "
            "trusted. Ask the couple to send it again.",
        )
        raise ReportProblem("changed", words.format(file=name)) from None


def _unpack(data: bytes, name: str) -> tuple[Report, bytes]:
    not_one = ReportProblem("not_report", _not_one(name))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = {i.filename: i for i in archive.infolist()}
            if REPORT_JSON not in parts or any(i.file_size > MAX_PART for i in parts.values()):
                raise not_one
            report = json.loads(archive.read(REPORT_JSON).decode("utf-8"))
            pdf = archive.read(REPORT_PDF) if REPORT_PDF in parts else b""
    except (zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError, EOFError, OSError):
        raise not_one from None
    problem = report_problem(report)
    if problem is not None:
        kind = "newer" if problem == _newer() else "not_report"
        raise ReportProblem(kind, translate("report/sealing", "{file}: {problem}").format(file=name, problem=problem))
    return report, pdf


def report_problem(report: Any) -> str | None:
    """Why ``report`` is not a report this CouplesDesk can show, or None."""
    if not isinstance(report, dict) or report.get("format") != FORMAT:
        return translate("report/sealing", "this is not a CouplesDesk session report.")
    version = report.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return translate("report/sealing", "this is not a CouplesDesk session report.")
    if version > VERSION:
        return _newer()
    return _incomplete(report)


def _newer() -> str:
    return translate("report/sealing", "this report was made by a newer CouplesDesk. Update CouplesDesk to read it.")


def _not_one(name: str) -> str:
    return translate("report/sealing", "{file} is not a CouplesDesk session report.").format(file=name)


def _incomplete(report: dict[str, Any]) -> str | None:
    """Why a report of a version this CouplesDesk reads is not whole, or None."""
    incomplete = translate("report/sealing", "this report is incomplete, so it is not shown.")
    shapes = {"period": dict, "partners": dict, "items": list, "made_at": str}
    if any(not isinstance(report.get(key), kind) for key, kind in shapes.items()):
        return incomplete
    if not all(isinstance(i, dict) and isinstance(i.get("text"), str) for i in report["items"]):
        return incomplete
    if not isinstance(report.get("for_therapist", []), list) or not isinstance(report.get("plan"), (dict, type(None))):
        return incomplete
    if "pictures" in report:
        try:
            from_json(report["pictures"], {})
        except ValueError:
            return incomplete
    return None
