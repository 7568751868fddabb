"""The command line speaks the user's language: --lang, else $KKDESK_LANG, else the locale."""

from __future__ import annotations

import re

import pytest

from kkdesk.cli import main
from kkdesk.messages import msg, render


@pytest.fixture
def no_language(monkeypatch):
    for name in ("KKDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KKDESK_PASSPHRASE", "not the passphrase")
    return monkeypatch


@pytest.mark.parametrize("env, argv, lang", [
    ({"KKDESK_LANG": "kk", "LANG": "ru_RU.UTF-8"}, [], "kk"),
    ({"LANG": "ru_RU.UTF-8"}, [], "ru"),
    ({"LC_ALL": "kk_KZ.UTF-8", "LANG": "en_US.UTF-8"}, [], "kk"),
    ({"KKDESK_LANG": "kk"}, ["--lang", "en"], "en"),
    ({"LANG": "C.UTF-8"}, ["--lang", "ru"], "ru"),
])
def test_errors_follow_lang_then_kkdesk_lang_then_the_locale(no_language, capsys, tmp_path, env, argv, lang):
    for name, value in env.items():
        no_language.setenv(name, value)
    assert main([*argv, "verify", str(tmp_path / "missing.kkdb")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "kkdesk: " + render(msg("store.no_database"), lang)


def test_a_commands_own_lang_sets_its_words_too(no_language, capsys, tmp_path):
    no_language.setenv("KKDESK_LANG", "en")
    assert main(["agenda", str(tmp_path / "x.kkdb"), "--days", "-1", "--lang", "kk"]) == 2
    assert capsys.readouterr().err.strip() == "kkdesk: --days: 0 мен 3660 аралығындағы сан."


@pytest.mark.parametrize("lang, words", [
    ("ru", ("терминов: ", "Термины одного справочника", "(входит в psychological)", "    также: ")),
    ("kk", ("терминдер: ", "Бір анықтамалықтың терминдері", "(psychological құрамында)", "    сондай-ақ: ")),
])
def test_vocab_list_speaks_the_users_language(lang, words):
    from tests.test_cli import kk

    overview = kk("--lang", lang, "vocab", "list", passphrase=None)
    terms = kk("vocab", "list", "threat_type", "--lang", lang, passphrase=None)
    assert overview.returncode == 0 and terms.returncode == 0, overview.stderr + terms.stderr
    text = overview.stdout + terms.stdout
    assert all(w in text for w in words), text
    assert "threat_type" in overview.stdout and "psychological.threats" in terms.stdout
    # the aliases are data (some English); the words around them are not
    assert not re.search(r" terms$|Show the terms|\(in |also: ", text, re.M), text


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    """`kkdesk … | head -1` is not a disk error: the command ends without a word on standard error."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    read_end, write_end = os.pipe()
    os.close(read_end)                  # the reader has gone before the first line is written
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]), KKDESK_HOME=str(tmp_path))
    try:
        cli = subprocess.run([sys.executable, "-m", "kkdesk", "vocab", "list", "threat_type", "--lang", "ru"],
                             stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120, env=env)
    finally:
        os.close(write_end)
    assert cli.stderr == ""
    assert cli.returncode == 1
