"""`kkdesk import`: spreadsheets (CSV, XLSX) and kkdesk JSON exports into a database."""

from __future__ import annotations

import argparse

from kkdesk.cli.common import add_passphrase_args, language, open_database, say
from kkdesk.importer import Mapping, apply, read_table, suggest_mapping, validate
from kkdesk.importer.json_import import apply_json, is_json_export, read_json_export, validate_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import")
    p.add_argument("db")
    p.add_argument("file")
    p.add_argument("--mapping", metavar="MAP")
    p.add_argument("--save-mapping", metavar="MAP")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--keep-duplicates", action="store_true")
    p.add_argument("--sheet")
    p.add_argument("--encoding")
    p.add_argument("--header-row", type=int, metavar="N")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_import)


def cmd_import(args) -> int:
    if is_json_export(args.file):
        return _import_json(args)
    # read before unlocking: a bad file costs no passphrase
    table = read_table(args.file, sheet=args.sheet, encoding=args.encoding, header_row=args.header_row)
    base = Mapping.load(args.mapping) if args.mapping else None
    with open_database(args) as cdb:
        mapping = suggest_mapping(cdb, table, base=base)
        plan = validate(cdb, table, mapping)
        print(plan.report(language(args)))
        if args.save_mapping:
            plan.mapping_with_choices().save(args.save_mapping)
            undecided = len(plan.unmapped)
            say(args, "cli.import.mapping_to_decide" if undecided else "cli.import.mapping_written",
                path=str(args.save_mapping), **({"count": undecided} if undecided else {}))
        stop = _stop_before_applying(args, plan)
        if stop is not None:
            return stop
        result = apply(cdb, plan, keep_duplicates=args.keep_duplicates)
        print(result.summary(language(args)))
        return 0


def _import_json(args) -> int:
    data = read_json_export(args.file)
    with open_database(args) as cdb:
        plan = validate_json(cdb, data, source=args.file)
        print(plan.report(language(args)))
        stop = _stop_before_applying(args, plan)
        if stop is not None:
            return stop
        print(apply_json(cdb, plan).summary(language(args)))
        return 0


def _stop_before_applying(args, plan) -> int | None:
    """The exit code when nothing is to be imported (errors, or a dry run), said in a line; else None."""
    if not plan.ok:
        say(args, "cli.import.nothing" if hasattr(plan, "unmapped") else "json.has_problems")
        return 1
    if args.dry_run:
        say(args, "cli.import.dry_run")
        return 0
    return None
