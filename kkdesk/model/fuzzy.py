"""The one fuzzy matcher: how alike two texts are across scripts, and the closest of many.

Everything is compared in the folded form of model.translit (Cyrillic, Kazakh and Latin meet:
"Семей", "Semey" and "Семэй" fold alike), then scored with rapidfuzz. Scores are in [0, 1].

    ratio(a, b)                  whole-text similarity (Indel ratio of the folded forms)
    score(a, b)                  ratio, forgiving word order and a missing/extra word
    name_similarity(a, b)        two person names (name keys: script, order, patronymic ignored)
    person_similarity(as, bs)    whether two registry records are one person (word by word, fathers compared)
    name_conflicts(as, bs)       why two similar records may be different people ("patronymic", "name")
    Choices(entries).top(q, k)   the k closest entries, each with its key, label and the name matched
    Choices(entries).filter(q)   what a type-to-filter picker lists: word-prefix hits, then near misses

Importers use Choices over vocabulary terms (labels in every language plus aliases); duplicate
person scoring builds on name_similarity and Choices over registry names.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from kkdesk.model.translit import fold, name_key, patronymic

__all__ = ["Choices", "Match", "folded", "key_similarity", "name_conflicts", "name_similarity", "person_similarity",
           "ratio", "score"]

# (rapidfuzz scorer, weight): the same combinations as ratio() and score(), run natively over many names.
_WHOLE = ((fuzz.ratio, 1.0),)
_FORGIVING = ((fuzz.ratio, 1.0), (fuzz.token_sort_ratio, 1.0), (fuzz.token_set_ratio, 0.95))



@functools.lru_cache(maxsize=65536)
def folded(text: str) -> str:
    """fold(), memoised: matching folds the same labels and cell values many times."""
    return fold(text or "")


def _ratio_folded(a: str, b: str, cutoff: float = 0.0) -> float:
    if not a or not b:
        return 0.0
    return fuzz.ratio(a, b, score_cutoff=cutoff * 100) / 100.0


def _score_folded(a: str, b: str, cutoff: float = 0.0) -> float:
    """max(ratio, token sort ratio, 0.95 * token set ratio): "Иванов Петр" = "Петр Иванов", and
    a value one extra word off a label ("ТОО Адилет" ~ "Адилет") still ranks high."""
    if not a or not b:
        return 0.0
    c = cutoff * 100
    return max(w * scorer(a, b, score_cutoff=min(100.0, c / w)) for scorer, w in _FORGIVING) / 100.0


def ratio(a: str, b: str) -> float:
    """Similarity of the whole texts after folding, in [0, 1] (1.0 when they fold alike)."""
    return _ratio_folded(folded(a), folded(b))


def score(a: str, b: str) -> float:
    """Similarity after folding that forgives word order and one extra word, in [0, 1]."""
    return _score_folded(folded(a), folded(b))


def name_similarity(a: str, b: str) -> float:
    """How alike two person names are, in [0, 1], comparing their name keys (script, word order,
    patronymic and initials ignored); 0 when either is empty, 1 when the keys are equal."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    return _ratio_folded(ka, kb)


def key_similarity(ka: str, kb: str, cutoff: float = 0.0) -> float:
    """name_similarity for name keys already computed (bulk matching); 0 below cutoff."""
    if ka == kb:
        return 1.0 if ka else 0.0
    return _ratio_folded(ka, kb, cutoff)


TYPO_MIN_LENGTH = 7      # one wrong letter is a typo in a word this long; in a shorter one, another name
DIFFERENT_FATHERS = 0.5  # the most two records with different patronymics can score


def _script(word: str) -> str:
    return "cyrillic" if any("\u0400" <= ch <= "\u04ff" for ch in word) else "latin"


def _as_written(name: str) -> dict[str, str]:
    """The name's words as written (lower case), by their folded form."""
    return {fold(w): w.lower().replace("ё", "е") for w in name.replace(".", " ").split() if fold(w)}


