"""Named paragraph and table styles of every kkdesk document, all in PT Sans (see fonts.py)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from kkdesk.reports.pdf import fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
HEAD_FILL = colors.HexColor("#e6e9ee")
ZEBRA = colors.HexColor("#f6f7f9")
MARK = colors.HexColor("#9b1c1c")
BAR = colors.HexColor("#3d5a80")
BAR2 = colors.HexColor("#98c1d9")
PIE = [colors.HexColor(c) for c in ("#3d5a80", "#98c1d9", "#ee6c4d", "#293241", "#e0fbfc", "#c9ada7",
                                     "#84a59d", "#f6bd60")]


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The style sheet, by name: title, h1, h2, body, small, cell, cell_bold, cell_num, label, mark, meta."""
    regular = fonts.register()
    bold = fonts.BOLD
    base = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4)
    s = {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=18, leading=22, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=15, textColor=MUTED,
                                   spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=13, leading=16, spaceBefore=12,
                             spaceAfter=5, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=11, leading=14, spaceBefore=8,
                             spaceAfter=3, keepWithNext=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "note": ParagraphStyle("note", parent=base, fontName=fonts.ITALIC, fontSize=8.5, leading=11,
                               textColor=MUTED, spaceAfter=6),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=bold, fontSize=8.5, leading=10.5,
                                    spaceAfter=0),
        "cell_bold_num": ParagraphStyle("cell_bold_num", parent=base, fontName=bold, fontSize=8.5, leading=10.5,
                                        spaceAfter=0, alignment=TA_RIGHT),
        "cell_num": ParagraphStyle("cell_num", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0,
                                   alignment=TA_RIGHT),
        "cell_small": ParagraphStyle("cell_small", parent=base, fontSize=7.5, leading=9.3, spaceAfter=0),
        "cell_small_num": ParagraphStyle("cell_small_num", parent=base, fontSize=7.5, leading=9.3, spaceAfter=0,
                                         alignment=TA_RIGHT),
        "cell_mono": ParagraphStyle("cell_mono", parent=base, fontSize=7, leading=9, spaceAfter=0),
        "label": ParagraphStyle("label", parent=base, fontName=bold, fontSize=9, leading=11.5,
                                textColor=MUTED, spaceAfter=0),
        "value": ParagraphStyle("value", parent=base, fontSize=9.5, leading=12, spaceAfter=0),
        "mark": ParagraphStyle("mark", parent=base, fontName=bold, fontSize=10, leading=12, textColor=MARK,
                               alignment=TA_RIGHT, spaceAfter=0),
        "figure": ParagraphStyle("figure", parent=base, fontName=bold, fontSize=26, leading=30,
                                 alignment=TA_CENTER, spaceAfter=0),
        "figure_label": ParagraphStyle("figure_label", parent=base, fontSize=8.5, leading=10.5,
                                       alignment=TA_CENTER, textColor=MUTED, spaceAfter=0),
    }
    return s


def table_style(header_rows: int = 1, zebra: bool = True, numeric_from: int | None = None) -> TableStyle:
    """Grid style for data tables: PT Sans everywhere, a shaded header, optional zebra rows."""
    fonts.register()
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        cmds += [
            ("FONTNAME", (0, 0), (-1, header_rows - 1), fonts.BOLD),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.75, INK),
        ]
    if numeric_from is not None:
        cmds.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(cmds)


def facts_style() -> TableStyle:
    """Two-column label/value layout of the facts blocks."""
    fonts.register()
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ])
