"""Passphrase strength and generation, without Qt (the unlock window and the CLI share them).

Strength is judged by zxcvbn (common passwords, English words and names, keyboard patterns, dates,
l33t), taught Russian and Kazakh words and names (kkdesk/resources/wordlists/ru_kk_common.txt) in Cyrillic,
in the usual Latin spellings and as typed on the wrong keyboard layout. The minimum is zxcvbn's
score MIN_SCORE: "Password123!" and "password12" stay below it whatever their length.
Generated passphrases are diceware-style: words drawn with `secrets` from the EFF large word list.
"""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass
from functools import lru_cache

from zxcvbn import zxcvbn
from zxcvbn.matching import add_frequency_lists

from kkdesk.resources import resource

MIN_SCORE = 3            # zxcvbn: about 10^8 guesses or more ("safely unguessable" with a slow key)
GENERATED_WORDS = 6      # 6 words of 7,776: about 77 bits
_MAX_CHECKED = 100       # zxcvbn's time grows with length; the first 100 characters decide

# Each Cyrillic letter's Latin spellings; the first is the common one (passport style).
_LATIN = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",), "ё": ("e", "yo"),
    "ж": ("zh", "j"), "з": ("z",), "и": ("i",), "й": ("y", "i", "j"), "к": ("k",), "л": ("l",), "м": ("m",),
    "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",),
    "х": ("kh", "h"), "ц": ("ts", "c"), "ч": ("ch",), "ш": ("sh",), "щ": ("sch", "shch"), "ъ": ("",),
    "ы": ("y", "i"), "ь": ("",), "э": ("e",), "ю": ("yu", "iu"), "я": ("ya", "ia"),
    "ә": ("a", "ae"), "ғ": ("g", "gh"), "қ": ("k", "q"), "ң": ("n", "ng"), "ө": ("o", "oe"), "ұ": ("u",),
    "ү": ("u", "ue"), "һ": ("h",), "і": ("i",),
}
# The Russian ЙЦУКЕН layout on a QWERTY keyboard: "пароль" typed with the layout left on Latin.
_LAYOUT = dict(zip("йцукенгшщзхъфывапролджэячсмитьбю", "qwertyuiop[]asdfghjkl;'zxcvbnm,."))


@dataclass(frozen=True)
class Strength:
    """zxcvbn's verdict: score 0–4, whether it reaches MIN_SCORE, and its advice (in English)."""

    score: int
    acceptable: bool
    warning: str
    suggestions: tuple[str, ...]


def _spellings(word: str, limit: int = 8) -> set[str]:
    """The word in Cyrillic, in a few Latin spellings, and as typed on the Latin layout."""
    options = [_LATIN.get(ch, (ch,)) for ch in word]
    out = {word}
    for combo in itertools.islice(itertools.product(*options), limit):
        out.add("".join(combo))
    if all(ch in _LAYOUT for ch in word):
        out.add("".join(_LAYOUT[ch] for ch in word))
    return out


def _read_words(name: str) -> list[str]:
    text = resource("wordlists", name).read_text(encoding="utf-8")
    return [w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")]


@lru_cache(maxsize=1)
def _teach_local_words() -> None:
    """Give zxcvbn the Russian and Kazakh words once per process (ranked by their order)."""
    ranked: list[str] = []
    seen: set[str] = set()
    for word in _read_words("ru_kk_common.txt"):
        for spelling in sorted(_spellings(word), key=len):
            if spelling not in seen:
                seen.add(spelling)
                ranked.append(spelling)
    add_frequency_lists({"ru_kk_common": ranked})


def strength(passphrase: str) -> Strength:
    """How hard the passphrase is to guess (an empty one scores 0)."""
    if not passphrase:
        return Strength(0, False, "", ())
    _teach_local_words()
    result = zxcvbn(passphrase[:_MAX_CHECKED])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    return Strength(score, score >= MIN_SCORE, feedback.get("warning") or "",
                    tuple(feedback.get("suggestions") or ()))


@lru_cache(maxsize=1)
def _diceware_words() -> tuple[str, ...]:
    return tuple(_read_words("eff_large.txt"))


def generate(words: int = GENERATED_WORDS, separator: str = " ") -> str:
    """A diceware-style passphrase: `words` words chosen by a cryptographic random generator."""
    pool = _diceware_words()
    return separator.join(secrets.choice(pool) for _ in range(words))
