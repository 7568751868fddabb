"""Every table that can hold record text is covered by deletion and purge.

The schema is enumerated: a table nobody classified fails the test, so a new table (a cache, a
conflict store) cannot silently keep deleted text. Then a deleted incident and person, which had
an exchange conflict resolved and another open, leave their marker text in no row of any table,
and a resolved conflict keeps no copy of either version."""

from __future__ import annotations

import pytest

from kkdesk.exchange import add_peer, export_bundle, import_bundle, list_conflicts, own_keys, resolve_conflict
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, InfoSource, Person, Response, Target, Threat
from kkdesk.records import CaseDatabase

PASS = "coverage passphrase"

# How each table's record text goes when the record is deleted (or why it holds none).
COVERAGE = {
    "incident": "the record",
    "incident_factor": "cascade from incident", "target": "cascade from incident",
    "threat": "cascade from target", "threat_source": "cascade from threat", "threat_article": "cascade from threat",
    "info_source": "cascade from incident", "response": "cascade from incident",
    "attachment": "cascade from incident", "incident_tag": "cascade from incident",
    "tag": "tags no record uses are dropped (TagStore.drop_unused)",
    "person": "the record", "person_category": "cascade from person", "person_tag": "cascade from person",
    "organisation": "the record",
    "incident_fts": "row deleted, index optimised (purge_free_text)",
    "person_fts": "row deleted, index optimised", "organisation_fts": "row deleted, index optimised",
    "history": "changes redacted (HistoryLog.redact)",
    "exchange_conflict": "deleted with its record (trigger); resolved ones keep only ref/pseudonym",
    "exchange_state": "no record text: uuids, revisions, hashes",
    "exchange_bundle": "no record text: bundle ids, uuids, history heads",
    "exchange_peer": "no record text: peer names the user chose and public keys",
    "meta": "no record text", "setting": "no record text: keys and preferences",
    "saved_search": "no record text: the user's own saved queries",
    "stat_threat_cell": "no record text: counts by vocabulary code", "stat_source_cell": "no record text: counts",
    "vocab_term": "no record text: the vocabularies",
    "protection_action": "purged with its incident, person or organisation (CaseworkStore.purge_for)",
    "follow_up": "purged with its record or action", "risk_assessment": "purged with its person",
    "review_step": "cascade from incident (comments name no one else's record)",
    "incident_link": "cascade from either incident; no text", "person_org_link": "cascade; no text",
    "person_same": "cascade from either person; no text",
    "person_distinct": "deleted with either person (trigger); uuids only",
}
FTS_SHADOW = ("_config", "_data", "_docsize", "_idx", "_content")

MARK = "Qzyrvanbek"          # fictional, in every text field of the records that get deleted
LOSING = "Vrelkhoryna"       # only in the version that loses a conflict
OPEN = "Plomdeshvir"         # only in an open conflict


