"""`kkdesk keys` and `kkdesk bundle …` as a person would run them, on real encrypted files."""

from __future__ import annotations

import re

import pytest

from kkdesk.cli import main
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from tests.test_cli import kk

PASS = "exchange cli passphrase"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch):
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASS)


def _key(capsys, db) -> str:
    assert main(["keys", str(db)]) == 0
    out = capsys.readouterr().out
    return re.search(r"^\s+(kkdx1\w+)$", out, re.M).group(1)


@pytest.mark.slow  # about 25 command runs, each unlocking a database (Argon2id)
def test_keys_bundle_conflict_resolve_and_purge(tmp_path, capsys):
    mon, coord = tmp_path / "monitor.kkdb", tmp_path / "coordinator.kkdb"
    with CaseDatabase.create(mon, PASS) as cdb:
        p = cdb.persons.save(Person(name_latin="Dana Testova", gender="female"))
        cdb.incidents.save(Incident(title="Detained at a protest", date=PartialDate("2020-01"),
                                    targets=[Target(person_id=p.id, threats=[Threat("judicial.detention")])]))
    CaseDatabase.create(coord, PASS).close()
    assert main(["keys", str(mon), "--qr", str(tmp_path / "k.png")]) == 2
    assert "qrcode" in capsys.readouterr().err
    mon_key, coord_key = _key(capsys, mon), _key(capsys, coord)
    assert main(["keys", str(mon), "--add-peer", "coordinator", coord_key]) == 0
    out = capsys.readouterr().out
    assert "Registered peer 'coordinator'" in out and "Registered peers: 1" in out
    assert main(["keys", str(coord), "--add-peer", "north monitor", mon_key]) == 0
    capsys.readouterr()

    bundle = tmp_path / "b1.kkdx"
    assert main(["bundle", "export", str(mon), "--to", "coordinator", "--out", str(bundle)]) == 0
    assert "incidents 1, persons 1" in capsys.readouterr().out
    assert b"Dana" not in bundle.read_bytes() and b"Testova" not in bundle.read_bytes()
    assert main(["bundle", "import", str(coord), str(bundle)]) == 0
    assert "new records 2" in capsys.readouterr().out
    assert main(["bundle", "import", str(coord), str(bundle)]) == 0
    assert "imported before" in capsys.readouterr().out

    # Both sides change the title: a conflict on the coordinator.
    for db, title in ((coord, "Detained at a rally"), (mon, "Detained at a protest in Almaty")):
        with CaseDatabase.open(db, PASS) as cdb:
            inc = cdb.incidents.get(cdb.query("SELECT id FROM incident")[0][0])
            inc.title = title
            cdb.incidents.save(inc)
    assert main(["bundle", "export", str(mon), "--to", "coordinator", "--out", str(tmp_path / "b2.kkdx")]) == 0
    assert main(["bundle", "import", str(coord), str(tmp_path / "b2.kkdx")]) == 0
    assert "conflicts to resolve 1" in capsys.readouterr().out
    assert main(["bundle", "conflicts", str(coord)]) == 0
    listing = capsys.readouterr().out
    conflict_id = listing.split("\t")[0]
    assert "incident\tKK-2020-" in listing and "with 'north monitor'" in listing and "fields: title" in listing
    assert main(["bundle", "conflicts", str(coord), "--show", conflict_id]) == 0
    shown = capsys.readouterr().out
    assert "mine:   Detained at a rally" in shown and "theirs: Detained at a protest in Almaty" in shown
    # the same listing as a real process in Russian and Kazakh: no English word of it is left
    for lang, words in (("ru", ("инцидент", "участник «north monitor»", "поля: title", "Конфликт", "моё:", "их:")),
                        ("kk", ("оқиға", "қатысушы «north monitor»", "өрістер: title", "Қайшылық", "менікі:",
                                "олардікі:"))):
        listed = kk("--lang", lang, "bundle", "conflicts", coord, passphrase=PASS)
        detail = kk("--lang", lang, "bundle", "conflicts", coord, "--show", conflict_id, passphrase=PASS)
        assert listed.returncode == 0 and detail.returncode == 0, listed.stderr + detail.stderr
        text = listed.stdout + detail.stdout
        assert all(w in text for w in words), text
        assert not re.search(r"\b(incident|with|fields|Conflict|mine|theirs)\b", text), text
    assert main(["bundle", "resolve", str(coord), conflict_id, "--field", "title=sideways"]) == 2
    assert "Choose 'mine' or 'theirs'" in capsys.readouterr().err
    assert main(["bundle", "resolve", str(coord), conflict_id, "--field", "title=theirs"]) == 0
    assert main(["bundle", "conflicts", str(coord)]) == 0
    assert "No open conflicts." in capsys.readouterr().out

    # The coordinator's reply acknowledges; the monitor purges.
    reply = tmp_path / "r1.kkdx"
    assert main(["bundle", "export", str(coord), "--to", "north monitor", "--out", str(reply), "--records", "known"]) == 0
    assert main(["bundle", "import", str(mon), str(reply)]) == 0
    assert "our bundles acknowledged 2" in capsys.readouterr().out
    assert main(["bundle", "purge", str(mon)]) == 0
    assert "Nothing was deleted" in capsys.readouterr().out
    assert main(["bundle", "purge", str(mon), "--confirm"]) == 0
    assert "incidents 1, persons 1" in capsys.readouterr().out
    with CaseDatabase.open(mon, PASS) as cdb:
        assert cdb.incidents.count() == 0 and cdb.persons.count() == 0
    with CaseDatabase.open(coord, PASS) as cdb:
        assert cdb.query("SELECT title FROM incident") == [("Detained at a protest in Almaty",)]

    # A bundle from the coordinator is not accepted by a database that does not know it.
    stranger = tmp_path / "stranger.kkdb"
    CaseDatabase.create(stranger, PASS).close()
    assert main(["bundle", "import", str(stranger), str(reply)]) == 2
    err = capsys.readouterr().err
    assert "not registered here" in err and "Traceback" not in err
