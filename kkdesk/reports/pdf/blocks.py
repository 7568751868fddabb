"""Small flowable builders shared by the renderers: escaped paragraphs, fact grids, data tables."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kkdesk.reports.pdf import fonts
from kkdesk.reports.pdf.document import FRAME_W
from kkdesk.reports.pdf.styles import HEAD_FILL, INK, RULE, ZEBRA, facts_style, styles, table_style
from kkdesk.util.numbers import number



def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (never markup: record text is escaped); newlines kept."""
    safe = escape(text or "").replace("\n", "<br/>")
    return Paragraph(safe, styles()[style])


def facts(rows, label_width: float = 42 * mm) -> Table:
    """Label / value pairs as a two-column grid."""
    data = [[para(label, "label"), para(value, "value")] for label, value in rows]
    t = Table(data, colWidths=[label_width, FRAME_W - label_width], hAlign="LEFT")
    t.setStyle(facts_style())
    return t


def data_table(header: list[str], rows, widths: list[float], numeric_from: int | None = None,
               cell_styles: list[str] | None = None, repeat_header: bool = True, *, lang: str) -> Table:
    """A table of plain-text cells with a shaded header; widths are fractions of the frame width;
    numbers are written as lang writes them ("3 001")."""
    cell_styles = cell_styles or ["cell"] * len(header)
    head = [para(h, "cell_bold_num" if cell_styles[k] == "cell_num" else "cell_bold") for k, h in enumerate(header)]
    if cell_styles[0] == "cell_small":
        head = [para(h, "cell_small_num" if cell_styles[k] == "cell_small_num" else "cell_small")
                for k, h in enumerate(header)]
    body = [[para(v if isinstance(v, str) else number(v, lang), cell_styles[k]) for k, v in enumerate(row)]
            for row in rows]
    t = Table([head] + body, colWidths=[w * FRAME_W for w in widths], repeatRows=1 if repeat_header else 0,
              hAlign="LEFT")
    t.setStyle(table_style(numeric_from=numeric_from))
    return t


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


_PAD = 8   # a cell's left and right padding together (table_style)


def _words(text: str) -> list[str]:
    """The pieces a line may not break inside: words, cut after their hyphens (Усть-|Каменогорск)."""
    return [piece for word in str(text).split() for piece in re.findall(r"[^-]+-?|-", word)]


