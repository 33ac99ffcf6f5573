"""ICEWS, POLECAT, UN Comtrade and SIPRI fixtures: mapped values, quarantine, filters."""

from __future__ import annotations

import json
from pathlib import Path

from dyadscope.store import Store
from dyadscope.store.importing import import_dataset

from .conftest import event_rows, quarantine_lines


def test_icews(store: Store, datasets: Path) -> None:
    path = datasets / "icews/events.2018.fixture.tab"
    [result] = import_dataset(store, "icews", [path]).files
    assert (result.rows_read, result.imported, result.quarantined) == (8, 5, 3)
    rows = event_rows(store, "icews")
    visit = rows["7001"]
    assert (visit["kind"], visit["cameo"], visit["goldstein"]) == ("visit", "042", 1.9)
    assert (visit["actor1_code"], visit["actor1_name"], visit["actor1_sector"]) == (
        "AZE",
        "Azerbaijan",
        "MIL",
    )
    assert visit["actor1_text"] == "Zakir Hasanov"
    assert visit["actor2_code"] == "PAK"
    assert rows["7003"]["actor1_code"] == "RUS"  # "Russian Federation"
    assert rows["7003"]["actor1_sector"] == "GOV"  # first sector "Executive"
    assert rows["7005"]["actor1_code"] == "UN"  # "NA" country: an organisation by name
    assert rows["7005"]["actor1_name"] == "United Nations"
    assert json.loads(str(visit["extra"]))["Story ID"] == "9001"
    lines = quarantine_lines(store, path)
    assert sorted(lines) == [5, 7, 9]
    assert "Event Date" in lines[5] and "missing columns" in lines[7] and "2018-31-12" in lines[9]


def test_icews_pair_and_since(store: Store, datasets: Path) -> None:
    path = datasets / "icews/events.2018.fixture.tab"
    [result] = import_dataset(store, "icews", [path], pair=("PAK", "AZE"), since="2018-06").files
    assert sorted(event_rows(store, "icews")) == ["7001", "7002"]
    assert result.skipped == 3  # 7003 (RUS), 7005 (UN), 7007 (2017)


def test_polecat(store: Store, datasets: Path) -> None:
    path = datasets / "polecat/ngecEvents.20230105.Release001.DV.txt"
    [result] = import_dataset(store, "polecat", [path]).files
    rows = event_rows(store, "polecat")
    assert sorted(rows) == ["p-1", "p-2", "p-3#AZE-PAK", "p-3#TUR-PAK", "p-6"]
    assert (rows["p-1"]["kind"], rows["p-1"]["plover"], rows["p-1"]["domain"]) == (
        "agreement_signed",
        "AGREE",
        "military",
    )
    assert rows["p-2"]["kind"] == "visit"  # CONSULT in mode "visit"
    assert rows["p-3#TUR-PAK"]["domain"] == "humanitarian_cultural"
    assert rows["p-3#TUR-PAK"]["actor1_name"] == "Türkiye"
    assert rows["p-6"]["quad_class"] == 4 and rows["p-6"]["goldstein"] == -9.0
    assert rows["p-1"]["actor2_sector"] == "MIL"
    assert sorted(quarantine_lines(store, path)) == [6, 8]
    assert result.quarantined == 2
    assert result.imported == 5  # p-2 once although repeated; p-3 once per dyad


def test_polecat_pair(store: Store, datasets: Path) -> None:
    path = datasets / "polecat/ngecEvents.20230105.Release001.DV.txt"
    import_dataset(store, "polecat", [path], pair=("AZE", "PAK"))
    assert sorted(event_rows(store, "polecat")) == ["p-1", "p-2", "p-3#AZE-PAK"]


def _observations(store: Store) -> list[tuple[object, ...]]:
    return store.con.execute(
        "SELECT indicator, reporter, partner, commodity_code, value, period_start, "
        "period_precision FROM observations ORDER BY reporter, partner, indicator, period_start"
    ).fetchall()


def test_comtrade_legacy(store: Store, datasets: Path) -> None:
    path = datasets / "comtrade/legacy.csv"
    [result] = import_dataset(store, "comtrade", [path]).files
    assert result.layout == "comtrade-legacy (35 columns)"
    assert _observations(store) == [
        ("imports", "AZE", "PAK", "TOTAL", 9500000.0, "2015", "year"),
        ("imports", "AZE", "PAK", "TOTAL", 8800000.0, "2016", "year"),
        ("re_exports", "IND", "WLD", "TOTAL", 12000.0, "2015", "year"),  # 699 -> IND
        ("exports", "PAK", "AZE", "TOTAL", 7100000.0, "2015", "year"),
        ("exports", "PAK", "AZE", "93", 250000.0, "2015-03", "month"),
    ]
    lines = quarantine_lines(store, path)
    assert list(lines) == [6] and "n/a" in lines[6]


