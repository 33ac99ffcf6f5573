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

from dyadscope.cli.common import DictOption, DictsOnlyOption, err_console, friendly_errors
from dyadscope.errors import DictionaryError
from dyadscope.mentions.actors import Gazetteer
from dyadscope.pipeline import is_pattern_file
from dyadscope.settings import load_settings

actors_app = typer.Typer(
    help="Find actors in text; check actor dictionary files.", no_args_is_help=True
)


def _gazetteer(extra: list[Path] | None, dicts_only: bool | None) -> Gazetteer:
    """The gazetteer a run with these dictionaries uses (see ``Pipeline``)."""
    settings = load_settings()
    files = [*settings.dictionaries, *(extra or [])]
    for path in files:  # pattern files are not read here, but a missing one is an error
        if not Path(path).is_file():
            raise DictionaryError(str(path), None, "no such file")
    actor_files = [p for p in files if not is_pattern_file(Path(p))]
    only = settings.dictionaries_only if dicts_only is None else dicts_only
    if not actor_files:
        return Gazetteer.default()
    return Gazetteer.from_files(actor_files, only_agents=only)


@actors_app.command("find")
@friendly_errors
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
    gazetteer = _gazetteer(dicts, dicts_only)
    for m in gazetteer.find(text, on_date=date):
        actor = m.actor.to_record() if m.actor else None
        if as_json:
            row = {"start": m.start, "end": m.end, "text": m.text, "kind": m.kind, "actor": actor}
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            code = m.actor.code if m.actor else "-"
            sector = (m.actor.sector if m.actor else None) or "-"
            typer.echo(f"{m.start}-{m.end}\t{m.kind}\t{code}\t{sector}\t{m.text}")


@actors_app.command("check")
@friendly_errors
def check_command(
    files: Annotated[list[Path], typer.Argument(help="Actor dictionary files (TSV or PETRARCH).")],
) -> None:
    """Load dictionary files as a run would; report the first malformed line."""
    gazetteer = Gazetteer.from_files([p for p in files if not is_pattern_file(p)])
    for rejection in gazetteer.rejections:
        err_console.print(f"warning: {rejection.message()} (skipped)", highlight=False,
                          markup=False, soft_wrap=True)
    typer.echo(f"ok: {len(files)} file(s), {len(gazetteer.rejections)} part(s) skipped")


def register(app: typer.Typer) -> None:
    app.add_typer(actors_app, name="actors")