def fit_widths(header: list[str], rows, widths: list[float], font_size: float = 7.5) -> list[float]:
    """Column widths (fractions of the frame) widened where the longest word of a column would not fit,
    taken from the columns with room to spare; the header counts too. Words are measured for the few
    longest by letters in each column, so thousands of rows cost little."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from kkdesk.reports.pdf import fonts

    need = []
    for k in range(len(widths)):
        words = {w for row in rows for w in _words(row[k])}
        longest = sorted(words, key=len, reverse=True)[:8]
        w = max([stringWidth(x, fonts.REGULAR, font_size) for x in longest] +
                [stringWidth(x, fonts.BOLD, font_size) for x in _words(header[k])] + [0])
        need.append((w + _PAD + 1) / FRAME_W)
    out = list(widths)
    for k in range(len(out)):
        short = need[k] - out[k]
        while short > 1e-6:
            spare = [(out[j] - need[j], j) for j in range(len(out)) if j != k and out[j] > need[j]]
            if not spare:
                return out   # nothing left to give: the letters are cut as a last resort
            room, j = max(spare)
            take = min(room, short)
            out[j] -= take
            out[k] += take
            short -= take
    return out


class _Widths:
    """Text widths in one font and size, remembered: a case list repeats the same words (places,
    threat types, months) thousands of times, and a line's width is the sum of its words' widths."""

    def __init__(self, font: str, size: float):
        self.font, self.size, self._known = font, size, {}

    def __call__(self, text: str) -> float:
        w = self._known.get(text)
        if w is None:
            w = self._known[text] = stringWidth(text, self.font, self.size)
        return w


def _wrap_lines(text: str, width: float, measure: _Widths) -> list[str]:
    """The lines of a cell's text at this width: greedy over words (as simpleSplit), a word wider
    than the column broken after a hyphen, else (last resort, when the column could not be widened)
    by letters rather than drawn over the next column."""
    lines: list[str] = []
    space = measure(" ")
    for part in str(text).split("\n"):
        words = part.split()
        if not words:
            lines.append("")
            continue
        line, line_w = [], 0.0
        for word in words:
            ww = measure(word)
            if line and line_w + space + ww <= width:
                line.append(word)
                line_w += space + ww
                continue
            if line:
                lines.append(" ".join(line))
            while ww > width and len(word) > 1:
                cut = word.rfind("-", 0, len(word) - 1) + 1
                while cut > 0 and measure(word[:cut]) > width:
                    cut = word.rfind("-", 0, cut - 1) + 1
                if cut <= 0:
                    cut = len(word) - 1
                    while cut > 1 and measure(word[:cut]) > width:
                        cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                ww = measure(word)
            line, line_w = [word], ww
        lines.append(" ".join(line))
    return lines


_SPLIT_ROW_ABOVE = 330   # points: a row taller than this may be split across pages


class LongTable(Flowable):
    """A table of plain strings, wrapped in advance, that splits across pages with its header on each.

    Made for case lists of thousands of rows: it looks like a data_table (shaded bold header, zebra
    rows, a rule under each row) but each page's text is one PDF text object and its rules one path,
    instead of a text object and a width measurement per cell line as ReportLab's Table draws them."""

    _PAD_X, _PAD_TOP, _PAD_BOTTOM = 4, 2.5, 2.5

    def __init__(self, header: list[list[str]], rows: list[list[list[str]]], col_widths: list[float],
                 font_size: float):
        super().__init__()
        self.header, self.rows, self.col_widths, self.font_size = header, rows, col_widths, font_size
        self.leading = font_size * 1.24
        self._heights = [self._row_height(r) for r in rows]
        self._head_h = self._row_height(header)
        self.hAlign = "LEFT"

    def _row_height(self, row) -> float:
        return max(len(lines) for lines in row) * self.leading + self._PAD_TOP + self._PAD_BOTTOM

    def wrap(self, avail_w, avail_h):
        self.width = sum(self.col_widths)
        self.height = self._head_h + sum(self._heights)
        return self.width, self.height

    def split(self, avail_w, avail_h):
        room = avail_h - self._head_h
        n, used = 0, 0.0
        for h in self._heights:
            if used + h > room:
                break
            used += h
            n += 1
        if n == len(self.rows):
            return [self]
        if n == 0:
            return self._split_first_row(room)
        return [LongTable(self.header, self.rows[:n], self.col_widths, self.font_size),
                LongTable(self.header, self.rows[n:], self.col_widths, self.font_size)]

    def _split_first_row(self, room: float) -> list:
        """A row taller than half a page (long notes) continues on the next page rather than failing
        the layout; a shorter one moves to the next page whole."""
        fit = int((room - self._PAD_TOP - self._PAD_BOTTOM) // self.leading)
        if self._heights[0] < _SPLIT_ROW_ABOVE or fit < 3:
            return []
        first = self.rows[0]
        head, tail = [lines[:fit] for lines in first], [lines[fit:] or [""] for lines in first]
        return [LongTable(self.header, [head], self.col_widths, self.font_size),
                LongTable(self.header, [tail, *self.rows[1:]], self.col_widths, self.font_size)]

    def draw(self):
        canv = self.canv
        width = sum(self.col_widths)
        xs = [0.0]
        for w in self.col_widths[:-1]:
            xs.append(xs[-1] + w)
        top = self.height
        # backgrounds: the header's shade, then every second row's
        canv.saveState()
        canv.setFillColor(HEAD_FILL)
        canv.rect(0, top - self._head_h, width, self._head_h, stroke=0, fill=1)
        canv.setFillColor(ZEBRA)
        y = top - self._head_h
        for k, h in enumerate(self._heights):
            if k % 2:
                canv.rect(0, y - h, width, h, stroke=0, fill=1)
            y -= h
        # rules: a thin one under every row, a strong one under the header
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.25)
        y, rules = top - self._head_h, []
        for h in self._heights:
            y -= h
            rules.append((0, y, width, y))
        if rules:
            canv.lines(rules)
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.75)
        canv.line(0, top - self._head_h, width, top - self._head_h)
        # the text: one text object for the page, lines placed by absolute origin
        text = canv.beginText()
        text.setFillColor(INK)
        text.setFont(fonts.BOLD, self.font_size, self.leading)
        y = top
        self._draw_row(text, self.header, xs, y)
        y -= self._head_h
        text.setFont(fonts.REGULAR, self.font_size, self.leading)
        for row, h in zip(self.rows, self._heights):
            self._draw_row(text, row, xs, y)
            y -= h
        canv.drawText(text)
        canv.restoreState()

    def _draw_row(self, text, row, xs, y) -> None:
        first = y - self._PAD_TOP - self.font_size
        for x, lines in zip(xs, row):
            for k, line in enumerate(lines):
                if line:
                    text.setTextOrigin(x + self._PAD_X, first - k * self.leading)
                    text._textOut(line)


def wrapped_table(header: list[str], rows, widths: list[float], font_size: float = 7.5) -> LongTable:
    """A long-list table of plain strings (a LongTable), its cells wrapped to the column widths
    (fractions of the frame) so that no word is broken where the column has room for it."""
    col_w = [w * FRAME_W for w in widths]
    inner = [w - _PAD for w in col_w]
    bold, regular = _Widths(fonts.BOLD, font_size), _Widths(fonts.REGULAR, font_size)
    wrapped: dict[tuple[int, str], list[str]] = {}   # the same place or type wraps the same way

    def cell(k: int, value) -> list[str]:
        key = (k, value)
        lines = wrapped.get(key)
        if lines is None:
            lines = wrapped[key] = _wrap_lines(value, inner[k], regular)
        return lines

    head = [_wrap_lines(h, inner[k], bold) for k, h in enumerate(header)]
    body = [[cell(k, v if isinstance(v, str) else str(v)) for k, v in enumerate(row)] for row in rows]
    return LongTable(head, body, col_w, font_size)
