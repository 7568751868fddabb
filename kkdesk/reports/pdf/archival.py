"""PDF/A-2b (archival) for every kkdesk PDF: XMP metadata that says so, an sRGB OutputIntent, and an
Info dictionary reduced to the two dates, so nothing names an author, a tool or a time zone.

The rest PDF/A asks for kkdesk's documents already have: every font embedded (PT Sans subsets), no
encryption, no transparency, a file identifier. The sRGB profile is shipped in kkdesk/resources/icc
(zlib licence, see its README.md).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfdoc

from kkdesk.resources import resource

PROFILE_NAME = "sRGB IEC61966-2.1"


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """The shipped sRGB ICC profile (version 2, as PDF/A-2 readers expect)."""
    return resource("icc", "sRGB.icc").read_bytes()


def xmp(created: str) -> bytes:
    """The XMP packet: PDF/A-2 part and conformance, and the dates of the Info dictionary (no author,
    no tool, no time zone). `created` is an XMP date such as 2000-01-01T00:00:00."""
    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{created}</xmp:ModifyDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
{" " * 100}
<?xpacket end="w"?>"""
    return body.encode("utf-8")


class _PlainStream(pdfdoc.PDFStream):
    """A stream written as it is, without a Filter key (PDF/A wants the XMP readable as text)."""

    def format(self, document):
        d = pdfdoc.PDFDictionary(self.dictionary.dict.copy())
        d["Length"] = len(self.content)
        return pdfdoc.format(d, document) + b"\nstream\n" + self.content + b"\nendstream\n"


class _DatesOnlyInfo(pdfdoc.PDFInfo):
    """The Info dictionary of an archival PDF: creation and modification date only (PDF/A wants every
    Info entry repeated in the XMP; empty author, title and producer entries are better absent)."""

    def format(self, document):
        date = pdfdoc.PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        return pdfdoc.PDFDictionary({"CreationDate": date, "ModDate": date}).format(document)


def apply(canvas, date_formatter) -> None:
    """Make the document this canvas writes PDF/A-2b: called once, before the first page is saved.
    `date_formatter` is the canvas's own (dates without a UTC offset), so Info and XMP agree."""
    doc = canvas._doc
    info = _DatesOnlyInfo()
    info._dateFormatter = date_formatter
    doc.info = info
    y, mo, d, h, mi, s = doc._timeStamp.YMDhms
    metadata = _PlainStream(pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("Metadata"),
                                                  "Subtype": pdfdoc.PDFName("XML")}),
                            xmp(f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}"))
    profile = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"N": 3}), srgb_profile(), filters=[pdfdoc.PDFZCompress])
    intent = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("OutputIntent"),
        "S": pdfdoc.PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": pdfdoc.PDFString(PROFILE_NAME),
        "Info": pdfdoc.PDFString(PROFILE_NAME),
        "DestOutputProfile": doc.Reference(profile),
    })
    catalog = doc.Catalog
    catalog.Metadata = metadata
    # the catalog writes only the keys it lists; OutputIntents is not among ReportLab's
    catalog.__NoDefault__ = [*pdfdoc.PDFCatalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = pdfdoc.PDFArray([intent])
