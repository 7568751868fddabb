"""`kkdesk keys` and `kkdesk bundle …`: keys, peers and encrypted exchange bundles."""

from __future__ import annotations

import argparse
import json

from kkdesk.cli.common import add_passphrase_args, language, open_database, say
from kkdesk.errors import InvalidInput
from kkdesk.messages import msg, render
from kkdesk.messages.texts import CATALOGUE
from kkdesk.exchange import (
    add_peer,
    ensure_keys,
    export_bundle,
    get_conflict,
    import_bundle,
    list_conflicts,
    own_keys,
    peers,
    plan_purge,
    purge_exchanged,
    resolve_conflict,
    set_peer_role,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys")
    p.add_argument("db")
    p.add_argument("--add-peer", nargs=2, metavar=("NAME", "KEY"))
    p.add_argument("--role", choices=("monitor", "coordinator"))
    p.add_argument("--peer", metavar="NAME")
    p.add_argument("--qr", metavar="FILE.png")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_keys)

    bundle = sub.add_parser("bundle")
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    p = bsub.add_parser("export")
    p.add_argument("db")
    p.add_argument("--to", required=True, metavar="PEER")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--records", choices=["all", "known", "none"], default="all")
    p.add_argument("--resend", action="store_true")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_export)

    p = bsub.add_parser("import")
    p.add_argument("db")
    p.add_argument("file")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_import)

    p = bsub.add_parser("conflicts")
    p.add_argument("db")
    p.add_argument("--show", type=int, metavar="ID")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_conflicts)

    p = bsub.add_parser("resolve")
    p.add_argument("db")
    p.add_argument("id", type=int)
    p.add_argument("--take", choices=["mine", "theirs"])
    p.add_argument("--field", action="append", default=[], metavar="F=mine|theirs")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_resolve)

    p = bsub.add_parser("purge")
    p.add_argument("db")
    p.add_argument("--confirm", action="store_true")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_purge)


def cmd_keys(args) -> int:
    with open_database(args) as cdb:
        if ensure_keys(cdb):
            say(args, "cli.keys.created")
        keys = own_keys(cdb)
        say(args, "cli.keys.public")
        print(f"  {keys.text}")
        say(args, "cli.keys.fingerprint", fingerprint=keys.fingerprint)
        if args.qr:
            _write_qr(keys.text, args.qr)
            say(args, "cli.keys.qr", path=str(args.qr))
        if args.add_peer:
            peer = add_peer(cdb, args.add_peer[0], args.add_peer[1], role=args.role or "monitor")
            say(args, "cli.keys.registered", name=peer.name, role=peer.role, fingerprint=peer.keys.fingerprint)
        elif args.peer and args.role:
            peer = set_peer_role(cdb, args.peer, args.role)
            say(args, "cli.keys.role_set", name=peer.name, role=peer.role)
        registered = peers(cdb)
        say(args, "cli.keys.peers", count=len(registered))
        for peer in registered:
            print(f"  {peer.name} ({peer.role}): {peer.keys.fingerprint}")
        return 0


def _write_qr(text: str, path: str) -> None:
    try:
        import qrcode  # optional; not a dependency of kkdesk
    except ImportError:
        raise InvalidInput("cli.no_qrcode") from None
    qrcode.make(text).save(path)


def cmd_export(args) -> int:
    with open_database(args) as cdb:
        print(export_bundle(cdb, args.to, args.out, records=args.records, resend=args.resend).text(language(args)))
        return 0


def cmd_import(args) -> int:
    with open_database(args) as cdb:
        summary = import_bundle(cdb, args.file)
        say(args, "cli.bundle.from", peer=summary.peer, summary=summary.text(language(args)))
        if summary.conflicts:
            say(args, "cli.bundle.list_conflicts")
        return 0


def cmd_conflicts(args) -> int:
    with open_database(args) as cdb:
        if args.show is not None:
            c = get_conflict(cdb, args.show)
            say(args, "cli.bundle.conflict_head", id=str(c.id), entity=_entity(args, c.entity), label=c.label,
                peer=c.peer)
            for f, (mine, theirs) in c.differences().items():
                say(args, "cli.bundle.conflict_field", field=f, mine=_short(mine), theirs=_short(theirs))
            return 0
        conflicts = list_conflicts(cdb)
        if not conflicts:
            say(args, "cli.bundle.no_conflicts")
        for c in conflicts:
            say(args, "cli.bundle.conflict_row", id=str(c.id), entity=_entity(args, c.entity), label=c.label,
                peer=c.peer, fields=", ".join(c.fields))
        return 0


def _entity(args, entity: str) -> str:
    """The kind of a conflicting record in the command line's language (an unknown kind as it is stored)."""
    code = f"cli.bundle.entity.{entity}"
    return render(msg(code), language(args)) if code in CATALOGUE else entity


def _short(value, limit: int = 300) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[:limit] + "…"


def cmd_resolve(args) -> int:
    choices = {}
    if args.take:
        choices["*"] = args.take
    for item in args.field:
        name, sep, choice = item.partition("=")
        if not sep:
            raise InvalidInput("cli.bad_field_choice", item=item)
        choices[name.strip()] = choice.strip()
    if not choices:
        raise InvalidInput("cli.say_what_to_keep")
    with open_database(args) as cdb:
        resolve_conflict(cdb, args.id, choices)
        say(args, "cli.conflict.resolved", id=str(args.id))
        return 0


def cmd_purge(args) -> int:
    with open_database(args) as cdb:
        if not args.confirm:
            print(plan_purge(cdb).text(language(args)))
            say(args, "cli.purge.dry")
            return 0
        plan = purge_exchanged(cdb, confirm=True)
        say(args, "cli.purge.done", incidents=len(plan.incident_ids), persons=len(plan.person_ids),
            organisations=len(plan.organisation_ids))
        return 0
