"""De-identification profiles shared by every output (PDF, CSV, XLSX, JSON).

- full: everything as recorded.
- pseudonymised: person and organisation names, aliases, contacts and identifying notes replaced by
  their stable pseudonym codes; names found inside titles and narratives (any script, matched
  word-wise through translit.fold, declined forms included) replaced by the code.
- public: only incidents marked public; the pseudonymised rules plus no contacts, notes,
  attachments, place details or history actors; dates coarsened to the month, places to the region.
Removed text is absent from the output, never covered.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.model.dates import PartialDate
from kkdesk.model.translit import fold

if TYPE_CHECKING:
    from kkdesk.store.database import CaseDatabase

PROFILES = ("full", "pseudonymised", "public")
_WORD = re.compile(r"[^\W_]+")
_GAP = re.compile(r"[\s.,\-–—'’\"«»()]*")   # what may stand between the words of one name
_MARKERS = {"uli", "kizi"}                   # Kazakh patronymic words: not a name on their own
_MAX_ENDING = 5                              # case endings allowed after a name word (Жовтиса, Әселге)
_MIN_STEM = 4
_QUOTED = re.compile(r"[«\"“„']([^»\"”“']{3,})[»\"”“']")


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise InvalidInput(f"Unknown privacy profile '{profile}'; use full, pseudonymised or public.")
    return profile


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    return fold(word).replace(" ", "")


def _words(text: str) -> list[str]:
    return [_fold_word(w) for w in _WORD.findall(text or "")]


@dataclass
class _Names:
    """Folded name phrases and name words, each pointing at the code that replaces it."""

    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)   # place names a name stem must not swallow
    stems: dict[str, str] = field(default_factory=dict)  # Алма -> алм (Алму, Алмы, Алмой)

    def add_phrase(self, text: str, code: str) -> None:
        ws = tuple(w for w in _words(text) if w)
        if ws:
            self.phrases.setdefault(ws[0][:_MIN_STEM], []).append((ws, code))

    def add_words(self, text: str, code: str) -> None:
        for w in _words(text):
            if len(w) >= 3 and w not in _MARKERS and not w.isdigit():
                self.words.setdefault(w, code)
                if len(w) >= 4 and w[-1] in "aeiouy":   # a final vowel changes with the case
                    self.stems.setdefault(w[:-1], code)

    def finish(self) -> None:
        for key in self.phrases:
            self.phrases[key].sort(key=lambda item: -len(item[0]))


def _word_matches(name_word: str, folded: str) -> bool:
    """The text word is the name word, or the name word with a short case ending."""
    if folded == name_word:
        return True
    # declined forms: Жовтиса, Әселге; adjectives change their ending (Республиканскую / -ская)
    stem = name_word if len(name_word) < 6 else name_word[:-3]
    return (len(stem) >= _MIN_STEM and folded.startswith(stem)
            and len(folded) - len(stem) <= _MAX_ENDING)


class Deidentifier:
    """Applies one profile; built once per document or export from the whole registry."""

    def __init__(self, profile: str, names: _Names | None = None):
        self.profile = check_profile(profile)
        self._names = names or _Names()

    @classmethod
    def for_database(cls, cdb: "CaseDatabase", profile: str) -> "Deidentifier":
        """Collects every person's and organisation's names (all spellings) when names must go."""
        check_profile(profile)
        names = _Names()
        if profile != "full":
            for _pid, latin, cyr, aliases, code in cdb.conn.execute(
                    "SELECT id, name_latin, name_cyrillic, aliases, pseudonym FROM person"):
                variants = [latin, cyr, *json.loads(aliases or "[]")]
                for v in variants:
                    if v:
                        names.add_phrase(v, code)
                        names.add_words(v, code)
            for name, alt, code in cdb.conn.execute("SELECT name, name_alt, pseudonym FROM organisation"):
                for v in (name, alt):
                    if v:
                        names.add_phrase(v, code)
                        # the quoted part is how people name it in passing: фонд «Демо-Защита» -> «Демо-Защита»
                        for quoted in _QUOTED.findall(v):
                            names.add_phrase(quoted, code)
            for en, ru, kk, aliases in cdb.conn.execute(
                    "SELECT label_en, label_ru, label_kk, aliases FROM vocab_term WHERE vocab IN ('city', 'region')"):
                for label in (en, ru, kk, *json.loads(aliases or "[]")):
                    names.places.update(_words(label))
            names.finish()
        return cls(profile, names)

    # --- what the profile keeps ----------------------------------------------------------------

    @property
    def full(self) -> bool:
        return self.profile == "full"

    @property
    def public(self) -> bool:
        return self.profile == "public"

    def keeps_incident(self, confidentiality: str) -> bool:
        return self.profile != "public" or confidentiality == "public"

    def private(self, text: str | None) -> str:
        """A private free-text field (contact, notes): kept only in full output."""
        return (text or "") if self.full else ""

    def public_private(self, text: str | None) -> str:
        """Free text that pseudonymised output keeps with names replaced and public output drops."""
        return "" if self.public else self.text(text)

    def person_name(self, name: str, pseudonym: str) -> str:
        return name if self.full else pseudonym

    # --- free text -------------------------------------------------------------------------------

    def text(self, text: str | None) -> str:
        """Text with every known name (phrase or single name word, any script) replaced by its code."""
        if not text or self.full:
            return text or ""
        tokens = [(m.start(), m.end(), _fold_word(m.group(0))) for m in _WORD.finditer(text)]
        out: list[str] = []
        pos = 0
        i = 0
        while i < len(tokens):
            start, end, folded = tokens[i]
            hit = self._phrase_at(text, tokens, i)
            if hit is None:
                code = self._word_code(folded)
                hit = (i, code) if code else None
            if hit is None:
                i += 1
                continue
            last, code = hit
            out.append(text[pos:start])
            out.append(code)
            pos = tokens[last][1]
            i = last + 1
            # a following word of the same person ("Asel Kuanyshkyzy" split oddly) folds into one code
            while i < len(tokens) and _GAP.fullmatch(text[pos:tokens[i][0]]) and \
                    self._word_code(tokens[i][2]) == code:
                pos = tokens[i][1]
                i += 1
        out.append(text[pos:])
        return "".join(out)

    def _word_code(self, folded: str) -> str | None:
        words = self._names.words
        if folded in words:
            return words[folded]
        if folded in self._names.places:  # "Алматы" is not a declined form of the name "Алма"
            return None
        for cut in range(1, _MAX_ENDING + 1):
            stem = folded[:-cut]
            if len(stem) < _MIN_STEM:
                break
            if stem in words:
                return words[stem]
        for cut in (1, 2, 3):
            stem = folded[:-cut]
            if len(stem) >= 3 and stem in self._names.stems:
                return self._names.stems[stem]
        return None

    def _phrase_at(self, text: str, tokens: list, i: int) -> tuple[int, str] | None:
        candidates = self._names.phrases.get(tokens[i][2][:_MIN_STEM], [])
        for words, code in candidates:
            last = i + len(words) - 1
            if last >= len(tokens):
                continue
            ok = all(_word_matches(w, tokens[i + k][2]) for k, w in enumerate(words))
            ok = ok and all(_GAP.fullmatch(text[tokens[i + k][1]:tokens[i + k + 1][0]])
                            for k in range(len(words) - 1))
            if ok:
                return last, code
        return None

    # --- dates and places ------------------------------------------------------------------------

    def date(self, d: PartialDate) -> PartialDate:
        """Public output knows dates to the month at most."""
        if not self.public:
            return d
        a = d.date_from[:7]
        b = d.date_to[:7] if d.date_to else None
        return PartialDate(a, b if b != a else None)

    def day(self, iso: str | None) -> str | None:
        if not iso or not self.public:
            return iso
        return iso[:7]

    def city(self, city: str | None) -> str | None:
        return None if self.public else city

    def actor(self, who: str | None) -> str:
        return "" if self.public else (who or "")
