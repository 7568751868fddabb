"""Known names (Latin, Cyrillic, Kazakh; UTF-8 and UTF-16) appear in no byte written outside the
encryption: database, WAL, SHM, backups, bundles, home folder (settings, logs) and the temp folder,
with the database open and after closing, also after command-line runs. And a deleted name is not
recoverable even with the key: no decrypted page or WAL frame holds it after the delete commits.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.model.translit import fold
from kkdesk.records import CaseDatabase
from kkdesk.store.backup import backup
from tests import factories
from tests.pages import decrypted_bytes, encodings, raw_key

ROOT = Path(__file__).resolve().parents[2]
PASS = "names stay inside"
KAZAKH = ("Ұлжан Сәрсенбайқызы", "Ulzhan Sarsenbaikyzy")
NAMES = [*factories.ZHOVTIS, *factories.ASEL, *factories.MARIA, factories.ORG_NAME, *KAZAKH,
         "Жовтис", "Қуанышқызы", "Сәрсенбайқызы", "Zhovtis"]
# the folded forms the search index holds (inside the encryption) must not leak either
FOLDED = sorted({fold(n) for n in NAMES} | {w for n in NAMES for w in fold(n).split() if len(w) > 5})


def _needles() -> list[tuple[str, bytes]]:
    out = [(n, enc) for n in NAMES for enc in encodings(n)]
    out += [(f, f.encode("ascii")) for f in FOLDED]
    return out


def _scan(folders: list[Path], skip: set[Path] = frozenset()) -> list[str]:
    """Every file under the folders that holds a name: 'file: name'."""
    leaks = []
    needles = _needles()
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file() or path in skip:
                continue
            blob = path.read_bytes()
            for name, enc in needles:
                if enc in blob:
                    leaks.append(f"{path.relative_to(folder.parent)} holds a known name ({len(name)} chars)")
    return leaks


@pytest.fixture
def world(tmp_path):
    dirs = {k: tmp_path / k for k in ("data", "home", "tmp", "out")}
    for d in dirs.values():
        d.mkdir()
    return dirs


def _cli(world, *args):
    env = dict(os.environ, KKDESK_PASSPHRASE=PASS, PYTHONPATH=str(ROOT), TMPDIR=str(world["tmp"]),
               HOME=str(world["home"]), XDG_CONFIG_HOME=str(world["home"] / ".config"),
               XDG_CACHE_HOME=str(world["home"] / ".cache"), XDG_DATA_HOME=str(world["home"] / ".local"))
    res = subprocess.run([sys.executable, "-m", "kkdesk", *args], capture_output=True, text=True, env=env,
                         cwd=str(ROOT), timeout=180)
    assert "Traceback" not in res.stderr, res.stderr[-1500:]
    return res


def test_no_name_in_any_byte_outside_the_encryption(world):
    data = world["data"]
    db = data / "case.kkdb"
    cdb = CaseDatabase.create(db, PASS)
    try:
        factories.build(cdb)
        pid = cdb.persons.save(Person(name_cyrillic=KAZAKH[0], name_latin=KAZAKH[1], gender="female",
                                      aliases=["Ұлжан С."], contact="+7 701 000 0000")).id
        inc = cdb.incidents.save(Incident(
            title=f"Вызов: {KAZAKH[0]}", date=PartialDate("2022-04-01"), city="astana",
            narrative=f"{KAZAKH[0]} ({KAZAKH[1]}) was summoned.",
            targets=[Target(person_id=pid, threats=[Threat("judicial.questioning_summons", sources=["police"])])]))
        cdb.incidents.add_attachment(inc.id, f"{KAZAKH[1]} summons.txt", f"Повестка: {KAZAKH[0]}".encode())
        backup(cdb, data / "b.kkbak")
        try:
            from kkdesk import exchange

            with CaseDatabase.create(data / "coord.kkdb", PASS) as coord:
                exchange.ensure_keys(cdb)
                exchange.ensure_keys(coord)
                exchange.add_peer(cdb, "coordinator", exchange.own_keys(coord).text)
                exchange.export_bundle(cdb, "coordinator", data / "x.kkdx")
            assert (data / "x.kkdx").exists()
        except ImportError:
            pass
        # command-line runs with the temp folder and home pointed into the test (db open meanwhile)
        assert _cli(world, "search", str(db), "Жовтис").returncode == 0
        assert _cli(world, "stats", str(db), "--by", "year,city").returncode == 0
        assert _cli(world, "backup", str(db), str(data / "cli.kkbak")).returncode == 0
        assert _cli(world, "demo", str(data / "demo.kkdb"), "--incidents", "30").returncode == 0
        assert _cli(world, "verify", str(db)).returncode == 0
        # plain-text outputs are the user's deliberate export: written to out/, not scanned; their
        # temp files must not stay behind
        assert _cli(world, "report", str(db), "--kind", "overview", "--out", str(world["out"] / "o.pdf")).returncode == 0
        assert _cli(world, "export", str(db), "--format", "json", "--out", str(world["out"] / "e.json")).returncode == 0
        assert (world["out"] / "o.pdf").exists() and (world["out"] / "e.json").exists()
        assert os.path.exists(str(db) + "-wal")  # open: the WAL is there to be scanned
        assert _scan([data, world["home"], world["tmp"]]) == []
    finally:
        cdb.close()
    assert _scan([data, world["home"], world["tmp"]]) == []
    assert sorted(p.name for p in world["out"].iterdir()) == ["e.json", "o.pdf"]  # no temp leftovers there
    assert list(world["tmp"].rglob("*")) == [], "the temp folder was left with files"


def test_a_deleted_name_is_gone_even_with_the_key(tmp_path):
    path = tmp_path / "d.kkdb"
    with CaseDatabase.create(path, PASS) as cdb:
        ids = factories.build(cdb)
        key = raw_key(cdb)
        keep = cdb.persons.save(Person(name_latin="Kept Person", name_cyrillic="Оставшийся Человек"))
        victim = cdb.persons.save(Person(name_cyrillic=KAZAKH[0], name_latin=KAZAKH[1], aliases=["Ұлжан С."],
                                         contact="+7 701 999 9999", notes=f"{KAZAKH[0]} asked for help"))
        inc = cdb.incidents.save(Incident(
            title=f"Угроза: {KAZAKH[0]}", date=PartialDate("2022-04-01"), city="astana",
            narrative=f"Свидетельство {KAZAKH[0]}.",
            targets=[Target(person_id=victim.id, threats=[Threat("psychological.threats")]),
                     Target(person_id=keep.id, threats=[Threat("psychological.threats")])]))
        before = decrypted_bytes(str(path), key)  # the page reader sees the name before the delete
        assert KAZAKH[0].encode() in before and factories.MARIA[1].encode() in before
        # delete the person with their targets, and the incident that told the story
        cdb.persons.delete(victim.id, with_targets=True)
        cdb.incidents.delete(inc.id)
        # and an incident of the hand-built dataset naming Zhovtis's case, plus Maria herself
        cdb.incidents.delete(ids["incidents"][3])
        cdb.persons.delete(ids["c"], with_targets=True)
        plain = decrypted_bytes(str(path), key)
        gone = [KAZAKH[0], KAZAKH[1], "Ұлжан С.", "Сәрсенбайқызы", "+7 701 999 9999",
                *factories.MARIA, "Угрозы правозащитнице"]
        for name in gone:
            for enc in encodings(name):
                assert enc not in plain, "a deleted text is still readable with the key"
        for folded in {fold(KAZAKH[0]), fold(factories.MARIA[0])}:
            assert folded.encode() not in plain, "a deleted name stays in the search index"
        # what was not deleted is still there (the check can see names at all)
        assert cdb.persons.get(keep.id).name_latin == "Kept Person"
    plain = decrypted_bytes(str(path), key)
    assert "Kept Person".encode() in plain
    for enc in encodings(KAZAKH[0]):
        assert enc not in plain
