"""The long-list table of case lists and casework (blocks.LongTable), read back with pdftotext."""

from __future__ import annotations

import io
import re

from reportlab.platypus import SimpleDocTemplate

from kkdesk.reports.pdf import fonts
from kkdesk.reports.pdf.blocks import wrapped_table
from tests.reports.helpers import page_count, pdf_text


def _pdf(header, rows, widths) -> bytes:
    fonts.register()
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build([wrapped_table(header, rows, widths)])
    return buf.getvalue()


def test_rows_run_over_pages_with_the_header_on_each():
    rows = [(f"KK-2020-{k:08X}", "Усть-Каменогорск", f"запись {k}") for k in range(400)]
    data = _pdf(["Номер", "Место", "Заметка"], rows, [0.3, 0.3, 0.4])
    text = pdf_text(data)
    pages = page_count(data)
    assert pages > 3 and text.count("Номер Место Заметка") == pages      # the header again on every page
    assert all(f"запись {k} " in text + " " for k in range(400))           # no row lost or doubled
    assert len(re.findall(r"запись \d+\b", text)) == 400 and text.count("Усть-Каменогорск") == 400


def test_a_row_longer_than_a_page_continues_on_the_next():
    note = "Длинная заметка о риске. " * 400                               # about two pages of text
    rows = [("2021", "коротко")] * 3 + [("2022", note), ("2023", "конец")]
    data = _pdf(["Дата", "Заметка"], rows, [0.2, 0.8])
    text = pdf_text(data)
    assert page_count(data) >= 2 and text.count("Длинная заметка") == 400 and "конец" in text
