"""Review before it counts (schema 7): the workflow, its history, links and "not the same person"."""

from __future__ import annotations

import pytest

from kkdesk.errors import InvalidInput
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, InfoSource, Person, Target
from kkdesk.store.verify import verify
from tests import factories


def _as(cdb, actor):
    cdb.actor = actor
    return cdb


def test_draft_submitted_returned_resubmitted_verified_each_step_in_the_history(new_db):
    cdb = _as(new_db, "monitor-1")
    ids = factories.build(cdb)
    iid = ids["incidents"][1]                     # a draft
    assert cdb.review.state(iid) == "draft"
    cdb.review.submit([iid])
    assert cdb.review.state(iid) == "submitted"
    assert cdb.review.waiting_for_me() == []      # the author cannot review their own record
    with pytest.raises(InvalidInput, match="someone else must review"):
        cdb.review.verify([iid])
    with pytest.raises(InvalidInput, match="someone else must review"):
        cdb.review.send_back(iid, "Which court?")

    _as(cdb, "coordinator")
    assert iid in cdb.review.waiting_for_me()
    with pytest.raises(InvalidInput, match="comment"):
        cdb.review.send_back(iid, "  ")
    before = cdb.incidents.get(iid)
    cdb.review.send_back(iid, "Which court? Add the source.")
    after = cdb.incidents.get(iid)
    assert after.review == "returned" and after.status == "draft"
    assert after.updated_by == "monitor-1" and after.title == before.title   # a reviewer does not edit
    assert after.revision == before.revision + 1                            # bundles carry the step
    assert cdb.review.returned_to_me("monitor-1") == [iid] and cdb.review.returned_to_me() == []
    cdb.review.comment(iid, "A second note")                                  # a comment alone
    assert cdb.review.state(iid) == "returned"

    _as(cdb, "monitor-1")
    inc = cdb.incidents.get(iid)
    inc.sources = [InfoSource("Court record"), InfoSource("Vlast.kz", "https://vlast.kz/1")]
    inc = cdb.incidents.save(inc)
    assert inc.review == "returned" and inc.corroboration == 2
    cdb.review.submit([iid], "Fixed: source added")

    _as(cdb, "coordinator")
    cdb.review.verify([iid])
    inc = cdb.incidents.get(iid)
    assert (inc.review, inc.status) == ("verified", "verified")
    steps = [(s.step, s.actor) for s in cdb.review.steps(iid)]
    assert steps == [("submit", "monitor-1"), ("return", "coordinator"), ("comment", "coordinator"),
                     ("submit", "monitor-1"), ("verify", "coordinator")]
    told = [e.changes.get("review_step", {}).get("step") for e in cdb.history.for_entity(inc.uuid)]
    assert [s for s in told if s] == ["submit", "return", "comment", "submit", "verify"]
    assert verify(cdb).ok                         # chain intact, records equal their history


def test_only_the_right_states_move_and_an_edit_of_a_verified_record_needs_review_again(new_db):
    cdb = _as(new_db, "monitor-1")
    ids = factories.build(cdb)
    verified = ids["incidents"][0]                # made with status "verified"
    assert cdb.review.state(verified) == "verified"
    with pytest.raises(InvalidInput, match="submitted"):
        cdb.review.verify([ids["incidents"][2]])  # a draft is submitted first
    with pytest.raises(InvalidInput, match="draft or a returned"):
        cdb.review.submit([verified])
    inc = cdb.incidents.get(verified)
    inc.title += " (corrected)"
    inc = cdb.incidents.save(inc)
    assert (inc.review, inc.status) == ("submitted", "draft")   # nobody checked the edit
    cdb.actor = "coordinator"
    cdb.review.verify([verified])
    cdb.review.reopen(verified, "The date is wrong")   # a verification taken back
    assert cdb.review.state(verified) == "returned"
    assert verify(cdb).ok


