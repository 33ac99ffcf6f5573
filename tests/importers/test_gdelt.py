"""GDELT 1.0/2.0 events and 2.0 mentions: mapping, quarantine, filters."""

from __future__ import annotations

import json
from pathlib import Path

from dyadscope.model import stable_id
from dyadscope.store import Store
from dyadscope.store.importing import import_dataset

from .conftest import event_rows, quarantine_lines


def test_gdelt2_rows_are_mapped(store: Store, datasets: Path) -> None:
    path = datasets / "gdelt/v2/20240106000000.export.CSV"
    summary = import_dataset(store, "gdelt", [path])
    [result] = summary.files
    assert result.layout == "gdelt2-events (61 columns)"
    assert (result.rows_read, result.imported, result.quarantined) == (11, 6, 5)
    rows = event_rows(store, "gdelt2")
    signed = rows["1000001"]
    assert signed["id"] == stable_id("gdelt2", "1000001")
    assert (signed["kind"], signed["plover"], signed["cameo"]) == (
        "agreement_signed",
        "AGREE",
        "057",
    )
    assert (signed["actor1_code"], signed["actor1_sector"], signed["actor1_name"]) == (
        "AZE",
        "GOV",
        "Azerbaijan",
    )
    assert (signed["actor2_code"], signed["actor2_sector"]) == ("PAK", "MIL")
    assert signed["date_start"] == "2024-01-02" and signed["date_precision"] == "day"
    assert signed["goldstein"] == 8.0 and signed["quad_class"] == 1
    assert signed["num_mentions"] == 4 and signed["num_sources"] == 2
    assert signed["avg_tone"] == 1.5
    assert signed["url"] == "https://news.example.org/1000001"
    extra = json.loads(str(signed["extra"]))
    assert extra["EventCode"] == "057" and extra["Actor1Code"] == "AZEGOV"
    # organisation actor; unknown sub-code falls back to its parent (0431 -> 043 host a visit)
    assert (rows["1000004"]["actor1_code"], rows["1000004"]["actor1_sector"]) == ("UN", "IGO")
    assert rows["1000004"]["kind"] == "aid_project"
    assert rows["1000007"]["kind"] == "visit" and rows["1000007"]["cameo"] == "0431"
    assert rows["1000007"]["actor1_text"] == 'PAKISTAN "NAVY"'  # quotes are data here
    assert rows["1000009"]["kind"] == "arms_interest"
    assert rows["1000009"]["domain"] == "military"


def test_gdelt2_malformed_rows_are_quarantined_with_lines(store: Store, datasets: Path) -> None:
    path = datasets / "gdelt/v2/20240106000000.export.CSV"
    import_dataset(store, "gdelt", [path])
    lines = quarantine_lines(store, path)
    assert sorted(lines) == [5, 6, 8, 10, 11]
    assert "missing columns" in lines[5] and "61" in lines[5]
    assert "SQLDATE" in lines[6] and "20241345" in lines[6]
    assert "too many columns" in lines[8]
    assert "GLOBALEVENTID" in lines[10]
    assert "empty" in lines[11]
    content = store.con.execute(
        "SELECT content FROM quarantine WHERE line = 6 AND path = ?", [str(path)]
    ).fetchall()[0]
    assert content is not None and str(content[0]).startswith("1000006\t20241345")


def test_gdelt2_entries_are_retrievable_as_model_events(store: Store, datasets: Path) -> None:
    import_dataset(store, "gdelt", [datasets / "gdelt/v2"])
    events = store.events(("PAK", "AZE"), datasets=["gdelt2"])
    assert {e.source.row for e in events} == {"1000001", "1000002", "1000007", "1000009", "1000021"}
    first = next(e for e in events if e.source.row == "1000001")
    assert first.source.dataset == "gdelt2"
    assert first.extra["num_mentions"] == 4
    assert first.to_record()["source"] == {
        "dataset": "gdelt2",
        "row": "1000001",
        "url": "https://news.example.org/1000001",
    }


def test_pair_and_date_filters(store: Store, datasets: Path) -> None:
    path = datasets / "gdelt/v2/20240106000000.export.CSV"
    summary = import_dataset(store, "gdelt", [path], pair=("pak", "aze"), since="2024")
    [result] = summary.files
    assert sorted(event_rows(store, "gdelt2")) == ["1000001", "1000002", "1000007"]
    assert result.imported == 3
    assert result.skipped == result.rows_read - 3 - result.quarantined


def test_until_includes_the_whole_period(store: Store, datasets: Path) -> None:
    path = datasets / "gdelt/v2/20240106000000.export.CSV"
    import_dataset(store, "gdelt", [path], until="2024-01-03")
    assert sorted(event_rows(store, "gdelt2")) == ["1000001", "1000002", "1000003", "1000009"]


def test_gdelt1_mixed_57_and_58_columns(store: Store, datasets: Path) -> None:
    path = datasets / "gdelt/v1/20130205.export.CSV"
    [result] = import_dataset(store, "gdelt", [path]).files
    assert "58 columns" in result.layout and "57 columns" in result.layout
    rows = event_rows(store, "gdelt1")
    assert sorted(rows) == ["500001", "500002", "500003"]
    assert rows["500001"]["url"] == "https://news.example.org/500001"
    assert rows["500002"]["url"] is None
    assert rows["500002"]["kind"] == "visit"
    assert rows["500003"]["date_start"] == "1999-03-03"
    lines = quarantine_lines(store, path)
    assert sorted(lines) == [4, 5]
    assert "missing columns" in lines[4]
    assert "20130230" in lines[5]  # the cast error explains the line, not the width


def test_mentions_link_to_events(store: Store, datasets: Path) -> None:
    import_dataset(store, "gdelt", [datasets / "gdelt/v2/20240106000000.export.CSV"])
    path = datasets / "gdelt/mentions/20240106000000.mentions.CSV"
    [result] = import_dataset(store, "gdelt", [path]).files
    assert result.layout == "gdelt2-mentions (16 columns)"
    assert (result.imported, result.quarantined) == (2, 1)
    linked = store.con.execute(
        "SELECT m.row_id, m.source_name, m.doc_tone, m.mention_time, e.kind FROM mentions m "
        "JOIN events e ON e.id = m.event_id ORDER BY m.row_id"
    ).fetchall()
    assert [(r[0], r[1], r[2], r[4]) for r in linked] == [
        ("1000001", "news.example.org", 1.25, "agreement_signed"),
        ("1000003", "wire.example.com", -3.5, "other"),
    ]
    assert str(linked[0][3]) == "2024-01-06 00:00:00"
    assert sorted(quarantine_lines(store, path)) == [3]


def test_mentions_with_pair_keep_only_the_dyads_events(store: Store, datasets: Path) -> None:
    import_dataset(store, "gdelt", [datasets / "gdelt/v2/20240106000000.export.CSV"])
    path = datasets / "gdelt/mentions/20240106000000.mentions.CSV"
    import_dataset(store, "gdelt", [path], pair=("AZE", "PAK"))
    rows = store.con.execute("SELECT row_id FROM mentions").fetchall()
    assert rows == [("1000001",)]


def test_pair_with_an_organisation(store: Store, datasets: Path) -> None:
    path = datasets / "gdelt/v2/20240106000000.export.CSV"
    import_dataset(store, "gdelt", [path], pair=("AZE", "UN"))
    assert sorted(event_rows(store, "gdelt2")) == ["1000004"]
