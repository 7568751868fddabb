"""Applying an ImportPlan: everything in ONE transaction, so an import is all or nothing.

New terms, persons and organisations are created first, then the incidents in batches through
IncidentStore.save_many (history action "import"). Incidents whose uuid is already in the
database (the same rows imported before) are skipped and counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.messages import msg, render
from kkdesk.model.entities import Organisation, Person
from kkdesk.progress import Progress, Scaled, ensure

if TYPE_CHECKING:
    from kkdesk.importer.plan import ImportPlan
    from kkdesk.records import CaseDatabase


@dataclass
class ImportResult:
    incidents: int = 0
    threats: int = 0
    persons_created: int = 0
    persons_matched: int = 0
    organisations_created: int = 0
    terms_added: int = 0
    skipped_already_imported: int = 0
    skipped_duplicates: int = 0
    incident_ids: list[int] = field(default_factory=list)

    def summary(self, lang: str = "en") -> str:
        """What the import did, in lang."""
        parts = [msg("import.result", **{k: getattr(self, k) for k in (
            "incidents", "threats", "persons_created", "persons_matched", "organisations_created", "terms_added")})]
        if self.skipped_already_imported:
            parts.append(msg("import.result.skipped_before", count=self.skipped_already_imported))
        if self.skipped_duplicates:
            parts.append(msg("import.result.skipped_duplicates", count=self.skipped_duplicates))
        return " ".join(render(p, lang) for p in parts)


PERSONS_SHARE = 0.3  # of the progress bar: new persons are saved one by one, incidents in batches


def apply(cdb: "CaseDatabase", plan: "ImportPlan", progress: Progress | None = None,
          keep_duplicates: bool = False) -> ImportResult:
    """Write what the plan says, all or nothing. Refuses a plan that still has errors."""
    progress = ensure(progress)
    if not plan.ok:
        raise InvalidInput("import.has_problems", count=len(plan.errors))
    try:
        return _apply(cdb, plan, progress, keep_duplicates)
    except BaseException:
        from kkdesk.exchange.records import forget_vocab_cache

        forget_vocab_cache(cdb)  # terms added inside the rolled-back transaction are gone again
        raise


def _apply(cdb: "CaseDatabase", plan: "ImportPlan", progress: Progress, keep_duplicates: bool) -> ImportResult:
    result = ImportResult()
    with cdb.transaction():
        progress.set_progress(0.0, msg("progress.preparing"))
        for term in plan.new_terms:
            if not cdb.vocab.exists(term.vocab, term.code):
                cdb.vocab.add_term(term.vocab, term.code, term.label_en, term.label_ru, term.label_kk,
                                   parent=term.parent, aliases=term.aliases)
                result.terms_added += 1
        todo = []
        for planned in plan.incidents:
            if planned.already_imported or cdb.incidents.id_for_uuid(planned.incident.uuid) is not None:
                result.skipped_already_imported += 1
            elif planned.duplicate_of and not keep_duplicates:
                result.skipped_duplicates += 1
            else:
                todo.append(planned)
        person_ids: dict[str, int] = {}
        org_ids: dict[str, int] = {}
        needed = {(kind, key) for p in todo for kind, key in p.target_refs}
        for n, (key, pp) in enumerate(plan.persons.items()):
            if ("person", key) not in needed:
                continue
            if pp.existing_id is not None:
                person_ids[key] = pp.existing_id
                result.persons_matched += 1
                continue
            if n % 100 == 0:
                progress.check()
                progress.set_progress(PERSONS_SHARE * n / max(1, len(plan.persons)), msg("progress.import_persons"))
            person = cdb.persons.save(Person(name_latin=pp.name_latin[:500], name_cyrillic=pp.name_cyrillic[:500],
                                             aliases=[a[:500] for a in pp.aliases], gender=pp.gender,
                                             categories=sorted(pp.categories)))
            person_ids[key] = person.id
            result.persons_created += 1
        for key, po in plan.organisations.items():
            if ("organisation", key) not in needed:
                continue
            if po.existing_id is not None:
                org_ids[key] = po.existing_id
                continue
            org = cdb.organisations.save(Organisation(name=po.name[:500], kind=po.kind))
            org_ids[key] = org.id
            result.organisations_created += 1
        incidents = []
        for planned in todo:
            inc = planned.incident
            inc.id, inc.revision = None, 0  # a plan applied after a failed attempt starts clean
            for target, (kind, key) in zip(inc.targets, planned.target_refs):
                target.id = None
                if kind == "person":
                    target.person_id, target.organisation_id = person_ids[key], None
                else:
                    target.organisation_id, target.person_id = org_ids[key], None
                for threat in target.threats:
                    threat.id = None
            incidents.append(inc)
        result.incident_ids = cdb.incidents.save_many(incidents, progress=Scaled(progress, PERSONS_SHARE, 1.0),
                                                      history_action="import")
        result.incidents = len(incidents)
        result.threats = sum(i.threat_count() for i in incidents)
        cdb.history.record("import", "import", plan.source_uuid(), {
            "format": "spreadsheet", "incidents": result.incidents, "threats": result.threats,
            "skipped_already_imported": result.skipped_already_imported,
            "skipped_duplicates": result.skipped_duplicates})
    progress.set_progress(1.0, msg("progress.done"))
    return result
