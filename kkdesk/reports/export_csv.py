"""CSV export: a folder receiving threats.csv, incidents.csv, persons.csv, sources.csv and
responses.csv, UTF-8 with a BOM (spreadsheet programs then read Cyrillic and Kazakh correctly),
each file written atomically.

The delimiter follows the language unless given: ";" for ru and kk (Russian- and Kazakh-locale
Excel and LibreOffice expect it, the comma being their decimal separator), "," for en. Dates are
ISO (2019-06-09), which spreadsheets read as dates; text that starts like a formula gets a leading
apostrophe (export_rows.escape_cell), the only protection a CSV cell can carry.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from kkdesk.errors import InvalidInput
from kkdesk.reports.export_rows import Sheet, escape_cell, iter_rows
from kkdesk.util.files import write_many_atomically

DELIMITERS = {"en": ",", "ru": ";", "kk": ";"}


def delimiter_for(lang: str, delimiter: str | None = None) -> str:
    """The delimiter asked for (one character, not a quote or line break), else the language's."""
    if delimiter is None:
        return DELIMITERS.get(lang, ",")
    if delimiter == "tab":
        return "\t"
    if len(delimiter) != 1 or delimiter in "\"\r\n" or delimiter.isalnum():
        raise InvalidInput("report.bad_delimiter", field="delimiter")
    return delimiter


def sheet_bytes(sheet: Sheet, delimiter: str = ",") -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in iter_rows(sheet):
        writer.writerow(["" if v is None else v.isoformat() if hasattr(v, "isoformat") else escape_cell(v)
                         for v in row])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def write(sheets: list[Sheet], folder: str | os.PathLike, lang: str = "en", delimiter: str | None = None) -> list[Path]:
    """Write one <sheet>.csv per table into folder (created if its parent exists)."""
    sep = delimiter_for(lang, delimiter)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput("report.csv_needs_folder", field="path")
    if not folder.exists():
        if not folder.parent.is_dir():
            raise InvalidInput("file.folder_missing", field="path")
        folder.mkdir()
    blobs = [(folder / f"{s.name}.csv", sheet_bytes(s, sep)) for s in sheets]  # all rendered before any write
    write_many_atomically(blobs)
    return [p for p, _ in blobs]
