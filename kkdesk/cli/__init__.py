"""The `kkdesk` command line. Each area registers its sub-commands from its own module.

With no sub-command, `kkdesk` starts the desktop application.
"""

from __future__ import annotations

import argparse
import os
import sys

from kkdesk import version_text
from kkdesk.cli import casework_cmds, exchange_cmds, import_cmds, report_cmds, review_cmds, store_cmds, vocab_cmds
from kkdesk.cli.common import language
from kkdesk.errors import KkdeskError, reason_for_os_error
from kkdesk.messages import LANGS, msg, render
from kkdesk.hardening import harden_process
from kkdesk.store.sqlite import DatabaseError

# One module per area; each has register(subparsers) adding parsers with set_defaults(func=...).
COMMAND_MODULES = [store_cmds, report_cmds, import_cmds, exchange_cmds, casework_cmds, vocab_cmds, review_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kkdesk",
        description="Offline, encrypted case store for monitoring threats against human rights defenders. "
        "With no command, the desktop application starts.",
    )
    parser.add_argument("--lang", dest="ui_lang", choices=LANGS,
                        help="language of messages (default: $KKDESK_LANG, else the locale)")
    parser.add_argument("--version", action="version", version=version_text(),
                        help="show the version and build, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    gui = sub.add_parser("gui", help="start the desktop application")
    gui.add_argument("db", nargs="?", help="database to offer for unlocking")
    gui.add_argument("--demo", action="store_true", help="open (and create on first use) the demo database")
    gui.add_argument("--self-test", metavar="FILE.pdf",
                     help="check this installation: open the demo, save an overview PDF to FILE.pdf, lock, quit "
                          "(exit status 0 when all worked)")
    gui.set_defaults(func=_run_gui)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from kkdesk.ui.app import run  # Qt is imported only here

    return run(db_path=getattr(args, "db", None), demo=getattr(args, "demo", False),
               self_test=getattr(args, "self_test", None))


def main(argv: list[str] | None = None) -> int:
    harden_process()
    parser = build_parser()
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
