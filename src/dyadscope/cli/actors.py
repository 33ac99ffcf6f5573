"""`dyadscope actors`: see which actors a sentence names, and check dictionary files.

Users editing their own actor dictionaries need a quick way to see what a line
of text resolves to and whether a file is well formed before a long run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from dyadscope import api
from dyadscope.cli.common import DictOption, DictsOnlyOption, friendly_errors, say, warn

actors_app = typer.Typer(
    help="Find actors in text; check actor dictionary files.", no_args_is_help=True
)


@actors_app.command("find")
@friendly_errors({"text": "TEXT"})
def find_command(
    text: Annotated[str, typer.Argument(help="Text to search ('-' reads stdin).")],
    date: Annotated[
        str | None, typer.Option("--date", help="Date of the text (YYYY[-MM[-DD]]) for roles.")
    ] = None,
    dicts: DictOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per mention.")] = False,
    dicts_only: DictsOnlyOption = None,
) -> None:
    """Print the actor mentions the gazetteer finds in TEXT."""
    if text == "-":
        text = sys.stdin.read()
    found = api.find_actors(text, date=date, dictionaries=dicts or [], dictionaries_only=dicts_only)
    for mention in found:
        if as_json:
            say(json.dumps(mention, ensure_ascii=False))
            continue
        actor = mention["actor"] or {}
        code = actor.get("code") or "-"
        sector = actor.get("sector") or "-"
        say(f"{mention['start']}-{mention['end']}\t{mention['kind']}\t{code}\t{sector}\t{mention['text']}")


@actors_app.command("check")
@friendly_errors()
def check_command(
    files: Annotated[list[Path], typer.Argument(help="Actor dictionary files (TSV or PETRARCH).")],
) -> None:
    """Load dictionary files as a run would; report the first malformed line."""
    skipped = api.check_dictionaries(files)
    for message in skipped:
        warn(f"{message} (skipped)")
    say(f"ok: {len(files)} file(s), {len(skipped)} part(s) skipped")


def register(app: typer.Typer) -> None:
    app.add_typer(actors_app, name="actors")
