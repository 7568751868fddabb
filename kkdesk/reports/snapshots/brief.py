"""The case brief's snapshot: everything the brief shows about one incident, frozen."""

from __future__ import annotations

from dataclasses import dataclass

from kkdesk.errors import InvalidInput
from kkdesk.model.entities import CRITERIA
from kkdesk.reports.i18n import tr
from kkdesk.reports.snapshots.casework import CaseworkSection, gather_casework
from kkdesk.reports.snapshots.common import Context
from kkdesk.records import CaseDatabase
from kkdesk.util.numbers import number


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
    casework: CaseworkSection
    related: tuple[tuple[str, ...], ...] = ()   # relation, ref, date, title (a title only in the full version)


def related_rows(ctx: Context, cdb: "CaseDatabase", incident_id: int) -> tuple[tuple[str, ...], ...]:
    """The incidents linked to this one, from either end: (relation, ref, date, title). Only those the
    profile keeps; their titles (which may name other people) only in the full version."""
    rows = []
    links = cdb.links.incident_links(incident_id)
    others = {i.id: i for i in cdb.incidents.get_many([x.other_id for x in links])}
    for link in links:
        other = others.get(link.other_id)
        if other is None or not ctx.deid.keeps_incident(other.confidentiality):
            continue
        key = "link.same_case" if link.kind == "same_case" else \
            f"link.{link.kind}.{'out' if link.outgoing else 'in'}"
        rows.append((tr(key, ctx.lang), other.ref, ctx.date(other.date),
                     other.title if ctx.profile == "full" else ""))
    return tuple(sorted(rows, key=lambda r: r[1]))


def _criteria_text(ctx: Context, threat) -> str:
    parts = []
    for dim in CRITERIA:
        value = getattr(threat, dim)
        if value:
            # the value labels say their dimension themselves ("Actual", "Direct", "Recurrent")
            parts.append(ctx.label("criterion", f"{dim}.{value}"))
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


def gather_brief(cdb: "CaseDatabase", incident_id: int, lang: str = "en", profile: str = "full",
                 unknown: str = "replace") -> BriefSnapshot:
    """Everything a case brief shows about one incident."""
    ctx = Context(cdb, lang, profile, unknown)
    inc = cdb.incidents.get(incident_id)
    if not ctx.deid.keeps_incident(inc.confidentiality):
        raise InvalidInput("report.not_public")
    ctx.deid = deid = ctx.deid.for_record(inc)   # only this incident's targets may appear as codes
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
        (tr("review_state", lang), tr(f"review.{inc.review}", lang)),
        (tr("confidentiality", lang), ctx.label("confidentiality", inc.confidentiality)),
    ]
    if inc.tags:
        facts.append((tr("tags", lang), ", ".join(deid.tag(t) for t in inc.tags)))
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
    # an address can name the person in its path (…/asel-kuanyshkyzy-detained): names go there too
    # a public version names the outlet but does not lead to the article, which names the person
    sources = tuple((deid.text(s.outlet), "" if deid.public else deid.text(s.url), ctx.day(s.published_on),
                     ctx.day(s.accessed_on),
                     ctx.label("reliability", s.reliability), deid.public_private(s.notes)) for s in inc.sources)
    responses = tuple((ctx.label("response_type", r.response_type), ctx.day(r.date), deid.text(r.result),
                       deid.public_private(r.reference), deid.public_private(r.notes)) for r in inc.responses)
    attachments = () if deid.public else tuple(
        (deid.text(a.filename), number(a.size, lang), a.sha256, deid.text(a.description))
        for a in inc.attachments)
    snap = BriefSnapshot(
        lang=lang, profile=ctx.profile, marking=ctx.marking([inc.confidentiality]), ref=inc.ref,
        title=deid.text(inc.title), generated=ctx.generated(), facts=tuple(facts), targets=targets,
        narrative=deid.text(inc.narrative), info_sources=sources, responses=responses,
        attachments=attachments, attachments_withheld=deid.public and bool(inc.attachments),
        history=_history_rows(ctx, inc.uuid), casework=gather_casework(ctx, incident_id=inc.id),
        related=related_rows(ctx, cdb, inc.id),
    )
    deid.check_unknown_names()
    return snap
