"""Dates known to the day, the month or the year, or as a span ("May–June 2021").

Incidents keep the precision they were reported with. Counting attributes a record to the year
(and, when known, the month) of its first date, once, whatever the span.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from kkdesk.errors import InvalidInput
from kkdesk.model import months
from kkdesk.model.translit import fold

__all__ = ["PartialDate", "parse", "MIN_YEAR", "MAX_YEAR"]

MIN_YEAR = 1900
MAX_YEAR = 2100

_ISO_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

_EN_MONTHS, _RU_NOMINATIVE, _KK_MONTHS = months.FULL["en"], months.FULL["ru"], months.FULL["kk"]
_RU_GENITIVE = months.RU_GENITIVE


def _month_table() -> dict[str, int]:
    """Month names keyed by their folded form, so "июня", "iyunya" and Kazakh typed with Russian
    letters ("маусым", "кантар") all read; a clash between two months is a programming error."""
    table: dict[str, int] = {}
    # Kazakh short forms are left out: they label chart axes, people do not write dates with them.
    lists = [_EN_MONTHS, _RU_NOMINATIVE, _RU_GENITIVE, months.RU_PREPOSITIONAL, _KK_MONTHS, months.SHORT["en"],
             months.SHORT["ru"]]
    for names in lists:
        for number, name in enumerate(names, start=1):
            key = fold(name)
            if table.setdefault(key, number) != number:
                raise AssertionError(f"month name {name!r} clashes after folding")
    for name, number in months.OTHER_SHORT.items():
        table.setdefault(fold(name), number)
    return table


_MONTHS = _month_table()
# Words that carry no date information: year markers (г., гг., года, ж., жж., жылы, жылғы),
# English ordinals (9th), and prepositions ("в мае", "in May", "of").
_NOISE = {fold(w) for w in ["г", "гг", "год", "года", "году", "ж", "жж", "жыл", "жылы", "жылғы",
                            "st", "nd", "rd", "th", "в", "in", "of", "the", "on", "year"]}
# Seasons as legacy sheets write them ("весна 2023", "2021 ж. күзі"): the season's three months.
# Winter is left out on purpose: "зима 2023" spans two years and people mean different ones.
_SEASONS = {fold(w): months for words, months in [
    (["весна", "весной", "весну", "весны", "көктем", "көктемде", "көктемі", "spring"], (3, 5)),
    (["лето", "летом", "лета", "жаз", "жазда", "жазы", "summer"], (6, 8)),
    (["осень", "осенью", "осени", "күз", "күзде", "күзі", "autumn", "fall"], (9, 11)),
] for w in words}
# Words that may open a range: "from May to June", "с мая по июнь", "от ... до ...".
_RANGE_OPENERS = {fold(w) for w in ["from", "с", "c", "от", "between", "бастап"]}


@dataclass(frozen=True)
class _Fields:
    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _bounds(part: str) -> tuple[_dt.date, _dt.date]:
    """First and last day covered by a valid partial ISO string."""
    y = int(part[:4])
    if len(part) == 4:
        return _dt.date(y, 1, 1), _dt.date(y, 12, 31)
    m = int(part[5:7])
    if len(part) == 7:
        return _dt.date(y, m, 1), _dt.date(y, m, calendar.monthrange(y, m)[1])
    d = _dt.date(y, m, int(part[8:10]))
    return d, d


def _part_problem(part: object) -> str | None:
    """Why a partial ISO string is not acceptable (a message code, see `_invalid`), or None."""
    if not isinstance(part, str) or not _ISO_PART.fullmatch(part):
        return "date.not_iso"
    y = int(part[:4])
    if not MIN_YEAR <= y <= MAX_YEAR:
        return "date.out_of_years"
    if len(part) >= 7 and not 1 <= int(part[5:7]) <= 12:
        return "date.no_such_month"
    if len(part) == 10:
        try:
            _dt.date(y, int(part[5:7]), int(part[8:10]))
        except ValueError:
            return "date.not_real"
    return None


def _problem(date_from: object, date_to: object) -> str | None:
    """Why (date_from, date_to) is not a valid partial date, as a message code; None when it is."""
    problem = _part_problem(date_from)
    if problem or date_to is None or date_to == date_from:
        return problem
    problem = _part_problem(date_to)
    if problem:
        return problem
    start_from, end_from = _bounds(date_from)
    start_to, end_to = _bounds(date_to)
    if start_to < start_from or end_to < end_from or (start_to, end_to) == (start_from, end_from):
        return "date.ends_before_start"
    return None


def _invalid(code: str, text: object) -> InvalidInput:
    """The error for a date problem code, quoting the text as the user wrote it (field "date")."""
    years = {"first": str(MIN_YEAR), "last": str(MAX_YEAR)} if code == "date.out_of_years" else {}
    return InvalidInput(code, field="date", text=str(text), **years)


@functools.total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, month or year, or a span between two such dates.

    `date_from` / `date_to` are partial ISO strings (YYYY, YYYY-MM, YYYY-MM-DD). A `date_to`
    equal to `date_from` is stored as None. Instances sort by (start, end).
    """

    date_from: str
    date_to: str | None = None

    def __post_init__(self) -> None:
        problem = _problem(self.date_from, self.date_to)
        if problem:
            raise _invalid(problem, self.iso())
        if self.date_to == self.date_from:
            object.__setattr__(self, "date_to", None)

    # --- what it covers -------------------------------------------------------------------------

    @property
    def precision(self) -> str:
        """"day", "month", "year", or "range" when there is a date_to."""
        if self.date_to is not None:
            return "range"
        return {4: "year", 7: "month", 10: "day"}[len(self.date_from)]

    @property
    def start(self) -> _dt.date:
        """First day covered."""
        return _bounds(self.date_from)[0]

    @property
    def end(self) -> _dt.date:
        """Last day covered."""
        return _bounds(self.date_to if self.date_to is not None else self.date_from)[1]

    @property
    def year(self) -> int:
        """Year the record counts in: the year of date_from."""
        return int(self.date_from[:4])

    @property
    def month(self) -> int | None:
        """Month the record counts in (of date_from), None when only the year is known."""
        return int(self.date_from[5:7]) if len(self.date_from) >= 7 else None

    def contains(self, d: _dt.date) -> bool:
        """True when the day d lies within the covered days."""
        return self.start <= d <= self.end

    def overlaps(self, start: _dt.date | None, end: _dt.date | None) -> bool:
        """True when the covered days meet the period [start, end]; None is an open bound."""
        return (end is None or self.start <= end) and (start is None or start <= self.end)

    # --- ordering -------------------------------------------------------------------------------

    def _sort_key(self) -> tuple:
        # (start, end) as promised; the strings only break ties so that order agrees with ==.
        return (self.start, self.end, self.date_from, self.date_to or "")

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    # --- text forms -----------------------------------------------------------------------------

    def iso(self) -> str:
        """ISO 8601 form: "2019-06", or an interval "2021-05/2021-06"."""
        return self.date_from if self.date_to is None else f"{self.date_from}/{self.date_to}"

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Inverse of iso(); InvalidInput when the text is not such a form."""
        if not isinstance(text, str) or text.count("/") > 1:
            raise InvalidInput("date.not_iso_range", field="date", text=str(text))
        parts = text.strip().split("/")
        return cls(parts[0].strip(), parts[1].strip() if len(parts) == 2 else None)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read a date as people write it (see `parse`)."""
        return parse(text)

    def format(self, lang: str = "en") -> str:
        """Human form in "en", "ru" or "kk": "9 June 2019", "июнь 2019 г.", "2019 ж. маусым"."""
        if lang not in _FORMATTERS:
            raise InvalidInput("date.bad_language", lang=str(lang))
        a = _fields_of(self.date_from)
        b = _fields_of(self.date_to) if self.date_to is not None else None
        return _FORMATTERS[lang](a, b)

    def __str__(self) -> str:
        return self.iso()


