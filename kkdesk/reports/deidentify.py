"""De-identification profiles shared by every output (PDF, CSV, XLSX, JSON).

- full: everything as recorded.
- pseudonymised: person and organisation names, aliases, contacts and identifying notes removed;
  every free-text field goes through `Deidentifier.text` (tags through `tag`).
- public: only incidents marked public; the pseudonymised rules, names that are not in the
  registry always replaced, and no contacts, notes, references, source addresses, attachments,
  place details or history actors; dates coarsened to the month, places to the region.
Removed text is absent from the output, never covered.

How names are found in free text (a guarantee, not a filter)
------------------------------------------------------------
Text is cut into tokens: letter runs (inner apostrophes kept: Vasil'ev), split again where a small
letter meets a capital (#СвободуАхметовой -> Свободу | Ахметовой). Every token and every registry
name word is *folded* (kkdesk.model.translit.fold: one Latin form for Cyrillic, Kazakh and Latin
spellings, Жовтис = Zhovtis = Jovtis) and *stemmed*: up to two Russian or Kazakh case endings are
cut off, every possible way (`_bases`). A token names a registry person when one of its stems is a
stem of one of that person's name words:

    Ахметова  -> axmetova  -> {axmetova, axmetov}          (registry word)
    Ахметовой -> axmetovoi -> {axmetovoi, axmetov, axmetovo}      shares axmetov: a match
    Әбдірахмановқа -> abdiraxmanovka -> {…, abdiraxmanov}          shares the registry word
    Қуанышқызына -> kuanishkizina -> {…, kuanishkizi}               (на after the possessive ы)
    Нурлану -> nurlanu -> {nurlanu, nurlan}

A stem of three letters matches only a capitalised token of five letters at most (Дану, Даной;
not Данные); a token that is a
known place (Алматы, Алматыда) is never a declined name. Neighbouring matched tokens with only a
space, hyphen or initial's dot between them form one mention; its candidates are the people every
word of it can belong to (Нурлану {Nurlan A, Nurlan B} + Әбдірахманову {Nurlan A} -> Nurlan A).
Initials beside a mention go with it (А. Б. Ахметова, Ахметова А.Б.).

What replaces a mention:
- the code of the one person it can be, when that person is linked to the record (a target) —
  every document and export binds each record's text to its targets (`for_record`, `for_targets`);
  unbound (a screen masking names against shoulder-surfing) any one person's code may stand;
- otherwise a neutral placeholder ([имя] / [name] / [есімі]): an ambiguous fragment (a first name
  two registry people share) or a person not linked to the record never becomes anyone's code;
- organisations (matched as whole phrases or their quoted short name) the same way with
  [организация] / [organisation] / [ұйым].

Names that are *not* in the registry but that the text shows as names — capitalised words with a
surname or patronymic ending (Сериков, Серикова, -ович, -овна, -ұлы, -қызы) alone or beside other
capitalised words (Болат Сериков), or beside initials (Б. Сериков) — are collected in
`Deidentifier.unknown` and, by the choice `unknown`, kept ("keep"), replaced by the placeholder
("replace", always under the public profile) or reported before anything is written ("ask": the
document or export raises UnknownNamesFound, which carries them). The heuristic can miss a name
without such an ending or flag a place; it is a warning to the person exporting, not the guarantee.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from kkdesk.errors import InvalidInput, KkdeskError
from kkdesk.model.dates import PartialDate
from kkdesk.model.translit import fold

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

PROFILES = ("full", "pseudonymised", "public")
UNKNOWN_CHOICES = ("ask", "replace", "keep")
PLACEHOLDERS = {"en": ("[name]", "[organisation]"), "ru": ("[имя]", "[организация]"),
                "kk": ("[есімі]", "[ұйым]")}

_RUN = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")   # a letter run; Vasil'ev is one word
_GAP = re.compile(r"[ \t\u00a0]*(?:-[ \t\u00a0]*)?")   # between two words of one name
_ORG_GAP = re.compile(r"[\s.,\-–—'’\"«»()]*")         # between the words of an organisation's name
_QUOTED = re.compile(r"[«\"“„']([^»\"”“']{3,})[»\"”“']")
_GLUE = set("#@/_.=?&+")                               # a token right after these is part of a tag, address
_MIN_STEM = 4

# Case endings after fold (ы, і -> i; ң -> n; қ -> k; ғ -> g; х -> x; ю -> yu; я -> ya).
# Russian nouns, adjectival surnames and patronymics: Ахметова/ой/у/ым/ых, Алексея/ю/ем, Асели/ью,
# Жовтиского/ому/им; Kazakh cases with every vowel-harmony variant, possessive and plural.
_ENDINGS = frozenset("""
    a u e i o om em im oi ei oyu eyu yu ya ix imi ami am ax ogo ego omu emu aya uyu ie iye
    ka ke ga ge na ne tin din nin ti di ni n ta te da de nda nde tan ten dan den nan nen ndan nden
    men ben pen si lar ler tar ter dar der
