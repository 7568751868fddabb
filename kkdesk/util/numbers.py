"""Numbers as each language writes them (CLDR): "3,001" / "3 001" / "3 001", "47.3%" / "47,3 %" / "47,3%".

The one formatter for messages, documents, the text of exports and the command line (the core has no
Qt; a leaf, so that kkdesk.messages can use it). The interface formats with QLocale, which reads the
same CLDR data; a test holds the two together.
Russian and Kazakh group digits with a no-break space (U+00A0), so "3 001" never breaks across lines.
Dates have their own formatter: PartialDate.format (kkdesk.model.dates), at the date's precision.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
GROUP = {"en": ",", "ru": NBSP, "kk": NBSP}
DECIMAL = {"en": ".", "ru": ",", "kk": ","}
# CLDR percent patterns: en "#,##0%", ru "#,##0 %" (a no-break space), kk "#,##0%".
PERCENT = {"en": "{}%", "ru": "{}" + NBSP + "%", "kk": "{}%"}


def _check(lang: str) -> str:
    if lang not in GROUP:   # callers check the language first (a user never meets this)
        raise ValueError(f"numbers are written in en, ru or kk, not {lang!r}")
    return lang


def number(value: float, lang: str, digits: int = 0) -> str:
    """value with lang's digit groups and decimal sign, rounded to digits decimals: 3001 -> "3 001" (ru)."""
    _check(lang)
    # half away from zero, as QLocale rounds in the interface (47.25 -> "47.3" in both)
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = f"{exact:,.{digits}f}"
    whole, _, frac = text.partition(".")
    whole = whole.replace(",", GROUP[lang])
    return whole + (DECIMAL[lang] + frac if frac else "")


def percent(value: float, lang: str, digits: int = 1) -> str:
    """A share already in percent (47.25 -> "47,3 %" in ru), the sign placed as lang writes it."""
    return PERCENT[_check(lang)].format(number(value, lang, digits))
