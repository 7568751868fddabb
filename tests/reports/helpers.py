"""Reading PDFs back the way a person's tools would: poppler's pdftotext and pypdf."""

from __future__ import annotations

import io
import re
import subprocess

import pypdf


def pdf_text(data: bytes) -> str:
    """The text poppler extracts, with runs of white space made single spaces."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True)
    return re.sub(r"\s+", " ", out.stdout.decode("utf-8"))


def pdf_metadata(data: bytes) -> dict:
    return dict(pypdf.PdfReader(io.BytesIO(data)).metadata or {})


def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def raw_contains(data: bytes, name: str) -> bool:
    """The name in any plain encoding a careless writer could leave in a file."""
    return any(enc in data for enc in (name.encode("utf-8"), name.encode("utf-16-le"), name.encode("utf-16-be")))


def assert_safe_metadata(data: bytes) -> None:
    meta = pdf_metadata(data)
    for key in ("/Author", "/Title", "/Subject", "/Creator", "/Producer", "/Keywords"):
        assert not meta.get(key), f"{key} is not blank: {meta.get(key)!r}"
    for key in ("/CreationDate", "/ModDate"):
        value = meta.get(key)
        if value is not None:
            assert re.fullmatch(r"D:\d{14}", value), f"{key} carries a UTC offset or more: {value!r}"
    assert b"+05'00'" not in data and b"anonymous" not in data and b"ReportLab" not in data


def font_names(data: bytes) -> set[str]:
    """BaseFont names used on any page (charts included: they are drawn into the page)."""
    names = set()
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names


def docx_texts(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph of a .docx as python-docx reads it back: the body, each
    table cell (style "cell"), the header and footer (style "header"), in document order."""
    import docx

    doc = docx.Document(io.BytesIO(data))
    out = [(p.style.name, p.text) for p in doc.paragraphs]
    for table in doc.tables:
        out += [("cell", cell.text) for row in table.rows for cell in row.cells]
    for section in doc.sections:
        out += [("header", p.text) for p in section.header.paragraphs + section.footer.paragraphs]
    return out