""".split())
_MAX_ENDING = max(len(e) for e in _ENDINGS)
# Words that belong to a name but say nothing on their own: Kazakh patronymic words, honorifics.
_NOT_NAMES = frozenset({"uli", "kizi", "apai", "apa", "aga", "ata", "ake", "xanim", "bi"})
# What makes a capitalised word look like a surname or patronymic, after fold, with one case ending
# (Сериков, Серикову, Серикова, Сериковқа; Болатович, Сергеевна; Серікұлы, Серікқызына). Beside
# another capitalised word or initials, -ин, -ский, -енко count too (Болат Ильин).
_SURNAME = re.compile(r"[a-z]{2,}(?:(?:ov|ev)(?:a|u|e|i|im|oi|oyu|ix|imi|ka|ti|tin|ta|tan|pen|tar)?"
                      r"|(?:ovich|evich)(?:a|u|e|em)?|(?:ovn|evn|ichn)(?:a|u|e|oi|oyu)"
                      r"|(?:uli|kizi)(?:na|nin|n|nda|nan|men)?)")
_PAIR_SURNAME = re.compile(_SURNAME.pattern + r"|[a-z]{2,}(?:in(?:a|u|e|oi|im|ix)?|t?sk(?:i|aya|ogo|omu|im|oi|uyu)"
                           r"|enko)")
_PATRONYMIC = re.compile(r"[a-z]{2,}(?:(?:ovich|evich)(?:a|u|e|em)?|(?:ovn|evn|ichn)(?:a|u|e|oi|oyu)"
                         r"|(?:uli|kizi)(?:na|nin|n|nda|nan|men)?)")
_GLUED_MIN = 7   # a glued word this long is searched inside for a registry stem (#свободуахметовой)


class UnknownNamesFound(KkdeskError):
    """Free text names people who are not in the registry, and the user has not yet chosen whether to
    replace them. `names` holds them (shown to the user, never logged); the message does not."""

    def __init__(self, names: "Iterable[str]"):
        self.names = tuple(sorted(set(names)))
        super().__init__(f"The text to export names {len(self.names)} people who are not in the registry. "
                         "Choose whether to replace them with a placeholder or keep them, then export again.")


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise InvalidInput("report.bad_profile", profile=str(profile))
    return profile


def check_unknown(choice: str) -> str:
    if choice not in UNKNOWN_CHOICES:
        raise InvalidInput("report.bad_unknown_choice", choice=str(choice))
    return choice


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    return fold(word).replace(" ", "")


@lru_cache(maxsize=200_000)
def _bases(folded: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(stems of 4+ letters, stems of 3 letters) of a folded word: the word with up to two case
    endings cut off, every way they can be cut (Қуанышқызына: -на; Ахметовтарға: -тар, -ға)."""
    found = {folded}
    frontier = [folded]
    for _ in range(2):
        nxt = []
        for w in frontier:
            for k in range(1, min(_MAX_ENDING, len(w) - 3) + 1):
                if w[-k:] in _ENDINGS:
                    stem = w[:-k]
                    if stem not in found:
                        found.add(stem)
                        nxt.append(stem)
        frontier = nxt
    long = tuple(sorted(b for b in found if len(b) >= _MIN_STEM))
    short = tuple(sorted(b for b in found if len(b) == 3))
    return long, short


def _looks_like_surname(folded: str, pair: bool) -> bool:
    return (_PAIR_SURNAME if pair else _SURNAME).fullmatch(folded) is not None


@dataclass
class _Token:
    start: int
    end: int
    folded: str
    cap: bool        # starts with a capital letter
    glued: bool      # inside a tag, an address or an e-mail: matched whatever its case
    initial: bool    # one or two letters followed by a dot (А. / Zh.)
    text_before_stop: bool = False   # only a sentence end, a line break or an opening mark before it


