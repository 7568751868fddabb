"""Transliteration between Cyrillic (Russian, Kazakh) and Latin, and one folded form for matching.

Monitors write the same name as "Жовтис", "Zhovtis" or "Jovtis". `fold` maps all of them to one
search form; `name_key` builds on it to recognise a person across spellings (model.fuzzy scores
how alike two of them are).
`to_latin` / `to_cyrillic` are readable transliterations for display and suggestions only.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["fold", "to_latin", "to_cyrillic", "has_cyrillic", "name_key", "patronymic"]

# --- Cyrillic -> Latin used by fold (lower case only; context-free on purpose) -----------------

# ё is written "yo" here and the spelling rules then make it e (Ёлка = Елка, Pyotr = Пётр).
_FOLD_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Ukrainian / Belarusian letters that turn up in names
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u",
}

# Latin letters that Unicode decomposition does not reduce to a-z.
_FOLD_LATIN_SPECIAL = {
    "ş": "sh", "ç": "ch",  # Kazakh Latin 2021 (and Turkish): ш and ч
    "ı": "i", "ə": "a", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l",
    "ħ": "h", "ŀ": "l", "þ": "th",
}

# Marks that stand for ь/ъ in romanised names (Vasil'ev): dropped inside the word, not spaces.
_APOSTROPHES = "'’ʼ`´ʹʺ‘\""

_VOWELS = frozenset({"a", "e", "i", "o", "u", "ya", "yu"})

# Latin graphemes -> phoneme tokens, longest first. Every token is also its own canonical
# spelling, and the canonical spellings re-read to the same tokens (that makes fold idempotent):
# ж -> "j", х -> "x", ц -> "ts". "tsh" is read as т+ш so that т followed by ш survives a re-fold.
_GRAPHEMES: list[tuple[str, tuple[str, ...]]] = [
    ("shch", ("shch",)),
    ("dzh", ("j",)), ("tsh", ("t", "sh")),
    ("zh", ("j",)), ("dj", ("j",)), ("kh", ("x",)), ("sh", ("sh",)), ("ch", ("ch",)),
    ("ts", ("ts",)), ("tz", ("ts",)), ("yu", ("yu",)), ("iu", ("yu",)), ("ya", ("ya",)),
    ("ia", ("ya",)),
]
_SINGLE = {"h": "x", "x": "x", "j": "j", "w": "v", "q": "k"}


def _strip_diacritics(text: str) -> str:
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif ch in _FOLD_LATIN_SPECIAL:
            out.append(_FOLD_LATIN_SPECIAL[ch])
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in decomposed if not unicodedata.combining(c))
            out.append(_FOLD_LATIN_SPECIAL.get(base, base))
    return "".join(out)


def _tokenise(word: str) -> list[str]:
    """Split a lower-case a-z word into phoneme tokens (greedy, longest grapheme first)."""
    tokens: list[str] = []
    i = 0
    n = len(word)
    while i < n:
        for graph, toks in _GRAPHEMES:
            if word.startswith(graph, i):
                tokens.extend(toks)
                i += len(graph)
                break
        else:
            ch = word[i]
            if ch == "c":  # English-style c: "ts" before e/i/y (Cyril excepted), else k (Victor)
                nxt = word[i + 1] if i + 1 < n else ""
                tokens.append("ts" if nxt in ("e", "i", "y") else "k")
            else:
                tokens.append(_SINGLE.get(ch, ch))
            i += 1
    return tokens


def _collapse_doubles(t: list[str]) -> list[str]:
    # Kassym = Қасым, Evgenii = Evgeniy (after y -> i)
    return [tok for k, tok in enumerate(t) if k == 0 or tok != t[k - 1]]


def _merge_pairs(t: list[str]) -> list[str]:
    # ш+ч reads back as щ; д+ж as ж (Dzhamilya = Djamilya = Jamilya)
    out: list[str] = []
    for tok in t:
        if out and (out[-1], tok) in (("sh", "ch"), ("d", "j")):
            out[-1] = "shch" if tok == "ch" else "j"
        else:
            out.append(tok)
    return out


def _absorb_before_ya_yu(t: list[str]) -> list[str]:
    # Mariya = Maria, Yuliya = Iuliia: an i or y before ya/yu is part of it
    return [tok for k, tok in enumerate(t)
            if not (tok in ("i", "y") and k + 1 < len(t) and t[k + 1] in ("ya", "yu"))]


def _drop_before_e(t: list[str]) -> list[str]:
    # ye -> e (Yerlan = Ерлан, Vasilyev = Васильев); ie after a consonant too (Vasiliev)
    out: list[str] = []
    for k, tok in enumerate(t):
        nxt = t[k + 1] if k + 1 < len(t) else None
        if nxt == "e" and (tok == "y" or (tok == "i" and out and out[-1] not in _VOWELS)):
            continue
        out.append(tok)
    return out


def _yo_to_e(t: list[str]) -> list[str]:
    # yo is ё, which fold writes e: Pyotr = Пётр, Fyodor = Фёдор, Yolka = Ёлка
    out: list[str] = []
    k = 0
    while k < len(t):
        if t[k] == "y" and k + 1 < len(t) and t[k + 1] == "o":
            out.append("e")
            k += 2
        else:
            out.append(t[k])
            k += 1
    return out


def _y_to_i(t: list[str]) -> list[str]:
    # any other y is the vowel: Evgeny = Evgenii, Nikolay = Nikolai, Kasym = Kasim
    return ["i" if tok == "y" else tok for tok in t]


# Applied in this order, restarting from the top after any change: yo (one letter, ё) is read
# before doubled letters collapse, and the general y -> i rule only sees what the others left.
_RULES = (_yo_to_e, _collapse_doubles, _merge_pairs, _absorb_before_ya_yu, _drop_before_e, _y_to_i)


def _normalise_tokens(tokens: list[str]) -> list[str]:
    """Apply the spelling-variant rules until none changes anything."""
    k = 0
    while k < len(_RULES):
        new = _RULES[k](tokens)
        if new != tokens:
            tokens = new
            k = 0
        else:
            k += 1
    return tokens


@functools.lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    # digits are kept as they are; only letter runs go through the spelling rules.
    # Cached: words repeat heavily across records, and indexing a million narratives must be fast.
    parts = re.findall(r"[a-z]+|[0-9]+", word)
    return "".join(p if p.isdigit() else "".join(_normalise_tokens(_tokenise(p))) for p in parts)


_CYR_TABLE = str.maketrans(_FOLD_CYR)
_APOSTROPHE_TABLE = str.maketrans("", "", _APOSTROPHES)
_NON_WORD = re.compile(r"[^a-z0-9]+")


def _fold_once(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower().translate(_CYR_TABLE)
    text = _strip_diacritics(text).lower().translate(_APOSTROPHE_TABLE)
    text = _NON_WORD.sub(" ", text)
    return " ".join(filter(None, (_fold_word(w) for w in text.split())))


def fold(text: str) -> str:
    """Canonical matching form: lower-case Latin a-z, digits and single spaces.

    "Жовтис", "Zhovtis", "Jovtis" and "ZHOVTIS" all fold to "jovtis". Cyrillic is transliterated
    with one fixed table, then spelling variants meet (zh/j/dzh, kh/h/x, ts/c, yu/iu, ya/ia,
    y/i, ye -> e, doubled letters). Lossy by design: use it to compare, never to display.
    Note: j is always read as ж (Kazakh usage: Jomart, Janar), so "Julia" does not meet "Юлия".
    """
    # One pass is a fixed point (fold(fold(x)) == fold(x)); tests/model checks it by property.
    return _fold_once(text)


# --- readable transliteration ---------------------------------------------------------------

_LATIN_OF = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u",
}
_CYR_VOWELS = set("аеёиоуыэюяәөұүієї")
_HUSHING = set("жчшщц")


def _apply_case(source: str, out: str, word_upper: bool) -> str:
    if not out or not source[:1].isupper():
        return out
    return out.upper() if word_upper else out[:1].upper() + out[1:]


def _word_is_upper(text: str, i: int) -> bool:
    """True when the word around position i is written in capitals (at least two letters)."""
    start = i
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = i
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[start:end]
    return len(word) > 1 and word.isupper()


def to_latin(text: str) -> str:
    """Readable Latin form keeping case (BGN/PCGN-like, no apostrophes): Жовтис -> Zhovtis.

    е/ё are "ye"/"yo" at a word start, after a vowel or after ь/ъ (Yevgeniy, Vasilyev);
    Kazakh letters take their usual passport forms (Қасым -> Kasym, Өскемен -> Oskemen).
    """
    out = []
    for i, ch in enumerate(text):
        low = ch.lower()
        prev = text[i - 1].lower() if i > 0 else ""
        if low in ("е", "ё"):
            soft = prev == "" or not prev.isalpha() or prev in _CYR_VOWELS or prev in "ьъ"
            if low == "е":
                lat = "ye" if soft else "e"
            else:
                lat = "yo" if soft else ("e" if prev in _HUSHING else "yo")  # Gorbachev, Pyotr
        elif low in _LATIN_OF:
            lat = _LATIN_OF[low]
        else:
            out.append(ch)
            continue
        out.append(_apply_case(ch, lat, _word_is_upper(text, i)))
    return "".join(out)


_CYR_OF_GRAPH = [
    ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
]
_CYR_OF = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ж",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т",
    "u": "у", "v": "в", "w": "в", "z": "з", "q": "к", "x": "кс",
}
_LAT_VOWELS = set("aeiouy")
_LAT_SPECIAL_TO_CYR = {"ş": "sh", "ç": "ch", "ı": "y"}


def _latin_word_to_cyrillic(word: str) -> str:
    low = word.lower()
    n = len(low)
    out: list[str] = []
    i = 0
    while i < n:
        rest = low[i:]
        prev = low[i - 1] if i > 0 else ""
        nxt = low[i + 1] if i + 1 < n else ""
        after_cons = prev.isalpha() and prev not in _LAT_VOWELS
        chunk, cyr = None, None
        for graph, c in _CYR_OF_GRAPH:
            if rest.startswith(graph):
                chunk, cyr = graph, c
                break
        if chunk is None:
            if rest.startswith(("ya", "yu", "yo", "ye")):
                chunk = rest[:2]
                cyr = {"ya": "я", "yu": "ю", "yo": "ё", "ye": "е"}[chunk]
                if chunk == "ye" and after_cons:
                    cyr = "ье"  # Vasilyev -> Васильев
            elif rest.startswith("ia") and i + 2 == n:
                chunk, cyr = "ia", "ия"  # Maria -> Мария, Yulia -> Юлия
            elif rest.startswith("iy") and (i + 2 == n or low[i + 2] not in _LAT_VOWELS):
                chunk, cyr = "iy", "ий"  # Yevgeniy -> Евгений
            elif low[i] == "y":
                chunk, cyr = "y", ("ы" if after_cons else "й")  # Kasym -> Касым, Aygul -> Айгул
            elif low[i] == "i" and prev in _LAT_VOWELS and nxt not in _LAT_VOWELS:
                chunk, cyr = "i", "й"  # Nikolai -> Николай, Aibek -> Айбек
            elif low[i] == "c":
                chunk, cyr = "c", ("ц" if nxt in ("e", "i", "y") else "к")
            else:
                chunk = word[i]
                cyr = _CYR_OF.get(low[i], word[i])
        source = word[i:i + len(chunk)]
        if source[:1].isupper():
            cyr = cyr.upper() if (len(word) > 1 and word.isupper()) else cyr[:1].upper() + cyr[1:]
        out.append(cyr)
        i += len(chunk)
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """Best-effort Latin -> Russian Cyrillic keeping case (Zhovtis -> Жовтис); for suggestions only."""
    text = unicodedata.normalize("NFC", text)
    prepared = []
    for ch in text:
        low = ch.lower()
        if low in _LAT_SPECIAL_TO_CYR:
            rep = _LAT_SPECIAL_TO_CYR[low]
            prepared.append(rep[:1].upper() + rep[1:] if ch.isupper() else rep)
        elif "a" <= low <= "z" or not low.isalpha():
            prepared.append(ch)
        else:
            base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            prepared.append(base if base.isascii() else ch)
    text = "".join(prepared)
    return re.sub(r"[A-Za-z]+", lambda m: _latin_word_to_cyrillic(m.group(0)), text)


def has_cyrillic(text: str) -> bool:
    """True when the text contains at least one Cyrillic letter (Kazakh letters included)."""
    return any("\u0400" <= ch <= "\u052f" or "\u1c80" <= ch <= "\u1c8f" or "\u2de0" <= ch <= "\u2dff"
               or "\ua640" <= ch <= "\ua69f" for ch in text)


# --- person names -----------------------------------------------------------------------------

# Patronymic endings as they look after fold: -ovich/-evich (ovich, evich), -ovna/-evna, -ichna,
# Kazakh -uly/-ұлы (fold: "uli") and -kyzy/-қызы (fold: "kizi").
_PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna", "inichna", "uli", "kizi")
# A word that IS only the marker ("Erlan uly") makes the word before it the father's name.
_PATRONYMIC_WORDS = ("uli", "kizi")
# An initial: one or two letters with a full stop ("E.", "Zh.", "Е.А.").
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}\.")


def _is_patronymic(word: str) -> bool:
    return any(word.endswith(end) and len(word) >= len(end) + 2 for end in _PATRONYMIC_ENDINGS)


def name_key(name: str) -> str:
    """Key that is equal for one person written in either script, with or without patronymic.

    Each word is folded; patronymic-like words and initials are dropped (as long as a word
    remains); the rest is sorted. So "Жовтис Евгений Александрович" and "Yevgeniy Zhovtis" give
    the same key, while "Zhovtis E." gives only the surname ("jovtis"): initials carry too little
    to tell people apart, use model.fuzzy.name_similarity for such partial forms.
    """
    without_initials = _INITIAL.sub(" ", unicodedata.normalize("NFC", name))
    words = fold(without_initials).split()
    words = [w for w in words if len(w) > 1]  # initials written without a full stop
    kept: list[str] = []
    for w in words:
        if w in _PATRONYMIC_WORDS:
            if kept:
                kept.pop()  # "Erlan uly": the father's name goes with the marker
            continue
        if _is_patronymic(w):
            continue
        kept.append(w)
    if not kept:
        kept = words  # everything looked like a patronymic: keep the words rather than nothing
    return " ".join(sorted(kept))


def patronymic(name: str) -> str:
    """The folded patronymic of a name ("Касенова Динара Маратовна" -> "maratovna"), "" if none:
    what name_key leaves out, so two people with one name and different fathers can be told apart."""
    words = [w for w in fold(_INITIAL.sub(" ", unicodedata.normalize("NFC", name))).split() if len(w) > 1]
    if len(words) < 2:
        return ""
    for i, w in enumerate(words):
        if w in _PATRONYMIC_WORDS and i > 0:
            return f"{words[i - 1]} {w}"
        if _is_patronymic(w):
            return w
    return ""
