"""The incident detail pane as a reader sees it: a target without a category (an organisation,
as legacy sheets leave it) is named without an empty "()" after its name. Fictional names."""

from __future__ import annotations

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Organisation, Person, Target, Threat
from kkdesk.ui.incidents_pane import incident_html

LABELS = {"sources": "Sources", "tags": "Tags"}


def test_a_target_without_category_has_no_empty_brackets(new_db):
    org = new_db.organisations.save(Organisation(name="Профсоюз «Тестовый»", kind="trade_union"))
    person = new_db.persons.save(Person(name_cyrillic="Тестова Айгерим", gender="female"))
    inc = new_db.incidents.save(Incident(
        title="Давление", date=PartialDate("2023-07"), city="almaty", region="almaty",
        targets=[Target(organisation_id=org.id, threats=[Threat("psychological.psychological_pressure")]),
                 Target(person_id=person.id, category="lawyer", threats=[Threat("judicial.arrest")])]))
    html = incident_html(new_db, inc.id, "en", False, LABELS)
    assert "()" not in html
    assert "<b>Профсоюз «Тестовый»</b></p>" in html
    assert "<b>Тестова Айгерим</b> (Lawyer" in html