def _opens_sentence(text: str, start: int) -> bool:
    """Only spaces and opening marks between the text's start, a sentence end or a line break and here."""
    k = start - 1
    while k >= 0 and text[k] in " \t\u00a0\"«“„([":
        k -= 1
    return k < 0 or text[k] in ".!?…:;\n\r"


def _tokens(text: str, glued_all: bool) -> list[_Token]:
    out: list[_Token] = []
    for m in _RUN.finditer(text):
        run, base = m.group(0), m.start()
        cuts = [0] + [k for k in range(1, len(run)) if run[k - 1].islower() and run[k].isupper()] + [len(run)]
        glued = glued_all or (base > 0 and text[base - 1] in _GLUE) or len(cuts) > 2 or \
            (m.end() < len(text) and text[m.end()] in "@/_")
        for a, b in zip(cuts, cuts[1:]):
            surface = run[a:b]
            start, end = base + a, base + b
            out.append(_Token(start, end, _fold_word(surface), surface[0].isupper(), glued,
                              len(surface) <= 2 and surface[0].isupper() and text[end:end + 1] == ".",
                              _opens_sentence(text, start)))
    return out


@dataclass
class Registry:
    """Every registry name, folded and stemmed, pointing at the people and organisations it can be."""

    codes: dict[tuple[str, int], str] = field(default_factory=dict)   # ("p"|"o", id) -> code
    exact: dict[str, set[tuple[str, int]]] = field(default_factory=dict)
    stems: dict[str, set[tuple[str, int]]] = field(default_factory=dict)
    org_phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, int]]]] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)

    def add_person(self, pid: int, code: str, names: Iterable[str]) -> None:
        key = ("p", pid)
        self.codes[key] = code
        for name in names:
            for run in _RUN.findall(name or ""):
                for part in re.split(r"(?<=[^\W\d_])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", run) if not run.isupper() else [run]:
                    w = _fold_word(part)
                    if len(w) < 2 or w in _NOT_NAMES:
                        continue
                    self.exact.setdefault(w, set()).add(key)
                    long, short = _bases(w)
                    for b in long + short:
                        self.stems.setdefault(b, set()).add(key)

    def add_organisation(self, oid: int, code: str, names: Iterable[str]) -> None:
        key = ("o", oid)
        self.codes[key] = code
        for name in names:
            if not name:
                continue
            # the quoted part is how people name it in passing: фонд «Демо-Защита» -> «Демо-Защита»
            for phrase in (name, *_QUOTED.findall(name)):
                ws = tuple(_fold_word(w) for w in _RUN.findall(phrase))
                if ws:
                    self.org_phrases.setdefault(ws[0][:_MIN_STEM], []).append((ws, key))

    def finish(self) -> None:
        for key in self.org_phrases:
            self.org_phrases[key].sort(key=lambda item: -len(item[0]))

    def candidates(self, tok: _Token) -> frozenset:
        """The registry people this token can be a form of."""
        found = set(self.exact.get(tok.folded, ()))
        long, short = _bases(tok.folded)
        if tok.folded not in self.places and not any(b in self.places for b in long):
            for b in long:
                found.update(self.stems.get(b, ()))
            if (tok.cap or tok.glued) and tok.end - tok.start <= 5:   # Дану, Даной; not Данные
                for b in short:
                    found.update(self.stems.get(b, ()))
        if not found and tok.glued and len(tok.folded) >= _GLUED_MIN:
            w = tok.folded   # a name run together with other words in any case: #свободуахметовой
            for a in range(len(w) - _MIN_STEM):
                for b in range(a + _MIN_STEM + 1, len(w) + 1):
                    found.update(self.stems.get(w[a:b], ()))
        return frozenset(found)

    @classmethod
    def from_database(cls, cdb: "CaseDatabase") -> "Registry":
        reg = cls()
        for pid, latin, cyr, aliases, code in cdb.conn.execute(
                "SELECT id, name_latin, name_cyrillic, aliases, pseudonym FROM person"):
            reg.add_person(pid, code, [latin, cyr, *json.loads(aliases or "[]")])
        for oid, name, alt, code in cdb.conn.execute("SELECT id, name, name_alt, pseudonym FROM organisation"):
            reg.add_organisation(oid, code, [name, alt])
        for en, ru, kk, aliases in cdb.conn.execute(
                "SELECT label_en, label_ru, label_kk, aliases FROM vocab_term WHERE vocab IN ('city', 'region')"):
            for label in (en, ru, kk, *json.loads(aliases or "[]")):
                reg.places.update(_fold_word(w) for w in _RUN.findall(label or ""))
        reg.finish()
        return reg


