"""What the three documents' snapshots share: the gathering Context and the statistics section.

Snapshots hold only plain strings and numbers, with vocabulary labels already in the document's
language and the de-identification profile already applied, so the renderers (kkdesk.reports.pdf)
never touch the database and cannot leak what the profile removed.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from kkdesk.model.dates import PartialDate
from kkdesk.reports.deidentify import Deidentifier
from kkdesk.reports.i18n import check_lang, iso_day, tr
from kkdesk.records import CaseDatabase

_CONF_ORDER = {"public": 0, "restricted": 1, "confidential": 2}


class Context:
    """What every gatherer needs: the store, the language, the profile, label look-ups."""

    def __init__(self, cdb: "CaseDatabase", lang: str, profile: str, unknown: str = "replace"):
        self.cdb = cdb
        self.lang = check_lang(lang)
        # unknown: what becomes of names not in the registry (deidentify.UNKNOWN_CHOICES)
        self.deid = Deidentifier.for_database(cdb, profile, self.lang, unknown)
        self.profile = self.deid.profile
        self._persons: dict[int, tuple[str, str, str]] = {}
        self._orgs: dict[int, tuple[str, str, str]] = {}

    def label(self, vocab: str, code: str | None) -> str:
        return self.cdb.vocab.label(vocab, code, self.lang) if code else ""

    def labels(self, vocab: str, codes) -> str:
        return ", ".join(self.label(vocab, c) for c in codes if c)

    def load_names(self, person_ids=(), org_ids=()) -> None:
        need_p = [i for i in set(person_ids) if i is not None and i not in self._persons]
        need_o = [i for i in set(org_ids) if i is not None and i not in self._orgs]
        if need_p:
            self._persons.update(self.cdb.persons.names(need_p))
        if need_o:
            self._orgs.update(self.cdb.organisations.names(need_o))

    def person_name(self, person_id: int) -> str:
        self.load_names([person_id])
        latin, cyr, code = self._persons.get(person_id, ("", "", ""))
        if not self.deid.full:
            return code
        if cyr and latin and cyr != latin:
            return f"{cyr} ({latin})"
        return cyr or latin or code

    def person_short(self, person_id: int) -> str:
        """One form of the name (Cyrillic if known) for lists; the code when names are removed."""
        self.load_names([person_id])
        latin, cyr, code = self._persons.get(person_id, ("", "", ""))
        return (cyr or latin or code) if self.deid.full else code

    def org_short(self, org_id: int) -> str:
        self.load_names(org_ids=[org_id])
        name, _alt, code = self._orgs.get(org_id, ("", "", ""))
        return (name or code) if self.deid.full else code

    def code_of(self, person_id: int | None, org_id: int | None) -> str:
        """The pseudonym code of a target (names must have been loaded)."""
        if person_id is not None:
            self.load_names([person_id])
            return self._persons.get(person_id, ("", "", ""))[2]
        self.load_names(org_ids=[org_id])
        return self._orgs.get(org_id, ("", "", ""))[2]

    def short_place(self, region: str | None, city: str | None) -> str:
        city = self.deid.city(city)
        return self.label("city", city) if city else self.label("region", region)

    def org_name(self, org_id: int) -> str:
        self.load_names(org_ids=[org_id])
        name, alt, code = self._orgs.get(org_id, ("", "", ""))
        if not self.deid.full:
            return code
        return f"{name} ({alt})" if alt and alt != name else name

    def target_name(self, person_id: int | None, org_id: int | None) -> str:
        return self.person_name(person_id) if person_id is not None else self.org_name(org_id)

    def date(self, d: PartialDate) -> str:
        return self.deid.date(d).format(self.lang)

    def day(self, iso: str | None) -> str:
        return iso_day(self.deid.day(iso), self.lang)

    def place(self, region: str | None, city: str | None) -> str:
        city = self.deid.city(city)
        parts = [self.label("city", city)] if city else []
        region_label = self.label("region", region)
        if region_label and region_label not in parts:
            parts.append(region_label)
        return ", ".join(parts)

    def generated(self) -> str:
        return tr("generated", self.lang, date=PartialDate(_dt.date.today().isoformat()).format(self.lang))

    def marking(self, confidentialities) -> str:
        """The strictest confidentiality among the records shown (PUBLIC when the profile is public)."""
        levels = [c for c in confidentialities if c in _CONF_ORDER]
        if self.deid.public or not levels:
            return tr("mark.public" if self.deid.public else "mark.restricted", self.lang)
        return tr("mark." + max(levels, key=_CONF_ORDER.__getitem__), self.lang)


@dataclass(frozen=True)
class ChartSpec:
    """A diagram drawn from a table: vertical bars, horizontal bars or a pie."""

    kind: str                         # "vbar" | "hbar" | "pie"
    labels: tuple[str, ...]
    series: tuple[tuple[int, ...], ...]
    series_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatSection:
    key: str                          # stable name, e.g. "by_year" (tests and the GUI use it)
    title: str
    unit: str                         # "Unit: threats" in the document language
    header: tuple[str, ...]
    rows: tuple[tuple, ...]
    chart: ChartSpec | None = None
    note: str = ""


def unit_line(lang: str, unit: str) -> str:
    """"Unit: threats" in the document language."""
    return tr("unit", lang, unit=tr(f"unit.{unit}", lang))


def simple_section(ctx: Context, key: str, title_key: str, unit: str, dim_header: str, rows: list[tuple[str, int]],
            chart: str | None, note: str = "") -> StatSection:
    """A two-column table (label, count) with its diagram; `key` is the stable name tests use."""
    shown = rows[:20] if chart == "hbar" else rows   # a bar per row, the twenty largest at most
    spec = ChartSpec(chart, tuple(r[0] for r in shown), (tuple(r[1] for r in shown),)) if chart and rows else None
    return StatSection(key, tr(title_key, ctx.lang), unit_line(ctx.lang, unit), (dim_header, tr("count", ctx.lang)),
                       tuple(rows), spec, note)
