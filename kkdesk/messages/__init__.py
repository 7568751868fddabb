"""Messages as data: a stable code, the field it concerns and its parameters, rendered in en, ru or kk.

Every error or warning a user can see is a `Message`; `kkdesk.messages.texts.CATALOGUE` holds the one
text of each code per language (plural forms by each language's rules: ru one/few/many, kk and en
one/other). The core builds messages, the GUI and the command line render them in the user's language.
A parameter may itself be a Message (a field's name, a reason nested in a row's problem); it is rendered
in the same language. Parameters never carry a person's name or a passphrase.
"""

from __future__ import annotations

import locale as _locale
import os
import string
from collections.abc import Mapping
from dataclasses import dataclass, field

from kkdesk.messages.texts import CATALOGUE
from kkdesk.util.numbers import number

LANGS = ("en", "ru", "kk")
PLURAL_FORMS = {"en": ("one", "other"), "ru": ("one", "few", "many"), "kk": ("one", "other")}
# The parameter that chooses a plural form when a text has several.
PLURAL_PARAM = "count"
ENV_LANG = "KKDESK_LANG"


def plural_form(n: int, lang: str) -> str:
    """The CLDR plural category of the integer n in lang (ru: one/few/many; en, kk: one/other)."""
    n = abs(int(n))
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    return "one" if n == 1 else "other"


def format_number(n: int, lang: str) -> str:
    """A whole number as the language writes it: 3,001 in English, 3 001 (no-break space) in ru and kk."""
    return number(n, lang)


@dataclass(frozen=True)
class Message:
    """One user-facing message: `code` names its text in the catalogue, `field` the input it is about
    (None when it concerns no one field), `params` the values its text quotes (row, column, value…)."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    field: str | None = None

    def render(self, lang: str = "en") -> str:
        return render(self, lang)

    def __str__(self) -> str:
        return render(self, "en")


def to_data(message: Message) -> dict:
    """A Message as plain JSON-able data (to keep it, e.g. the reason of a write block, in a file)."""
    def value(v):
        if isinstance(v, Message):
            return {"message": to_data(v)}
        return list(map(value, v)) if isinstance(v, (list, tuple)) else v

    return {"code": message.code, "field": message.field, "params": {k: value(v) for k, v in message.params.items()}}


def from_data(data: dict) -> Message:
    """The Message that to_data wrote; an unknown code (a newer kkdesk's) keeps its English text unknown."""
    def value(v):
        if isinstance(v, dict) and set(v) == {"message"}:
            return from_data(v["message"])
        return list(map(value, v)) if isinstance(v, list) else v

    code = data.get("code") if isinstance(data.get("code"), str) else ""
    if code not in CATALOGUE:
        return Message("error.untranslated", {"text": code})
    return Message(code, {k: value(v) for k, v in (data.get("params") or {}).items()}, data.get("field"))


def msg(code: str, /, field: str | None = None, **params) -> Message:
    """Shorthand: msg("date.unreadable", field="date", text="09.06.19")."""
    if code not in CATALOGUE:
        raise KeyError(f"no message code {code!r} in the catalogue")
    return Message(code, params, field)


def in_each_language(text_for) -> dict[str, str]:
    """A parameter value already written in each language ({"en": …, "ru": …, "kk": …}): a vocabulary
    label, a formatted date. `text_for(lang)` gives the text in lang."""
    return {lang: text_for(lang) for lang in LANGS}


def render_value(value: object, lang: str) -> str:
    """One parameter value as text in lang (a Message, a per-language dict, a number, a list, text)."""
    if isinstance(value, Message):
        return render(value, lang)
    if isinstance(value, dict):   # in_each_language
        return str(value.get(lang) or value.get("en", ""))
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_number(value, lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(render_value(v, lang) for v in value)
    return "" if value is None else str(value)


def text_of(code: str, lang: str, count: int | None = None) -> str:
    """The raw catalogue text of code in lang (its plural form for count), English when lang is unknown."""
    entry = CATALOGUE[code]
    text = entry[LANGS.index(lang) if lang in LANGS else 0]
    if isinstance(text, dict):
        form = plural_form(count if count is not None else 0, lang if lang in LANGS else "en")
        text = text.get(form) or text["other" if "other" in text else "many"]
    return text


def render(message: Message | str, lang: str = "en") -> str:
    """The message's text in lang with its parameters filled in."""
    if not isinstance(message, Message):
        return str(message)
    count = message.params.get(PLURAL_PARAM)
    text = text_of(message.code, lang, count if isinstance(count, int) else None)
    values = {k: render_value(v, lang) for k, v in message.params.items()}
    return text.format_map(_Missing(values))


class _Missing(dict):
    """format_map source that leaves an unknown placeholder visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholders(text: str | dict) -> set[str]:
    """The parameter names a catalogue text uses (over all its plural forms)."""
    texts = text.values() if isinstance(text, dict) else [text]
    return {name for t in texts for _, name, _, _ in string.Formatter().parse(t) if name}


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """en, ru or kk: $KKDESK_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG, then the system's)."""
    env = os.environ if environ is None else environ
    for name in (ENV_LANG, "LC_ALL", "LC_MESSAGES", "LANG"):
        lang = normalise_language(env.get(name, ""))
        if lang:
            return lang
    if environ is None:
        try:
            lang = normalise_language(_locale.getlocale()[0] or "")
        except ValueError:
            lang = None
        if lang:
            return lang
    return "en"


def normalise_language(text: str) -> str | None:
    """'ru_RU.UTF-8' -> 'ru', 'kk_KZ' / 'Kazakh_Kazakhstan' -> 'kk', 'en_GB' -> 'en'; None otherwise."""
    head = (text or "").strip().lower()
    if not head or head in ("c", "posix"):
        return None
    for code, long_name in (("kk", "kazakh"), ("ru", "russian"), ("en", "english")):
        if head == code or head.startswith((code + "_", code + "-", code + ".", long_name)):
            return code
    return None


__all__ = ["CATALOGUE", "LANGS", "Message", "format_number", "in_each_language", "language_from_environment", "msg",
           "normalise_language", "placeholders", "plural_form", "render", "render_value", "text_of",
           "to_data", "from_data"]
