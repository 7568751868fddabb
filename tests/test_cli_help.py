"""`kkdesk --help` and each command's help follow the language (--lang, else $KKDESK_LANG, else the
locale), from the one catalogue; argparse's own words and errors too. Real processes in ru and kk."""

from __future__ import annotations

import argparse
import re

import pytest

from kkdesk.cli import build_parser
from kkdesk.cli.helptext import language_of_argv
from kkdesk.messages import text_of
from tests.test_cli import kk

CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.I)


def _texts(parser: argparse.ArgumentParser, path: str = ""):
    """(command path, what, text) of the description, every option's help and every command line."""
    yield path, "about", parser.description
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            names = [line.dest for line in action._choices_actions]
            yield path, "commands", names
            for line in action._choices_actions:
                yield path, f"command {line.dest}", line.help
            for name in names:
                yield from _texts(action.choices[name], f"{path} {name}".strip())
        elif action.help != argparse.SUPPRESS:
            yield path, f"option {'/'.join(action.option_strings) or action.dest}", action.help


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_language_is_known_before_parsing():
    assert language_of_argv(["--lang", "kk", "stats", "--help"]) == "kk"
    assert language_of_argv(["--lang=ru", "report", "db", "--lang", "kk"]) == "kk"   # the command's own wins
    assert language_of_argv(["stats", "--lang", "xx"]) in ("en", "ru", "kk")


def test_every_command_and_option_keeps_its_english_help_and_every_command_is_listed():
    """Moving the texts into the catalogue lost none: each command is listed with a line, each option
    but a few bare positionals has help."""
    parser = build_parser("en")
    rows = list(_texts(parser))
    [(_, _, top)] = [r for r in rows if r[0] == "" and r[1] == "commands"]
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(top) == {n for n, p in sub.choices.items()} and "init" in top and "review" in top
    assert all(text for _, what, text in rows if what.startswith("command"))
    bare = {(path, what) for path, what, text in rows if what.startswith("option") and not text}
    assert bare == {("search", "option query"), ("search", "option --limit"), ("restore", "option backup"),
                    ("report", "option --out"), ("export", "option --format"), ("export", "option --profile"),
                    ("bundle export", "option --out"), ("bundle import", "option file"),
                    ("bundle resolve", "option id"), ("bundle resolve", "option --field"), ("review steps", "option ref")}


# every command's help is in the catalogue
TRANSLATED = {"", "init", "demo", "search", "stats", "backup", "restore", "verify", "unblock", "destroy", "passwd",
              "report", "export", "import", "casework-stats", "gui", "keys", "bundle", "agenda", "vocab", "review",
              "link"}


def test_every_command_is_translated_and_defaults_named_in_help_are_the_real_ones():
    from kkdesk.cli import COMMAND_MODULES  # noqa: F401 - the parser below registers them all
    from kkdesk.records.casework import AGENDA_DAYS

    sub = next(a for a in build_parser("en")._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == TRANSLATED - {""}
    assert f"(default {AGENDA_DAYS})" in text_of("cli.help.agenda.days", "en")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_help_of_the_main_commands_is_in_the_language(lang):
    english = []
    for path, what, text in _texts(build_parser(lang)):
        if path.split(" ")[0] in TRANSLATED and what != "commands" and text and not (
                path == "" and what.startswith("command") and what.split()[1] not in TRANSLATED):
            if not CYRILLIC.search(text):
                english.append((path, what, text))
    assert english == []


@pytest.mark.parametrize("lang, words", [
    ("ru", ("использование:", "параметры:", "показать эту справку и выйти", "создать новую зашифрованную базу данных")),
    ("kk", ("қолданылуы:", "параметрлер:", "осы анықтаманы көрсетіп, шығу", "жаңа шифрланған дерекқор құру")),
])
def test_kkdesk_help_speaks_the_users_language_as_a_real_process(lang, words):
    top = kk("--help", passphrase=None, env_extra={"KKDESK_LANG": lang})
    assert top.returncode == 0, top.stderr
    text = _flat(top.stdout)
    assert all(w in text for w in words), text
    assert _flat(text_of("cli.about", lang)) in text and "Offline, encrypted" not in text
    for command in ("init", "import", "stats", "report"):
        shown = kk("--lang", lang, command, "--help", passphrase=None)
        assert shown.returncode == 0, shown.stderr
        flat = _flat(shown.stdout)
        assert words[0] in flat and words[2] in flat
        assert "read the passphrase" not in flat and "show this help" not in flat
        assert _flat(text_of("cli.help.passphrase_file", lang)).split(" (")[0] in flat, flat
    stats = _flat(kk("stats", "--help", passphrase=None, env_extra={"LANG": f"{lang}_KZ.UTF-8"}).stdout)
    assert text_of("cli.help.stats.lang", lang).split(" (")[0] in stats      # from the locale alone


def test_argparse_errors_speak_the_users_language(tmp_path):
    wrong = kk("stats", tmp_path / "x.kkdb", "--unit", "cats", passphrase=None, env_extra={"KKDESK_LANG": "kk"})
    assert wrong.returncode == 2 and "қате:" in wrong.stderr and "жарамсыз мән: 'cats'" in wrong.stderr
    assert "invalid choice" not in wrong.stderr and "Traceback" not in wrong.stderr
    missing = kk("--lang", "ru", "stats", passphrase=None)
    assert missing.returncode == 2 and "не хватает обязательных аргументов: db" in missing.stderr
    english = kk("stats", passphrase=None, env_extra={"KKDESK_LANG": "en"})
    assert "the following arguments are required: db" in english.stderr
