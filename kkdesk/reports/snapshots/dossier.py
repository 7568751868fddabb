"""The defender dossier's snapshot: profile, timeline, counts by type and source, time under threat."""

from __future__ import annotations

from dataclasses import dataclass

from kkdesk.errors import InvalidInput
from kkdesk.reports.i18n import tr
from kkdesk.reports.snapshots.brief import related_rows
from kkdesk.reports.snapshots.casework import CaseworkSection, gather_casework
from kkdesk.reports.snapshots.common import Context, StatSection, simple_section
from kkdesk.records import CaseDatabase


@dataclass(frozen=True)
class DossierSnapshot:
    lang: str
    profile: str
    marking: str
    generated: str
    kind: str                                   # "Person" / "Organisation" in the document language
    name: str                                   # name(s) or the pseudonym code
    code: str
    profile_facts: tuple[tuple[str, str], ...]
    timeline_header: tuple[str, ...]
    timeline: tuple[tuple[str, ...], ...]       # date, ref, place, title, threat types, sources
    by_type: StatSection
    by_source: StatSection
    duration: tuple[tuple[str, str], ...]
    incidents: int
    threats: int
    casework: CaseworkSection
    is_person: bool


def gather_dossier(cdb: "CaseDatabase", person_id: int | None = None, organisation_id: int | None = None,
                   lang: str = "en", profile: str = "full", unknown: str = "replace",
                   verified_only: bool = False) -> DossierSnapshot:
    """Profile, timeline of every incident, counts by type and source, and time under threat."""
    if (person_id is None) == (organisation_id is None):
        raise InvalidInput("report.dossier_one_subject")
    ctx = Context(cdb, lang, profile, unknown)
    # text about the subject may show only the subject's code (each incident's title: its own targets')
    ctx.deid = ctx.deid.for_targets([person_id], [organisation_id])
    L, deid = ctx.lang, ctx.deid
    facts: list[tuple[str, str]] = []
    if person_id is not None:
        p = cdb.persons.get(person_id)
        code, kind = p.pseudonym, tr("person", L)
        name = ctx.person_name(person_id)
        if deid.full:
            facts += [(tr("name_cyrillic", L), p.name_cyrillic), (tr("name_latin", L), p.name_latin)]
            if p.aliases:
                facts.append((tr("aliases", L), ", ".join(p.aliases)))
        facts.append((tr("pseudonym", L), p.pseudonym))
        facts += [(tr("gender", L), ctx.label("gender", p.gender)),
                  (tr("categories", L), ctx.labels("category", p.categories))]
        if p.organisation_id is not None:
            facts.append((tr("organisation", L), ctx.org_name(p.organisation_id)))
        facts.append((tr("place", L), ctx.place(p.region, p.city)))
        if not deid.public:  # how much danger a person is in is not for publication
            facts.append((tr("risk_level", L), ctx.label("risk_level", p.risk_level)))
        if deid.full:
            facts += [(tr("contact", L), p.contact), (tr("notes", L), p.notes)]
        if p.tags and not deid.public:
            facts.append((tr("tags", L), ", ".join(deid.tag(t) for t in p.tags)))
        ties = cdb.links.person_org_links(person_id=person_id)
        if ties:
            facts.append((tr("ties", L), "; ".join(f"{tr('tie.' + t.kind, L)} {ctx.org_name(t.organisation_id)}"
                                                   for t in ties)))
        # the defender's other records ("same person as"): their incidents are this defender's too
        group = [person_id, *cdb.links.same_person(person_id)]
        if len(group) > 1:
            facts.append((tr("same_person", L), ", ".join(cdb.persons.get(x).pseudonym for x in group[1:])))
        ids = sorted({i for x in group for i in cdb.persons.incident_ids(x)})
        column, who = "person_id", set(group)
    else:
        o = cdb.organisations.get(organisation_id)
        code, kind = o.pseudonym, tr("organisation", L)
        name = ctx.org_name(organisation_id)
        if deid.full:
            facts.append((tr("name", L), o.name))
            if o.name_alt:
                facts.append((tr("aliases", L), o.name_alt))
        facts += [(tr("pseudonym", L), o.pseudonym), (tr("kind", L), ctx.label("org_kind", o.kind)),
                  (tr("place", L), ctx.place(o.region, o.city))]
        if deid.full and o.notes:
            facts.append((tr("notes", L), o.notes))
        ties = cdb.links.person_org_links(organisation_id=organisation_id)
        if ties:
            facts.append((tr("ties", L), "; ".join(f"{ctx.person_name(t.person_id)} ({tr('tie.' + t.kind, L)})"
                                                   for t in ties)))
        ids = [r[0] for r in cdb.conn.execute(
            "SELECT DISTINCT incident_id FROM target WHERE organisation_id = ?", (organisation_id,))]
        column, who = "organisation_id", {organisation_id}
    incidents = [cdb.incidents.get(i) for i in ids]
    incidents = [i for i in incidents if deid.keeps_incident(i.confidentiality)
                 and (i.status == "verified" or not verified_only)]
    facts.append((tr("records_scope", L), tr("scope.verified" if verified_only else "scope.all", L)))
    incidents.sort(key=lambda i: (i.date, i.ref))
    timeline, by_type, by_source, n_threats = [], {}, {}, 0
    for inc in incidents:
        mine = [t for t in inc.targets if getattr(t, column) in who]
        threats = [th for t in mine for th in t.threats]
        n_threats += len(threats)
        for th in threats:
            by_type[th.threat_type] = by_type.get(th.threat_type, 0) + 1
            for s in th.sources:
                by_source[s] = by_source.get(s, 0) + 1
        # its linked incidents, from either end, under the title ("continues KK-2021-…")
        linked = "".join(f"\n{relation} {ref}" for relation, ref, _, _ in related_rows(ctx, cdb, inc.id))
        timeline.append((ctx.date(inc.date), inc.ref, ctx.short_place(inc.region, inc.city),
                         deid.for_record(inc).text(inc.title) + linked,
                         ", ".join(sorted({ctx.label("threat_type", th.threat_type) for th in threats})),
                         ", ".join(sorted({ctx.label("source_type", s) for th in threats for s in th.sources}))))
    type_rows = sorted(((ctx.label("threat_type", k), v) for k, v in by_type.items()), key=lambda r: (-r[1], r[0]))
    source_rows = sorted(((ctx.label("source_type", k), v) for k, v in by_source.items()),
                         key=lambda r: (-r[1], r[0]))
    duration: list[tuple[str, str]] = []
    if incidents:
        first, last = incidents[0].date, max(incidents, key=lambda i: i.date.start).date
        years = last.year - first.year + 1
        duration = [(tr("first_threat", L), ctx.date(first)), (tr("last_threat", L), ctx.date(last)),
                    (tr("years_under_threat", L), str(years)), (tr("kf.incidents", L), str(len(incidents))),
                    (tr("kf.threats", L), str(n_threats))]
    deid.check_unknown_names()
    return DossierSnapshot(
        lang=L, profile=ctx.profile, marking=ctx.marking([i.confidentiality for i in incidents]),
        generated=ctx.generated(), kind=kind, name=name, code=code, profile_facts=tuple(facts),
        timeline_header=(tr("date", L), tr("ref", L), tr("place", L), tr("title", L), tr("threat_type", L),
                         tr("sources", L)),
        timeline=tuple(timeline),
        by_type=simple_section(ctx, "by_type", "by_type", "threats", tr("threat_type", L), type_rows, "hbar"),
        by_source=simple_section(ctx, "by_source", "by_source", "threats", tr("source", L), source_rows, "hbar",
                          note=tr("multi_valued", L)),
        duration=tuple(duration), incidents=len(incidents), threats=n_threats,
        casework=gather_casework(ctx, person_id=person_id, organisation_id=organisation_id),
        is_person=person_id is not None)
