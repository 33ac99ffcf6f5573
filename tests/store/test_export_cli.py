"""`dyadscope export parquet`: writes the files and lists them; clear errors."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from dyadscope.cli import app
from dyadscope.model import Actor, DateRef, Event, Source
from dyadscope.store import Store

runner = CliRunner()


def _event(i: int) -> Event:
    return Event(
        id=f"e{i}",
        kind="meeting",
        plover="CONSULT",
        cameo="040",
        goldstein=1.0,
        domain="diplomatic",
        status="actual",
        actor1=Actor("AZE", "Azerbaijan"),
        actor2=Actor("PAK", "Pakistan"),
        date=DateRef("2017-03-02", precision="day"),
        source=Source(dataset="test", row=str(i)),
    )


def test_export_parquet_command(db_path: Path, tmp_path: Path) -> None:
    with Store(db_path) as store:
        store.insert_events([_event(i) for i in range(3)])
    out = tmp_path / "pq"
    result = runner.invoke(
        app,
        ["export", "parquet", "--out", str(out), "--tables", "events,mentions"],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["events.parquet", "mentions.parquet"]
    assert pq.read_table(out / "events.parquet").column("id").to_pylist() == ["e0", "e1", "e2"]
    assert "events" in result.stdout and "3" in result.stdout


def test_export_unknown_table(db_path: Path, tmp_path: Path) -> None:
    Store(db_path).close()
    result = runner.invoke(
        app, ["export", "parquet", "--out", str(tmp_path / "o"), "--tables", "evnts"]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("error: --tables: unknown table 'evnts'")


def test_export_without_a_store(db_path: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "parquet", "--out", str(tmp_path / "o")])
    assert result.exit_code != 0 and "no store here" in result.stderr
