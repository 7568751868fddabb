"""Small flowable builders shared by the renderers: escaped paragraphs, fact grids, data tables."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table

from kkdesk.reports.pdf import fonts
from kkdesk.reports.pdf.document import FRAME_W
from kkdesk.reports.pdf.styles import facts_style, styles, table_style



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
               cell_styles: list[str] | None = None, repeat_header: bool = True) -> Table:
    """A table of plain-text cells with a shaded header; widths are fractions of the frame width."""
    cell_styles = cell_styles or ["cell"] * len(header)
    head = [para(h, "cell_bold_num" if cell_styles[k] == "cell_num" else "cell_bold") for k, h in enumerate(header)]
    if cell_styles[0] == "cell_small":
        head = [para(h, "cell_small_num" if cell_styles[k] == "cell_small_num" else "cell_small")
                for k, h in enumerate(header)]
    body = [[para(str(v), cell_styles[k]) for k, v in enumerate(row)] for row in rows]
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


def wrapped_table(header: list[str], rows, widths: list[float], font_size: float = 7.5) -> Table:
    """A long-list table of plain strings wrapped in advance: several times faster to lay out than
    Paragraph cells (no markup, no second wrap when drawn), for case lists of thousands of rows."""
    pad = 8
    col_w = [w * FRAME_W for w in widths]
    bold = fonts.BOLD

    def wrap(text: str, k: int, font: str) -> str:
        width = col_w[k] - pad
        lines: list[str] = []
        for part in str(text).split("\n"):
            for line in simpleSplit(part, font, font_size, width) or [""]:
                # a word wider than its column breaks after a hyphen, else (last resort, when the
                # column could not be widened) by letters rather than being drawn over the next one
                while stringWidth(line, font, font_size) > width and "-" in line[:-1]:
                    cut = line.rfind("-", 0, len(line) - 1) + 1
                    while cut > 0 and stringWidth(line[:cut], font, font_size) > width:
                        cut = line.rfind("-", 0, cut - 1) + 1
                    if cut <= 0:
                        break
                    lines.append(line[:cut])
                    line = line[cut:]
                while stringWidth(line, font, font_size) > width and len(line) > 1:
                    cut = len(line) - 1
                    while cut > 1 and stringWidth(line[:cut], font, font_size) > width:
                        cut -= 1
                    lines.append(line[:cut])
                    line = line[cut:]
                lines.append(line)
        return "\n".join(lines)

    data = [[wrap(h, k, bold) for k, h in enumerate(header)]]
    data += [[wrap(v, k, fonts.REGULAR) for k, v in enumerate(row)] for row in rows]
    t = Table(data, colWidths=col_w, repeatRows=1, hAlign="LEFT")
    style = table_style()
    style.add("FONTSIZE", (0, 0), (-1, -1), font_size)
    style.add("LEADING", (0, 0), (-1, -1), font_size * 1.24)
    t.setStyle(style)
    return t
