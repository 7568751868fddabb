"""`kkdesk review …` and `kkdesk link …`: the review before a record counts, and links between records."""

from __future__ import annotations

import argparse
import json

from kkdesk.cli.common import add_passphrase_args, language, open_database, say
from kkdesk.cli.report_cmds import dossier_subject, incident_id
from kkdesk.errors import InvalidInput
from kkdesk.messages import msg, render
from kkdesk.model.entities import INCIDENT_LINK_KINDS, PERSON_ORG_LINK_KINDS


def register(sub) -> None:
    review = sub.add_parser("review")
    rsub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)

    p = rsub.add_parser("list")
    p.add_argument("db")
    p.add_argument("--waiting", action="store_true")
    p.add_argument("--returned", action="store_true")
    p.add_argument("--json", action="store_true")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_list)

    # their help: cli.cmd.review.<step> and cli.help.review.<step>.comment in the catalogue
    for name, many in (("submit", True), ("return", False), ("verify", True), ("reopen", False), ("comment", False)):
        p = rsub.add_parser(name)
        p.add_argument("db")
        p.add_argument("refs", nargs="+" if many else 1, metavar="REF")
        p.add_argument("--comment", "-m", default="")
        add_passphrase_args(p)
        p.set_defaults(func=cmd_step, step=name)

    p = rsub.add_parser("steps")
    p.add_argument("db")
    p.add_argument("ref", metavar="REF")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_steps)

    p = rsub.add_parser("name")
    p.add_argument("db")
    p.add_argument("name", nargs="?")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_name)

    link = sub.add_parser("link")
    link.add_argument("db")
    link.add_argument("ref", metavar="REF")
    link.add_argument("--to", required=True, metavar="REF")
    link.add_argument("--kind", required=True, choices=INCIDENT_LINK_KINDS + PERSON_ORG_LINK_KINDS + ("same_person",))
    add_passphrase_args(link)
    link.set_defaults(func=cmd_link)


def _rows(cdb, ids: list[int]) -> list[dict]:
    comments = cdb.review.last_comment(ids)
    out = []
    for inc in cdb.incidents.get_many(ids):
        c = comments.get(inc.id)
        out.append({"ref": inc.ref, "title": inc.title, "date": inc.date.iso(), "review": inc.review,
                    "last_editor": inc.updated_by, "sources": inc.corroboration,
                    "comment": c.comment if c else "", "comment_by": c.actor if c else ""})
    return out


def cmd_list(args: argparse.Namespace) -> int:
    both = not (args.waiting or args.returned)
    with open_database(args) as cdb:
        lists = {}
        if both or args.waiting:
            lists["waiting"] = _rows(cdb, cdb.review.waiting_for_me())
        if both or args.returned:
            lists["returned"] = _rows(cdb, cdb.review.returned_to_me())
        if args.json:
            print(json.dumps({"actor": cdb.actor, **lists}, ensure_ascii=False, indent=2))
            return 0
        for key, rows in lists.items():
            say(args, f"cli.review.{key}", actor=cdb.actor, count=len(rows))
            for r in rows:
                say(args, "cli.review.row", ref=r["ref"], date=f"{r['date']:<10}", title=r["title"],
                    editor=r["last_editor"], sources=r["sources"])
                if r["comment"]:
                    print(f"      {r['comment_by']}: {r['comment']}")
    return 0


def cmd_step(args: argparse.Namespace) -> int:
    with open_database(args) as cdb:
        ids = [incident_id(cdb, r) for r in args.refs]
        step, comment = args.step, args.comment
        if step == "submit":
            n = cdb.review.submit(ids, comment)
        elif step == "verify":
            n = cdb.review.verify(ids, comment)
        elif step == "return":
            cdb.review.send_back(ids[0], comment)
            n = 1
        elif step == "reopen":
            cdb.review.reopen(ids[0], comment)
            n = 1
        else:
            cdb.review.comment(ids[0], comment)
            n = 1
        say(args, f"cli.review.done.{step}", actor=cdb.actor, count=n)
    return 0


def cmd_steps(args: argparse.Namespace) -> int:
    with open_database(args) as cdb:
        iid = incident_id(cdb, args.ref)
        lang = language(args)
        say(args, "cli.review.state", state=render(msg(f"cli.review.state.{cdb.review.state(iid)}"), lang))
        for s in cdb.review.steps(iid):
            name = render(msg(f"cli.review.step.{s.step}"), lang)
            print(f"  {s.at[:19].replace('T', ' ')}  {name:<8} {s.actor}" + (f": {s.comment}" if s.comment else ""))
    return 0


def cmd_name(args: argparse.Namespace) -> int:
    with open_database(args) as cdb:
        if args.name:
            cdb.set_actor_name(args.name)
            say(args, "cli.review.name_set", actor=cdb.actor)
        else:
            name = cdb.actor_name()
            if name:
                print(name)
            else:
                say(args, "cli.review.name_unset", actor=cdb.actor)
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    with open_database(args) as cdb:
        if args.kind in INCIDENT_LINK_KINDS:
            cdb.links.link_incidents(incident_id(cdb, args.ref), incident_id(cdb, args.to), args.kind)
        elif args.kind == "same_person":
            (person, _), (other, _) = dossier_subject(cdb, args.ref), dossier_subject(cdb, args.to)
            if person is None or other is None:
                raise InvalidInput("link.two_persons")
            cdb.links.mark_same_person(person, other)
        else:
            person, _ = dossier_subject(cdb, args.ref)
            _, org = dossier_subject(cdb, args.to, org=True)
            if person is None or org is None:
                raise InvalidInput("cli.link_needs_codes")
            cdb.links.link_person_org(person, org, args.kind)
        say(args, "cli.linked")
    return 0
