"""Archival PDFs (--pdfa): PDF/A-2b as far as a PDF library and poppler can inspect it here (no
veraPDF on this machine): OutputIntent with the sRGB profile, XMP that says part 2 conformance B and
agrees with the Info dates, every font embedded, no encryption, no author, tool or time zone."""

from __future__ import annotations

import io
import re
import subprocess

import pypdf
import pytest
from pypdf.generic import ContentStream

from kkdesk.reports import build_brief, build_dossier, build_overview
from kkdesk.search import SearchQuery
from tests.reports.conftest import PASS
from tests.reports.helpers import assert_safe_metadata, pdf_text


def _documents(cdb, ids) -> dict[str, bytes]:
    return {
        "brief": build_brief(cdb, ids["first"], "kk", "full", pdfa=True),
        "dossier": build_dossier(cdb, person_id=ids["asel"], lang="ru", profile="pseudonymised", pdfa=True),
        "overview": build_overview(cdb, SearchQuery(date_from="2019", date_to="2021"), "en", "public", pdfa=True),
    }


@pytest.fixture(scope="module")
def archived(store):
    cdb, ids = store
    return _documents(cdb, ids)


def check_pdfa_2b(data: bytes) -> None:
    """Everything of PDF/A-2b this test can see, asserted one by one."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert not reader.is_encrypted
    root = reader.trailer["/Root"]
    # the XMP: part 2, conformance B, readable (no Filter), dates as in Info, no time zone, no author
    meta = root["/Metadata"].get_object()
    assert "/Filter" not in meta and meta["/Subtype"] == "/XML"
    xmp = meta.get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    created = re.search(r"<xmp:CreateDate>([^<]*)</xmp:CreateDate>", xmp).group(1)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", created), created     # no +05:00, no Z
    assert "dc:creator" not in xmp and "pdf:Producer" not in xmp and "xmp:CreatorTool" not in xmp
    info = reader.trailer["/Info"].get_object()
    assert set(info.keys()) == {"/CreationDate", "/ModDate"}
    assert info["/CreationDate"] == "D:" + re.sub(r"\D", "", created)
    # the output intent: sRGB, an ICC profile with three components
    (intent,) = [i.get_object() for i in root["/OutputIntents"]]
    assert intent["/S"] == "/GTS_PDFA1" and intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    icc = profile.get_data()
    assert profile["/N"] == 3 and icc[36:40] == b"acsp" and icc[16:20] == b"RGB " and icc[8] == 2
    # the file: an end of line before every endstream, nothing after %%EOF
    assert all(data[m.start() - 1:m.start()] in (b"\n", b"\r") for m in re.finditer(rb"endstream", data))
    assert data.rstrip(b"\r\n").endswith(b"%%EOF")
    # fonts: every one embedded (poppler's own table); no device CMYK colour under an RGB intent
    fonts = subprocess.run(["pdffonts", "-"], input=data, capture_output=True, check=True).stdout.decode()
    rows = fonts.splitlines()[2:]
    assert rows and all(re.search(r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", r) for r in rows), fonts
    for page in reader.pages:
        ops = {op for _args, op in ContentStream(page.get_contents(), reader).operations}
        assert not ops & {b"k", b"K"}, "DeviceCMYK colour in an sRGB document"
    assert_safe_metadata(data)


@pytest.mark.parametrize("kind", ["brief", "dossier", "overview"])
def test_every_pdf_kind_is_pdfa_2b_when_asked(archived, kind):
    check_pdfa_2b(archived[kind])
    assert pdf_text(archived[kind]).strip()                   # still a readable document


def test_without_the_option_the_pdf_carries_no_archival_parts(store):
    cdb, ids = store
    data = build_brief(cdb, ids["first"], "en", "full")
    root = pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"]
    assert "/OutputIntents" not in root and "/Metadata" not in root
    assert all(data[m.start() - 1:m.start()] == b"\n" for m in re.finditer(rb"endstream", data))


def test_the_cli_writes_pdfa(store, tmp_path, monkeypatch):
    from kkdesk.cli import main

    cdb, ids = store
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASS)
    out = tmp_path / "o.pdf"
    assert main(["report", cdb.path, "--kind", "overview", "--pdfa", "--lang", "ru", "--out", str(out)]) == 0
    check_pdfa_2b(out.read_bytes())
