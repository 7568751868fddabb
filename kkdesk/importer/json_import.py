"""Import of kkdesk's own JSON export (docs/json-export-format.md): uuids kept, so importing it
again, or into the database it came from, doubles nothing."""

from __future__ import annotations

import os


def is_json_export(path: str | os.PathLike) -> bool:
    """True when the file starts (after blanks) with '{': a JSON document, not a spreadsheet."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return head.startswith(b"{")
