"""`kkdesk review …` and `kkdesk link` as a user runs them (real processes, a real encrypted file)."""

from __future__ import annotations

import json

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person
from kkdesk.records import CaseDatabase
from tests.test_cli import assert_plain_error, kk


def test_review_round_in_the_command_line(tmp_path):
    path = tmp_path / "r.kkdb"
    with CaseDatabase.create(path, "cli-pass", actor="unused") as cdb:
        refs = [cdb.incidents.save(Incident(f"Case {n}", PartialDate(f"202{n}"))).ref for n in (1, 2)]
    r = kk("review", "name", path, "monitor-north")
    assert r.returncode == 0 and "monitor-north" in r.stdout
    assert kk("review", "submit", path, *refs).returncode == 0
    # the author cannot review: one plain line, nothing written
    assert_plain_error(kk("review", "verify", path, refs[0]))
    assert kk("review", "name", path, "coordinator").returncode == 0
    listed = json.loads(kk("review", "list", path, "--waiting", "--json").stdout)
    assert [r["ref"] for r in listed["waiting"]] == refs and listed["actor"] == "coordinator"
    assert_plain_error(kk("review", "return", path, refs[1]))        # a return needs --comment
    assert kk("review", "return", path, refs[1], "-m", "Add a source").returncode == 0
    assert kk("review", "verify", path, refs[0]).returncode == 0
    assert kk("link", path, refs[1], "--to", refs[0], "--kind", "continuation").returncode == 0
    assert kk("review", "name", path, "monitor-north").returncode == 0
    text = kk("review", "list", path).stdout
    assert "Waiting for my review (monitor-north): 0" in text
    assert "Returned to me (monitor-north): 1" in text and "coordinator: Add a source" in text
    steps = kk("review", "steps", path, refs[1]).stdout
    assert "Review: returned" in steps and "submit   monitor-north" in steps and "return   coordinator" in steps
    with CaseDatabase.open(path, "cli-pass") as cdb:
        assert cdb.actor == "monitor-north"                # the name the database carries
        first = cdb.incidents.id_for_uuid(cdb.incidents.get_by_uuid(
            cdb.scalar("SELECT uuid FROM incident WHERE ref = ?", (refs[0],))).uuid)
        assert cdb.review.state(first) == "verified"
        assert [x.kind for x in cdb.links.incident_links(first)] == ["continuation"]
    # two records of one defender: linked from the command line, counted once
    with CaseDatabase.open(path, "cli-pass") as cdb:
        codes = [cdb.persons.save(Person(name_latin=n)).pseudonym for n in ("Aidos Test", "A. Test")]
    assert kk("link", path, codes[0], "--to", codes[1], "--kind", "same_person").returncode == 0
    assert_plain_error(kk("link", path, codes[0], "--to", codes[0], "--kind", "same_person"))
    with CaseDatabase.open(path, "cli-pass") as cdb:
        assert len(cdb.links.person_groups()) == 2
