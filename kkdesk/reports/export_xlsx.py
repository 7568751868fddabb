"""XLSX export: one workbook with the threats, incidents and persons sheets, made in memory with
openpyxl and written atomically; document properties blank and dated 2000-01-01 (no author, no
time of making)."""

from __future__ import annotations

import datetime as _dt
import io
import os
import zipfile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.writer.excel import ExcelWriter

from kkdesk.reports.export_rows import Sheet
from kkdesk.reports.safe_write import write_atomically

_FIXED = _dt.datetime(2000, 1, 1)


def workbook_bytes(sheets: list[Sheet]) -> bytes:
    wb = Workbook(write_only=True)
    props = wb.properties
    props.creator = ""
    props.lastModifiedBy = ""
    props.title = props.subject = props.description = props.keywords = None
    props.created = props.modified = _FIXED
    bold = Font(bold=True)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        ws.freeze_panes = "A2"
        head = []
        for h in sheet.header:
            c = WriteOnlyCell(ws, value=h)
            c.font = bold
            head.append(c)
        ws.append(head)
        for row in sheet.rows:
            # plain values are several times faster than cells; text that could start a formula was
            # already escaped with an apostrophe (export_rows.escape_cell), so openpyxl stores it as text
            ws.append(row)
    buf = io.BytesIO()
    # ExcelWriter directly: Workbook.save would stamp the current time as the modification date.
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return _fixed_zip_times(buf.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """The same archive with every member dated 1980-01-01 (zip entries carry the local time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def write(sheets: list[Sheet], path: str | os.PathLike) -> None:
    write_atomically(path, workbook_bytes(sheets))