def _fields_of(part: str) -> _Fields:
    y = int(part[:4])
    m = int(part[5:7]) if len(part) >= 7 else None
    d = int(part[8:10]) if len(part) == 10 else None
    return _Fields(y, m, d)


# --- formatting -------------------------------------------------------------------------------

def _same_shape(a: _Fields, b: _Fields) -> bool:
    return (a.month is None) == (b.month is None) and (a.day is None) == (b.day is None)


def _join(left: str, right: str) -> str:
    # "May–June" reads as one word; "1 May – 15 June" needs spaces round the dash.
    sep = "–" if " " not in left and " " not in right else " – "
    return f"{left}{sep}{right}"


def _format_en(a: _Fields, b: _Fields | None) -> str:
    def full(f: _Fields) -> str:
        if f.month is None:
            return str(f.year)
        if f.day is None:
            return f"{_EN_MONTHS[f.month - 1]} {f.year}"
        return f"{f.day} {_EN_MONTHS[f.month - 1]} {f.year}"

    if b is None:
        return full(a)
    if a.year == b.year and _same_shape(a, b) and a.month is not None:
        if a.day is None:
            return f"{_join(_EN_MONTHS[a.month - 1], _EN_MONTHS[b.month - 1])} {a.year}"
        if a.month == b.month:
            return f"{a.day}–{b.day} {_EN_MONTHS[a.month - 1]} {a.year}"
        left = f"{a.day} {_EN_MONTHS[a.month - 1]}"
        right = f"{b.day} {_EN_MONTHS[b.month - 1]}"
        return f"{_join(left, right)} {a.year}"
    if a.month is None and b.month is None:
        return f"{a.year}–{b.year}"
    return _join(full(a), full(b))


