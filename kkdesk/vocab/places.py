"""Places through time: the region a city belonged to on a date, and when a region or a place
name existed, from the "history" entries of resources/vocab/city.json and region.json.

A record is checked against the map of its own date: Semey is in East Kazakhstan in 2019 and in
Abai region from June 2022; "Нур-Султан" names Astana only from March 2019 to September 2022.
Terms the coordinator added (no history) keep their one parent.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from kkdesk.messages import Message, in_each_language, msg, render
from kkdesk.model.dates import PartialDate
from kkdesk.model.translit import fold
from kkdesk.vocab import shipped_vocabularies

_BEGIN, _END = dt.date.min, dt.date.max


@dataclass(frozen=True)
class Period:
    start: dt.date = _BEGIN
    end: dt.date = _END

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return self.start <= end and start <= self.end

    def text(self, lang: str = "en") -> str:
        """"from June 2022", "until June 2018", "March 2019 – September 2022" (in en, ru or kk)."""
        return render(self.message(), lang)

    def message(self) -> Message:
        """The period for a message, its months written in each language."""
        def month(day: dt.date):
            return in_each_language(PartialDate(f"{day:%Y-%m}").format)

        if self.start != _BEGIN and self.end != _END:
            return msg("period.between", start=month(self.start), end=month(self.end))
        if self.start != _BEGIN:
            return msg("period.from", start=month(self.start))
        return msg("period.until", end=month(self.end)) if self.end != _END else msg("period.always")


def _period(entry: dict) -> Period:
    return Period(dt.date.fromisoformat(entry["from"]) if entry.get("from") else _BEGIN,
                  dt.date.fromisoformat(entry["until"]) if entry.get("until") else _END)


@dataclass
class PlaceHistory:
    city_regions: dict[str, list[tuple[str, Period]]] = field(default_factory=dict)  # earlier memberships
    exists: dict[tuple[str, str], Period] = field(default_factory=dict)              # (vocab, code) -> lifetime
    names: dict[tuple[str, str], tuple[str, Period]] = field(default_factory=dict)   # (vocab, folded name)

    @classmethod
    def from_vocabularies(cls, vocabs: dict[str, list[dict]]) -> "PlaceHistory":
        h = cls()
        for vocab in ("city", "region"):
            for term in vocabs.get(vocab, []):
                for entry in term.get("history", []):
                    period = _period(entry)
                    if "region" in entry:
                        h.city_regions.setdefault(term["code"], []).append((entry["region"], period))
                    elif "names" in entry:
                        for name in entry["names"]:
                            h.names[(vocab, fold(name))] = (term["code"], period)
                    else:
                        h.exists[(vocab, term["code"])] = period
        return h

    def regions_of(self, city: str, parent: str | None, start: dt.date, end: dt.date) -> list[str]:
        """Every region the city belonged to at some day of [start, end], earliest first."""
        earlier = self.city_regions.get(city, [])
        found = [region for region, p in earlier if p.overlaps(start, end)]
        last = max((p.end for _, p in earlier), default=None)
        if parent and (last is None or end > last) and parent not in found:
            found.append(parent)
        return found

    def region_on(self, city: str, parent: str | None, day: dt.date) -> str | None:
        """The region the city belonged to on that day."""
        found = self.regions_of(city, parent, day, day)
        return found[0] if found else parent

    def lifetime(self, vocab: str, code: str) -> Period | None:
        """When a region existed, for regions created or abolished (None: always, as far as known)."""
        return self.exists.get((vocab, code))

    def name_period(self, vocab: str, text: str) -> Period | None:
        """When a former or temporary name (Нур-Султан, ЮКО) was in use; None for other names."""
        found = self.names.get((vocab, fold(text)))
        return found[1] if found else None


@functools.lru_cache(maxsize=1)
def places() -> PlaceHistory:
    """The history of the shipped places (read once)."""
    return PlaceHistory.from_vocabularies(shipped_vocabularies())