def _tables(cdb) -> set[str]:
    names = {r[0] for r in cdb.query("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " AND name NOT LIKE 'sqlite_%'")}
    fts = {n for n in names if cdb.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (n,)).upper()
           .startswith("CREATE VIRTUAL TABLE")}
    return {n for n in names if not any(n == f + s for f in fts for s in FTS_SHADOW)}


def _rows_holding(cdb, text: str) -> list[str]:
    """Every table (shadow tables too) and column where `text` appears, in any case, as text or bytes."""
    found = []
    needles = {text.lower().encode(), text.encode()}
    for (table,) in cdb.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        cols = [r[1] for r in cdb.query(f'PRAGMA table_info("{table}")')]
        for row in cdb.query(f'SELECT * FROM "{table}"'):
            for col, value in zip(cols, row):
                raw = value.encode() if isinstance(value, str) else value if isinstance(value, bytes) else b""
                if any(n in raw or n in raw.lower() for n in needles):
                    found.append(f"{table}.{col}")
    return sorted(set(found))


def test_every_table_is_classified(tmp_path):
    with CaseDatabase.create(tmp_path / "s.kkdb", PASS) as cdb:
        tables = _tables(cdb)
    assert tables - set(COVERAGE) == set(), "classify the new table(s) in COVERAGE and cover their deletion"
    assert set(COVERAGE) - tables == set()


@pytest.fixture
def pair(tmp_path):
    mon = CaseDatabase.create(tmp_path / "mon.kkdb", PASS, actor="mon")
    coord = CaseDatabase.create(tmp_path / "coord.kkdb", PASS, actor="coord")
    add_peer(coord, "mon", own_keys(mon).text)
    add_peer(mon, "coord", own_keys(coord).text)
    yield mon, coord, tmp_path
    mon.close()
    coord.close()


def _conflict(mon, coord, folder, uuid, mine_text, theirs_text, name):
    a = coord.incidents.get_by_uuid(uuid)
    a.narrative = mine_text
    coord.incidents.save(a)
    b = mon.incidents.get_by_uuid(uuid)
    b.narrative = theirs_text
    mon.incidents.save(b)
    export_bundle(mon, "coord", folder / f"{name}.kkdx")
    assert import_bundle(coord, folder / f"{name}.kkdx").conflicts == 1


def test_deleted_records_leave_no_text_in_any_table(pair):
    mon, coord, folder = pair
    person = mon.persons.save(Person(name_latin=f"{MARK} Aidarova", name_cyrillic="Кзырванбек", notes=MARK,
                                     contact=f"{MARK}@example.org", aliases=[f"{MARK}ka"]))
    inc = mon.incidents.save(Incident(
        title=f"Search of {MARK}", date=PartialDate.parse("2021-05-02"), city="almaty", place_detail=MARK,
        narrative=f"{MARK} was searched.", tags=[f"tag-{MARK}"],
        targets=[Target(person_id=person.id, threats=[Threat("judicial.detention", sources=["police"],
                                                             notes=MARK)])],
        sources=[InfoSource(outlet=MARK, url=f"https://example.org/{MARK}", notes=MARK)],
        responses=[Response("investigation_opened", result=MARK, reference=MARK, notes=MARK)]))
    mon.incidents.add_attachment(inc.id, f"{MARK}.txt", f"statement of {MARK}".encode())
    mon.review.comment(inc.id, f"Check the court of {MARK}")
    from kkdesk.model.casework import FollowUp, ProtectionAction, RiskAssessment

    action = mon.casework.save_action(ProtectionAction("legal_aid", incident_id=inc.id, actor=MARK, notes=MARK))
    mon.casework.save_follow_up(FollowUp("hearing", "2021-06-01", title=MARK, action_id=action.id, notes=MARK))
    mon.casework.save_assessment(RiskAssessment(person.id, "2021-05-03", "high", facts=MARK, reason=MARK))
    mon.casework.save_action(ProtectionAction("urgent_appeal", person_id=person.id, notes=MARK))
    export_bundle(mon, "coord", folder / "b1.kkdx")
    import_bundle(coord, folder / "b1.kkdx")
    uuid = inc.uuid
    _conflict(mon, coord, folder, uuid, f"{MARK} here", f"{MARK} {LOSING}", "b2")
    [c] = list_conflicts(coord)
    resolve_conflict(coord, c.id, {"*": "mine"})
    # A resolved conflict keeps neither version: the losing text is nowhere but in the history.
    assert [t for t in _rows_holding(coord, LOSING) if not t.startswith("history.")] == []
    [closed] = list_conflicts(coord, include_resolved=True)
    assert closed.label.startswith("KK-") and closed.resolved_at
    _conflict(mon, coord, folder, uuid, f"{MARK} again here", f"{MARK} {OPEN}", "b3")
    assert _rows_holding(coord, OPEN) == ["exchange_conflict.theirs"]

    coord.incidents.delete(coord.incidents.id_for_uuid(uuid))
    coord.persons.delete(coord.persons.get_by_uuid(person.uuid).id)
    mon.incidents.delete(inc.id)
    mon.persons.delete(person.id)
    assert _rows_holding(mon, MARK) == []
    assert coord.scalar("SELECT count(*) FROM exchange_conflict") == 0
    assert _rows_holding(coord, MARK) == []
    assert _rows_holding(coord, OPEN) == [] and _rows_holding(coord, LOSING) == []