def _org_word_matches(name_word: str, folded: str) -> bool:
    """The text word is the organisation's word, or it with a short ending (Коллегию, Тестовой)."""
    if folded == name_word:
        return True
    stem = name_word if len(name_word) < 6 else name_word[:-3]
    return len(stem) >= _MIN_STEM and folded.startswith(stem) and len(folded) - len(stem) <= 5


class Deidentifier:
    """Applies one profile; built once per document or export from the whole registry, then bound to
    each record's targets with `for_targets` / `for_record` (only those people may appear as codes)."""

    def __init__(self, profile: str, registry: Registry | None = None, lang: str = "en",
                 unknown: str = "replace", linked: frozenset | None = None, found: set | None = None):
        self.profile = check_profile(profile)
        self.lang = lang if lang in PLACEHOLDERS else "en"
        self.unknown_choice = check_unknown(unknown)
        self._reg = registry or Registry()
        self._linked = linked
        self.unknown: set[str] = found if found is not None else set()   # shared by every bound copy

    @classmethod
    def for_database(cls, cdb: "CaseDatabase", profile: str, lang: str = "en",
                     unknown: str = "replace") -> "Deidentifier":
        """Collects every person's and organisation's names (all spellings) when names must go."""
        check_profile(profile)
        check_unknown(unknown)
        return cls(profile, Registry.from_database(cdb) if profile != "full" else Registry(), lang, unknown)

    def for_targets(self, person_ids: Iterable = (), org_ids: Iterable = ()) -> "Deidentifier":
        """The same profile for a text about these targets: only their codes may replace a name."""
        linked = frozenset([("p", i) for i in person_ids if i is not None] +
                           [("o", i) for i in org_ids if i is not None])
        return Deidentifier(self.profile, self._reg, self.lang, self.unknown_choice, linked, self.unknown)

    def for_record(self, incident) -> "Deidentifier":
        return self.for_targets([t.person_id for t in incident.targets],
                                [t.organisation_id for t in incident.targets])

    def check_unknown_names(self) -> None:
        """Raise UnknownNamesFound when the user must first choose what to do with unknown names
        (pseudonymised output only: full keeps every name, public always replaces them)."""
        if self.unknown and self.unknown_choice == "ask" and self.profile == "pseudonymised":
            raise UnknownNamesFound(self.unknown)

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
        """Text with every registry name replaced (code or placeholder) and unknown names flagged."""
        return self._apply(text, glued_all=False)

    def tag(self, text: str | None) -> str:
        """A tag (#СвободуАхметовой): the same, with names glued into words found in any case."""
        return self._apply(text, glued_all=True)

    def unknown_names(self, text: str | None) -> list[str]:
        """The names not in the registry that this text shows as names (for a warning)."""
        if not text or self.full:
            return []
        return [text[a:b] for a, b, kind, _ in self._scan(text, False) if kind == "unknown"]

    def _apply(self, text: str | None, glued_all: bool) -> str:
        if not text or self.full:
            return text or ""
        spans = self._scan(text, glued_all)
        if not spans:
            return text
        person_ph, org_ph = PLACEHOLDERS[self.lang]
        replace_unknown = self.public or self.unknown_choice == "replace"
        out, pos = [], 0
        for a, b, kind, who in spans:
            if kind == "unknown":
                self.unknown.add(text[a:b])
                if not replace_unknown:
                    continue
                new = person_ph
            elif who is not None and (self._linked is None or who in self._linked):
                new = self._reg.codes[who]
            else:
                new = org_ph if kind == "org" else person_ph
            out.append(text[pos:a])
            out.append(new)
            pos = b
        out.append(text[pos:])
        return "".join(out)

    def _scan(self, text: str, glued_all: bool) -> list[tuple[int, int, str, tuple | None]]:
        """(start, end, "person"|"org"|"unknown", the one registry key it is or None) for each mention."""
        reg = self._reg
        toks = _tokens(text, glued_all)
        cands = [reg.candidates(t) for t in toks]
        spans: list[tuple[int, int, str, tuple | None]] = []

        def gap(i: int) -> bool:   # only a space or hyphen (a dot after an initial) between toks i and i+1
            between = text[toks[i].end:toks[i + 1].start]
            if toks[i].initial and between.startswith("."):
                between = between[1:]
            return _GAP.fullmatch(between) is not None

        def name_like(i: int, pair: bool) -> bool:
            t = toks[i]
            return t.cap and not cands[i] and t.folded not in reg.places and \
                _looks_like_surname(t.folded, pair)

        i, n = 0, len(toks)
        while i < n:
            org = self._org_at(text, toks, i)
            if org is not None:
                last, key = org
                spans.append((toks[i].start, toks[last].end, "org", key))
                i = last + 1
                continue
            if cands[i] and not toks[i].initial:
                j, cur = i, cands[i]
                while j + 1 < n and gap(j) and cands[j + 1] and cur & cands[j + 1]:
                    j += 1
                    cur = cur & cands[j]
                a, b = i, j
                while a > 0 and toks[a - 1].initial and gap(a - 1):
                    a -= 1
                while b + 1 < n and toks[b + 1].initial and gap(b):
                    b += 1
                # a registry word beside a name that is not in the registry (Болат Сериков, where the
                # registry's Болат is someone else) is not that person: placeholder, and the rest is flagged
                left = a > 0 and gap(a - 1) and name_like(a - 1, True)
                right = b + 1 < n and gap(b) and name_like(b + 1, True)
                if left and not (spans and spans[-1][1] >= toks[a - 1].end):
                    spans.append((toks[a - 1].start, toks[a - 1].end, "unknown", None))
                who = next(iter(cur)) if len(cur) == 1 and not (left or right) else None
                spans.append((toks[a].start, toks[b].end, "person", who))
                if right:
                    c = b + 1
                    while c + 1 < n and gap(c) and toks[c + 1].cap and not cands[c + 1]:
                        c += 1
                    spans.append((toks[b + 1].start, toks[c].end, "unknown", None))
                    b = c
                i = b + 1
                continue
            unknown = self._unknown_at(toks, cands, i, gap, name_like)
            if unknown is not None:
                a, b = unknown
                spans.append((toks[a].start, toks[b].end, "unknown", None))
                i = b + 1
                continue
            i += 1
        return spans

    def _unknown_at(self, toks, cands, i, gap, name_like) -> tuple[int, int] | None:
        """A run of capitalised, unmatched words (with initials) that one surname or patronymic
        ending shows to be a person's name; or initials before such a word."""
        n = len(toks)
        if not toks[i].cap or cands[i]:
            return None
        j = i
        while j + 1 < n and gap(j) and toks[j + 1].cap and not cands[j + 1] and j - i < 3:
            j += 1
        words = [k for k in range(i, j + 1) if not toks[k].initial]
        if not words:
            return None
        pair = len(words) > 1 or len(words) < j - i + 1     # several words, or a word with initials
        named = [k for k in words if name_like(k, pair)]
        if not pair and named and self._sentence_start(toks, i) and not _PATRONYMIC.fullmatch(toks[i].folded):
            return None   # "Вызов на допрос": a capitalised -ов word opening a sentence is too often a noun
        if not named:
            return None
        # the name is the surname-like words and one word on either side (Болат Тестиков, Иван
        # Петрович Сидоров), not a capitalised word before it (Свидетель Болат Тестиков)
        a, b = max(i, named[0] - 1), min(j, named[-1] + 1)
        while a > i and toks[a - 1].initial:
            a -= 1
        while b < j and toks[b + 1].initial:
            b += 1
        return a, b

    @staticmethod
    def _sentence_start(toks: list[_Token], i: int) -> bool:
        return i == 0 or toks[i].text_before_stop

    def _org_at(self, text: str, toks: list[_Token], i: int) -> tuple[int, tuple] | None:
        for words, key in self._reg.org_phrases.get(toks[i].folded[:_MIN_STEM], ()):
            last = i + len(words) - 1
            if last >= len(toks):
                continue
            if all(_org_word_matches(w, toks[i + k].folded) for k, w in enumerate(words)) and \
                    all(_ORG_GAP.fullmatch(text[toks[i + k].end:toks[i + k + 1].start])
                        for k in range(len(words) - 1)):
                return last, key
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

