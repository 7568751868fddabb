"""`kkdesk review …` and `kkdesk link` as a user runs them (real processes, a real encrypted file)."""

from __future__ import annotations

import json
import re

import pytest

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


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_review_and_link_speak_the_users_language(tmp_path, lang):
    path = tmp_path / "r.kkdb"
    with CaseDatabase.create(path, "cli-pass", actor="unused") as cdb:
        refs = [cdb.incidents.save(Incident(f"Case {n}", PartialDate(f"202{n}"))).ref for n in (1, 2)]
    runs = [kk("--lang", lang, "review", "name", path),
            kk("--lang", lang, "review", "name", path, "monitor-north"),
            kk("--lang", lang, "review", "submit", path, *refs),
            kk("--lang", lang, "review", "name", path, "coordinator"),
            kk("--lang", lang, "review", "return", path, refs[1], "-m", "Add a source"),
            kk("--lang", lang, "review", "list", path),
            kk("--lang", lang, "review", "steps", path, refs[1]),
            kk("--lang", lang, "link", path, refs[1], "--to", refs[0], "--kind", "continuation")]
    assert all(r.returncode == 0 for r in runs), [r.stderr for r in runs]
    text = "\n".join(r.stdout for r in runs)
    expected = {"ru": ("не задано", "«monitor-north»", "Отправлено на проверку (monitor-north), записей: 2",
                       "Возвращено автору (coordinator), записей: 1", "Ждут моей проверки (coordinator): 1",
                       "независимых источников: 0", "Проверка: возвращено автору", "отправлено",
                       "Связь добавлена."),
                "kk": ("орнатылмаған", "«monitor-north»", "Тексеруге жіберілді (monitor-north), жазбалар: 2",
                       "Авторына қайтарылды (coordinator), жазбалар: 1", "Менің тексеруімді күтуде (coordinator): 1",
                       "тәуелсіз дереккөздер: 0", "Тексеру: авторына қайтарылған", "жіберілді",
                       "Байланыс қосылды.")}[lang]
    assert all(e in text for e in expected), text
    assert not re.search(r"\b(Waiting|Returned|Review|records?|submit(ted)?|returned|last edited|"
                         r"independent|Changes|recorded|not set|Linked)\b", text), text