def test_the_corroboration_counts_independent_sources():
    from kkdesk.model.entities import independent_sources as n

    assert n([]) == 0
    assert n([InfoSource("Vlast.kz", "https://vlast.kz/a"), InfoSource(" vlast.KZ ", "https://vlast.kz/b")]) == 1
    assert n([InfoSource("", "https://www.azattyq.org/x"), InfoSource("", "azattyq.org/y")]) == 1
    assert n([InfoSource("Interview"), InfoSource("", "https://kaztag.kz/1"), InfoSource("", "")]) == 2


def test_incident_links_read_from_both_ends_and_go_with_the_incident(new_db):
    cdb = new_db
    ids = factories.build(cdb)["incidents"]
    a, b, c = ids[0], ids[1], ids[2]
    lid = cdb.links.link_incidents(b, a, "continuation")
    assert cdb.links.link_incidents(b, a, "continuation") == lid          # once
    cdb.links.link_incidents(c, a, "same_case")
    [from_b] = cdb.links.incident_links(b)
    assert (from_b.kind, from_b.other_id, from_b.outgoing) == ("continuation", a, True)
    assert {(x.kind, x.other_id, x.outgoing) for x in cdb.links.incident_links(a)} == {
        ("continuation", b, False), ("same_case", c, True)}   # symmetric: stored smaller id first
    with pytest.raises(InvalidInput):
        cdb.links.link_incidents(a, a, "same_case")
    cdb.incidents.delete(b)
    assert [x.other_id for x in cdb.links.incident_links(a)] == [c]
    assert verify(cdb).ok


def test_not_the_same_person_is_remembered_and_the_duplicate_finder_honours_it(new_db):
    cdb = new_db
    p1 = cdb.persons.save(Person(name_latin="Asel Kudaibergen", name_cyrillic="Асель Құдайберген"))
    p2 = cdb.persons.save(Person(name_latin="Asel Kudaibergen", name_cyrillic="Асель Кудайберген"))
    assert (p1.id, p2.id) in {(a, b) for a, b, _ in cdb.persons.possible_duplicates()}
    cdb.actor = "coordinator"
    pair = cdb.links.mark_not_same_person(p2.id, p1.id)
    assert pair.decided_by == "coordinator" and pair.person_uuid < pair.other_uuid
    assert (p1.id, p2.id) not in {(a, b) for a, b, _ in cdb.persons.possible_duplicates()}
    assert [x.decided_by for x in cdb.links.not_same_persons(p1.id)] == ["coordinator"]
    with pytest.raises(InvalidInput):
        cdb.links.mark_same_person(p1.id, p2.id)
    assert any("not_same_person" in (e.changes or {}) for e in cdb.history.for_entity(p1.uuid))
    cdb.links.unmark_not_same_person(p1.id, p2.id)
    assert (p1.id, p2.id) in {(a, b) for a, b, _ in cdb.persons.possible_duplicates()}
    assert verify(cdb).ok


def test_a_merge_passes_the_decisions_and_links_of_the_person_that_goes(new_db):
    cdb = new_db
    keep = cdb.persons.save(Person(name_latin="Ulan Serikov"))
    gone = cdb.persons.save(Person(name_latin="Ulan Serikow"))
    other = cdb.persons.save(Person(name_latin="Ruslan Serikov"))
    org = factories.build(cdb)["o"]
    cdb.links.mark_not_same_person(gone.id, other.id)
    cdb.links.link_person_org(gone.id, org, "lawyer")
    cdb.persons.merge(keep.id, gone.id)
    assert [(x.person_uuid, x.other_uuid) for x in cdb.links.not_same_persons(keep.id)] == [
        tuple(sorted((keep.uuid, other.uuid)))]
    assert [(x.kind, x.person_id) for x in cdb.links.person_org_links(organisation_id=org)] == [("lawyer", keep.id)]


def test_same_person_links_group_records_through_chains(new_db):
    cdb = new_db
    a, b, c = (cdb.persons.save(Person(name_latin=n)).id for n in ("Aigul One", "Aigul Two", "Aigul Three"))
    cdb.links.mark_same_person(b, a)
    cdb.links.mark_same_person(c, b)
    assert cdb.links.same_person(a) == sorted([b, c])
    assert (a, b) not in {(x, y) for x, y, _ in cdb.persons.possible_duplicates(threshold=0.5)}
    cdb.links.unmark_same_person(b, c)
    assert cdb.links.same_person(c) == []


