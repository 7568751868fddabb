"""Reading legacy spreadsheets (CSV, XLSX) into a RawTable of text cells, safely.

Every limit is checked while reading, so a huge or hostile file stops with a plain message
before it fills memory. Nothing is evaluated: a CSV cell starting with '=' stays text, and
XLSX is read with data_only=True (the value Excel last showed, never a recomputation).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile
from dataclasses import dataclass, field

from kkdesk.errors import InvalidInput

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_XLSX_UNCOMPRESSED = 400 * 1024 * 1024
MAX_CELL_CHARS = 100_000
MAX_ROWS = 200_000
MAX_COLUMNS = 500
_DELIMITERS = (";", ",", "\t", "|")


class ImportFileError(InvalidInput):
    """The import file cannot be read as it is; nothing was written."""


@dataclass
class RawTable:
    """A sheet as read: headers, rows of cells (text, or a date for real XLSX date cells)."""

    headers: list[str]
    rows: list[list]
    row_numbers: list[int]  # the row number a person sees in the file (header = 1 for CSV)
    source: str = ""        # file name only, never the folder (it may name a person)
    format: str = "csv"
    encoding: str | None = None
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)  # what the reader fixed (NULs removed, etc.)

    def column(self, header: str) -> list:
        i = self.headers.index(header)
        return [r[i] if i < len(r) else "" for r in self.rows]


def read_table(path: str | os.PathLike, sheet: str | None = None) -> RawTable:
    """Read a CSV or XLSX file into a RawTable; ImportFileError says plainly what is wrong."""
    try:
        return _read_table(os.fspath(path), sheet)
    except OSError as exc:
        raise ImportFileError(f"The file cannot be read ({exc.strerror or 'input/output error'}).") from None
    except MemoryError:
        raise ImportFileError("The file is too large to read into memory; split it into parts.") from None


def _read_table(path: str, sheet: str | None) -> RawTable:
    if not os.path.isfile(path):
        raise ImportFileError("There is no file at that path.")
    size = os.path.getsize(path)
    if size > MAX_FILE_BYTES:
        raise ImportFileError(f"The file is {size // (1024 * 1024)} MB; files up to "
                              f"{MAX_FILE_BYTES // (1024 * 1024)} MB can be imported. Split it into parts.")
    with open(path, "rb") as fh:
        head = fh.read(8)
    name = os.path.basename(path)
    if head.startswith(b"PK\x03\x04"):
        table = _read_xlsx(path, sheet)
    elif head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        raise ImportFileError("This is a JSON document, not a spreadsheet; a kkdesk JSON export is imported "
                              "with kkdesk.importer.json_import (the command line does this by itself).")
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError("This is an old Excel (.xls) file; save it as .xlsx or .csv and import that.")
    else:
        with open(path, "rb") as fh:
            table = read_csv_bytes(fh.read())
    table.source = name
    return table


# ----- CSV -------------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding used): UTF-8 (with or without BOM), UTF-16 by BOM, else cp1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "UTF-16"
    sample = data[:4096]
    if len(sample) >= 4 and b"\x00" in sample:
        # UTF-16 without a byte-order mark: the high byte of each character is 0x00 (Latin,
        # digits, punctuation) or 0x04 (Cyrillic, Kazakh letters included).
        def high_share(part: bytes) -> float:
            return sum(b in (0, 4) for b in part) / max(1, len(part))

        for enc, part in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
            if high_share(part) > 0.9:
                try:
                    return data.decode(enc), "UTF-16"
                except UnicodeDecodeError:
                    pass
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1251"), "Windows-1251 (Cyrillic)"
    except UnicodeDecodeError:
        raise ImportFileError(
            "The file's text encoding is not UTF-8, UTF-16 or Windows-1251; save it as "
            "'CSV UTF-8' and import again.") from None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFileError(f"The file says it is {encoding.upper()} but contains bytes that are not; "
                              "save it again as 'CSV UTF-8'.") from None


def _delimiter(text: str) -> str:
    """The delimiter used in the first line (outside quotes): ; , TAB or |."""
    first, quoted = [], False
    for ch in text[:20000]:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            break
        elif not quoted:
            first.append(ch)
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_csv_bytes(data: bytes) -> RawTable:
    """Parse CSV bytes (any of the supported encodings) into a RawTable."""
    text, encoding = decode(data)
    notes = [f"Text encoding: {encoding}."]
    if "\x00" in text:
        notes.append(f"{text.count(chr(0))} NUL character(s) were removed.")
        text = text.replace("\x00", "")
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows, numbers = [], []
    line = 0
    headers = None
    try:
        # Row numbers count records as a spreadsheet program shows them (a cell with a line
        # break does not shift the rows below), not physical lines.
        for line, raw in enumerate(reader, start=1):
            cells = [_clean_text(c, line) for c in raw]
            if not any(c.strip() for c in cells):
                continue
            if headers is None:
                headers = cells
                continue
            _check_shape(len(rows), len(cells), line)
            rows.append(cells)
            numbers.append(line)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportFileError(f"A cell in row {line + 1} is longer than "
                                  f"{MAX_CELL_CHARS:,} characters; shorten it.") from None
        raise ImportFileError(f"The file is not valid CSV near row {line + 1}.") from None
    if headers is None:
        raise ImportFileError("The file is empty: no header row was found.")
    headers, rows = _rectangular(headers, rows)
    return RawTable(_unique_headers(headers), rows, numbers, format="csv", encoding=encoding, notes=notes)


# ----- XLSX ------------------------------------------------------------------------------------

def _read_xlsx(path: str, sheet: str | None) -> RawTable:
    try:
        with zipfile.ZipFile(path) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_XLSX_UNCOMPRESSED:
                raise ImportFileError("The workbook unpacks to more than "
                                      f"{MAX_XLSX_UNCOMPRESSED // (1024 * 1024)} MB; split it into parts.")
    except ImportFileError:
        raise
    except Exception:  # zipfile raises BadZipFile, NotImplementedError, ValueError, EOFError… on damage
        raise ImportFileError("The file looks like a workbook but is damaged; open and save it again.") from None
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except ImportFileError:
        raise
    except Exception:  # openpyxl raises many kinds (KeyError, InvalidFileException, XML errors)
        raise ImportFileError("The workbook cannot be read; open it in a spreadsheet program, "
                              "save it as .xlsx again and retry.") from None
    try:
        return _read_sheet(wb, sheet)
    except ImportFileError:
        raise
    except Exception:  # a damaged part of the workbook surfaces while reading: any exception kind
        raise ImportFileError("The workbook is damaged and cannot be read to the end; nothing was "
                              "imported. Open it in a spreadsheet program, save it again and retry.") from None
    finally:
        try:
            wb.close()
        except Exception:  # closing a damaged archive may fail too; nothing is left to clean
            pass


def _read_sheet(wb, sheet: str | None) -> RawTable:
    if sheet is not None and sheet not in wb.sheetnames:
        raise ImportFileError("The workbook has no sheet with that name.")
    if not wb.worksheets:
        raise ImportFileError("The workbook has no sheets.")
    ws = wb[sheet] if sheet is not None else wb.worksheets[0]
    headers, rows, numbers = None, [], []
    try:
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if values is None:
                continue
            if len(values) > MAX_COLUMNS:
                values = _trim(values, number)
            cells = [_xlsx_cell(v, number) for v in values]
            if not any(c.strip() if isinstance(c, str) else True for c in cells):
                continue
            if headers is None:
                headers = [c if isinstance(c, str) else c.isoformat() for c in cells]
                continue
            _check_shape(len(rows), len(cells), number)
            rows.append(cells)
            numbers.append(number)
    except ImportFileError:
        raise
    except Exception:
        raise ImportFileError("The workbook's sheet is damaged and cannot be read to the end; "
                              "nothing was imported.") from None
    if headers is None:
        raise ImportFileError("The sheet is empty: no header row was found.")
    headers, rows = _rectangular(headers, rows)
    return RawTable(_unique_headers(headers), rows, numbers, format="xlsx", sheet=ws.title,
                    notes=[f"Sheet: {ws.title}."])


def _trim(values, number):
    if any(v not in (None, "") for v in values[MAX_COLUMNS:]):
        raise ImportFileError(f"Row {number} has more than {MAX_COLUMNS} columns; remove the extra columns.")
    return values[:MAX_COLUMNS]


def _xlsx_cell(value, number: int):
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dt.time):
        return value.isoformat()
    return _clean_text(str(value), number)


# ----- shared ----------------------------------------------------------------------------------

def _clean_text(text: str, line: int) -> str:
    if len(text) > MAX_CELL_CHARS:
        raise ImportFileError(f"A cell in row {line} is longer than {MAX_CELL_CHARS:,} characters; shorten it.")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text


def _check_shape(n_rows: int, n_cells: int, line: int) -> None:
    if n_rows >= MAX_ROWS:
        raise ImportFileError(f"The file has more than {MAX_ROWS:,} rows; split it into parts.")
    if n_cells > MAX_COLUMNS:
        raise ImportFileError(f"Row {line} has more than {MAX_COLUMNS} columns; remove the extra columns.")


def _rectangular(headers: list[str], rows: list[list]) -> tuple[list[str], list[list]]:
    """Every row as wide as the header; cells beyond the header get 'Column N' headers."""
    headers = list(headers)
    while headers and not headers[-1].strip():
        headers.pop()
    width = len(headers)
    for r in rows:
        if len(r) > width and any((c.strip() if isinstance(c, str) else True) for c in r[width:]):
            last = max(i for i, c in enumerate(r) if (c.strip() if isinstance(c, str) else True))
            if last >= width:
                headers.extend("" for _ in range(width, last + 1))
                width = len(headers)
    return headers, [r[:width] + [""] * (width - len(r)) for r in rows]


def _unique_headers(headers: list[str]) -> list[str]:
    """Headers trimmed, blanks named 'Column N', repeats numbered, so each names one column."""
    seen: dict[str, int] = {}
    result = []
    for i, h in enumerate(headers):
        h = " ".join((h or "").split()) or f"Column {i + 1}"
        if h in seen:
            seen[h] += 1
            h = f"{h} ({seen[h]})"
        else:
            seen[h] = 1
        result.append(h)
    return result
