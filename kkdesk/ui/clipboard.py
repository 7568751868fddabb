"""Clipboard that remembers what we put there, so locking clears only our own text."""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QGuiApplication

_ours: set[str] = set()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def copy(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    _ours.add(_digest(text))


def clear_if_ours() -> bool:
    """Clear the clipboard when it still holds text we copied; True when it did."""
    clip = QGuiApplication.clipboard()
    text = clip.text()
    cleared = bool(text) and _digest(text) in _ours
    if cleared:
        clip.clear()
    _ours.clear()
    return cleared


def remember_widget_copy(text: str) -> None:
    """Record text copied by a standard widget (Ctrl+C in a table or field)."""
    if text:
        _ours.add(_digest(text))