def _format_ru(a: _Fields, b: _Fields | None) -> str:
    def bare(f: _Fields) -> str:  # without the trailing "г."
        if f.month is None:
            return str(f.year)
        if f.day is None:
            return f"{_RU_NOMINATIVE[f.month - 1]} {f.year}"
        return f"{f.day} {_RU_GENITIVE[f.month - 1]} {f.year}"

    if b is None:
        return f"{bare(a)} г."
    if a.year == b.year and _same_shape(a, b) and a.month is not None:
        if a.day is None:
            months = _join(_RU_NOMINATIVE[a.month - 1], _RU_NOMINATIVE[b.month - 1])
            return f"{months} {a.year} г."
        if a.month == b.month:
            return f"{a.day}–{b.day} {_RU_GENITIVE[a.month - 1]} {a.year} г."
        left = f"{a.day} {_RU_GENITIVE[a.month - 1]}"
        right = f"{b.day} {_RU_GENITIVE[b.month - 1]}"
        return f"{_join(left, right)} {a.year} г."
    if a.month is None and b.month is None:
        return f"{a.year}–{b.year} гг."
    return _join(f"{bare(a)} г.", f"{bare(b)} г.")


def _format_kk(a: _Fields, b: _Fields | None) -> str:
    def tail(f: _Fields) -> str:  # what follows "YYYY ж."
        if f.month is None:
            return ""
        if f.day is None:
            return _KK_MONTHS[f.month - 1]
        return f"{f.day} {_KK_MONTHS[f.month - 1]}"

    def full(f: _Fields) -> str:
        rest = tail(f)
        return f"{f.year} ж. {rest}" if rest else f"{f.year} ж."

    if b is None:
        return full(a)
    if a.year == b.year and _same_shape(a, b) and a.month is not None:
        if a.day is not None and a.month == b.month:
            return f"{a.year} ж. {a.day}–{b.day} {_KK_MONTHS[a.month - 1]}"
        return f"{a.year} ж. {_join(tail(a), tail(b))}"
    if a.month is None and b.month is None:
        return f"{a.year}–{b.year} жж."
    return _join(full(a), full(b))


_FORMATTERS = {"en": _format_en, "ru": _format_ru, "kk": _format_kk}


# --- parsing ----------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<compound>\d+(?:[-./]\d+){1,2})"
    r"|(?P<number>\d+)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<space>[\s.,]+)"
    r"|(?P<bad>.)"
)


class _Unreadable(Exception):
    """The text is not a date form we know (turned into InvalidInput by parse)."""


def _compound(token: str) -> _Fields:
    nums = re.split(r"[-./]", token)
    lens = [len(n) for n in nums]
    v = [int(n) for n in nums]
    if len(nums) == 3 and lens[0] == 4 and lens[1] <= 2 and lens[2] <= 2:
        return _Fields(v[0], v[1], v[2])  # 2019-06-09, 2019.06.09
    if len(nums) == 3 and lens[0] <= 2 and lens[1] <= 2 and lens[2] == 4:
        return _Fields(v[2], v[1], v[0])  # 09.06.2019, day first as in Kazakhstan
    if len(nums) == 2 and lens[0] == 4 and lens[1] <= 2:
        return _Fields(v[0], v[1])  # 2019-06
    if len(nums) == 2 and lens[0] <= 2 and lens[1] == 4:
        return _Fields(v[1], v[0])  # 06.2019
    raise _Unreadable


