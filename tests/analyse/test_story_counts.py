"""Counts count stories: a document's sentence and a data-set row on one event are one
event in the aggregate, the timeline and the brief; ``count="mentions"`` counts both."""

from __future__ import annotations

from pathlib import Path

from dyadscope import api

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "datasets"
TEXT = (
    "Azerbaijan and Pakistan signed a defence cooperation agreement on 2 January 2024 in Baku. "
    "The agreement was signed by the two defence ministers."
)


def _store(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    doc = tmp_path / "news.txt"
    doc.write_text(TEXT, encoding="utf-8")
    api.ingest([doc], db=db)
    api.import_data("gdelt", [FIXTURES / "gdelt" / "v2" / "20240106000000.export.CSV"], db=db)
    return db


def test_a_sentence_and_a_gdelt_row_on_one_signing_count_once(tmp_path: Path) -> None:
    db = _store(tmp_path)
    stories = api.aggregate(("AZE", "PAK"), by="month", db=db, since="2024-01", until="2024-01")
    mentions = api.aggregate(
        ("AZE", "PAK"), by="month", db=db, since="2024-01", until="2024-01", count="mentions"
    )
    assert mentions["kind_agreement_signed"].tolist() == [2]
    assert stories["kind_agreement_signed"].tolist() == [1]


def test_the_timeline_and_the_brief_show_the_signing_once_with_every_source(tmp_path: Path) -> None:
    db = _store(tmp_path)
    lines = [line for line in api.timeline_text(("AZE", "PAK"), db=db).splitlines()
             if "agreement_signed" in line and "2024-01-02" in line]  # fmt: skip
    # the document's two sentences on it and the GDELT row
    assert len(lines) == 1 and "(3 sources)" in lines[0]
    html = api.brief_html(("AZE", "PAK"), db=db)
    assert html.count("also told by 2 more") == 1 and "GDELT 2.0, row 1000001" in html


def test_sql_and_pandas_give_a_days_event_the_same_story(tmp_path: Path) -> None:
    """Imports place day-precise rows in SQL; pairs with vaguer records are regrouped
    in pandas. Both must name a story alike, or counts would split it."""
    from dyadscope.analyse.stories import assign_stories
    from dyadscope.store import Store

    db = tmp_path / "s.duckdb"
    api.import_data("gdelt", [FIXTURES / "gdelt" / "v2"], db=db)
    with Store(db, read_only=True) as store:
        in_sql = {k: v[0] for k, v in store.stories().items()}
        frame = store.story_inputs(None)
    assert len(in_sql) == len(frame) >= 8
    in_pandas = assign_stories(frame)
    assert dict(zip(in_pandas["event_id"], in_pandas["story"], strict=True)) == in_sql
