"""Records round-trip through the real encrypted store; bad input writes nothing; deletes are real."""

from __future__ import annotations

import pytest

from kkdesk.errors import InvalidInput, NotFound, StaleRecord
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Organisation, Person, Target, Threat, to_dict
from kkdesk.records import CaseDatabase
from tests import factories
from tests.pages import decrypted_bytes, encodings, raw_key


def test_every_entity_round_trips(new_db, tmp_path):
    ids = factories.build(new_db)
    inc_id = ids["incidents"][0]
    att = new_db.incidents.add_attachment(inc_id, "/somewhere/протокол.pdf", b"%PDF evidence", description="скан")
    saved = {
        "incident": to_dict(new_db.incidents.get(inc_id)),
        "person": to_dict(new_db.persons.get(ids["a"])),
        "org": to_dict(new_db.organisations.get(ids["o"])),
    }
    path = new_db.path
    new_db.close()
    with CaseDatabase.open(path, "correct horse battery staple") as cdb:
        inc = cdb.incidents.get(inc_id)
        assert to_dict(inc) == saved["incident"]
        assert to_dict(cdb.persons.get(ids["a"])) == saved["person"]
        assert to_dict(cdb.organisations.get(ids["o"])) == saved["org"]
        # the details survive as entered
        assert inc.date == PartialDate("2017-03-05") and inc.region == "almaty"
        assert inc.ref.startswith("KK-2017-")
        assert [len(t.threats) for t in inc.targets] == [2, 1]
        search = inc.targets[0].threats[1]
        assert search.sources == ["police", "prosecutor"]
        assert search.articles[0].article == "cc.274" and search.articles[0].outcome == "charged"
        assert inc.targets[0].threats[0].reality == "actual"
        assert inc.sources[0].url == "https://example.org/1" and inc.sources[0].reliability == "high"
        assert inc.responses[0].response_type == "complaint_prosecutor"
        assert inc.tags == ["needs legal aid"] and inc.reasons == ["nature_of_case"] and inc.aims == ["intimidation"]
        assert inc.attachments[0].filename == "протокол.pdf" and inc.attachments[0].size == len(b"%PDF evidence")
        assert cdb.incidents.attachment_data(att.id) == b"%PDF evidence"
        person = cdb.persons.get(ids["a"])
        assert person.aliases == ["Zhovtys"] and person.tags == ["at high risk"]
        assert person.pseudonym.startswith("P-") and person.uuid and person.revision == 1
        ranged = cdb.incidents.get(ids["incidents"][2])
        assert ranged.date.precision == "range" and ranged.date.format("en") == "May–June 2021"


def test_update_bumps_revision_keeps_uuid_and_records_history(new_db):
    ids = factories.build(new_db)
    inc = new_db.incidents.get(ids["incidents"][1])
    uuid, ref = inc.uuid, inc.ref
    inc.title = "Штраф журналистке (уточнено)"
    inc.date = PartialDate("2017-04")
    updated = new_db.incidents.save(inc)
    assert (updated.uuid, updated.ref, updated.revision) == (uuid, ref, 2)
    assert updated.date.month == 4
    history = new_db.history.for_entity(uuid)
    assert [e.action for e in history] == ["create", "update"]
    assert history[1].changes["title"] == ["Штраф журналистке", "Штраф журналистке (уточнено)"]
    assert history[1].actor == "tester"
    stale = new_db.incidents.get(ids["incidents"][1])
    stale.revision = 1
    with pytest.raises(StaleRecord):
        new_db.incidents.save(stale)


def test_attachments_survive_editing_the_incident(new_db):
    ids = factories.build(new_db)
    att = new_db.incidents.add_attachment(ids["incidents"][0], "photo.jpg", b"\xff\xd8 jpeg")
    inc = new_db.incidents.get(ids["incidents"][0])
    inc.narrative += " Дополнено."
    new_db.incidents.save(inc)
    assert new_db.incidents.attachment_data(att.id) == b"\xff\xd8 jpeg"


@pytest.mark.parametrize("breaker, message", [
    (lambda i: setattr(i, "title", "  "), "title is required"),
    (lambda i: setattr(i, "status", "maybe"), "Status"),
    (lambda i: setattr(i, "city", "atlantis"), "Unknown city"),
    (lambda i: setattr(i, "region", "astana"), "not in the chosen region"),
    (lambda i: i.targets[0].threats.append(Threat("judicial.teleportation")), "Unknown threat type"),
    (lambda i: i.targets[0].threats[0].sources.append("aliens"), "Unknown source"),
    (lambda i: setattr(i.targets[0].threats[0], "reality", "imaginary"), "Potential or actual must be one of"),
    (lambda i: i.targets.append(Target()), "either a person or an organisation"),
    (lambda i: setattr(i, "narrative", "x\x00y"), "NUL"),
    (lambda i: setattr(i.sources[0], "published_on", "yesterday"), "publication date"),
])
def test_bad_input_is_refused_and_writes_nothing(new_db, breaker, message):
    ids = factories.build(new_db)
    before = (new_db.incidents.count(), new_db.scalar("SELECT count(*) FROM history"),
              new_db.scalar("SELECT count(*) FROM threat"))
    inc = new_db.incidents.get(ids["incidents"][0])
    breaker(inc)
    with pytest.raises(InvalidInput, match=message):
        new_db.incidents.save(inc)
    assert (new_db.incidents.count(), new_db.scalar("SELECT count(*) FROM history"),
            new_db.scalar("SELECT count(*) FROM threat")) == before


