"""The page frame shared by every document: header with marking, footer with page n of m,
generation date and language; blank, invariant metadata with no UTC offset; rendered in memory."""

from __future__ import annotations

import io
from contextlib import contextmanager
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import SimpleDocTemplate

from kkdesk.reports.pdf import archival, fonts
from kkdesk.reports.pdf.styles import MARK, MUTED, RULE

MARGIN = 18 * mm
PAGE_W, PAGE_H = A4
FRAME_W = PAGE_W - 2 * MARGIN - 12   # usable width: the frame pads 6 pt on each side


def _no_offset_date(yyyy, mm_, dd, hh, mi, ss) -> str:
    # A PDF date without the "+05'00'" part: the offset would tell where the document was made.
    return "D:%04d%02d%02d%02d%02d%02d" % (yyyy, mm_, dd, hh, mi, ss)


@dataclass(frozen=True)
class PageFrame:
    """Words printed on every page, already in the document's language."""

    header: str          # e.g. "Case brief · KK-2019-1A2B3C4D"
    marking: str         # e.g. "CONFIDENTIAL"
    footer_left: str     # e.g. "Generated 22 November 2026 · Language: English"
    page_pattern: str    # e.g. "Page {n} of {m}"


def _canvas_class(frame: PageFrame, pdfa: bool = False):
    class NumberedCanvas(rl_canvas.Canvas):
        """Keeps each page's state so the total page count can be printed on every page."""

        def __init__(self, *args, **kwargs):
            kwargs["invariant"] = 1
            kwargs["initialFontName"] = fonts.REGULAR  # else Helvetica is declared on every page
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []
            self.outline_marks: dict[int, list[tuple[str, str, int, float]]] = {}   # page -> bookmarks
            self.setAuthor("")
            self.setTitle("")
            self.setSubject("")
            self.setCreator("")
            self.setProducer("")
            self.setKeywords("")
            self.setDateFormatter(_no_offset_date)
            if pdfa:
                archival.apply(self, _no_offset_date)

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            marks = self.outline_marks
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._decorate(total)
                for key, title, level, top in marks.get(self._pageNumber, ()):
                    self.bookmarkPage(key, fit="XYZ", left=0, top=top)
                    self.addOutlineEntry(title, key, level=level, closed=level > 0)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            top = PAGE_H - MARGIN + 6 * mm
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, top, frame.header)
            if frame.marking:
                self.setFont(fonts.BOLD, 8.5)
                self.setFillColor(MARK)
                self.drawRightString(PAGE_W - MARGIN, top, frame.marking)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, top - 2.5 * mm, PAGE_W - MARGIN, top - 2.5 * mm)
            bottom = MARGIN - 9 * mm
            self.line(MARGIN, bottom + 4 * mm, PAGE_W - MARGIN, bottom + 4 * mm)
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, bottom, frame.footer_left)
            self.drawRightString(PAGE_W - MARGIN, bottom,
                                 frame.page_pattern.format(n=self._pageNumber, m=total))
            self.restoreState()

    return NumberedCanvas


_OUTLINE_LEVELS = {"h1": 0, "h2": 1}


class _Document(SimpleDocTemplate):
    """Reports layout progress after every flowable placed, and stops when the user cancels; every
    h1/h2 heading becomes a bookmark (the PDF outline a reader's sidebar shows)."""

    def __init__(self, *args, progress=None, total: int = 1, start: float = 0.0, **kwargs):
        super().__init__(*args, **kwargs)
        self._progress, self._total, self._start, self._done = progress, max(1, total), start, 0
        self._marks = 0
        self._last_level = -1

    def afterFlowable(self, flowable) -> None:
        level = _OUTLINE_LEVELS.get(getattr(getattr(flowable, "style", None), "name", None))
        if level is not None:
            level = min(level, self._last_level + 1)   # an outline cannot skip a level
            self._marks += 1
            top = self.frame._y + flowable.height + getattr(flowable.style, "spaceBefore", 0)
            # drawn when the page is really emitted (NumberedCanvas.save), where the page exists
            self.canv.outline_marks.setdefault(self.canv.getPageNumber(), []).append(
                (f"h{self._marks}", flowable.getPlainText(), level, top))
            self._last_level = level
        if self._progress is None:
            return
        self._done += 1
        if self._done % 20 == 0:
            self._progress.check()
            self._progress.set_progress(self._start + (1 - self._start) * min(1.0, self._done / self._total) * 0.99)


@contextmanager
def _stream_settings():
    """How this build writes streams. Compressed but not ASCII85-encoded: a quarter smaller, and the
    encoding took a tenth of a long overview's time. An end-of-line before every `endstream`, as PDF/A
    requires (ReportLab writes none after binary data; Length stays the data's). Both are ReportLab
    process-wide settings, so they hold only while this build runs (documents are made on one thread)."""
    a85, write = rl_config.useA85, pdfdoc.PDFStream.format

    def format_with_eol(stream, document):
        out = write(stream, document)
        return out[:-10] + b"\nendstream\n" if not out.endswith(b"\nendstream\n") else out

    rl_config.useA85, pdfdoc.PDFStream.format = 0, format_with_eol
    try:
        yield
    finally:
        rl_config.useA85, pdfdoc.PDFStream.format = a85, write


def render(flowables: list, frame: PageFrame, progress=None, start: float = 0.0, pdfa: bool = False) -> bytes:
    """Lay the flowables out on A4 pages and return the PDF bytes (nothing touches the disk).

    With a progress object, layout reports from `start` towards 1.0 and can be cancelled. With `pdfa`,
    the file is PDF/A-2b (archival.py)."""
    fonts.register()
    buf = io.BytesIO()
    doc = _Document(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                    bottomMargin=MARGIN, invariant=1, title="", author="", subject="",
                    creator="", producer="", keywords="", progress=progress, total=len(flowables), start=start)
    with _stream_settings():
        doc.build(flowables, canvasmaker=_canvas_class(frame, pdfa))
    # The header comment names the producing library; blank it with spaces of the same length so
    # the cross-reference offsets stay valid.
    data = buf.getvalue()
    for banner in _BANNERS:
        data = data.replace(banner, b" " * len(banner), 1)
    return data


_BANNERS = (b"ReportLab Generated PDF document (opensource)",
            b"ReportLab generated PDF document -- digest (opensource)")
