"""Reading legacy spreadsheets (CSV, XLSX) into a RawTable of text cells, safely.

Every limit is checked before the work starts (file size, line length, header width, sheet count,
unpacked size and packing ratio) or while reading (rows, cells), so a huge or hostile file stops
with a plain message in seconds. Nothing is evaluated: a CSV cell starting with '=' stays text,
and XLSX is read with data_only=True (the value Excel last showed, never a recomputation).

Sheets as monitors keep them: the header row is found below title rows (or given), merged cells
are filled over the rows they span, hidden rows and columns are reported, the worksheet can be
chosen, and a CSV's text encoding is guessed (charset-normalizer) and can be overridden.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

import charset_normalizer
import openpyxl
from openpyxl.utils import range_boundaries

from kkdesk.errors import InvalidInput, reason_for_os_error
from kkdesk.messages import Message, msg
from kkdesk.importer.fields import row_spans
from kkdesk.importer.mapping import suggest_field

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_XLSX_UNCOMPRESSED = 150 * 1024 * 1024  # what the workbook's parts unpack to, all together
MAX_XLSX_RATIO = 150          # unpacked/packed size of one part; spreadsheets pack 5-30 times, bombs 1000
MAX_SHEETS = 100
MAX_CELL_CHARS = 100_000
MAX_LINE_CHARS = 2 * MAX_CELL_CHARS  # one CSV line (a quoted cell may hold line breaks of its own)
MAX_ROWS = 200_000
MAX_COLUMNS = 500
HEADER_SEARCH_ROWS = 20       # the header is looked for among this many first non-empty rows
_DELIMITERS = (";", ",", "\t", "|")
# Encodings a sheet from Kazakhstan may come in, for the guess: Windows, Mac, DOS and Unix Cyrillic.
ENCODINGS = {"utf_8": "UTF-8", "utf_16": "UTF-16", "cp1251": "Windows-1251 (Cyrillic)",
             "mac_cyrillic": "Mac Cyrillic", "koi8_r": "KOI8-R", "cp866": "DOS Cyrillic (CP866)"}
_GUESS_SAMPLE = 256 * 1024


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
    notes: list[Message] = field(default_factory=list)  # what the reader fixed (NULs removed, etc.)
    header_row: int = 1     # the header's row number in the file
    sheets: list[str] = field(default_factory=list)  # every worksheet of a workbook, in order

    def column(self, header: str) -> list:
        i = self.headers.index(header)
        return [r[i] if i < len(r) else "" for r in self.rows]


def read_table(path: str | os.PathLike, sheet: str | None = None, encoding: str | None = None,
               header_row: int | None = None) -> RawTable:
    """Read a CSV or XLSX file into a RawTable; ImportFileError says plainly what is wrong.

    sheet: the worksheet (default: the first that holds a table); encoding: a CSV's text encoding
    (default: guessed); header_row: the header's row number (default: found below any title rows)."""
    try:
        return _read_table(os.fspath(path), sheet, encoding, header_row)
    except OSError as exc:
        raise ImportFileError("read.cannot_read", reason=reason_for_os_error(exc)) from None
    except MemoryError:
        raise ImportFileError("read.too_large_for_memory") from None


def _read_table(path: str, sheet: str | None, encoding: str | None, header_row: int | None) -> RawTable:
    if not os.path.isfile(path):
        raise ImportFileError("read.no_file")
    size = os.path.getsize(path)
    if size > MAX_FILE_BYTES:
        raise ImportFileError("read.too_large", size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
    with open(path, "rb") as fh:
        head = fh.read(8)
    name = os.path.basename(path)
    if head.startswith(b"PK\x03\x04"):
        table = _read_xlsx(path, sheet, header_row)
    elif head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        raise ImportFileError("read.is_json")
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError("read.old_excel")
    else:
        with open(path, "rb") as fh:
            table = read_csv_bytes(fh.read(), encoding=encoding, header_row=header_row)
    table.source = name
    return table


# ----- CSV -------------------------------------------------------------------------------------

def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name): by byte-order mark, else the encoding given, else UTF-8 if the bytes
    are valid UTF-8, else charset-normalizer's guess among the Cyrillic encodings (ENCODINGS)."""
    if encoding:
        return _given(data, encoding)
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
    for enc in _guesses(data):
        try:
            return data.decode(enc), f"{ENCODINGS[enc]}, guessed"
        except UnicodeDecodeError:
            continue
    raise ImportFileError("read.unknown_encoding")


