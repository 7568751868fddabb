"""A conflict with a peer that was removed since: it names the peer in the user's language (not an
English "(removed peer)"), in the core, the command line and the conflicts dialog, and still resolves.
Real SQLCipher files; fictional people."""

from __future__ import annotations

import pytest

from kkdesk.exchange import add_peer, export_bundle, import_bundle, list_conflicts, own_keys, resolve_conflict
from kkdesk.messages import render
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from tests.test_cli import kk

PASS = "removed peer passphrase"
SHOWN = {"en": "(removed peer)", "ru": "(удалённый партнёр)", "kk": "(жойылған серіктес)"}


def conflict_with_a_removed_peer(folder, passphrase: str = PASS):
    """coord.kkdb in folder: an open conflict with monitor m1, whom coord then removed from its peers."""
    coord = CaseDatabase.create(folder / "coord.kkdb", passphrase, actor="coord")
    m1 = CaseDatabase.create(folder / "m1.kkdb", passphrase, actor="m1")
    add_peer(coord, "m1", own_keys(m1).text)
    add_peer(m1, "coord", own_keys(coord).text)
    person = m1.persons.save(Person(name_latin="Fictional Testova"))
    inc = m1.incidents.save(Incident(title="Detention at the court", date=PartialDate.parse("2019-06-09"),
                                     city="almaty", targets=[Target(person_id=person.id, threats=[
                                         Threat("judicial.detention", sources=["police"])])]))
    export_bundle(m1, "coord", folder / "first.kkdx")
    import_bundle(coord, folder / "first.kkdx")
    mine = coord.incidents.get_by_uuid(inc.uuid)
    mine.title = "Detention at the city court"
    coord.incidents.save(mine)
    theirs = m1.incidents.get_by_uuid(inc.uuid)
    theirs.title = "Detention outside the court"
    m1.incidents.save(theirs)
    export_bundle(m1, "coord", folder / "second.kkdx")
    assert import_bundle(coord, folder / "second.kkdx").conflicts == 1
    with coord.transaction():
        coord.conn.execute("DELETE FROM exchange_peer WHERE name = 'm1'")
    m1.close()
    coord.close()
    return folder / "coord.kkdb"


@pytest.fixture(scope="module")
def coord_path(tmp_path_factory):
    return conflict_with_a_removed_peer(tmp_path_factory.mktemp("removed-peer"))


def test_the_removed_peer_is_named_in_each_language_on_the_command_line(coord_path):
    for lang in ("ru", "kk"):
        listed = kk("--lang", lang, "bundle", "conflicts", coord_path, passphrase=PASS)
        assert listed.returncode == 0, listed.stderr
        assert SHOWN[lang] in listed.stdout and "removed" not in listed.stdout, listed.stdout
        shown = kk("bundle", "conflicts", coord_path, "--show", "1", passphrase=PASS, env_extra={"KKDESK_LANG": lang})
        assert shown.returncode == 0 and SHOWN[lang] in shown.stdout and "removed" not in shown.stdout, shown.stdout


def test_the_removed_peer_renders_per_language_and_the_conflict_still_resolves(tmp_path, coord_path):
    path = tmp_path / "coord.kkdb"
    path.write_bytes(coord_path.read_bytes())
    with CaseDatabase.open(path, PASS, actor="coord") as cdb:
        [conflict] = list_conflicts(cdb)
        assert {lang: render(conflict.peer, lang) for lang in SHOWN} == SHOWN
        resolve_conflict(cdb, conflict.id, {"*": "theirs"})
        assert cdb.incidents.get_by_uuid(conflict.uuid).title == "Detention outside the court"
        [merge] = [e for e in cdb.history.for_entity(conflict.uuid) if e.action == "merge"]
        assert merge.changes["peer"] is None and merge.changes["conflict"] == conflict.id
