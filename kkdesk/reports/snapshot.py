"""Step one of every document: a frozen snapshot of what it shows, gathered from the store.

Snapshots hold only plain strings and numbers, with vocabulary labels already in the document's
language and the de-identification profile already applied, so the renderers (kkdesk.reports.pdf)
never touch the database and cannot leak what the profile removed.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import CRITERIA
from kkdesk.reports.deidentify import Deidentifier
from kkdesk.reports.i18n import check_lang, iso_day, tr

if TYPE_CHECKING:
    from kkdesk.store.database import CaseDatabase

_CONF_ORDER = {"public": 0, "restricted": 1, "confidential": 2}


@dataclass(frozen=True)
class ThreatSnap:
    threat_type: str
    group: str
    sources: str
    criteria: str
    articles: tuple[str, ...]
    outcome: str
    notes: str


@dataclass(frozen=True)
class TargetSnap:
    kind: str            # "Person" / "Organisation" in the document language
    name: str            # real name(s) or the pseudonym code, per profile
    category: str
    threats: tuple[ThreatSnap, ...]


@dataclass(frozen=True)
class BriefSnapshot:
    lang: str
    profile: str
    marking: str
    ref: str
    title: str
    generated: str
    facts: tuple[tuple[str, str], ...]
    targets: tuple[TargetSnap, ...]
    narrative: str
    info_sources: tuple[tuple[str, ...], ...]   # outlet, url, published, accessed, reliability, notes
    responses: tuple[tuple[str, ...], ...]      # action, date, result, reference, notes
    attachments: tuple[tuple[str, ...], ...]    # filename, size, sha256, description
    attachments_withheld: bool
    history: tuple[tuple[str, ...], ...]        # when, who, change, fields


class Context:
    """What every gatherer needs: the store, the language, the profile, label look-ups."""

    def __init__(self, cdb: "CaseDatabase", lang: str, profile: str):
        self.cdb = cdb
        self.lang = check_lang(lang)
        self.deid = Deidentifier.for_database(cdb, profile)
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


def _criteria_text(ctx: Context, threat) -> str:
    parts = []
    for dim in CRITERIA:
        value = getattr(threat, dim)
        if value:
            parts.append(f"{ctx.label('criterion', dim)}: {ctx.label('criterion', f'{dim}.{value}')}")
    return "; ".join(parts)


def _threat_snap(ctx: Context, t) -> ThreatSnap:
    deid = ctx.deid
    articles = []
    for a in t.articles:
        text = ctx.label("legal_article", a.article)
        if a.outcome:
            text += f" — {ctx.label('outcome', a.outcome)}"
        detail = deid.text(a.detail)
        if detail:
            text += f" ({detail})"
        articles.append(text)
    parent = ctx.cdb.vocab.term("threat_type", t.threat_type).parent if ctx.cdb.vocab.exists(
        "threat_type", t.threat_type) else None
    return ThreatSnap(
        threat_type=ctx.label("threat_type", t.threat_type),
        group=ctx.label("threat_group", parent) if parent else "",
        sources=ctx.labels("source_type", t.sources),
        criteria=_criteria_text(ctx, t),
        articles=tuple(articles),
        outcome=deid.text(ctx.label("outcome", t.outcome) if ctx.cdb.vocab.exists("outcome", t.outcome or "")
                          else t.outcome),
        notes=deid.public_private(t.notes),
    )


def _history_rows(ctx: Context, uuid: str) -> tuple[tuple[str, ...], ...]:
    rows = []
    for e in ctx.cdb.history.for_entity(uuid):
        action_key = f"history.{e.action}"
        try:
            action = tr(action_key, ctx.lang)
        except KeyError:
            action = e.action
        fields = ""
        if e.action == "update" and e.changes:
            names = []
            for key in sorted(e.changes):
                try:
                    names.append(tr(key, ctx.lang))
                except KeyError:
                    names.append(key)
            fields = ", ".join(names)
        when = ctx.day(e.at[:10]) if e.at else ""
        if not ctx.deid.public and e.at and len(e.at) >= 16:
            when += " " + e.at[11:16]
        rows.append((when, ctx.deid.actor(e.actor), action, fields))
    return tuple(rows)


def gather_brief(cdb: "CaseDatabase", incident_id: int, lang: str = "en", profile: str = "full") -> BriefSnapshot:
    """Everything a case brief shows about one incident."""
    ctx = Context(cdb, lang, profile)
    inc = cdb.incidents.get(incident_id)
    if not ctx.deid.keeps_incident(inc.confidentiality):
        raise InvalidInput("This incident is not marked public, so it has no public version.")
    deid = ctx.deid
    ctx.load_names([t.person_id for t in inc.targets], [t.organisation_id for t in inc.targets])
    facts = [
        (tr("ref", lang), inc.ref),
        (tr("date", lang), ctx.date(inc.date)),
        (tr("place", lang), ctx.place(inc.region, inc.city)),
    ]
    detail = deid.public_private(inc.place_detail)
    if detail:
        facts.append((tr("place_detail", lang), detail))
    facts += [
        (tr("status", lang), ctx.label("status", inc.status)),
        (tr("confidentiality", lang), ctx.label("confidentiality", inc.confidentiality)),
    ]
    if inc.tags:
        facts.append((tr("tags", lang), ", ".join(deid.text(t) for t in inc.tags)))
    if inc.reasons:
        facts.append((tr("reasons", lang), ctx.labels("reason", inc.reasons)))
    if inc.aims:
        facts.append((tr("aims", lang), ctx.labels("aim", inc.aims)))
    recorded = ctx.day(inc.recorded_at[:10]) if inc.recorded_at else ""
    who = deid.actor(inc.recorded_by)
    if recorded:
        facts.append((tr("recorded", lang), f"{recorded}, {who}" if who else recorded))
    targets = tuple(
        TargetSnap(kind=tr("person" if t.person_id is not None else "organisation", lang),
                   name=ctx.target_name(t.person_id, t.organisation_id),
                   category=ctx.label("category", t.category),
                   threats=tuple(_threat_snap(ctx, th) for th in t.threats))
        for t in inc.targets)
    sources = tuple((deid.text(s.outlet), s.url, ctx.day(s.published_on), ctx.day(s.accessed_on),
                     ctx.label("reliability", s.reliability), deid.public_private(s.notes)) for s in inc.sources)
    responses = tuple((ctx.label("response_type", r.response_type), ctx.day(r.date), deid.text(r.result),
                       r.reference, deid.public_private(r.notes)) for r in inc.responses)
    attachments = () if deid.public else tuple(
        (deid.text(a.filename), f"{a.size:,}".replace(",", "\u202f"), a.sha256, deid.text(a.description))
        for a in inc.attachments)
    return BriefSnapshot(
        lang=lang, profile=ctx.profile, marking=ctx.marking([inc.confidentiality]), ref=inc.ref,
        title=deid.text(inc.title), generated=ctx.generated(), facts=tuple(facts), targets=targets,
        narrative=deid.text(inc.narrative), info_sources=sources, responses=responses,
        attachments=attachments, attachments_withheld=deid.public and bool(inc.attachments),
        history=_history_rows(ctx, inc.uuid),
    )
