"""Sub-commands `report` (PDF case brief, dossier, overview) and `export` (CSV, XLSX, JSON)."""

from __future__ import annotations

import argparse
import re
import sys

from kkdesk.cli.common import add_passphrase_args, language, open_database, say
from kkdesk.errors import InvalidInput, NotFound
from kkdesk.messages import msg, render
from kkdesk.reports import build_brief, build_dossier, build_overview, build_submission, export, write_atomically
from kkdesk.reports.deidentify import UnknownNamesFound
from kkdesk.search import SearchQuery, incident_where, limited_to_verified

_REF = re.compile(r"^KK-\d{4}-[0-9A-F]{8}$", re.IGNORECASE)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
_CODE = re.compile(r"^[PO]-[0-9A-Z]{5}$", re.IGNORECASE)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report")
    p.add_argument("db")
    p.add_argument("--kind", required=True, choices=["brief", "dossier", "overview", "submission"])
    p.add_argument("--id")
    p.add_argument("--org", action="store_true")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--lang", choices=["en", "ru", "kk"])
    p.add_argument("--profile", choices=["full", "pseudonymised", "public"])
    p.add_argument("--coalition", action="store_true")
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx")
    p.add_argument("--pdfa", action="store_true")
    _records_arg(p, None)
    _unknown_args(p)
    add_passphrase_args(p)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export")
    p.add_argument("db")
    p.add_argument("--format", required=True, choices=["csv", "xlsx", "json"])
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--lang", choices=["en", "ru", "kk"])
    p.add_argument("--profile", default="full", choices=["full", "pseudonymised", "public"])
    p.add_argument("--out", required=True, metavar="PATH")
    p.add_argument("--delimiter")
    _records_arg(p, "all")
    _unknown_args(p)
    add_passphrase_args(p)
    p.set_defaults(func=cmd_export)


def _records_arg(p: argparse.ArgumentParser, default: str) -> None:
    p.add_argument("--records", choices=("verified", "all"), default=default)


def _unknown_args(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--replace-unknown-names", dest="unknown", action="store_const", const="replace")
    g.add_argument("--keep-unknown-names", dest="unknown", action="store_const", const="keep")
    p.set_defaults(unknown="ask")


def _warn_unknown(args: argparse.Namespace, exc) -> int:
    """List the names found (to the person exporting, on their terminal) and how to go on."""
    lang = language(args)
    print(render(msg("cli.unknown_names", count=len(exc.names)), lang), file=sys.stderr)
    for name in exc.names:
        print(f"  {name}", file=sys.stderr)
    print(render(msg("cli.unknown_names_hint"), lang), file=sys.stderr)
    return 3


def incident_id(cdb, text: str | None) -> int:
    """An incident's local id from its ref, uuid or number."""
    if not text:
        raise InvalidInput("cli.brief_needs_id")
    text = text.strip()
    if _REF.match(text):
        found = cdb.scalar("SELECT id FROM incident WHERE ref = ?", (text.upper(),))
    elif _UUID.match(text):
        found = cdb.incidents.id_for_uuid(text.lower())
    elif text.isdigit():
        found = cdb.scalar("SELECT id FROM incident WHERE id = ?", (int(text),))
    else:
        raise InvalidInput("cli.bad_incident_id")
    if found is None:
        raise NotFound("cli.no_incident")
    return found


def dossier_subject(cdb, text: str | None, org: bool = False) -> tuple[int | None, int | None]:
    """(person_id, organisation_id) from a pseudonym code, uuid or number."""
    if not text:
        raise InvalidInput("cli.dossier_needs_id")
    text = text.strip()
    if _CODE.match(text):
        code = text.upper()
        table = "person" if code.startswith("P") else "organisation"
        found = cdb.scalar(f"SELECT id FROM {table} WHERE pseudonym = ?", (code,))
        if found is not None:
            return (found, None) if table == "person" else (None, found)
    elif _UUID.match(text):
        pid = cdb.persons.id_for_uuid(text.lower())
        if pid is not None:
            return pid, None
        oid = cdb.organisations.id_for_uuid(text.lower())
        if oid is not None:
            return None, oid
    elif text.isdigit():
        table = "organisation" if org else "person"
        found = cdb.scalar(f"SELECT id FROM {table} WHERE id = ?", (int(text),))
        if found is not None:
            return (None, found) if org else (found, None)
    else:
        raise InvalidInput("cli.bad_subject_id")
    raise NotFound("cli.no_subject")


def _query(args):
    q = limited_to_verified(SearchQuery(date_from=args.date_from, date_to=args.date_to),
                            getattr(args, "records", "all") == "verified")
    incident_where(q)  # unreadable dates fail here, before any work
    return q


def cmd_report(args) -> int:
    if args.pdfa and args.kind == "submission":      # a Word document has no PDF/A form
        raise InvalidInput("report.option_not_for_kind", field="pdfa", option="--pdfa", kind=args.kind)
    if args.coalition and args.kind != "submission":
        raise InvalidInput("report.option_not_for_kind", field="coalition", option="--coalition", kind=args.kind)
    if args.records is None:       # published figures count verified records; a dossier shows everything
        args.records = "verified" if args.kind in ("overview", "submission") else "all"
    if args.profile is None:       # a document to hand over carries no names unless asked
        args.profile = "pseudonymised" if args.kind == "submission" else "full"
    try:
        with open_database(args) as cdb:
            if args.kind == "submission":
                data = build_submission(cdb, _query(args), args.lang, args.profile, args.coalition,
                                        unknown=args.unknown)
            elif args.kind == "brief":
                data = build_brief(cdb, incident_id(cdb, args.id), args.lang, args.profile, args.unknown,
                                   pdfa=args.pdfa)
            elif args.kind == "dossier":
                pid, oid = dossier_subject(cdb, args.id, args.org)
                data = build_dossier(cdb, person_id=pid, organisation_id=oid, lang=args.lang, profile=args.profile,
                                     verified_only=args.records == "verified",
                                     unknown=args.unknown, pdfa=args.pdfa)
            else:
                data = build_overview(cdb, _query(args), args.lang, args.profile, unknown=args.unknown,
                                      pdfa=args.pdfa)
    except UnknownNamesFound as exc:
        return _warn_unknown(args, exc)
    write_atomically(args.out, data)
    say(args, "cli.wrote", path=str(args.out))
    return 0


def cmd_export(args) -> int:
    try:
        with open_database(args) as cdb:
            query = _query(args) if (args.date_from or args.date_to or args.records == "verified") else None
            export(cdb, args.format, args.out, args.profile, query=query, lang=args.lang, unknown=args.unknown,
                   delimiter=args.delimiter)
    except UnknownNamesFound as exc:
        return _warn_unknown(args, exc)
    say(args, "cli.wrote", path=str(args.out))
    return 0
