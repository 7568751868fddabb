"""The `kkdesk` command line. Each area registers its sub-commands from its own module.

With no sub-command, `kkdesk` starts the desktop application. The help texts of commands and options
are catalogue messages (cli.about.*, cli.cmd.*, cli.help.*), given in the user's language by
kkdesk.cli.helptext; a register() adds a help= only for a text not yet in the catalogue.
"""

from __future__ import annotations

import argparse
import os
import sys

from kkdesk import version_text
from kkdesk.cli import casework_cmds, exchange_cmds, import_cmds, report_cmds, review_cmds, store_cmds, vocab_cmds
from kkdesk.cli.common import language
from kkdesk.cli.helptext import language_of_argv, localise, use_argparse_words
from kkdesk.errors import KkdeskError, reason_for_os_error
from kkdesk.messages import LANGS, msg, render
from kkdesk.hardening import harden_process
from kkdesk.store.sqlite import DatabaseError

# One module per area; each has register(subparsers) adding parsers with set_defaults(func=...).
COMMAND_MODULES = [store_cmds, report_cmds, import_cmds, exchange_cmds, casework_cmds, vocab_cmds, review_cmds]


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The whole command line; its help (and argparse's own words) in lang (kkdesk.cli.helptext)."""
    use_argparse_words(lang)
    parser = argparse.ArgumentParser(
        prog="kkdesk",
    )
    parser.add_argument("--lang", dest="ui_lang", choices=LANGS)
    parser.add_argument("--version", action="version", version=version_text())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    gui = sub.add_parser("gui")
    gui.add_argument("db", nargs="?")
    gui.add_argument("--demo", action="store_true")
    gui.add_argument("--self-test", metavar="FILE.pdf")
    gui.set_defaults(func=_run_gui)
    localise(parser, lang)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from kkdesk.ui.app import run  # Qt is imported only here

    return run(db_path=getattr(args, "db", None), demo=getattr(args, "demo", False),
               self_test=getattr(args, "self_test", None))


def main(argv: list[str] | None = None) -> int:
    harden_process()
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(language_of_argv(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args.func = _run_gui
    lang = language(args)
    if hasattr(args, "lang") and args.lang is None:   # a command's own --lang, not given: the same choice
        args.lang = lang

    def error(m) -> None:
        print(render(m, lang), file=sys.stderr)

    try:
        status = int(args.func(args) or 0)
        sys.stdout.flush()      # inside the try: a closed pipe shows here, not at exit
        return status
    except BrokenPipeError:
        # The program reading our output stopped early (`kkdesk … | head`): end quietly, as Unix tools
        # do, and keep Python from reporting the failed flush again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KkdeskError as exc:
        error(msg("cli.error", text=exc.message))
        return 2
    except KeyboardInterrupt:
        error(msg("cli.interrupted"))
        return 130
    except DatabaseError:
        # SQLite errors that escaped a module: the file is damaged or the disk failed. Say so plainly.
        error(msg("cli.database_error"))
        return 2
    except OSError as exc:
        # File-system trouble (disk full, permission, a file Excel holds open): say what to do, plainly;
        # no traceback and no path (a file name may be a person's name).
        error(msg("cli.error", text=reason_for_os_error(exc)))
        return 2
