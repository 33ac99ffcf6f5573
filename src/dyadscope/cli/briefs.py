"""Commands that show a relationship: timeline, brief, and the one-command demo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console

from dyadscope import api
from dyadscope.analyse.timeline import build_timeline
from dyadscope.cli.common import DbOption, err_console, fail, friendly_errors, settings_with
from dyadscope.demo import corpus_files
from dyadscope.report.brief import render_brief
from dyadscope.report.timeline import render_timeline_text
from dyadscope.store import Store

CodeArg = Annotated[str, typer.Argument(help="Actor code, e.g. AZE.")]

# The demo writes a brief for each pair its corpus covers; the first is "brief.html".
DEMO_PAIRS: tuple[tuple[str, str], ...] = (
    ("AZE", "PAK"),
    ("ARM", "AZE"),
    ("IND", "PAK"),
    ("AZE", "TUR"),
    ("CHN", "PAK"),
)


def timeline_command(
    first: CodeArg,
    second: CodeArg,
    domain: Annotated[list[str] | None, typer.Option("--domain")] = None,
    db: DbOption = None,
) -> None:
    """Year by year, per domain, with the source of every event."""
    pair = (first.upper(), second.upper())
    settings = settings_with(db)
    with Store(settings.db, read_only=True) as store:
        events = store.events(pair, domains=domain or [])
        observations = store.observations(pair)
    if not events and not observations:
        raise fail(f"no events for {pair[0]}-{pair[1]} in {settings.db}", code=1)
    text = render_timeline_text(build_timeline(events, observations), pair)
    Console(soft_wrap=True).print(text, highlight=False, markup=False)


def brief_command(
    first: CodeArg,
    second: CodeArg,
    out: Annotated[Path, typer.Option("--out", help="HTML file to write.")] = Path("brief.html"),
    title: Annotated[str | None, typer.Option("--title")] = None,
    db: DbOption = None,
) -> None:
    """A self-contained HTML brief: timeline per domain, figures, charts, sources."""
    pair = (first.upper(), second.upper())
    settings = settings_with(db)
    with Store(settings.db, read_only=True) as store:
        html = _brief_html(store, pair, title)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    err_console.print(f"wrote {out}", highlight=False)


def _brief_html(store: Store, pair: tuple[str, str], title: str | None) -> str:
    events = store.events(pair)
    observations = store.observations(pair)
    docs = store.documents_frame()
    cited = {e.source.doc for e in events} | {o.source.doc for o in observations}
    documents = [
        {str(k): (None if pd.isna(v) else v) for k, v in row.items()}
        for row in docs.to_dict("records")
        if row["id"] in cited
    ]
    return render_brief(
        pair, events, observations, documents, title=title, generated=dt.date.today().isoformat()
    )


def demo_command(
    out: Annotated[Path, typer.Option("--out", help="Folder for the store and briefs.")] = Path(
        "demo-out"
    ),
) -> None:
    """Run the whole pipeline on the bundled corpus and write OUT/brief.html."""
    out.mkdir(parents=True, exist_ok=True)
    db = out / "demo.duckdb"
    for stale in (db, db.with_suffix(".duckdb.wal")):
        if stale.exists():
            stale.unlink()
    settings = settings_with(db)
    report = api.ingest(corpus_files(), settings=settings)
    err_console.print(
        f"ingested {len(report.added)} documents from the bundled corpus: "
        f"{report.events} events, {report.observations} figures",
        highlight=False,
    )
    with Store(db, read_only=True) as store:
        for index, pair in enumerate(DEMO_PAIRS):
            if store.events_frame(pair, limit=1).empty:
                continue
            name = "brief.html" if index == 0 else f"brief-{pair[0]}-{pair[1]}.html"
            (out / name).write_text(_brief_html(store, pair, None), encoding="utf-8")
            err_console.print(f"wrote {out / name}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("timeline")(friendly_errors(timeline_command))
    app.command("brief")(friendly_errors(brief_command))
    app.command("demo")(friendly_errors(demo_command))
