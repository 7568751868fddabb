"""Every command-line command is documented in the README (a new command without docs fails)."""

from __future__ import annotations

from pathlib import Path

from kkdesk.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    missing = [name for name in sub.choices if f"kkdesk {name}" not in README]
    assert missing == []


def test_readme_pictures_exist():
    import re

    root = Path(__file__).resolve().parents[1]
    pictures = re.findall(r"\]\((docs/[^)]+\.png)\)", README)
    assert pictures, "the README shows no screenshots"
    assert [p for p in pictures if not (root / p).is_file()] == []
