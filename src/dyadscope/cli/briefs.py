"""Commands that show a relationship: timeline, brief, and the one-command demo."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from dyadscope import api
from dyadscope.cli.common import (
    DbOption,
    DomainOption,
    SinceOption,
    UntilOption,
    friendly_errors,
    note,
    progress_bar,
)

CountryArg = Annotated[str, typer.Argument(help="A country by code or name, e.g. AZE.")]
PAIR_ARGS = {"pair": "FIRST SECOND", "domains": "--domain", "since": "--since",
             "until": "--until"}  # fmt: skip


@friendly_errors(PAIR_ARGS)
def timeline_command(
    first: CountryArg,
    second: CountryArg,
    domain: DomainOption = None,
    db: DbOption = None,
) -> None:
    """Year by year, per domain, with the source of every event."""
    text = api.timeline_text((first, second), db=db, domains=domain or [])
    Console(soft_wrap=True).print(text, highlight=False, markup=False)


@friendly_errors(PAIR_ARGS)
def brief_command(
    first: CountryArg,
    second: CountryArg,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="File to write (default brief.html, or brief.pdf with --pdf)."),
    ] = None,
    title: Annotated[str | None, typer.Option("--title")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    domain: DomainOption = None,
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Print to PDF (headless Chromium, else WeasyPrint).")
    ] = False,
    db: DbOption = None,
) -> None:
    """A self-contained brief: summary, charts, findings, timeline per domain with
    every source, and what each source searched gave."""
    target = out or Path("brief.pdf" if pdf else "brief.html")
    written = api.write_brief((first, second), target, db=db, title=title, since=since,
                              until=until, domains=domain or [], pdf=pdf)  # fmt: skip
    note(f"wrote {written}")


@friendly_errors()
def demo_command(
    out: Annotated[
        Path, typer.Option("--out", help="Folder for the store and briefs.")
    ] = Path("demo-out"),
) -> None:
    """Run the whole pipeline on the bundled corpus and write OUT/brief.html."""
    with progress_bar("ingesting the demo corpus", len(api.demo_files())) as step:
        report = api.demo(out, on_file=lambda path, outcome: step(f"{outcome}: {path.name}"))
    note(
        f"ingested {len(report.ingest.added)} documents from the bundled corpus: "
        f"{report.ingest.events} events, {report.ingest.observations} figures"
    )
    for path in report.briefs:
        note(f"wrote {path}")


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline_command)
    app.command("brief")(brief_command)
    app.command("demo")(demo_command)
