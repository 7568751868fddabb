"""Sub-commands of the store: init, demo, search, stats, backup, restore, verify, unblock, destroy, passwd."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from kkdesk import stats
from kkdesk.cli.common import actor, add_passphrase_args, language, open_database, read_passphrase, say
from kkdesk.demo import generate
from kkdesk.errors import IntegrityFailure, InvalidInput
from kkdesk.messages import msg, render
from kkdesk.passphrase import generate as suggest_passphrase, strength
from kkdesk.progress import Progress
from kkdesk.search import SearchQuery, incident_ids
from kkdesk.records import CaseDatabase
from kkdesk.store.backup import backup, restore, rotating_backup
from kkdesk.store.destroy import destroy
from kkdesk.store.verify import verify
from kkdesk.util.numbers import number


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init")
    p.add_argument("db")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo")
    p.add_argument("db")
    p.add_argument("--incidents", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    add_passphrase_args(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("search")
    p.add_argument("db")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("stats")
    p.add_argument("db")
    p.add_argument("--by", default="year")
    p.add_argument("--unit", default="threats", choices=["threats", "incidents", "persons", "organisations",
                                                          "targets"])
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--lang", choices=["en", "ru", "kk"])
    p.add_argument("--json", action="store_true")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("backup")
    p.add_argument("db")
    p.add_argument("dest")
    p.add_argument("--keep", type=int, default=7)
    add_passphrase_args(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore")
    p.add_argument("backup")
    p.add_argument("db")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("verify")
    p.add_argument("db")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("unblock")
    p.add_argument("db")
    p.add_argument("--reason", required=True)
    add_passphrase_args(p)
    p.set_defaults(func=cmd_unblock)

    p = sub.add_parser("destroy")
    p.add_argument("db")
    p.add_argument("--backups", metavar="DIR")
    p.add_argument("--yes", action="store_true")
    p.set_defaults(func=cmd_destroy)

    p = sub.add_parser("passwd")
    p.add_argument("db")
    add_passphrase_args(p)
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_passwd)


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase the estimator finds easy to guess, with its advice and a way out."""
    verdict = strength(passphrase)
    if verdict.acceptable:
        return
    advice = " ".join(x for x in (verdict.warning, *verdict.suggestions) if x)
    raise InvalidInput("cli.weak_passphrase", advice=f" ({advice.rstrip('.')})" if advice else "",
                       example=suggest_passphrase())


def cmd_init(args) -> int:
    if os.path.exists(args.db):     # before asking for a passphrase that could not be used
        raise InvalidInput("store.file_exists")
    passphrase = read_passphrase(args, "New passphrase: ", confirm=True)
    check_new_passphrase(passphrase)
    CaseDatabase.create(args.db, passphrase, actor=actor(args)).close()
    say(args, "cli.created", path=str(args.db))
    return 0


def cmd_demo(args) -> int:
    if args.incidents < 0:
        raise InvalidInput("cli.bad_incidents")
    passphrase = read_passphrase(args, "New passphrase: ", confirm=True)

    class Printer(Progress):
        def __init__(self):
            self.last = -1

        def set_progress(self, fraction: float, text: str = "") -> None:
            pct = int(fraction * 100)
            if pct // 10 != self.last // 10 and sys.stderr.isatty():
                print(f"  {pct}% {render(text, language(args))}", file=sys.stderr)
            self.last = pct

    with CaseDatabase.create(args.db, passphrase, actor="demo") as cdb:
        made = generate(cdb, incidents=args.incidents, seed=args.seed, progress=Printer())
    say(args, "cli.demo_created", path=str(args.db), **{k: made[k] for k in (
        "incidents", "threats", "persons", "organisations")})
    return 0


def cmd_search(args) -> int:
    with open_database(args) as cdb:
        ids = incident_ids(cdb, SearchQuery(text=args.query), limit=args.limit)
        rows = cdb.incidents.rows(ids)
        # the same person and organisation search as the GUI's, best match first
        person_ids = [pid for pid, _score in cdb.persons.find(args.query, args.limit)]
        org_ids = cdb.organisations.find(args.query, args.limit)
        persons, orgs = cdb.persons.names(person_ids), cdb.organisations.names(org_ids)
        incidents = [{"id": i, "ref": rows[i]["ref"], "date": rows[i]["date"].iso(), "title": rows[i]["title"],
                      "place": rows[i]["place"], "status": rows[i]["status"]} for i in ids]
        people = [{"id": pid, "name_latin": persons[pid][0], "name_cyrillic": persons[pid][1],
                   "pseudonym": persons[pid][2]} for pid in person_ids]
        organisations = [{"id": oid, "name": orgs[oid][0], "name_alt": orgs[oid][1], "pseudonym": orgs[oid][2]}
                         for oid in org_ids]
    if args.json:
        print(json.dumps({"query": args.query, "incidents": incidents, "persons": people,
                          "organisations": organisations}, ensure_ascii=False, indent=2))
        return 0
    say(args, "cli.search.found", incidents=len(incidents), persons=len(people), organisations=len(organisations))
    for row in incidents:
        print(f"  {row['ref']}  {row['date']:<17}  {row['title']}")
    for row in people:
        print(f"  {row['pseudonym']}  {row['name_cyrillic']}  {row['name_latin']}")
    for row in organisations:
        print(f"  {row['pseudonym']}  {row['name']}")
    return 0