def test_comtrade_current_latin1_trailing_comma(store: Store, datasets: Path) -> None:
    path = datasets / "comtrade/current.csv"
    [result] = import_dataset(store, "comtrade", [path]).files
    assert "trailing comma" in result.layout
    assert _observations(store) == [
        ("re_exports", "AZE", "PAK", "TOTAL", 5000.0, "2022-03", "month"),
        ("exports", "CIV", "PAK", "TOTAL", 1200000.0, "2022", "year"),
        ("exports", "TUR", "AZE", "TOTAL", 2500000000.0, "2022", "year"),
        ("imports", "TUR", "AZE", "TOTAL", 300000000.0, "2022", "year"),
    ]
    assert result.skipped == 1  # the customs-procedure breakdown row
    assert list(quarantine_lines(store, path)) == [6]
    extra = store.con.execute("SELECT extra FROM observations WHERE reporter = 'CIV'").fetchall()[0]
    assert extra is not None and json.loads(str(extra[0]))["reporterDesc"] == "Côte d'Ivoire"


def test_comtrade_pair_and_years(store: Store, datasets: Path) -> None:
    import_dataset(store, "comtrade", [datasets / "comtrade"], pair=("AZE", "PAK"), until="2015")
    assert {(r[0], r[5]) for r in _observations(store)} == {
        ("imports", "2015"),
        ("exports", "2015"),
        ("exports", "2015-03"),
    }


def test_sipri(store: Store, datasets: Path) -> None:
    path = datasets / "sipri/trade-register-fixture.csv"
    [result] = import_dataset(store, "sipri", [path]).files
    assert "preamble" in result.layout
    assert result.imported == 6
    frame = store.con.execute(
        "SELECT actor1_code, actor2_code, actor2_sector, date_start, date_precision, tiv, "
        "quantities, extra, kind, plover, domain FROM events ORDER BY date_start"
    ).fetchall()
    by_pair = {(r[0], r[1], r[3]): r for r in frame}
    mushshak = by_pair[("PAK", "AZE", "2017")]
    assert (mushshak[4], mushshak[5], mushshak[8], mushshak[9], mushshak[10]) == (
        "year",
        2.4,
        "arms_transfer",
        "COOPERATE",
        "military",
    )
    quantities = json.loads(str(mushshak[6]))
    assert [(q["value"], q["unit"], q["item"]) for q in quantities] == [
        (10, "count", "MFI-17 Supporter trainer aircraft"),
        (10, "count", "MFI-17 Supporter trainer aircraft"),
    ]
    assert json.loads(str(mushshak[7]))["Year(s) of delivery"] == "2018"
    # a record split over two lines is re-joined; cp1252 text survives
    frigate = by_pair[("CHN", "PAK", "2009")]
    assert "incl 1 produced in Pakistan" in json.loads(str(frigate[7]))["Comments"]
    assert "Für Heer" in json.loads(str(by_pair[("SUN", "PAK", "1989")][7]))["Comments"]
    assert by_pair[("TUR", "AZE", "2020")][0] == "TUR"  # "Turkiye"
    rebels = next(r for r in frame if r[3] == "1980")
    assert (rebels[1], rebels[2]) == ("ZAF", "REB")  # "ANC (South Africa)*", CAMEO-style
    lines = quarantine_lines(store, path)
    assert sorted(lines) == [10, 12]  # original line numbers, after the re-join
    assert "two thousand" in lines[10]


def test_sipri_pair(store: Store, datasets: Path) -> None:
    import_dataset(store, "sipri", [datasets / "sipri"], pair=("AZE", "PAK"), since="2010")
    rows = store.con.execute(
        "SELECT actor1_code, actor2_code, date_start, status, tiv FROM events ORDER BY date_start"
    ).fetchall()
    assert rows == [("PAK", "AZE", "2017", "actual", 2.4), ("PAK", "AZE", "2023", "planned", None)]


def test_polecat_header_with_an_extra_name(store: Store, datasets: Path, tmp_path: Path) -> None:
    lines = (datasets / "polecat/ngecEvents.20230105.Release001.DV.txt").read_text().split("\n")
    names = lines[0].split("\t")
    lines[0] = "\t".join([names[0], "Headline", *names[1:]])  # a defect some releases have
    path = tmp_path / "ngecEvents.DV.2023.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    [result] = import_dataset(store, "polecat", [path]).files
    assert result.imported == 5
    assert event_rows(store, "polecat")["p-1"]["goldstein"] == 8.0
