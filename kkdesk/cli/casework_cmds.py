"""Casework commands: the agenda of follow-ups due, and casework statistics for a period."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from kkdesk.cli.common import add_passphrase_args, language, open_database, say
from kkdesk.messages import CATALOGUE, msg, render
from kkdesk.errors import InvalidInput
from kkdesk.records.casework import AGENDA_DAYS
from kkdesk.stats import casework as cstats
from kkdesk.util.numbers import number


def register(sub) -> None:
    p = sub.add_parser("agenda")
    p.add_argument("db")
    p.add_argument("--days", type=int, default=AGENDA_DAYS)   # help: cli.help.agenda.days names the default
    p.add_argument("--today", metavar="YYYY-MM-DD")
    p.add_argument("--lang", choices=("en", "ru", "kk"))
    p.add_argument("--json", action="store_true")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_agenda)

    p = sub.add_parser("casework-stats")
    p.add_argument("db")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--json", action="store_true")
    add_passphrase_args(p)
    p.set_defaults(func=cmd_casework_stats)


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("cli.bad_today") from None


def _subject(cdb, f, lang: str) -> str:
    """A short name of what a follow-up is about (the local terminal of the user who holds the key)."""
    if f.person_id is not None:
        return cdb.persons.get(f.person_id).display_name
    if f.organisation_id is not None:
        return cdb.organisations.get(f.organisation_id).display_name
    if f.incident_id is not None:
        inc = cdb.incidents.get(f.incident_id)
        return f"{inc.ref} {inc.title}".strip()
    action = cdb.casework.action(f.action_id)
    return cdb.vocab.label("action_type", action.action_type, lang)


def cmd_agenda(args: argparse.Namespace) -> int:
    if args.days < 0 or args.days > 3660:
        raise InvalidInput("cli.bad_days")
    today = _day(args.today)
    with open_database(args) as cdb:
        items = cdb.casework.agenda(today=today, days=args.days)
        rows = [{"id": i.follow_up.id, "due_on": i.follow_up.due_on, "days_left": i.days_left,
                 "overdue": i.overdue, "kind": i.follow_up.kind,
                 "kind_label": cdb.vocab.label("followup_kind", i.follow_up.kind, args.lang),
                 "title": i.follow_up.title, "owner": i.follow_up.owner,
                 "about": _subject(cdb, i.follow_up, args.lang)} for i in items]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        say(args, "cli.agenda.nothing", count=args.days)
    for r in rows:
        when = render(msg("cli.agenda.overdue", count=-r["days_left"]) if r["overdue"] else
                      msg("cli.agenda.in_days", count=r["days_left"]), language(args))
        print(f"{r['due_on']}  {when:>14}  {r['kind_label']}: {r['title'] or '-'}  [{r['about']}]"
              + (f"  ({r['owner']})" if r["owner"] else ""))
    return 0


def cmd_casework_stats(args: argparse.Namespace) -> int:
    with open_database(args) as cdb:
        actions = cstats.actions_by(cdb, ["action_type", "outcome"], args.date_from, args.date_to)
        speed = cstats.time_to_first_action(cdb, args.date_from, args.date_to)
        follow = cstats.follow_ups_on_time(cdb, args.date_from, args.date_to)
        levels = cstats.persons_by_risk_level(cdb)
        cdb_labels = {v: cdb.vocab.labels(v, language(args)) for v in ("action_type", "action_outcome", "risk_level")}
    if args.json:
        print(json.dumps({"actions": actions.as_json(), "time_to_first_action": speed.as_json(),
                          "follow_ups": follow.as_json(), "persons_by_risk_level": levels.as_json()},
                         ensure_ascii=False, indent=2))
        return 0
    lang = language(args)
    say(args, "cli.casework.actions", count=actions.total)
    for r in actions.rows:
        kind = cdb_labels["action_type"].get(r["action_type"], r["action_type"])
        outcome = cdb_labels["action_outcome"].get(r["outcome"], r["outcome"])
        print(f"  {kind:<24} {outcome:<12} {number(r['count'], lang):>6}")
    say(args, "cli.casework.speed", incidents=speed.incidents, with_action=speed.with_action,
        median=str(speed.median_days), mean=str(speed.mean_days), max=str(speed.max_days))
    say(args, "cli.casework.follow_ups", states=", ".join(
        f"{_state(r['state'], lang)} {number(r['count'], lang)}" for r in follow.rows))
    say(args, "cli.casework.risk_levels", levels=", ".join(
        f"{cdb_labels['risk_level'].get(r['risk_level'], r['risk_level'])} {number(r['count'], lang)}"
        for r in levels.rows))
    return 0


def _state(state: str, lang: str) -> str:
    """A follow-up state (on_time, late, open, overdue) in lang; an unknown one as it is."""
    code = f"cli.casework.state.{state}"
    return render(msg(code), lang) if code in CATALOGUE else state
