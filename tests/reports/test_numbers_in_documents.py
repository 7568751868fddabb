"""Documents write numbers as their language does: "3 001" (a no-break space) in Russian and
Kazakh, "3,001" in English — read back from the PDF with pdftotext."""

from __future__ import annotations

import re

from kkdesk.reports import build_brief
from tests.reports.helpers import pdf_text

NBSP = "\u00a0"


def test_attachment_size_in_the_brief_is_grouped_as_the_language_groups(store):
    cdb, ids = store
    cdb.incidents.add_attachment(ids["first"], "protocol.txt", b"x" * 3001, description="protocol")
    texts = {lang: pdf_text(build_brief(cdb, ids["first"], lang, "full")) for lang in ("en", "ru", "kk")}
    assert "3,001" in texts["en"]
    for lang in ("ru", "kk"):   # pdftotext reads the no-break space back as a space
        assert re.search(f"3[ {NBSP}]001", texts[lang]), lang
        assert "3,001" not in texts[lang] and "3\u202f001" not in texts[lang]