def _word_similarity(a: str, b: str, raw_a: str = "", raw_b: str = "") -> float:
    """Two folded name words: equal 1; one letter off in a long word (a typo, "Нурлнов") 0.95;
    otherwise another name ("Асель"/"Әсем", "Ұлан"/"Руслан"): well below. Written in one script,
    the letters as written decide ("Каримова"/"Қасымова" fold one letter apart, are three)."""
    if a == b:
        return 1.0
    one_off = Levenshtein.distance(a, b) == 1 and min(len(a), len(b)) >= TYPO_MIN_LENGTH
    if one_off and raw_a and raw_b and _script(raw_a) == _script(raw_b):
        one_off = Levenshtein.distance(raw_a, raw_b) <= 1
    if one_off:
        return 0.95
    return 0.6 * fuzz.ratio(a, b) / 100.0


def _word_pairs(ka: list[str], kb: list[str], ra: dict | None = None,
                rb: dict | None = None) -> list[tuple[str, str, float]]:
    """Each word of the shorter key with its best partner in the longer one (each partner once)."""
    ra, rb = ra or {}, rb or {}
    if len(ka) > len(kb):
        ka, kb, ra, rb = kb, ka, rb, ra
    free, pairs = list(kb), []
    for w in ka:
        def sim(v: str, w=w) -> float:
            return _word_similarity(w, v, ra.get(w, ""), rb.get(v, ""))
        best = max(free, key=sim)
        pairs.append((w, best, sim(best)))
        free.remove(best)
    return pairs


def _name_pairs(a: str, b: str) -> list[tuple[str, str, float]]:
    return _word_pairs(name_key(a).split(), name_key(b).split(), _as_written(a), _as_written(b))


def _pair_similarity(a: str, b: str) -> float:
    ka, kb = name_key(a).split(), name_key(b).split()
    if not ka or not kb:
        return 0.0
    pairs = _name_pairs(a, b)
    value = sum(s for _a, _b, s in pairs) / len(pairs)
    if len(ka) != len(kb):
        value *= 0.92          # "Zhovtis E." against "Yevgeniy Zhovtis": likely, not certain
    pa, pb = patronymic(a), patronymic(b)
    if pa and pb and _word_similarity(pa, pb) < 0.95:
        value = min(value, DIFFERENT_FATHERS)
    return value


def person_similarity(a_names: Iterable[str], b_names: Iterable[str]) -> float:
    """How likely two registry records (each all its names: Latin, Cyrillic, aliases) are one
    person, in [0, 1]. Names are compared word by word after folding, across scripts and word
    order; a different first name or surname (not a typo) weighs heavily, and two different
    patronymics cap the score at DIFFERENT_FATHERS whatever else matches."""
    a_names, b_names = [n for n in a_names if n], [n for n in b_names if n]
    best = max((_pair_similarity(a, b) for a in a_names for b in b_names), default=0.0)
    if best > DIFFERENT_FATHERS and "patronymic" in name_conflicts(a_names, b_names):
        best = DIFFERENT_FATHERS
    return round(best, 4)


def name_conflicts(a_names: Iterable[str], b_names: Iterable[str]) -> list[str]:
    """Why two records whose names look alike may be different people: "patronymic" (both name a
    father, differently) and "name" (the closest names differ in a first name or surname beyond a
    typo: "Асель"/"Әсем", "Каримова"/"Қасымова")."""
    a_names, b_names = [n for n in a_names if n], [n for n in b_names if n]
    found: list[str] = []
    pa = {patronymic(n) for n in a_names} - {""}
    pb = {patronymic(n) for n in b_names} - {""}
    if pa and pb and not any(_word_similarity(x, y) >= 0.95 for x in pa for y in pb):
        found.append("patronymic")
    pairs = [(a, b) for a in a_names for b in b_names if name_key(a) and name_key(b)]
    if pairs:
        a, b = max(pairs, key=lambda p: _pair_similarity(*p))
        if any(s < 0.95 for _x, _y, s in _name_pairs(a, b)):
            found.append("name")
    return found