def test_a_bad_record_in_a_batch_writes_nothing(new_db):
    ids = factories.build(new_db)
    good = Incident("Хорошая запись", PartialDate("2020-01-02"), city="almaty",
                    targets=[Target(person_id=ids["a"], threats=[Threat("judicial.fine")])])
    bad = Incident("Плохая запись", PartialDate("2020-01-03"),
                   targets=[Target(person_id=99999, threats=[Threat("judicial.fine")])])
    with pytest.raises(InvalidInput, match="does not exist"):
        new_db.incidents.save_many([good, bad])
    assert new_db.incidents.count() == 4


def test_deleted_names_are_gone_from_decrypted_pages(new_db):
    ids = factories.build(new_db)
    name = "Гульмира Тестова"
    victim = new_db.persons.save(Person(name_cyrillic=name, name_latin="Gulmira Testova", gender="female",
                                        contact="+7 701 555 0000"))
    inc = new_db.incidents.save(Incident(
        "Нападение на Гульмира Тестова", PartialDate("2022-02-02"), city="almaty",
        narrative="Гульмира Тестова сообщила о нападении.",
        targets=[Target(person_id=victim.id, threats=[Threat("physical.beating")])]))
    key = raw_key(new_db)
    assert any(e in decrypted_bytes(new_db.path, key) for e in encodings(name))  # the check can see it
    new_db.incidents.delete(inc.id)
    new_db.persons.delete(victim.id)
    pages = decrypted_bytes(new_db.path, key)
    for text in (name, "Gulmira Testova", "Тестова", "+7 701 555 0000", "gulmira"):
        for enc in encodings(text):
            assert enc not in pages, f"deleted text still readable with the key: {text!r}"
    with pytest.raises(NotFound):
        new_db.persons.get(victim.id)
    assert new_db.incidents.count() == len(ids["incidents"])
    assert all(e.changes is None for e in new_db.history.for_entity(victim.uuid) if e.action != "delete")


def test_person_in_use_is_not_deleted_silently(new_db):
    ids = factories.build(new_db)
    with pytest.raises(InvalidInput, match="target in 2 incident"):
        new_db.persons.delete(ids["a"])
    with pytest.raises(InvalidInput, match="target in 1 incident"):
        new_db.organisations.delete(ids["o"])


def test_duplicates_are_suggested_and_merge_keeps_history(new_db):
    ids = factories.build(new_db)
    dup = new_db.persons.save(Person(name_latin="Zhovtis Dmitry Aleksandrovich", gender="male",
                                     categories=["human_rights_defender"]))
    pairs = {(a, b) for a, b, _ in new_db.persons.possible_duplicates()}
    assert (ids["a"], dup.id) in pairs
    incident = new_db.incidents.save(Incident("Ещё один случай", PartialDate("2022"), city="almaty",
                                              targets=[Target(person_id=dup.id, threats=[Threat("judicial.fine")])]))
    merged = new_db.persons.merge(ids["a"], dup.id)
    assert "Zhovtis Dmitry Aleksandrovich" in merged.aliases
    assert set(merged.categories) == {"lawyer", "human_rights_defender"}
    assert new_db.incidents.get(incident.id).targets[0].person_id == ids["a"]
    actions = [e.action for e in new_db.history.for_entity(dup.uuid)]
    assert actions == ["create", "merge"]
    assert [e.action for e in new_db.history.for_entity(merged.uuid)][-2:] == ["merge", "update"]
    assert list(new_db.history.verify()) == []


def test_person_find_is_transliteration_aware(new_db):
    ids = factories.build(new_db)
    for query in ("Жовтис", "zhovtis", "Jovtis", "Zhovtys", "жовт"):
        found = [pid for pid, _ in new_db.persons.find(query)]
        assert found and found[0] == ids["a"], query
    assert new_db.persons.find("Asel Kuanyshkyzy")[0][0] == ids["b"]
    assert new_db.persons.find("Қуанышқызы")[0][0] == ids["b"]
    assert ids["o"] in new_db.organisations.find("коллегия")


def test_vocabulary_terms_can_be_added_renamed_and_retired(new_db):
    ids = factories.build(new_db)
    v = new_db.vocab
    v.add_term("threat_type", "digital.doxxing", "Doxxing", "Доксинг", "Доксинг", parent="digital")
    v.update_term("threat_type", "judicial.fine", label_en="Fine (administrative)")
    v.set_retired("threat_type", "judicial.fine")
    assert "judicial.fine" not in {t.code for t in v.terms("threat_type")}
    # old records keep their code and still show the (renamed) label
    inc = new_db.incidents.get(ids["incidents"][1])
    assert inc.targets[0].threats[0].threat_type == "judicial.fine"
    assert v.label("threat_type", "judicial.fine") == "Fine (administrative)"
    assert v.usage("threat_type", "judicial.fine") == 1
    assert v.find("threat_type", "доксинг") == "digital.doxxing"
    assert v.find("city", "Nur-Sultan") == "astana"
    with pytest.raises(InvalidInput):
        v.add_term("threat_type", "Bad Code!", "x")
    with pytest.raises(InvalidInput):
        v.add_term("threat_type", "digital.doxxing", "again")
    assert [e.action for e in new_db.history.recent(3)] == ["vocab", "vocab", "vocab"]


def test_organisation_round_trip_and_validation(new_db):
    org = new_db.organisations.save(Organisation(name="Фонд «Тест»", kind="ngo", city="shymkent"))
    assert org.region == "shymkent" and org.pseudonym.startswith("O-")
    with pytest.raises(InvalidInput):
        new_db.organisations.save(Organisation(name="", kind="ngo"))
    with pytest.raises(InvalidInput, match="kind of organisation"):
        new_db.organisations.save(Organisation(name="X", kind="spaceship"))