def _guesses(data: bytes) -> list[str]:
    """Candidate one-byte encodings, likeliest first (charset-normalizer on a sample)."""
    sample = data[:_GUESS_SAMPLE]
    cut = sample.rfind(b"\n")
    if 0 < cut and len(data) > len(sample):
        sample = sample[:cut]
    found = charset_normalizer.from_bytes(sample, cp_isolation=[e for e in ENCODINGS if e not in ("utf_8", "utf_16")])
    ranked = [m.encoding for m in found if m.encoding in ENCODINGS]
    return ranked + [e for e in ("cp1251",) if e not in ranked]


def _given(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ImportFileError("read.not_an_encoding", encoding=str(encoding)) from None
    if name == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        name = "utf-8-sig"
    return _strict(data, name), f"{encoding}, as chosen"


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFileError("read.wrong_encoding", encoding=encoding.upper()) from None


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


def _check_lines(data: bytes) -> None:
    """Refuse, before any parsing, a line longer than MAX_LINE_CHARS or a header wider than
    MAX_COLUMNS cells (a one-line 10 MB header would otherwise be split into millions of cells)."""
    limit = MAX_LINE_CHARS * 4  # bytes: up to 4 per character in UTF-8, 2 in UTF-16
    start = 0
    n = len(data)
    while start < n:
        end = data.find(b"\n", start)
        if end < 0:
            end = n
        if end - start > limit:
            raise ImportFileError("read.line_too_long", limit=MAX_LINE_CHARS)
        start = end + 1


def read_csv_bytes(data: bytes, encoding: str | None = None, header_row: int | None = None) -> RawTable:
    """Parse CSV bytes (any of the supported encodings) into a RawTable."""
    _check_lines(data)
    text, encoding_used = decode(data, encoding)
    name, sep, how = encoding_used.rpartition(", ")
    code = {"guessed": "read.note.encoding_guessed", "as chosen": "read.note.encoding_chosen"}.get(how) if sep else None
    notes = [msg(code or "read.note.encoding", encoding=name if code else encoding_used)]
    if "\x00" in text:
        notes.append(msg("read.note.nul_removed", count=text.count(chr(0))))
        text = text.replace("\x00", "")
    delimiter = _delimiter(text)
    first = text[:text.find("\n")] if "\n" in text else text
    if first.count(delimiter) >= MAX_COLUMNS:
        raise ImportFileError("read.too_many_columns_first", limit=MAX_COLUMNS)
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, numbers = [], []
    line = 0
    try:
        # Row numbers count records as a spreadsheet program shows them (a cell with a line
        # break does not shift the rows below), not physical lines.
        for line, raw in enumerate(reader, start=1):
            cells = [_clean_text(c, line) for c in raw]
            if not any(c.strip() for c in cells):
                continue
            _check_shape(len(rows), len(cells), line)
            rows.append(cells)
            numbers.append(line)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportFileError("read.cell_too_long", row=line + 1, limit=MAX_CELL_CHARS) from None
        raise ImportFileError("read.bad_csv", row=line + 1) from None
    if not rows:
        raise ImportFileError("read.empty")
    return _table(rows, numbers, header_row, notes, format="csv", encoding=encoding_used)


def _table(rows: list[list], numbers: list[int], header_row: int | None, notes: list[Message], **kw) -> RawTable:
    """The RawTable of non-empty rows: the header chosen or found, title rows above it skipped."""
    if header_row is not None:
        if header_row not in numbers:
            raise ImportFileError("read.header_row_missing", row=header_row)
        at = numbers.index(header_row)
    else:
        at = find_header(rows)
    if at:
        notes.append(msg("read.note.header_row", row=numbers[at], skipped=", ".join(map(str, numbers[:at]))))
    headers = [c if isinstance(c, str) else c.isoformat() for c in rows[at]]
    headers, body = _rectangular(headers, rows[at + 1:])
    return RawTable(_unique_headers(headers), body, numbers[at + 1:], notes=notes, header_row=numbers[at], **kw)


def find_header(rows: list[list]) -> int:
    """Index of the header among the first rows: the row naming the most known fields; rows that
    fill only a cell or two (a title, a subtitle) lose to a row of real headers."""
    best, best_score = 0, -1.0
    width = max((_filled(r) for r in rows[:HEADER_SEARCH_ROWS]), default=0)
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        filled = _filled(row)
        if filled < 2 and width >= 2:
            continue
        names = {suggest_field(c)[0] for c in row if isinstance(c, str) and c.strip() and len(c) <= 200}
        names.discard(None)
        score = len(names) + filled / (10 * max(1, width))
        if score > best_score:
            best, best_score = i, score
    return best


def _filled(row: list) -> int:
    """How many different values a row holds (a merged title spread over the row counts once)."""
    return len({c.strip() if isinstance(c, str) else c for c in row if (c.strip() if isinstance(c, str) else True)})


# ----- XLSX ------------------------------------------------------------------------------------

def _read_xlsx(path: str, sheet: str | None, header_row: int | None) -> RawTable:
    try:
        with zipfile.ZipFile(path) as zf:
            _check_archive(zf)
    except ImportFileError:
        raise
    except Exception:  # zipfile raises BadZipFile, NotImplementedError, ValueError, EOFError… on damage
        raise ImportFileError("read.workbook_damaged") from None
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except ImportFileError:
        raise
    except Exception:  # openpyxl raises many kinds (KeyError, InvalidFileException, XML errors)
        raise ImportFileError("read.workbook_unreadable") from None
    try:
        if len(wb.sheetnames) > MAX_SHEETS:
            raise ImportFileError("read.too_many_sheets", count=len(wb.sheetnames), limit=MAX_SHEETS)
        return _read_sheet(wb, path, sheet, header_row)
    except ImportFileError:
        raise
    except Exception:  # a damaged part of the workbook surfaces while reading: any exception kind
        raise ImportFileError("read.workbook_broken_midway") from None
    finally:
        try:
            wb.close()
        except Exception:  # closing a damaged archive may fail too; nothing is left to clean
            pass


def _check_archive(zf: zipfile.ZipFile) -> None:
    """Refuse a workbook that would unpack to too much, before anything is unpacked: the sizes
    are the archive's own, which zipfile holds every part to while reading."""
    infos = zf.infolist()
    if len(infos) > 10 * MAX_SHEETS + 100:
        raise ImportFileError("read.too_many_parts")
    total = sum(i.file_size for i in infos)
    if total > MAX_XLSX_UNCOMPRESSED:
        raise ImportFileError("read.unpacks_too_large", limit=MAX_XLSX_UNCOMPRESSED // (1024 * 1024))
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_XLSX_RATIO * max(1, info.compress_size):
            raise ImportFileError("read.zip_bomb", size=info.file_size // (1024 * 1024),
                                  packed=max(1, info.compress_size // 1024))


def _read_sheet(wb, path: str, sheet: str | None, header_row: int | None) -> RawTable:
    if sheet is not None and sheet not in wb.sheetnames:
        raise ImportFileError("read.no_such_sheet", sheets=", ".join(wb.sheetnames))
    if not wb.worksheets:
        raise ImportFileError("read.no_sheets")
    notes = []
    if sheet is None:
        ws = _first_table_sheet(wb)
        if len(wb.sheetnames) > 1:
            notes.append(msg("read.note.sheets", count=len(wb.sheetnames), sheets=", ".join(wb.sheetnames),
                             sheet=ws.title))
    else:
        ws = wb[sheet]
    layout = _sheet_layout(path, wb.sheetnames.index(ws.title))
    rows, numbers = [], []
    try:
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if values is None:
                continue
            if len(values) > MAX_COLUMNS:
                values = _trim(values, number)
            cells = [_xlsx_cell(v, number) for v in values]
            _check_shape(len(rows), len(cells), number)
            rows.append(cells)
            numbers.append(number)
    except ImportFileError:
        raise
    except Exception:
        raise ImportFileError("read.sheet_damaged") from None
    filled = _fill_merged(rows, numbers, layout.merged)
    kept = [(r, n) for r, n in zip(rows, numbers) if _filled(r)]
    if not kept:
        raise ImportFileError("read.sheet_empty")
    rows, numbers = [r for r, _ in kept], [n for _, n in kept]
    notes.append(msg("read.note.sheet", sheet=ws.title))
    table = _table(rows, numbers, header_row, notes, format="xlsx", sheet=ws.title)
    table.sheets = list(wb.sheetnames)
    if filled:
        table.notes.append(msg("read.note.merged", count=filled))
    hidden_rows = [n for n in layout.hidden_rows if n > table.header_row and n in set(table.row_numbers)]
    if hidden_rows:
        table.notes.append(msg("read.note.hidden_rows", rows=row_spans(hidden_rows)))
    hidden_cols = [table.headers[c] for c in layout.hidden_columns if c < len(table.headers)]
    if hidden_cols:
        table.notes.append(msg("read.note.hidden_columns", columns=", ".join(repr(h) for h in hidden_cols)))
    return table


def _first_table_sheet(wb):
    """The first worksheet with at least two rows of two filled cells (a notes sheet is skipped)."""
    for ws in wb.worksheets:
        rows = 0
        for values in ws.iter_rows(values_only=True, max_row=HEADER_SEARCH_ROWS + 5):
            if values and sum(1 for v in values if v not in (None, "")) >= 2:
                rows += 1
                if rows >= 2:
                    return ws
    return wb.worksheets[0]


@dataclass
class _Layout:
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_col, min_row, max_col, max_row
    hidden_rows: list[int] = field(default_factory=list)
    hidden_columns: list[int] = field(default_factory=list)  # 0-based


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _sheet_layout(path: str, index: int) -> _Layout:
    """Merged ranges and hidden rows/columns of the index-th sheet, read from its XML in one
    streaming pass (openpyxl's read-only mode, which keeps memory flat, does not give them)."""
    layout = _Layout()
    with zipfile.ZipFile(path) as zf:
        part = _sheet_part(zf, index)
        if part is None:
            return layout
        with zf.open(part) as fh:
            for _, el in ElementTree.iterparse(fh):
                tag = el.tag
                if tag == f"{_NS}row":
                    if el.get("hidden") in ("1", "true") and el.get("r", "").isdigit():
                        layout.hidden_rows.append(int(el.get("r")))
                    el.clear()
                elif tag == f"{_NS}col":
                    if el.get("hidden") in ("1", "true"):
                        lo, hi = int(el.get("min", "1")), int(el.get("max", "1"))
                        layout.hidden_columns.extend(range(lo - 1, min(hi, MAX_COLUMNS)))
                elif tag == f"{_NS}mergeCell":
                    try:
                        layout.merged.append(range_boundaries(el.get("ref", "")))
                    except (ValueError, TypeError):
                        pass
                    if len(layout.merged) > MAX_ROWS:
                        raise ImportFileError("read.too_many_merged")
                elif tag == f"{_NS}sheetData" or tag.endswith("}c"):
                    el.clear()
    return layout


def _sheet_part(zf: zipfile.ZipFile, index: int) -> str | None:
    """The archive path of the index-th sheet (workbook order), through the workbook's relations."""
    try:
        book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return None
    sheets = book.find(f"{_NS}sheets")
    if sheets is None or index >= len(sheets):
        return None
    rid = sheets[index].get(f"{_REL_NS}id")
    for rel in rels:
        if rel.get("Id") == rid:
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            return re.sub(r"[^/]+/\.\./", "", target)
    return None


def _fill_merged(rows: list[list], numbers: list[int], merged) -> int:
    """Copy each merged range's value (kept in its top-left cell) into every cell it spans;
    returns how many cells were filled. Ranges over a title row fill it (harmless: it is skipped)."""
    at = {n: i for i, n in enumerate(numbers)}
    filled = 0
    for min_col, min_row, max_col, max_row in merged:
        if min_row not in at or (min_row == max_row and min_col == max_col):
            continue
        top = rows[at[min_row]]
        value = top[min_col - 1] if min_col - 1 < len(top) else ""
        if value == "":
            continue
        for r in range(min_row, max_row + 1):
            if r not in at:
                continue
            row = rows[at[r]]
            for c in range(min_col - 1, min(max_col, MAX_COLUMNS)):
                if (r, c) == (min_row, min_col - 1):
                    continue
                while len(row) <= c:
                    row.append("")
                if row[c] == "":
                    row[c] = value
                    filled += 1
    return filled


def _trim(values, number):
    if any(v not in (None, "") for v in values[MAX_COLUMNS:]):
        raise ImportFileError("read.row_too_many_columns", row=number, limit=MAX_COLUMNS)
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
        raise ImportFileError("read.cell_too_long", row=line, limit=MAX_CELL_CHARS)
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text


def _check_shape(n_rows: int, n_cells: int, line: int) -> None:
    if n_rows >= MAX_ROWS:
        raise ImportFileError("read.too_many_rows", limit=MAX_ROWS)
    if n_cells > MAX_COLUMNS:
        raise ImportFileError("read.row_too_many_columns", row=line, limit=MAX_COLUMNS)


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
