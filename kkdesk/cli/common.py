"""Helpers shared by the command modules: passphrase input and opening a database."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kkdesk.errors import InvalidInput
from kkdesk.messages import LANGS, language_from_environment, msg, render
from kkdesk.records import CaseDatabase

ENV_PASSPHRASE = "KKDESK_PASSPHRASE"


def add_passphrase_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE")


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    """The passphrase from --passphrase-file, $KKDESK_PASSPHRASE or a prompt, in that order."""
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError:
            raise InvalidInput("cli.passphrase_file_unreadable") from None
        if not text or not text[0]:
            raise InvalidInput("cli.passphrase_file_empty")
        return text[0]
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput("cli.no_passphrase", env=ENV_PASSPHRASE)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise InvalidInput("cli.passphrases_differ")
    return first


def language(args: argparse.Namespace | None = None) -> str:
    """The language of the command line's messages and words: --lang (the command's own, else the one
    before the command), else $KKDESK_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG), else English."""
    for name in ("lang", "ui_lang"):
        value = getattr(args, name, None)
        if value in LANGS:
            return value
    return language_from_environment()


def say(args: argparse.Namespace, code: str, end: str = "\n", **params) -> None:
    """Print the catalogue message `code` in the command line's language."""
    print(render(msg(code, **params), language(args)), end=end)


def actor(args: argparse.Namespace) -> str:
    """Who is recorded in the history for command-line changes."""
    return getattr(args, "actor", None) or "cli"


def open_database(args: argparse.Namespace, path: str | None = None):
    """Open the database named by args.db with the passphrase from read_passphrase()."""
    return CaseDatabase.open(path or args.db, read_passphrase(args), actor=actor(args))
