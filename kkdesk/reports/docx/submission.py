"""UN submission draft renderer: a .docx a coordinator edits in Word or LibreOffice, from a
SubmissionSnapshot only.

A4, 2.5 cm margins, Times New Roman 11 pt (Cyrillic and Kazakh letters in every office suite);
paragraphs numbered by Word's own list numbering (List Number), so inserting one renumbers the rest;
tables with a repeated header row; a page number in the footer; a removable draft note in the header.
Metadata carries no author and no tool. The content is cut to the UPR limits (5 pages or 2,815 words
for one organisation, 10 pages or 5,630 words for a coalition) by an estimate of its lines and a count
of its words, dropping case examples last-first.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from kkdesk.reports.snapshots.submission import SubmissionSnapshot, SubSection

FONT = "Times New Roman"
SIZE = 11
_LANG_TAGS = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}
# the layout estimate (conservative for Cyrillic, which sets wider than Latin)
_CHARS_PER_LINE = 78
_LINES_PER_PAGE = 46


def estimated_lines(s: SubmissionSnapshot) -> float:
    """How many body lines the document takes, headings, spacing and tables included."""
    def text_lines(text: str, width: int = _CHARS_PER_LINE) -> float:
        return max(1, -(-len(text) // width)) + 0.5            # a paragraph's lines, then its spacing

    lines = 6.0                                                   # title, subtitle, submitter line
    for sec in s.sections:
        lines += 2.5
        lines += sum(text_lines(p) for p in sec.paragraphs)
        for table in sec.tables:
            col = _CHARS_PER_LINE * 0.5 // 1
            lines += 2 + sum(max(1.3, 1.3 * -(-len(row[0]) // col)) for row in (table.header, *table.rows))
    return lines


def words(s: SubmissionSnapshot) -> int:
    """The words of the draft as a word processor counts them (tables included)."""
    texts = [s.title, s.subtitle] + [t for sec in s.sections for t in (sec.heading, *sec.paragraphs)]
    texts += [c for sec in s.sections for table in sec.tables for row in (table.header, *table.rows) for c in row]
    return sum(len(t.split()) for t in texts)


def fit(s: SubmissionSnapshot) -> SubmissionSnapshot:
    """The snapshot with as many case examples as the page and word limits leave room for (at least one)."""
    while len(s.cases) > 1 and (estimated_lines(s) > s.page_limit * _LINES_PER_PAGE or words(s) > s.word_limit):
        cases = s.cases[:-1]
        sections = tuple(dataclasses.replace(sec, paragraphs=cases) if sec.paragraphs == s.cases else sec
                         for sec in s.sections)
        s = dataclasses.replace(s, cases=cases, sections=sections)
    return s


def _styles(doc, lang: str) -> None:
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(SIZE)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang_el = OxmlElement("w:lang")
    lang_el.set(qn("w:val"), _LANG_TAGS[lang])
    rpr.append(lang_el)                                            # spelling checked in the document's language
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 15), ("Subtitle", 12), ("Heading 1", 12), ("Caption", 9)):
        style = doc.styles[name]
        style.font.name, style.font.size, style.font.bold = FONT, Pt(size), name in ("Title", "Heading 1", "Caption")
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.italic = False
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):     # the template's theme fonts would win otherwise
            fonts.attrib.pop(qn(f"w:{attr}Theme"), None)
            fonts.set(qn(f"w:{attr}"), FONT)
        fonts.attrib.pop(qn("w:cstheme"), None)
        style.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 0)
        style.paragraph_format.space_after = Pt(6)
    # the template's Title draws a coloured rule under itself: not in a UN document
    for border in doc.styles["Title"].element.xpath(".//w:pBdr"):
        border.getparent().remove(border)


def _page_number(paragraph) -> None:
    """A PAGE field: Word and LibreOffice fill in the number of each page."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _table(doc, table) -> None:
    doc.add_paragraph(table.caption, style="Caption").paragraph_format.keep_with_next = True
    t = doc.add_table(rows=1 + len(table.rows), cols=len(table.header))
    t.autofit = False
    n = len(table.header)
    labels = max(len(row[0]) for row in (table.header, *table.rows))
    # a column of labels (threat types) takes the room; a column of years shares it evenly
    first = (0.55 if n > 2 else 0.7) if labels > 12 else 1 / n
    widths = [Cm(16 * first)] + [Cm(16 * (1 - first) / (n - 1))] * (n - 1)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate((table.header, *table.rows)):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            cell.width = widths[c]
            cell.text = ""
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(value)
            run.bold = r == 0
            if c >= table.numeric_from:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for column, width in zip(t.columns, widths):                   # the grid: LibreOffice sizes by it
        column.width = width
    head = t.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")                           # the header row again on a new page
    repeat.set(qn("w:val"), "true")
    head.append(repeat)
    doc.add_paragraph()


def _section(doc, sec: SubSection) -> None:
    doc.add_heading(sec.heading, level=1)
    for text in sec.paragraphs:
        doc.add_paragraph(text, style="List Number")
    for table in sec.tables:
        _table(doc, table)


def render(s: SubmissionSnapshot) -> bytes:
    """The .docx bytes of the draft (nothing touches the disk)."""
    s = fit(s)
    doc = Document()
    _styles(doc, s.lang)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    note = section.header.paragraphs[0]
    run = note.add_run(s.draft_note)
    run.font.size, run.font.color.rgb = Pt(8), RGBColor(0x55, 0x55, 0x55)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number(footer)
    doc.add_paragraph(s.title, style="Title")
    doc.add_paragraph(s.subtitle, style="Subtitle")
    for sec in s.sections:
        _section(doc, sec)
    props = doc.core_properties
    for name in ("author", "last_modified_by", "title", "subject", "keywords", "comments", "category",
                 "content_status", "identifier", "version"):
        setattr(props, name, "")
    today = _dt.datetime.combine(_dt.date.today(), _dt.time())     # the day only, as the document says
    props.created = props.modified = today
    props.revision = 1
    props.language = _LANG_TAGS[s.lang]
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
