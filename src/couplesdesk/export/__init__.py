"""Exports: the couple's history taken out of the app, as JSON, Markdown, CSV or PDF (Qt-free,
except the PDF, whose writer in ``gui/journal_pdf.py`` is imported only when one is asked for).

:func:`~.collect.collect` gathers the export document through the privacy rule; the formats
are written from that document alone; :mod:`.files` writes a file for this user only, and
refuses to put a plain export inside an encrypted data folder.
"""

from .collect import FORMAT, VERSION, Document, collect

__all__ = ["FORMAT", "VERSION", "Document", "collect"]
