"""`kkdesk vocab list`: the vocabularies' terms with codes, labels and aliases, so a mapping can
be written without reading the source (shipped terms, or a database's own with --db)."""

from __future__ import annotations

import argparse

from kkdesk.cli.common import add_passphrase_args, language, open_database, say
from kkdesk.errors import InvalidInput
from kkdesk.messages import msg, render
from kkdesk.model.fuzzy import Choices
from kkdesk.vocab import LANGUAGES, Term, shipped_vocabularies


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("vocab")
    vsub = p.add_subparsers(dest="vocab_command", metavar="ACTION", required=True)
    lp = vsub.add_parser("list")
    lp.add_argument("vocab", nargs="?", metavar="VOCAB")
    lp.add_argument("--lang", default="all", choices=[*LANGUAGES, "all"])
    lp.add_argument("--match", metavar="TEXT")
    lp.add_argument("--db")
    add_passphrase_args(lp)
    lp.set_defaults(func=cmd_list)


def _shipped() -> dict[str, list[Term]]:
    return {name: [Term(name, t["code"], t["en"], t.get("ru", ""), t.get("kk", ""), t.get("parent"),
                        list(t.get("aliases", []))) for t in terms]
            for name, terms in shipped_vocabularies().items()}


def cmd_list(args) -> int:
    if args.db:
        cdb = open_database(args)
        try:
            vocabs = {name: cdb.vocab.terms(name) for name in cdb.vocab.names()}
        finally:
            cdb.close()
    else:
        vocabs = _shipped()
    if not args.vocab:
        width = max(map(len, vocabs))
        for name, terms in vocabs.items():
            say(args, "cli.vocab.count", name=f"{name:<{width}}", count=len(terms))
        say(args, "cli.vocab.hint")
        return 0
    if args.vocab not in vocabs:
        raise InvalidInput("cli.no_vocabulary", name=str(args.vocab), names=", ".join(vocabs))
    terms = vocabs[args.vocab]
    if args.match:
        choices = Choices((t.code, t.label_en, [t.label_ru, t.label_kk, *t.aliases]) for t in terms)
        by_code = {t.code: t for t in terms}
        terms = [by_code[m.key] for m in choices.top(args.match, k=5)]
    langs = LANGUAGES if args.lang == "all" else (args.lang,)
    for t in terms:
        labels = " | ".join(t.label(lang) for lang in langs)
        inside = t.parent and t.parent != t.code
        parent = render(msg("cli.vocab.parent", parent=t.parent), language(args)) if inside else ""
        print(f"{t.code}  {labels}{parent}")
        if t.aliases:
            say(args, "cli.vocab.aliases", aliases=", ".join(t.aliases))
    return 0
