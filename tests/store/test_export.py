"""Parquet export: every table round-trips, a selection writes only itself,
bad requests fail with a clear message and leave nothing half written."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from dyadscope.errors import InputError
from dyadscope.model import Actor, DateRef, Event, Observation, Rejection, Source
from dyadscope.store import Store
from dyadscope.store.export import (
    TABLES,
    export_parquet,
    parquet_connection,
    parquet_tables,
    table_columns,
)
from dyadscope.store.mentions import insert_mentions

AZE, PAK = Actor("AZE", "Azerbaijan"), Actor("PAK", "Pakistan")
MENTIONS = [
    {"event_id": "e1", "doc_tone": -1.5, "source_name": "a.example"},
    {"event_id": "e1", "doc_tone": 2.0, "mention_time": datetime(2018, 7, 21, 10, 15)},
]


def fill(store: Store) -> None:
    store.insert_events(
        [
            Event(
                id=f"e{i}",
                kind="meeting",
                plover="CONSULT",
                cameo="040",
                goldstein=1.0,
                domain="diplomatic",
                status="actual",
                actor1=AZE,
                actor2=PAK,
                date=DateRef(f"2018-07-{i + 1:02d}", precision="day"),
                source=Source(doc="d", sentence="Both met.", start=i, end=i + 9),
                extra={"num_mentions": i, "note": "ü"},
            )
            for i in range(3)
        ]
    )
    store.insert_observations(
        [
            Observation(
                id="o1",
                indicator="exports",
                reporter="AZE",
                partner="PAK",
                commodity=None,
                value=1.5e6,
                unit="USD",
                period=DateRef("2017", precision="year"),
                source=Source(dataset="comtrade"),
            )
        ]
    )
    insert_mentions(store, MENTIONS)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "s.duckdb") as opened:
        fill(opened)
        opened.quarantine([Rejection("bad.csv", "7 columns, expected 61", line=3, content="x")])
        yield opened


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(list(frame.columns[:2])).reset_index(drop=True)


def test_every_table_round_trips(store: Store, tmp_path: Path) -> None:
    written = export_parquet(store, tmp_path / "out")
    assert set(written) == set(TABLES)
    for table, path in written.items():
        assert path == tmp_path / "out" / f"{table}.parquet"
        expected = store.con.execute(f"SELECT * FROM {table}").df()
        got = duckdb.execute(f"SELECT * FROM read_parquet('{path}')").df()
        assert list(got.columns) == list(expected.columns), table
        pd.testing.assert_frame_equal(_sorted(got), _sorted(expected), check_dtype=False)
    events = pq.read_table(written["events"])
    assert events.num_rows == store.counts()["events"]
    assert events.schema.field("day").type == "date32[day]"
    assert pq.read_table(written["mentions"]).num_rows == len(MENTIONS)


def test_selected_tables_only(store: Store, tmp_path: Path) -> None:
    written = export_parquet(store, tmp_path / "out", "events, observations")
    assert list(written) == ["events", "observations"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "events.parquet",
        "observations.parquet",
    ]


def test_accepts_a_store_path(store: Store, tmp_path: Path) -> None:
    store.close()
    written = export_parquet(tmp_path / "s.duckdb", tmp_path / "out", ["quarantine"])
    assert pq.read_table(written["quarantine"]).column("reason").to_pylist() == [
        "7 columns, expected 61"
    ]


def test_empty_store_writes_empty_files_with_the_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as empty:
        written = export_parquet(empty, tmp_path / "out", ["events"])
    table = pq.read_table(written["events"])
    assert table.num_rows == 0
    assert table.column_names == [name for name, _ in table_columns("events")]


def test_unknown_table_is_refused_before_writing(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"unknown table.*evnts"):
        export_parquet(store, tmp_path / "out", "events,evnts")
    assert not (tmp_path / "out").exists()


def test_output_that_is_a_file_is_refused(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    with pytest.raises(InputError, match="not a folder"):
        export_parquet(store, target)


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no store here"):
        export_parquet(tmp_path / "none.duckdb", tmp_path / "out")


def test_no_partial_files_are_left(store: Store, tmp_path: Path) -> None:
    export_parquet(store, tmp_path / "out")
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


def test_readers_find_files_and_spark_style_folders(store: Store, tmp_path: Path) -> None:
    export_parquet(store, tmp_path / "out", ["events"])
    parts = tmp_path / "out" / "observations"
    parts.mkdir()
    duckdb.execute(f"COPY (SELECT 'o' AS id, 1.5 AS value) TO '{parts / 'part-0.parquet'}'")
    found = parquet_tables(tmp_path / "out")
    assert set(found) == {"events", "observations"}
    con = parquet_connection(tmp_path / "out", ["events", "observations", "mentions"])
    try:
        assert con.execute("SELECT count(*) FROM events").fetchone() == (store.counts()["events"],)
        # columns the part file lacks read as NULL; a table with no file is empty
        assert con.execute("SELECT value, indicator FROM observations").fetchall() == [(1.5, None)]
        assert con.execute("SELECT count(*) FROM mentions").fetchone() == (0,)
    finally:
        con.close()


def test_readers_refuse_what_is_not_parquet(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n")
    with pytest.raises(InputError, match="not a Parquet file"):
        parquet_tables(tmp_path / "notes.csv")
    with pytest.raises(InputError, match="no Parquet tables"):
        parquet_tables(tmp_path)
    broken = tmp_path / "pq"
    broken.mkdir()
    (broken / "events.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(InputError, match="cannot read the Parquet files"):
        parquet_connection(broken, ["events"])


def test_insert_mentions_refuses_unknown_fields(tmp_path: Path) -> None:
    with Store(tmp_path / "m.duckdb") as store:
        with pytest.raises(ValueError, match="tone"):
            insert_mentions(store, [{"event_id": "e1", "tone": 1.0}])
        assert insert_mentions(store, []) == 0
        assert store.counts()["mentions"] == 0
