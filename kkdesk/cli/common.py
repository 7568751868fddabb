"""Helpers shared by the command modules: passphrase input and opening a database."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kkdesk.errors import InvalidInput
from kkdesk.records import CaseDatabase

ENV_PASSPHRASE = "KKDESK_PASSPHRASE"


def add_passphrase_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the passphrase from the first line of FILE (else ${ENV_PASSPHRASE}, else a prompt)")


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    """The passphrase from --passphrase-file, $KKDESK_PASSPHRASE or a prompt, in that order."""
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError:
            raise InvalidInput("Cannot read the passphrase file.") from None
        if not text or not text[0]:
            raise InvalidInput("The passphrase file is empty.")
        return text[0]
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(f"No passphrase: use --passphrase-file, set {ENV_PASSPHRASE}, or run in a terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise InvalidInput("The two passphrases differ.")
    return first


def actor(args: argparse.Namespace) -> str:
    """Who is recorded in the history for command-line changes."""
    return getattr(args, "actor", None) or "cli"


def open_database(args: argparse.Namespace, path: str | None = None):
    """Open the database named by args.db with the passphrase from read_passphrase()."""
    return CaseDatabase.open(path or args.db, read_passphrase(args), actor=actor(args))
