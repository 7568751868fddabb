"""The `kkdesk` command line, run as a user runs it (a real process, real files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def kk(*args, passphrase="cli-pass", env_extra=None, input_text=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KKDESK_")}
    if passphrase is not None:
        env["KKDESK_PASSPHRASE"] = passphrase
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "kkdesk", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, input=input_text, timeout=120)


def assert_plain_error(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kkdesk: "), result.stderr


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.kkdb"
    result = kk("demo", path, "--incidents", 300, "--seed", 7)
    assert result.returncode == 0, result.stderr
    assert "incidents 300" in result.stdout
    return path


def test_stats_json_shape_and_consistency(demo_db):
    by_year = kk("stats", demo_db, "--by", "year", "--json")
    assert by_year.returncode == 0, by_year.stderr
    data = json.loads(by_year.stdout)
    assert data["unit"] == "threats" and data["by"] == ["year"]
    assert all(set(row) == {"year", "count"} and isinstance(row["year"], int) for row in data["rows"])
    by_month = json.loads(kk("stats", demo_db, "--by", "year,month", "--json").stdout)
    for row in data["rows"]:  # months (and the month-unknown bucket) add up to the year
        assert sum(r["count"] for r in by_month["rows"] if r["year"] == row["year"]) == row["count"]
    assert sum(r["count"] for r in data["rows"]) == data["total"]
    persons = json.loads(kk("stats", demo_db, "--by", "year", "--unit", "persons", "--from", "2019",
                            "--to", "2020", "--json").stdout)
    assert persons["unit"] == "persons" and {r["year"] for r in persons["rows"]} <= {2019, 2020}
    table = kk("stats", demo_db, "--by", "city", "--lang", "ru")
    assert "Алматы" in table.stdout and "Единица счёта: угрозы" in table.stdout and "Всего (угрозы)" in table.stdout


def test_search_finds_latin_from_cyrillic(demo_db):
    found = json.loads(kk("search", demo_db, "demo", "--json", "--limit", "5").stdout)
    assert len(found["incidents"]) == 5
    person = found["incidents"][0]["title"].split(": ", 1)[1].split()[-1]  # a surname in Cyrillic
    from kkdesk.model.translit import to_latin

    latin = json.loads(kk("search", demo_db, to_latin(person), "--json").stdout)
    cyrillic = json.loads(kk("search", demo_db, person, "--json").stdout)
    assert latin["incidents"] and latin["incidents"] == cyrillic["incidents"]
    # persons come from the one person search the GUI uses too, best match first
    from kkdesk.records import CaseDatabase

    with CaseDatabase.open(demo_db, "cli-pass") as cdb:
        expected = [pid for pid, _score in cdb.persons.find(person, 50)]
    assert expected and [p["id"] for p in cyrillic["persons"]] == expected


def test_verify_backup_restore_passwd(demo_db, tmp_path):
    assert "OK" in kk("verify", demo_db).stdout
    bak = tmp_path / "b.kkbak"
    assert kk("backup", demo_db, bak).returncode == 0 and bak.exists()
    target = tmp_path / "restored.kkdb"
    assert kk("restore", bak, target).returncode == 0
    newpass = tmp_path / "new.txt"
    newpass.write_text("второй пароль\n", encoding="utf-8")
    assert kk("passwd", target, "--new-passphrase-file", newpass).returncode == 0
    assert_plain_error(kk("verify", target))  # the old passphrase no longer opens it
    ok = kk("verify", target, passphrase="второй пароль")
    assert ok.returncode == 0 and "OK" in ok.stdout


def test_errors_are_one_plain_line(demo_db, tmp_path):
    wrong = kk("stats", demo_db, passphrase="wrong")
    assert_plain_error(wrong)
    assert "passphrase does not open" in wrong.stderr
    assert_plain_error(kk("stats", tmp_path / "missing.kkdb"))
    assert_plain_error(kk("stats", demo_db, "--by", "colour"))
    assert_plain_error(kk("stats", demo_db, "--from", "someday"))
    assert_plain_error(kk("init", demo_db))  # exists already
    no_pass = kk("init", tmp_path / "x.kkdb", passphrase=None, input_text="")
    assert_plain_error(no_pass)
    assert "No passphrase" in no_pass.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert_plain_error(kk("init", tmp_path / "y.kkdb", "--passphrase-file", empty, passphrase=None))


def test_init_refuses_an_easy_passphrase(tmp_path):
    """`kkdesk init` judges the new passphrase as the unlock window does (zxcvbn), says why in one
    line with a generated six-word example, and writes no file."""
    for weak in ("Password123!", "password12", "файл-пароль", "qwertyuiop"):
        db = tmp_path / "weak.kkdb"
        result = kk("init", db, passphrase=weak)
        assert_plain_error(result)
        assert "too easy to guess" in result.stderr and len(result.stderr.split(":")[-1].split()) >= 6
        assert weak not in result.stderr and not db.exists()
    target = tmp_path / "t.kkdb"
    assert kk("init", target, passphrase="cli test passphrase of five words").returncode == 0
    weak_new = kk("passwd", target, passphrase="cli test passphrase of five words",
                  env_extra={"KKDESK_NEW_PASSPHRASE": "password12"})
    assert_plain_error(weak_new)
    assert "too easy to guess" in weak_new.stderr


def test_passphrase_file_and_init(tmp_path):
    pw = tmp_path / "pw.txt"
    pw.write_text("файл-пароль для проверки\n", encoding="utf-8")
    db = tmp_path / "n.kkdb"
    assert kk("init", db, "--passphrase-file", pw, passphrase=None).returncode == 0
    stats = json.loads(kk("stats", db, "--json", "--passphrase-file", pw, passphrase=None).stdout)
    assert stats == {"unit": "threats", "by": ["year"], "rows": [], "total": 0, "multi_valued": False}