@dataclass(frozen=True)
class Match:
    key: object      # what the caller identifies the entry by (a term code, a person id…)
    label: str       # the entry's display label
    score: float     # in [0, 1]
    matched: str     # the name of the entry that matched best (a label in some language, an alias)


class Choices:
    """Entries to match against, each (key, label, names): folded once, searched many times.

    `names` are every way the entry is written (labels in all languages, aliases); a query
    matches an entry by its best name, and each entry appears once in a result."""

    def __init__(self, entries: Iterable[tuple[object, str, Iterable[str]]]):
        self._keys: list[object] = []
        self._labels: list[str] = []
        self._names: list[str] = []
        self._folded: list[str] = []
        self._owner: list[int] = []
        self._exact: dict[str, int] = {}
        for n, (key, label, names) in enumerate(entries):
            self._keys.append(key)
            self._labels.append(label)
            for name in dict.fromkeys(x for x in (label, *names) if x):
                f = folded(name)
                if not f:
                    continue
                self._names.append(name)
                self._folded.append(f)
                self._owner.append(n)
                self._exact.setdefault(f, n)

    def __len__(self) -> int:
        return len(self._keys)

    def exact(self, query: str) -> object | None:
        """The key of the entry one of whose names folds exactly like query, else None."""
        n = self._exact.get(folded(query))
        return None if n is None else self._keys[n]

    def top(self, query: str, k: int = 3, cutoff: float = 0.0, whole: bool = False) -> list[Match]:
        """The k entries closest to query, best first, each scoring at least cutoff.

        whole=True scores whole texts only (ratio), for deciding a value without asking;
        the default also forgives word order and an extra word (score), for suggestions."""
        q = folded(query)
        if not q or not self._folded:
            return []
        scorers = _WHOLE if whole else _FORGIVING
        best: dict[int, tuple[float, int]] = {}
        for scorer, weight in scorers:
            for _, s, i in process.extract(q, self._folded, scorer=scorer, processor=None,
                                           score_cutoff=min(100.0, cutoff * 100 / weight), limit=None):
                s = weight * s / 100.0
                owner = self._owner[i]
                if owner not in best or s > best[owner][0]:
                    best[owner] = (s, i)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:k]
        return [Match(self._keys[o], self._labels[o], round(s, 4), self._names[i]) for o, (s, i) in ranked]

    def best(self, query: str, cutoff: float, whole: bool = True) -> Match | None:
        """The closest entry if it scores at least cutoff (whole-text ratio by default)."""
        found = self.top(query, 1, cutoff, whole)
        return found[0] if found else None

    def filter(self, query: str, k: int = 30, cutoff: float = 0.75) -> list[Match]:
        """What a type-to-filter picker lists for what is typed so far, best first.

        First the entries one of whose names has a word starting with each typed word ("det" ->
        Detention, "death thr" -> Death threat), the closest in length first, so "Death" lists
        "Death threat" before "Death (a killing)"; then near misses (typos, another spelling) by
        whole-name ratio. An empty query lists nothing."""
        q = folded(query)
        words = q.split()
        if not words:
            return []
        hits: dict[int, tuple[float, int]] = {}
        for i, f in enumerate(self._folded):
            name_words = f.split()
            if all(any(w.startswith(x) for w in name_words) for x in words):
                owner, r = self._owner[i], _ratio_folded(q, f)
                if owner not in hits or r > hits[owner][0]:
                    hits[owner] = (r, i)
        ranked = sorted(hits.items(), key=lambda item: (-item[1][0], item[0]))
        found = [Match(self._keys[o], self._labels[o], round(r, 4), self._names[i]) for o, (r, i) in ranked[:k]]
        if len(found) < k:
            keys = {m.key for m in found}
            found += [m for m in self.top(query, k, cutoff, whole=True) if m.key not in keys][:k - len(found)]
        return found
