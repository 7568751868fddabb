"""Interface language: Qt translators for our strings (resources/i18n/*.qm) and Qt's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

_current = "en"
_installed: list[QTranslator] = []


def current() -> str:
    """The chosen language code; vocabulary labels and dates follow it."""
    return _current


def set_language(lang: str) -> bool:
    """Install translators for lang; returns False when no compiled translation was found."""
    global _current
    if lang not in LANGUAGES:
        lang = "en"
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current = lang
    if lang == "en":
        return True
    ours = QTranslator()
    ok = ours.load(str(I18N_DIR / f"kkdesk_{lang}.qm"))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