def _read_side(text: str) -> _Fields:
    """Collect year, month and day from one side of a date; any field may be missing."""
    year = month = day = None

    def put(current, value):
        if current is not None:
            raise _Unreadable  # two years, two months or two days in one date
        return value

    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        tok = m.group(0)
        if kind == "space":
            continue
        if kind == "bad":
            raise _Unreadable
        if kind == "compound":
            f = _compound(tok)
            year = put(year, f.year)
            month = put(month, f.month)
            if f.day is not None:
                day = put(day, f.day)
        elif kind == "number":
            if len(tok) == 4:
                year = put(year, int(tok))
            elif len(tok) <= 2:
                day = put(day, int(tok))
            else:
                raise _Unreadable
        else:
            key = fold(tok)
            if key in _NOISE:
                continue
            if key not in _MONTHS:
                raise _Unreadable
            month = put(month, _MONTHS[key])
    if year is None and month is None and day is None:
        raise _Unreadable
    return _Fields(year, month, day)


def _complete(f: _Fields) -> str:
    if f.year is None or (f.day is not None and f.month is None):
        raise _Unreadable
    return f.iso()


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).strip().lower()
    text = re.sub(r"[‐‑‒–—―−]", "–", text)  # every dash-like mark becomes an en dash
    return re.sub(r"\s+", " ", text)


# Range separators, tried in order; "-" last because ISO dates contain it.
_SEPARATORS = [re.compile(p) for p in (
    r"\s*–\s*", r"\s+(?:to|till|until|through|по|до|дейін)\s+", r"\s+-\s+", r"-", r"/",
)]


def _strip_opener(text: str) -> str:
    words = text.split(" ", 1)
    if len(words) == 2 and fold(words[0]) in _RANGE_OPENERS:
        return words[1]
    return text


def _try_range(left: str, right: str) -> tuple[str, str]:
    a = _read_side(_strip_opener(left.strip()))
    b = _read_side(right.strip())
    # Shared parts are written once: "May–June 2021", "1–15 June 2021", "2021 ж. мамыр–маусым".
    if a.year is None:
        a = _Fields(b.year, a.month, a.day)
    if b.year is None:
        b = _Fields(a.year, b.month, b.day)
    if a.day is not None and a.month is None:
        a = _Fields(a.year, b.month, a.day)
    if b.day is not None and b.month is None:
        b = _Fields(b.year, a.month, b.day)
    return _complete(a), _complete(b)


def _season(s: str) -> tuple[str, str] | None:
    """"весна 2023", "Spring 2023", "2021 жылдың күзі": (first month, last month) of that season, else None."""
    season = year = None
    for m in _TOKEN.finditer(s):
        kind, tok = m.lastgroup, m.group(0)
        if kind == "space":
            continue
        key = fold(tok) if kind == "word" else ""
        if kind == "number" and len(tok) == 4 and year is None:
            year = int(tok)
        elif key in _SEASONS and season is None:
            season = _SEASONS[key]
        elif not (key in _NOISE or key == fold("жылдың")):
            return None
    if season is None or year is None:
        return None
    return f"{year:04d}-{season[0]:02d}", f"{year:04d}-{season[1]:02d}"


def parse(text: str) -> PartialDate:
    """Read a date as monitors write it, in English, Russian or Kazakh.

    Accepts ISO (2019-06-09, 2019-06, 2019), day-first numbers (09.06.2019, 9/6/2019, 06.2019),
    month names ("June 2019", "9 июня 2019 г.", "маусым 2019", "June 9, 2019") and spans with a
    dash, "to", "по" or "до" ("May–June 2021", "01.05.2021 - 15.06.2021", "2019–2020").
    Raises InvalidInput quoting the text when it cannot be read or is not a real date.
    """
    if not isinstance(text, str):
        raise _invalid("date.unreadable", text)
    s = _normalise(text)
    shown = text.strip()
    season = _season(s)
    if season is not None:
        if _problem(*season) is None:
            return PartialDate(*season)
        raise _invalid(_problem(*season), shown)
    candidates: list[tuple[str, str | None]] = []
    if s:
        try:
            single = _complete(_read_side(s))
            if _problem(single, None) is None:
                return PartialDate(single)
            candidates.append((single, None))
        except _Unreadable:
            pass
        for sep in _SEPARATORS:
            for m in sep.finditer(s):
                if m.start() == 0 or m.end() == len(s):
                    continue
                try:
                    candidates.append(_try_range(s[:m.start()], s[m.end():]))
                except _Unreadable:
                    continue
    # The first reading that is a real date wins; otherwise say what is wrong with the first one.
    for date_from, date_to in candidates:
        if _problem(date_from, date_to) is None:
            return PartialDate(date_from, date_to)
    if candidates:
        raise _invalid(_problem(*candidates[0]), shown)
    raise _invalid("date.unreadable", shown)
