"""On-screen pseudonym mode masks names as the documents do: bound to each incident's own targets, so a
name of someone not linked to that incident never shows as their code (issue 14)."""

from __future__ import annotations

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, InfoSource, Person, Target, Threat
from kkdesk.ui.defenders import timeline
from kkdesk.ui.incident_table import COLUMN_KEYS, page_rows
from kkdesk.ui.incidents_pane import incident_html
from kkdesk.reports.deidentify import Deidentifier


def _records(cdb):
    """Two fictional lawyers who share a first name; an incident about the first names both."""
    nurlan = cdb.persons.save(Person(name_cyrillic="Нурлан Тестбеков", name_latin="Nurlan Testbekov", gender="male"))
    other = cdb.persons.save(Person(name_cyrillic="Нурлан Примеров", name_latin="Nurlan Primerov", gender="male"))
    inc = cdb.incidents.save(Incident(
        title="Угрозы адвокату Нурлану Тестбекову и Нурлану Примерову",
        date=PartialDate("2021-03-04"), region="almaty", city="almaty",
        narrative="Примерова в деле нет; Нурлану звонили ночью.",
        tags=["#СвободуПримерову"],
        sources=[InfoSource(outlet="Блог Примерова", url="https://example.org/primerov")],
        targets=[Target(person_id=nurlan.id, category="lawyer", threats=[Threat("judicial.arrest")])]))
    return nurlan, other, inc


def test_the_table_title_shows_only_the_incidents_own_codes(new_db):
    nurlan, other, inc = _records(new_db)
    deid = Deidentifier.for_database(new_db, "pseudonymised", "ru")
    title = page_rows(new_db, [inc.id], "ru", True, deid)[inc.id][COLUMN_KEYS.index("title")]
    assert nurlan.pseudonym in title
    assert other.pseudonym not in title and "Примеров" not in title and "[имя]" in title
    # unmasked mode shows the title as written
    plain = page_rows(new_db, [inc.id], "ru", False, None)[inc.id][COLUMN_KEYS.index("title")]
    assert plain == inc.title


def test_the_defenders_timeline_binds_each_incident_to_its_targets(new_db):
    nurlan, other, inc = _records(new_db)
    rows = timeline(new_db, "person", nurlan.id, "kk", pseudonyms=True)
    assert [r[0] for r in rows] == [inc.id]
    title = rows[0][2]
    assert nurlan.pseudonym in title and other.pseudonym not in title
    assert "Примеров" not in title and "[есімі]" in title       # the placeholder in the screen's language


def test_the_detail_pane_masks_every_free_text_it_shows(new_db):
    nurlan, other, inc = _records(new_db)
    html = incident_html(new_db, inc.id, "en", True, {"sources": "Sources", "tags": "Tags"})
    for leak in ("Примеров", "Primerov", "primerov", "Тестбеков", other.pseudonym):
        assert leak not in html
    assert nurlan.pseudonym in html and "[name]" in html
    shown = incident_html(new_db, inc.id, "en", False, {"sources": "Sources", "tags": "Tags"})
    assert "Примерову" in shown and "Блог Примерова" in shown   # names are shown when not masking