def cmd_stats(args) -> int:
    query = SearchQuery(date_from=args.date_from, date_to=args.date_to)
    with open_database(args) as cdb:
        table = stats.count_by(cdb, args.by, args.unit, query)
        labels = [[stats.label(cdb, d, row[d], args.lang) for d in table.by] for row in table.rows]
    if args.json:
        print(json.dumps(table.as_json(), ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    unit = msg(f"unit.{table.unit}")
    say(args, "cli.stats.unit", unit=unit, end="")
    print(render(msg("cli.stats.multi"), lang) if table.multi_valued else "")
    widths = [max([len(d)] + [len(lab[n]) for lab in labels]) for n, d in enumerate(table.by)]
    print("  ".join(d.ljust(w) for d, w in zip(table.by, widths)) + "  " + render(msg("cli.stats.count"), lang))
    for lab, row in zip(labels, table.rows):
        print("  ".join(v.ljust(w) for v, w in zip(lab, widths)) + f"  {number(row['count'], lang)}")
    say(args, "cli.stats.total", unit=unit, count=table.total)
    return 0


def cmd_backup(args) -> int:
    with open_database(args) as cdb:
        if os.path.isdir(args.dest):
            path = rotating_backup(cdb, args.dest, keep=args.keep)
        else:
            path = backup(cdb, args.dest)
    say(args, "cli.backup_written", path=str(path))
    return 0


def cmd_restore(args) -> int:
    restore(args.backup, args.db, read_passphrase(args), actor=actor(args))
    say(args, "cli.restored", path=str(args.db))
    return 0


def cmd_verify(args) -> int:
    with open_database(args) as cdb:
        report = verify(cdb)
        blocked = cdb.writes_blocked
    for what, n in report.checked.items():
        say(args, "cli.verify.checked", count=n, what=what)
    for problem in report.peer_problems:
        say(args, "cli.verify.peer", problem=problem)
    if report.ok:
        say(args, "cli.verify.ok")
        if blocked:
            say(args, "cli.verify.still_blocked", reason=blocked)
        return 0 if not report.peer_problems else 1
    for problem in report.problems:
        say(args, "cli.verify.problem", problem=problem)
    raise IntegrityFailure("cli.verify.failed")


def cmd_unblock(args) -> int:
    from kkdesk.store.verify import override_block

    with open_database(args) as cdb:
        if not cdb.writes_blocked:
            say(args, "cli.unblock.not_blocked")
            return 0
        reason = cdb.writes_blocked
        override_block(cdb, args.reason)
    say(args, "cli.unblock.done", reason=reason)
    return 0


def cmd_destroy(args) -> int:
    if not args.yes:
        print(render(msg("cli.destroy.countdown"), language(args)), file=sys.stderr)
        time.sleep(5)
    removed = destroy(args.db, args.backups)
    say(args, "cli.destroy.done", count=len(removed))
    return 0


def cmd_passwd(args) -> int:
    old = read_passphrase(args, "Current passphrase: ")
    if args.new_passphrase_file:
        lines = Path(args.new_passphrase_file).read_text(encoding="utf-8").splitlines()
        new = lines[0] if lines else ""
    elif os.environ.get("KKDESK_NEW_PASSPHRASE"):
        new = os.environ["KKDESK_NEW_PASSPHRASE"]
    else:
        ns = argparse.Namespace(passphrase_file=None)
        os.environ.pop("KKDESK_PASSPHRASE", None)
        new = read_passphrase(ns, "New passphrase: ", confirm=True)
    check_new_passphrase(new)
    with _open_with(args, old) as cdb:
        cdb.change_passphrase(old, new)
    say(args, "cli.passphrase_changed")
    return 0


def _open_with(args, passphrase: str):
    return CaseDatabase.open(args.db, passphrase, actor=actor(args))
