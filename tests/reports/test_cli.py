"""`kkdesk report` and `kkdesk export` end to end on a real encrypted file."""

from __future__ import annotations

import json
import re

import pytest

from kkdesk.cli import main
from tests.reports.conftest import NAMES, PASS
from tests.reports.helpers import pdf_text


@pytest.fixture
def run(store, monkeypatch, capsys):
    cdb, _ = store
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASS)

    def _run(*argv):
        code = main([argv[0], cdb.path, *argv[1:]])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def test_brief_by_ref_uuid_and_number(store, run, tmp_path):
    cdb, ids = store
    inc = cdb.incidents.get(ids["first"])
    for ident in (inc.ref, inc.ref.lower(), inc.uuid, str(inc.id)):
        out = tmp_path / "brief.pdf"
        code, _, err = run("report", "--kind", "brief", "--id", ident, "--lang", "kk", "--out", str(out))
        assert code == 0, err
        assert inc.ref in pdf_text(out.read_bytes()) and "Іс бойынша анықтама" in pdf_text(out.read_bytes())


def test_dossier_by_code_and_overview_by_period(store, run, tmp_path):
    cdb, ids = store
    code_p = cdb.persons.get(ids["asel"]).pseudonym
    out = tmp_path / "d.pdf"
    code, _, err = run("report", "--kind", "dossier", "--id", code_p, "--profile", "pseudonymised", "--out", str(out))
    assert code == 0, err
    text = pdf_text(out.read_bytes())
    assert code_p in text and not any(n in text for n in NAMES)
    out = tmp_path / "o.pdf"
    code, _, err = run("report", "--kind", "overview", "--from", "2019-01-01", "--to", "2019-12-31", "--lang", "ru",
                       "--out", str(out))
    assert code == 0, err
    assert "Период: 2019 г." in pdf_text(out.read_bytes())


def test_exports(store, run, tmp_path):
    code, _, err = run("export", "--format", "json", "--profile", "public", "--out", str(tmp_path / "x.json"))
    assert code == 0, err
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["profile"] == "public"
    code, _, err = run("export", "--format", "csv", "--lang", "ru", "--out", str(tmp_path / "csv"))
    assert code == 0, err
    assert (tmp_path / "csv" / "threats.csv").exists()


@pytest.mark.parametrize("argv", [
    ("report", "--kind", "brief", "--id", "KK-1999-00000000"),
    ("report", "--kind", "brief"),
    ("report", "--kind", "brief", "--id", "not an id"),
    ("report", "--kind", "dossier", "--id", "P-ZZZZZ"),
    ("report", "--kind", "overview", "--from", "the other day"),
    ("export", "--format", "csv", "--out", "/nonexistent/folder/x"),
])
def test_errors_are_one_clear_line_and_write_nothing(run, tmp_path, argv):
    out = tmp_path / "never.pdf"
    args = list(argv) if "--out" in argv else [*argv, "--out", str(out)]
    code, _, err = run(*args)
    assert code != 0
    assert err.startswith("kkdesk: ") and err.count("\n") == 1 and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_names_not_in_the_registry_stop_a_pseudonymised_export_until_the_user_chooses(tmp_path, monkeypatch, capsys):
    from kkdesk.model.dates import PartialDate
    from kkdesk.model.entities import Incident, Person, Target, Threat
    from kkdesk.records import CaseDatabase

    path = tmp_path / "u.kkdb"
    cdb = CaseDatabase.create(str(path), PASS, actor="t")
    p = cdb.persons.save(Person(name_cyrillic="Гүлжан Тестова", name_latin="Gulzhan Testova"))
    cdb.incidents.save(Incident(title="Угрозы Тестовой", date=PartialDate("2020-02-03"), region="almaty",
                                narrative="Свидетель Болат Тестиков видел, как Тестовой угрожали.",
                                confidentiality="public",
                                targets=[Target(person_id=p.id, threats=[Threat("judicial.arrest")])]))
    cdb.close()
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASS)
    out = tmp_path / "x.json"
    for kind in (["export", "--format", "json"], ["report", "--kind", "brief", "--id", "1"]):
        code = main([kind[0], str(path), *kind[1:], "--profile", "pseudonymised", "--out", str(out)])
        err = capsys.readouterr().err
        assert code == 3 and "Болат Тестиков" in err and "--replace-unknown-names" in err
        assert not out.exists()
    assert main(["export", str(path), "--format", "json", "--profile", "pseudonymised", "--out", str(out),
                 "--replace-unknown-names"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Тестиков" not in text and "Тестов" not in text and "[name] видел" in text and p.pseudonym in text
    assert main(["export", str(path), "--format", "json", "--profile", "pseudonymised", "--out", str(out),
                 "--keep-unknown-names"]) == 0
    assert "Болат Тестиков видел" in out.read_text(encoding="utf-8")
    assert main(["export", str(path), "--format", "json", "--profile", "public", "--out", str(out)]) == 0
    assert "Тестиков" not in out.read_text(encoding="utf-8")     # the public version always replaces them
    assert main(["export", str(path), "--format", "csv", "--lang", "ru", "--out", str(tmp_path / "c"),
                 "--replace-unknown-names", "--delimiter", "tab"]) == 0
    assert b"\t" in (tmp_path / "c" / "threats.csv").read_bytes()


@pytest.mark.parametrize("lang, words", [
    ("ru", ("ничего не записано", "нет в реестре (1):", "Запустите снова с --replace-unknown-names")),
    ("kk", ("ештеңе жазылмады", "тізілімде жоқ", "параметрімен қайта іске қосыңыз")),
])
def test_the_unknown_names_notice_speaks_the_users_language(tmp_path, lang, words):
    from kkdesk.model.dates import PartialDate
    from kkdesk.model.entities import Incident
    from kkdesk.records import CaseDatabase
    from tests.test_cli import kk

    path = tmp_path / "u.kkdb"
    with CaseDatabase.create(str(path), PASS, actor="t") as cdb:
        cdb.incidents.save(Incident(title="Угрозы", date=PartialDate("2020-02-03"), confidentiality="public",
                                    narrative="Свидетель Болат Тестиков видел это."))
    out = tmp_path / "x.json"
    r = kk("export", path, "--format", "json", "--profile", "pseudonymised", "--lang", lang, "--out", out,
           passphrase=PASS)
    assert r.returncode == 3 and not out.exists(), r.stderr
    assert all(w in r.stderr for w in words) and "Болат Тестиков" in r.stderr, r.stderr
    assert not re.search(r"nothing written|not in the registry|Run again|to keep them", r.stderr), r.stderr
