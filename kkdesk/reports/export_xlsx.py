"""XLSX export: one workbook with the threats, incidents, persons, information sources and responses
sheets, made in memory with openpyxl and written atomically.

What an analyst needs without fixing anything: localised sheet names, a bold frozen header with an
autofilter, column widths from the content, dates as date cells (day-first format for ru/kk),
numbers as numbers, and text that starts like a formula kept as that exact text with the quotePrefix
style (no apostrophe added to it). Document properties are blank and dated 2000-01-01 (no author,
no time of making).
"""

from __future__ import annotations

import datetime as _dt
import errno
import io
import os
import zipfile

from lxml.etree import SerialisationError
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from kkdesk.reports.export_rows import FORMULA_START, Sheet
from kkdesk.util.files import write_atomically

_FIXED = _dt.datetime(2000, 1, 1)
_DATE_FORMAT = {"en": "yyyy-mm-dd", "ru": "dd.mm.yyyy", "kk": "dd.mm.yyyy"}
_WIDTH = {"text": (8, 30), "code": (8, 40), "int": (6, 14), "date": (11, 14), "long": (20, 60)}
_SAMPLE = 500          # rows looked at to size a column
_BAD_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})


def _widths(sheet: Sheet) -> list[float]:
    out = []
    for col, (head, kind) in enumerate(zip(sheet.header, sheet.kinds)):
        low, high = _WIDTH.get(kind, _WIDTH["text"])
        longest = max([len(str(r[col])) for r in sheet.rows[:_SAMPLE] if r[col] not in (None, "")] or [0])
        out.append(float(min(high, max(low, len(head) + 2, longest + 1))))
    return out


def workbook_bytes(sheets: list[Sheet], lang: str = "en") -> bytes:
    """The workbook's bytes. openpyxl's write-only sheets spool to temp files; when lxml is installed
    (python-docx needs it) a full disk there surfaces as lxml's SerialisationError, given back here
    as the OSError it is so that callers report it like any other failed write."""
    try:
        return _workbook_bytes(sheets, lang)
    except SerialisationError as exc:
        text = str(exc)
        code = errno.ENOSPC if "ENOSPC" in text else errno.EFBIG if "EFBIG" in text else errno.EIO
        raise OSError(code, os.strerror(code)) from None


def _workbook_bytes(sheets: list[Sheet], lang: str) -> bytes:
    wb = Workbook(write_only=True)
    props = wb.properties
    props.creator = ""
    props.lastModifiedBy = ""
    props.title = props.subject = props.description = props.keywords = None
    props.created = props.modified = _FIXED
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    date_format = _DATE_FORMAT.get(lang, "yyyy-mm-dd")
    for sheet in sheets:
        ws = wb.create_sheet(sheet.title.translate(_BAD_TITLE)[:31])
        for n, width in enumerate(_widths(sheet), start=1):
            ws.column_dimensions[get_column_letter(n)].width = width
        ws.freeze_panes = "A2"
        head = []
        for h in sheet.header:
            c = WriteOnlyCell(ws, value=h)
            c.font, c.alignment = bold, wrap
            head.append(c)
        ws.append(head)
        for row in sheet.rows:
            ws.append([_cell(ws, v, date_format) for v in row])
        last = get_column_letter(max(1, len(sheet.header)))
        ws.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
    buf = io.BytesIO()
    # ExcelWriter directly: Workbook.save would stamp the current time as the modification date.
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return _fixed_zip_times(buf.getvalue())


def _cell(ws, value, date_format: str):
    """Plain values where they are safe (several times faster); a styled cell for dates and for text
    a spreadsheet would otherwise run as a formula."""
    if isinstance(value, _dt.date):
        c = WriteOnlyCell(ws, value=value)
        c.number_format = date_format
        return c
    if isinstance(value, str) and value.startswith(FORMULA_START):
        c = WriteOnlyCell(ws)
        c._value, c.data_type = value, "s"      # a string, never parsed as a formula
        c.quotePrefix = True
        return c
    return value


def _fixed_zip_times(data: bytes) -> bytes:
    """The same archive with every member dated 1980-01-01 (zip entries carry the local time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def write(sheets: list[Sheet], path: str | os.PathLike, lang: str = "en") -> None:
    write_atomically(path, workbook_bytes(sheets, lang))
