"""The data kkdesk ships (vocabularies, translations, migrations, icons), read as package data.

Found through importlib.resources, so it works the same from a checkout, an installed wheel and a
frozen (PyInstaller) bundle; nothing is looked up relative to a source tree.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """The shipped file or folder at parts (e.g. resource("vocab", "city.json"))."""
    node = files(__name__)
    for part in parts:
        node = node / part
    return node


def resource_files(folder: str, pattern_suffix: str) -> list[Traversable]:
    """The files of one shipped folder whose names end with pattern_suffix, sorted by name."""
    return sorted((f for f in resource(folder).iterdir() if f.name.endswith(pattern_suffix)),
                  key=lambda f: f.name)


def build_id() -> str:
    """The build a release bundle was made from (the BUILD file `make dist` writes), else a plain note."""
    try:
        text = resource("BUILD").read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError, OSError):
        text = ""
    return f"build {text}" if text else "not a release build"


__all__ = ["Traversable", "as_file", "build_id", "resource", "resource_files"]
