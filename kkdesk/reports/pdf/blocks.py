"""Small flowable builders shared by the renderers: escaped paragraphs, fact grids, data tables."""

from __future__ import annotations

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
        head = [para(h, "cell_small") for h in header]
    body = [[para(str(v), cell_styles[k]) for k, v in enumerate(row)] for row in rows]
    t = Table([head] + body, colWidths=[w * FRAME_W for w in widths], repeatRows=1 if repeat_header else 0,
              hAlign="LEFT")
    t.setStyle(table_style(numeric_from=numeric_from))
    return t


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


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
                # a word wider than its column is cut by letters rather than drawn over the next one
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