def test_an_incident_with_status_verified_from_an_import_is_verified_and_back_to_draft_leaves_review(new_db):
    cdb = new_db
    inc = cdb.incidents.save(Incident("Imported", PartialDate("2020"), status="verified"))
    assert inc.review == "verified"
    inc.status = "draft"
    assert cdb.incidents.save(inc).review == "draft"


def test_the_overview_says_which_records_it_counts_and_counts_only_those(new_db):
    from kkdesk import stats
    from kkdesk.reports import build_overview
    from kkdesk.search import SearchQuery, limited_to_verified
    from tests.reports.helpers import pdf_text

    factories.build(new_db)                       # one verified incident of four
    verified = pdf_text(build_overview(new_db, limited_to_verified(None), "ru"))
    assert "только проверенные записи" in " ".join(verified.split())
    assert "все записи, проверенные и непроверенные" in " ".join(pdf_text(build_overview(new_db, None, "ru")).split())
    assert stats.count_by(new_db, [], "incidents", limited_to_verified(SearchQuery())).total == 1
    assert stats.corroboration(new_db, None) == {"incidents": 4, "corroborated": 0, "at_least": 2}


def test_the_brief_lists_related_incidents_and_the_dossier_shows_links_and_the_other_record(new_db):
    from kkdesk.reports import build_brief, build_dossier
    from tests.reports.helpers import pdf_text

    cdb = new_db
    ids = factories.build(cdb)
    first, second, third = ids["incidents"][:3]
    cdb.links.link_incidents(third, first, "continuation")
    cdb.links.link_incidents(second, first, "response")
    cdb.links.link_person_org(ids["a"], ids["o"], "lawyer")
    refs = {i: cdb.incidents.get(i).ref for i in (first, second, third)}
    text = " ".join(pdf_text(build_brief(cdb, first, "en")).split())
    assert "Related incidents" in text
    assert f"continued by {refs[third]}" in text and f"answered by {refs[second]}" in text
    ru = " ".join(pdf_text(build_brief(cdb, third, "ru", "pseudonymised")).split())
    assert f"продолжение инцидента {refs[first]}" in ru
    assert cdb.incidents.get(first).title not in ru                 # no other incident's title there
    other = cdb.persons.save(Person(name_latin="D. Zhovtis (second record)", gender="male"))
    cdb.incidents.save(Incident("Второй монитор", PartialDate("2022-02-02"), city="almaty", targets=[
        Target(person_id=other.id, category="lawyer")]))
    cdb.links.mark_same_person(ids["a"], other.id)
    dossier = " ".join(pdf_text(build_dossier(cdb, person_id=ids["a"], lang="en")).split())
    assert "lawyer of" in dossier and other.pseudonym in dossier and "Второй монитор" in dossier
    assert f"continued by {refs[third]}" in dossier                 # links under the title in the timeline
    org = " ".join(pdf_text(build_dossier(cdb, organisation_id=ids["o"], lang="en")).split())
    assert "(lawyer of)" in org


