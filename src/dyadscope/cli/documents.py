"""Commands over documents and the store: ingest, extract, events, quarantine."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dyadscope import api
from dyadscope.cli.common import (
    DbOption,
    DictOption,
    DictsOnlyOption,
    DomainOption,
    KindOption,
    OneSidedOption,
    PairOption,
    SinceOption,
    UntilOption,
    error,
    friendly_errors,
    note,
    progress_bar,
    settings_for,
    warn,
    write_json_lines,
)
from dyadscope.cli.render import quarantine_table, records_table

DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Document date YYYY[-MM[-DD]]: anchors relative dates."),
]
MaxBytesOption = Annotated[
    int | None, typer.Option("--max-bytes", min=1, help="Refuse documents larger than this.")
]


@friendly_errors()
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (recursive).")],
    db: DbOption = None,
    date: DateOption = None,
    dictionaries: DictOption = None,
    pair: PairOption = None,
    max_bytes: MaxBytesOption = None,
    dicts_only: DictsOnlyOption = None,
    one_sided: OneSidedOption = None,
    copy_threshold: Annotated[
        float | None,
        typer.Option(
            "--copy-threshold",
            help="Similarity (0-1, estimated Jaccard of word triples) at which a document "
            "counts as a copy of one stored before it (default 0.8).",
        ),
    ] = None,
) -> None:
    """Ingest documents into the store: extract events and figures with their sources."""
    settings = settings_for(db, max_bytes=max_bytes)
    total = len(api.input_files(paths))
    with progress_bar("ingesting", total) as step:
        report = api.ingest(
            paths,
            date=date,
            dictionaries=dictionaries or [],
            pair=pair,
            settings=settings,
            on_file=lambda path, outcome: step(f"{outcome}: {path.name}"),
            dictionaries_only=dicts_only,
            one_sided=one_sided,
            copy_threshold=copy_threshold,
        )
    for warning in report.warnings:
        warn(warning)
    for rejection in report.failed:
        error(rejection.message())
    for copy in report.copies:
        note(
            f"note: {copy.path} is a near-duplicate of {copy.original} "
            f"(similarity {copy.similarity:.2f}): counted once"
        )
    note(
        f"{len(report.added)} added, {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed (quarantined); {report.events} events, "
        f"{report.observations} figures -> {report.db}"
    )
    if not report.ok:
        raise typer.Exit(1)


@friendly_errors()
def extract_command(
    source: Annotated[str, typer.Argument(help="A file, or - for standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines records.")] = False,
    date: DateOption = None,
    title: Annotated[str | None, typer.Option("--title", help="Document title.")] = None,
    dictionaries: DictOption = None,
    pair: PairOption = None,
    max_bytes: MaxBytesOption = None,
    dicts_only: DictsOnlyOption = None,
    one_sided: OneSidedOption = None,
) -> None:
    """Extract events and figures from one document, without a store."""
    options = {
        "date": date,
        "title": title,
        "dictionaries": dictionaries or [],
        "pair": pair,
        "settings": settings_for(None, max_bytes=max_bytes),
        "dictionaries_only": dicts_only,
        "one_sided": one_sided,
    }
    if source == "-":
        result = api.extract_bytes(sys.stdin.buffer.read(), **options)  # type: ignore[arg-type]
    else:
        result = api.extract_file(source, **options)  # type: ignore[arg-type]
    for warning in (*result.document.warnings, *result.warnings):
        warn(f"{source}: {warning}")
    if as_json:
        write_json_lines(result.records())
    else:
        records_table(result.events, result.observations)


@friendly_errors()
def events_command(
    pair: PairOption = None,
    kind: KindOption = None,
    domain: DomainOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines records.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV, one flat row per event.")] = False,
    db: DbOption = None,
) -> None:
    """Events from the store, filtered by pair, kind, domain and period."""
    filters = {
        "db": db, "kinds": kind or [], "domains": domain or [], "since": since, "until": until,
    }  # fmt: skip
    if as_csv:
        api.events(pair, **filters).to_csv(sys.stdout, index=False)  # type: ignore[arg-type]
        return
    records = api.event_records(pair, **filters)  # type: ignore[arg-type]
    if as_json:
        write_json_lines(records)
    else:
        records_table(records, [])


@friendly_errors()
def quarantine_command(db: DbOption = None) -> None:
    """Inputs (and rows) that could not be used, with the reason."""
    quarantine_table(api.quarantined(db))


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("extract")(extract_command)
    app.command("events")(events_command)
    app.command("quarantine")(quarantine_command)
