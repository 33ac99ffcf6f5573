"""The real data samples under ../shared/data (skipped where absent).

Counts of AZE/PAK rows are the ones stated in shared/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.store import Store
from dyadscope.store.importing import import_dataset

pytestmark = pytest.mark.shared


def _count(store: Store, where: str, params: list[object]) -> int:
    return int(
        store.con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchall()[0][0]
    )


DYAD = "(actor1_code IN ('AZE', 'PAK') OR actor2_code IN ('AZE', 'PAK'))"


def test_gdelt_samples(store: Store, shared: Path) -> None:
    folder = shared / "data/gdelt"
    summary = import_dataset(
        store,
        "gdelt",
        [folder / "20191024143000.export.CSV", folder / "events.csv", folder / "mentionssamp.csv"],
    )
    assert [(f.imported, f.quarantined) for f in summary.files] == [(2111, 0), (710, 0), (1635, 0)]
    assert _count(store, f"dataset = 'gdelt2' AND {DYAD}", []) == 27
    assert _count(store, f"dataset = 'gdelt1' AND {DYAD}", []) == 21
    assert _count(store, "dataset = 'gdelt1' AND url IS NOT NULL", []) == 509
    kartarpur = store.events(None, datasets=["gdelt2"])
    signed = next(e for e in kartarpur if e.source.row == "881991758")
    assert (signed.kind, signed.actor2.code if signed.actor2 else None) == (
        "agreement_signed",
        "PAK",
    )


def test_gdelt_pair_filter_on_the_real_export(store: Store, shared: Path) -> None:
    path = shared / "data/gdelt/20191024143000.export.CSV"
    [result] = import_dataset(store, "gdelt", [path], pair=("AZE", "PAK")).files
    assert result.imported == 0  # no AZE-PAK dyad row in this sample
    assert result.skipped == 2111


def test_icews_sample(store: Store, shared: Path) -> None:
    [result] = import_dataset(store, "icews", [shared / "data/icews/events.2018.sample.tab"]).files
    assert (result.rows_read, result.imported, result.quarantined) == (3705, 3705, 0)
    assert _count(store, "actor1_code = 'AZE' OR actor2_code = 'AZE'", []) == 28
    assert _count(store, "actor1_code = 'PAK' OR actor2_code = 'PAK'", []) == 20
    visit = store.con.execute(
        "SELECT kind, actor1_code, actor1_text FROM events WHERE row_id = '32887753'"
    ).fetchall()
    assert visit == [("visit", "AZE", "Zakir Hasanov")]


def test_sipri_register(store: Store, shared: Path) -> None:
    [result] = import_dataset(store, "sipri", [shared / "data/sipri/trade-register.csv"]).files
    assert result.quarantined == 0
    assert result.imported == 29056  # 29,054 well-formed + the 2 records split over two lines
    assert _count(store, "actor1_code = 'PAK' AND actor2_code = 'AZE'", []) == 1
    assert _count(store, "actor2_code = 'AZE'", []) == 114
    assert _count(store, "actor1_code = 'AZE'", []) == 0
    assert _count(store, "actor1_code = 'PAK' OR actor2_code = 'PAK'", []) == 546


def test_comtrade_samples(store: Store, shared: Path) -> None:
    folder = shared / "data/comtrade"
    summary = import_dataset(
        store,
        "comtrade",
        [
            folder / "Yingjie4Science_SDGs_Metacoupling/comtrade.csv",
            folder / "nikolinanikolovska_Economic-Analysis-Trade-ML/TradeData.csv",
            folder / "Ntacyica_cement/comtrade.csv",
        ],
    )
    assert [f.quarantined for f in summary.files] == [0, 0, 0]
    assert summary.files[0].imported == 449
    assert summary.files[1].imported == 1352
    # totals only: customs C00, all modes of transport and no second partner (8,519 rows
    # are C00 + MOT 0, of which 6,543 have 2nd partner 0)
    assert summary.files[2].imported == 6543
    china_pak = store.con.execute(
        "SELECT value FROM observations WHERE reporter = 'CHN' AND partner = 'PAK' "
        "AND indicator = 'exports' AND period_start = '2022'"
    ).fetchall()
    assert china_pak == [(23089416312.0,)]
    usa_pak = store.con.execute(
        "SELECT value FROM observations WHERE reporter = 'USA' AND partner = 'PAK' "
        "AND indicator = 'imports'"
    ).fetchall()
    assert usa_pak == [(6559919042.0,)]
    assert (
        store.con.execute(
            "SELECT count(*) FROM observations WHERE reporter IN ('AZE', 'PAK')"
        ).fetchall()[0][0]
        > 0
    )
