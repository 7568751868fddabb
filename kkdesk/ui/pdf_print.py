"""Print PDF bytes through Qt without writing them anywhere: pages are rasterised in memory and
painted onto a QPrinter, so no unencrypted copy of a brief lands on disk.

Renderers, first found wins: Qt's own QtPdf (in pyside6-addons 6.11.3, which kkdesk pins), pypdfium2 (if
installed), then poppler's pdftoppm fed through pipes (stdin -> stdout, no files).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QImage, QPainter

from kkdesk.errors import KkdeskError
from kkdesk.messages import msg

PRINT_DPI = 150


class PrintUnavailable(KkdeskError):
    """No way to draw PDF pages in memory on this computer."""


def renderer() -> str | None:
    """The name of the first available in-memory renderer, or None."""
    try:
        from PySide6 import QtPdf  # noqa: F401
        return "qtpdf"
    except ImportError:
        pass
    try:
        import pypdfium2  # noqa: F401
        return "pdfium"
    except ImportError:
        pass
    if shutil.which("pdftoppm") and shutil.which("pdfinfo"):
        return "poppler"
    return None


def page_images(data: bytes, dpi: int = PRINT_DPI) -> Iterator[QImage]:
    """Each page of the PDF as a QImage, drawn in memory."""
    kind = renderer()
    if kind == "qtpdf":
        yield from _qtpdf_pages(data, dpi)
    elif kind == "pdfium":
        yield from _pdfium_pages(data, dpi)
    elif kind == "poppler":
        yield from _poppler_pages(data, dpi)
    else:
        raise PrintUnavailable("print.no_renderer")


def _qtpdf_pages(data: bytes, dpi: int) -> Iterator[QImage]:
    from PySide6.QtPdf import QPdfDocument

    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    for n in range(doc.pageCount()):
        size = doc.pagePointSize(n)
        rendered = doc.render(n, (size * dpi / 72).toSize())
        # QtPdf leaves the paper transparent; put it on white so every printer and preview agrees.
        page = QImage(rendered.size(), QImage.Format.Format_RGB32)
        page.fill(0xFFFFFFFF)
        painter = QPainter(page)
        painter.drawImage(0, 0, rendered)
        painter.end()
        yield page


def _pdfium_pages(data: bytes, dpi: int) -> Iterator[QImage]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    for page in pdf:
        bitmap = page.render(scale=dpi / 72)
        image = bitmap.to_pil().convert("RGB")
        raw = image.tobytes()
        yield QImage(raw, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()


def _run(args: list[str], data: bytes) -> bytes:
    try:
        done = subprocess.run(args, input=data, capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired):
        raise PrintUnavailable("print.renderer_timeout") from None
    if done.returncode != 0:
        raise PrintUnavailable("print.renderer_failed")
    return done.stdout


def _poppler_pages(data: bytes, dpi: int) -> Iterator[QImage]:
    info = _run(["pdfinfo", "-"], data).decode("latin-1")
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    count = int(found.group(1)) if found else 0
    for n in range(1, count + 1):
        png = _run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(n), "-l", str(n), "-singlefile", "-"], data)
        image = QImage.fromData(png, "PNG")
        if image.isNull():
            raise PrintUnavailable("print.bad_page")
        yield image


def print_pdf(data: bytes, printer, progress=None) -> int:
    """Paint every page of the PDF onto printer (a QPrinter), scaled to fit; returns the page count.
    Runs on the worker thread (Qt allows QPainter on a QPrinter there); with a kkdesk Progress,
    reports per page and stops at Cancel, aborting the print job."""
    painter = QPainter()
    pages = 0
    try:
        for image in page_images(data, PRINT_DPI):
            if progress is not None:
                progress.check()
            if pages == 0:
                if not painter.begin(printer):
                    raise PrintUnavailable("print.printer_unavailable")
            elif not printer.newPage():
                raise PrintUnavailable("print.page_refused")
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), scaled.width(), scaled.height()), image)
            pages += 1
            if progress is not None:
                progress.set_progress(1.0, msg("print.printed_pages", count=pages))
    except BaseException:
        if painter.isActive():
            printer.abort()
            painter.end()
        raise
    if painter.isActive():
        painter.end()
    return pages
