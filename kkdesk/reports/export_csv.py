"""CSV export: a folder receiving threats.csv, incidents.csv and persons.csv (UTF-8 with BOM, so
spreadsheet programs read Cyrillic and Kazakh correctly); each file written atomically."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from kkdesk.errors import InvalidInput
from kkdesk.reports.export_rows import Sheet, iter_rows
from kkdesk.reports.safe_write import write_many_atomically


def sheet_bytes(sheet: Sheet) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in iter_rows(sheet):
        writer.writerow(["" if v is None else v for v in row])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def write(sheets: list[Sheet], folder: str | os.PathLike) -> list[Path]:
    """Write one <sheet>.csv per table into folder (created if its parent exists)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput("For CSV, the output must be a folder (it receives threats.csv, incidents.csv, persons.csv).")
    if not folder.exists():
        if not folder.parent.is_dir():
            raise InvalidInput("The folder to write into does not exist.")
        folder.mkdir()
    blobs = [(folder / f"{s.name}.csv", sheet_bytes(s)) for s in sheets]  # all rendered before any write
    write_many_atomically(blobs)
    return [p for p, _ in blobs]
