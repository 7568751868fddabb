"""The `kkdesk` command line. Each area registers its sub-commands from its own module.

With no sub-command, `kkdesk` starts the desktop application.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from kkdesk import version_text
from kkdesk.errors import KkdeskError
from kkdesk.store.sqlite import DatabaseError

# One module per area; each has register(subparsers) adding parsers with set_defaults(func=...).
COMMAND_MODULES = [
    "kkdesk.cli.store_cmds",
    "kkdesk.cli.report_cmds",
    "kkdesk.cli.import_cmds",
    "kkdesk.cli.exchange_cmds",
    "kkdesk.cli.casework_cmds",
    "kkdesk.cli.vocab_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kkdesk",
        description="Offline, encrypted case store for monitoring threats against human rights defenders. "
        "With no command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=version_text(),
                        help="show the version and build, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # that area is not built yet
                continue
            raise
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
    from kkdesk.hardening import harden_process

    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args.func = _run_gui
    try:
        return int(args.func(args) or 0)
    except KkdeskError as exc:
        print(f"kkdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kkdesk: interrupted", file=sys.stderr)
        return 130
    except DatabaseError:
        # SQLite errors that escaped a module: the file is damaged or the disk failed. Say so plainly.
        print("kkdesk: the database could not be read or written: the disk may be full or failing, or "
              "the file is damaged (run `kkdesk verify`, or restore a backup)", file=sys.stderr)
        return 2
    except OSError as exc:
        # File-system trouble (disk full, permission, a file Excel holds open): say what to do, plainly;
        # no traceback and no path (a file name may be a person's name).
        from kkdesk.errors import reason_for_os_error

        print(f"kkdesk: {reason_for_os_error(exc)}", file=sys.stderr)
        return 2
