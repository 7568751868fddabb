"""`kkdesk --help` and every command's help in the command line's language, from the one catalogue.

The language is known before the arguments are parsed (`language_of_argv`: a --lang anywhere on the
line, else $KKDESK_LANG, else the locale, as `common.language` decides later). `localise(parser, lang)`
gives each command, option and description the catalogue's text: `cli.about.<command>` (a command's
description; `cli.about` for kkdesk itself), `cli.cmd.<command>` (its line in the list of commands),
`cli.help.<command>.<option>` (an option's help), else `cli.help.<option>` (an option every command
shares, used where the command's own English text is the same). Commands the catalogue does not know
keep their English. argparse's own words ("usage:", "options", its errors) come from `cli.argparse.*`.
"""

from __future__ import annotations

import argparse

from kkdesk.messages import CATALOGUE, LANGS, language_from_environment, text_of

# argparse's English source texts (what it passes to gettext) -> catalogue code
ARGPARSE_WORDS = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positionals",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "%(prog)s: error: %(message)s\n": "cli.argparse.error",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "the following arguments are required: %s": "cli.argparse.required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "expected one argument": "cli.argparse.expected_one",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
}


def language_of_argv(argv: list[str]) -> str:
    """The language of the help and of argparse's errors: the last --lang on the line (a command's own
    comes after the one before the command), else $KKDESK_LANG, else the locale."""
    chosen = None
    for n, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            argv[n + 1] if arg == "--lang" and n + 1 < len(argv) else None)
        if value in LANGS:
            chosen = value
    return chosen or language_from_environment()


def use_argparse_words(lang: str) -> None:
    """argparse asks gettext for its words; answer from the catalogue in lang (the process is the CLI)."""
    argparse._ = lambda text: text_of(ARGPARSE_WORDS[text], lang) if text in ARGPARSE_WORDS else text


def _key(action: argparse.Action) -> str:
    """An option's name in a code: --save-mapping -> save_mapping; a positional by its dest."""
    longs = [o for o in action.option_strings if o.startswith("--")]
    return (longs[0][2:] if longs else action.dest).replace("-", "_")


def _text(code: str, lang: str) -> str:
    return text_of(code, lang).replace("%", "%%")   # argparse formats help with %


def localise(parser: argparse.ArgumentParser, lang: str, path: str = "") -> None:
    """Give parser, its options and its commands (recursively) their texts in lang from the catalogue."""
    about = f"cli.about.{path}" if path else "cli.about"
    if about in CATALOGUE:
        parser.description = text_of(about, lang)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            # the list of commands: one line per command (not per alias), in the order they were added
            given, lines, seen = {line.dest: line for line in action._choices_actions}, [], set()
            for name, sub in action.choices.items():
                if id(sub) in seen:
                    continue
                seen.add(id(sub))
                full = f"{path}.{name}" if path else name
                code = f"cli.cmd.{full}"
                line = given.get(name)
                if code in CATALOGUE:
                    line = line or argparse._SubParsersAction._ChoicesPseudoAction(name, (), "")
                    line.help = _text(code, lang)
                if line is not None:
                    lines.append(line)
                localise(sub, lang, full)
            action._choices_actions[:] = lines
        elif action.help != argparse.SUPPRESS and not isinstance(action, argparse._HelpAction):
            shared = f"cli.help.{_key(action)}"
            own = f"cli.help.{path}.{_key(action)}" if path else shared   # kkdesk's own options
            if own in CATALOGUE:
                action.help = _text(own, lang)
            elif shared in CATALOGUE and action.help in (None, text_of(shared, "en")):
                action.help = _text(shared, lang)