def test_a_json_export_carries_links_and_review_steps_and_imports_them(new_db, tmp_path):
    import json

    from kkdesk.importer.json_import import import_json
    from kkdesk.records import CaseDatabase
    from kkdesk.reports import export

    cdb = _as(new_db, "monitor-1")
    ids = factories.build(cdb)
    first, second = ids["incidents"][:2]
    cdb.links.link_incidents(second, first, "response")
    cdb.links.link_person_org(ids["a"], ids["o"], "member")
    cdb.links.mark_same_person(ids["b"], ids["c"])
    cdb.review.submit([second])
    cdb.actor = "coordinator"
    cdb.review.send_back(second, "Add the court's decision")
    export(cdb, "json", tmp_path / "all.json", "full")
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [d["kind"] for d in data["incident_links"]] == ["response"]
    assert [d["step"] for d in sorted(data["review_steps"], key=lambda d: d["at"])] == ["submit", "return"]
    assert len(data["person_org_links"]) == len(data["same_persons"]) == 1
    export(cdb, "json", tmp_path / "pseudo.json", "pseudonymised")
    pseudo = json.loads((tmp_path / "pseudo.json").read_text(encoding="utf-8"))
    assert pseudo["review_steps"] == [] and len(pseudo["incident_links"]) == 1    # comments are free text
    with CaseDatabase.create(tmp_path / "other.kkdb", "pass", actor="elsewhere") as other:
        import_json(other, tmp_path / "all.json")
        o_first, o_second = (other.incidents.id_for_uuid(cdb.incidents.get(i).uuid) for i in (first, second))
        assert [(x.kind, x.other_id) for x in other.links.incident_links(o_first)] == [("response", o_second)]
        assert [s.comment for s in other.review.steps(o_second)] == ["", "Add the court's decision"]
        assert other.review.state(o_second) == "returned"
        assert len(other.links.person_groups()) == 2
        assert verify(other).ok


def test_a_dossier_can_be_limited_to_verified_incidents_and_a_brief_says_its_review_state(new_db):
    from kkdesk.reports import build_brief, build_dossier
    from tests.reports.helpers import pdf_text

    ids = factories.build(new_db)                  # person a: incident 1 (verified) and 3 (draft)
    refs = [new_db.incidents.get(i).ref for i in ids["incidents"]]
    every = " ".join(pdf_text(build_dossier(new_db, person_id=ids["a"])).split())
    assert refs[0] in every and refs[2] in every and "all records, verified or not" in every
    only = " ".join(pdf_text(build_dossier(new_db, person_id=ids["a"], verified_only=True)).split())
    assert refs[0] in only and refs[2] not in only and "verified records only" in only
    brief = " ".join(pdf_text(build_brief(new_db, ids["incidents"][2], "ru")).split())
    assert "черновик, не отправлен на проверку" in brief


def test_a_review_step_keeps_the_cells_and_the_loaded_facts_current(new_db):
    from kkdesk import stats
    from kkdesk.search import SearchQuery
    from kkdesk.stats import facts

    cdb = _as(new_db, "monitor-1")
    ids = factories.build(cdb)["incidents"]
    stats.prepare(cdb)
    verified = SearchQuery(statuses=["verified"])
    cells = cdb.scalar("SELECT sum(n) FROM stat_threat_cell")
    before = stats.count_by(cdb, ["year"], "threats", verified)
    cdb.review.submit([ids[2]])
    cdb.actor = "coordinator"
    cdb.review.verify([ids[2]])
    assert facts.loaded(cdb) is not None                           # patched, not dropped
    after = stats.count_by(cdb, ["year"], "threats", verified)
    assert after.total == before.total + cdb.incidents.get(ids[2]).threat_count()
    assert (after.rows, after.total) == (lambda t: (t.rows, t.total))(
        stats._count_by_sql(cdb, ["year"], "threats", verified))
    assert cdb.scalar("SELECT sum(n) FROM stat_threat_cell") == cells == cdb.scalar("SELECT count(*) FROM threat")


def test_csv_and_xlsx_incidents_carry_review_state_sources_and_related(new_db, tmp_path):
    from kkdesk.reports.export_rows import gather_tables

    ids = factories.build(new_db)["incidents"]
    new_db.links.link_incidents(ids[1], ids[0], "continuation")
    sheets = {s.name: s for s in gather_tables(new_db, "full", "en", None, None)}
    table = sheets["incidents"]
    rows = {r[0]: dict(zip(table.header, r)) for r in table.rows}
    first, second = (new_db.incidents.get(i) for i in ids[:2])
    assert rows[first.ref]["Review"] == "verified by a second person"
    assert rows[first.ref]["Independent sources"] == 1
    assert rows[first.ref]["Related incidents"] == f"continued by {second.ref}"
    assert rows[second.ref]["Related incidents"] == f"continues {first.ref}"
