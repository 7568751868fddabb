"""Interface language: Qt translators for our strings (kkdesk/resources/i18n/*.qm) and Qt's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kkdesk.resources import resource

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
    # QTranslator.load(bytes) keeps no reference to the buffer: hold it on the translator.
    ours._data = resource("i18n", f"kkdesk_{lang}.qm").read_bytes()
    ok = ours.load(ours._data)
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def locale() -> QLocale:
    """The chosen language's QLocale: digit groups, decimal sign and month names as CLDR has them."""
    return QLocale(_current)


def number(value: float, digits: int = 0) -> str:
    """A number as the chosen language writes it: "3,001" in English, "3 001" (a no-break space) in
    Russian and Kazakh; the same text kkdesk.util.numbers gives documents and the command line."""
    if digits == 0:
        return locale().toString(int(round(value)))
    return locale().toString(float(value), "f", digits)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
