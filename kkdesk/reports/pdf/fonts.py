"""PT Sans (from the fontpkg-pt-sans package) registered with ReportLab, with real bold and italic.

ReportLab's standard fonts draw Cyrillic as black boxes without any error, so every style, table
and chart label uses the family registered here. The TTF files are read from the installed
package (importlib.resources), never from a copy.
"""

from __future__ import annotations

import importlib.resources
from contextlib import ExitStack

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kkdesk.errors import KkdeskError

REGULAR = "PTSans"
BOLD = "PTSans-Bold"
ITALIC = "PTSans-Italic"
BOLD_ITALIC = "PTSans-BoldItalic"

_FILES = {
    REGULAR: "PT_Sans-Web-Regular.ttf",
    BOLD: "PT_Sans-Web-Bold.ttf",
    ITALIC: "PT_Sans-Web-Italic.ttf",
    BOLD_ITALIC: "PT_Sans-Web-BoldItalic.ttf",
}
_files_kept_open = ExitStack()  # keeps extracted files alive if the package is ever zipped


class FontMissing(KkdeskError):
    """The PT Sans font package is not installed; PDFs cannot show Kazakh or Russian letters."""


def register() -> str:
    """Register the PT Sans family once; returns the regular face name."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return REGULAR
    try:
        root = importlib.resources.files("fontpkg_pt_sans") / "files"
    except ModuleNotFoundError:
        raise FontMissing("report.font_missing") from None
    for face, filename in _FILES.items():
        path = _files_kept_open.enter_context(importlib.resources.as_file(root / filename))
        pdfmetrics.registerFont(TTFont(face, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
