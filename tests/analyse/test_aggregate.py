"""The dyad aggregations on DuckDB: every expected figure follows from the records
in aggregate_sample.py (worked out in its comments)."""

from __future__ import annotations

import math
import os
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadscope.analyse.aggregate import aggregate, period_bound
from dyadscope.errors import DyadscopeError, InputError
from dyadscope.model import KINDS, PLOVER_TYPES
from dyadscope.store import Store
from dyadscope.store.aggregations import COLUMNS
from dyadscope.store.export import export_parquet

try:
    from .aggregate_sample import AZE, PAK, event, fill
except ImportError:  # tests/analyse is not a package
    from aggregate_sample import AZE, PAK, event, fill

PAIR = ("AZE", "PAK")


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "sample.duckdb") as opened:
        fill(opened)
        yield opened


def row(frame: pd.DataFrame, period: str) -> pd.Series:
    found = frame[frame["period"] == period]
    assert len(found) == 1, f"expected one row for {period}, got {list(frame['period'])}"
    return found.iloc[0]


def test_year_rows_run_from_the_first_to_the_last_period_with_data(store: Store) -> None:
    frame = aggregate(store, PAIR, "year")
    assert list(frame.columns) == list(COLUMNS)
    # 2013-14: the fiscal-year figure; 2015: nothing, still a row
    assert list(frame["period"]) == ["2013", "2014", "2015", "2016", "2017", "2018", "2019"]
    assert list(frame["events"]) == [0, 0, 0, 1, 3, 4, 1]


def test_counts_by_kind_plover_and_quad_class(store: Store) -> None:
    y2017 = row(aggregate(store, PAIR, "year"), "2017")
    assert (y2017.kind_visit, y2017.kind_meeting, y2017.kind_arms_transfer) == (1, 1, 1)
    assert (y2017.plover_CONSULT, y2017.plover_COOPERATE) == (2, 1)
    assert (y2017.q1, y2017.q2, y2017.q3, y2017.q4) == (2, 1, 0, 0)
    y2018 = row(aggregate(store, PAIR, "year"), "2018")
    assert (y2018.q1, y2018.q2, y2018.q3, y2018.q4) == (1, 2, 1, 0)
    assert y2018.kind_criticism_hostility == 1 and y2018.plover_ACCUSE == 1


def test_kinds_outside_the_vocabulary_count_as_other(store: Store) -> None:
    y2019 = row(aggregate(store, PAIR, "year"), "2019")
    assert y2019.events == 1 and y2019.kind_other == 1
    assert sum(y2019[f"plover_{p}"] for p in PLOVER_TYPES) == 0
    assert math.isnan(y2019.goldstein_mean) and y2019.goldstein_sum == 0.0


def test_goldstein_mean_and_sum(store: Store) -> None:
    frame = aggregate(store, PAIR, "year")
    assert row(frame, "2017").goldstein_sum == pytest.approx(9.3)
    assert row(frame, "2017").goldstein_mean == pytest.approx(3.1)
    assert row(frame, "2018").goldstein_sum == pytest.approx(13.2)
    assert row(frame, "2018").goldstein_mean == pytest.approx(3.3)


def test_by_month_puts_year_dated_events_in_january(store: Store) -> None:
    frame = aggregate(store, PAIR, "month")
    assert len(frame) == 27  # 2016-12 .. 2019-02, every month
    assert (frame["period"].iloc[0], frame["period"].iloc[-1]) == ("2016-12", "2019-02")
    assert row(frame, "2017-02").events == 0
    assert row(frame, "2017-01").kind_arms_transfer == 1
    assert row(frame, "2017-03").events == 2
    assert row(frame, "2018-07").events == 3


def test_gdelt_attention_tone_and_mentions(store: Store) -> None:
    july = row(aggregate(store, PAIR, "month"), "2018-07")
    assert july.attention_events == 2
    assert (july.num_mentions, july.num_sources, july.num_articles) == (14, 4, 10)
    assert july.avg_tone == pytest.approx(-0.2)  # weighted by articles, not the plain -1+3 / 2
    assert july.mention_rows == 4  # three by our id, one by GLOBALEVENTID; e9 is another dyad
    assert july.mention_tone == pytest.approx(-0.25)
    assert math.isnan(row(aggregate(store, PAIR, "month"), "2017-03").avg_tone)


def test_trade_prefers_importer_then_exporter_then_documents(store: Store) -> None:
    y2017 = row(aggregate(store, PAIR, "year"), "2017")
    assert y2017.exports == 120.0  # importer's 120 over exporter's 100, repeats once
    assert y2017.imports == 50.0  # only the exporter reported it
    assert y2017.trade_total == 170.0
    assert y2017.trade_balance == 70.0


def test_trade_total_falls_back_to_the_largest_stated_total(store: Store) -> None:
    frame = aggregate(store, PAIR, "year")
    y2018 = row(frame, "2018")
    assert y2018.exports == 5.0 and math.isnan(y2018.imports)
    assert y2018.trade_total == 35.0 and math.isnan(y2018.trade_balance)
    # fiscal 2013-14 (July to June): half in each calendar year
    assert row(frame, "2013").trade_total == row(frame, "2014").trade_total == 18725000.0


def test_by_month_leaves_out_yearly_figures(store: Store) -> None:
    frame = aggregate(store, PAIR, "month")
    assert "2013-07" not in set(frame["period"])
    assert frame["trade_total"].isna().all()  # the yearly and fiscal-year figures
    assert frame.attrs["notes"] == []
    assert row(frame, "2018-07").exports == 5.0
    assert math.isnan(row(frame, "2017-01").exports)


def test_trade_is_seen_from_the_first_code(store: Store) -> None:
    swapped = row(aggregate(store, ("PAK", "AZE"), "year"), "2017")
    assert (swapped.exports, swapped.imports, swapped.trade_balance) == (50.0, 120.0, -70.0)
    assert (swapped.tiv_ab, swapped.tiv_ba) == (12.5, 0.0)
    assert swapped.events == 3


def test_tiv_by_direction(store: Store) -> None:
    frame = aggregate(store, PAIR, "year")
    assert (row(frame, "2017").tiv_ab, row(frame, "2017").tiv_ba) == (0.0, 12.5)
    assert (row(frame, "2018").tiv_ab, row(frame, "2018").tiv_ba) == (3.0, 0.0)


def test_domain_filters_events_only(store: Store) -> None:
    frame = aggregate(store, PAIR, "year", domain="military")
    assert list(frame["period"]) == ["2013", "2014", "2015", "2016", "2017", "2018"]
    assert list(frame["events"]) == [0, 0, 0, 0, 1, 2]
    assert row(frame, "2017").exports == 120.0


def test_since_until_are_inclusive_periods(store: Store) -> None:
    frame = aggregate(store, PAIR, "month", since="2017-03", until="2018")
    assert len(frame) == 22  # 2017-03 .. 2018-12
    assert (frame["period"].iloc[0], frame["period"].iloc[-1]) == ("2017-03", "2018-12")
    assert frame["events"].sum() == 2 + 1 + 3
    frame = aggregate(store, PAIR, "year", since="2017", until="2017-12-31")
    assert list(frame["period"]) == ["2017"]


def test_statuses_none_counts_negated_events(store: Store) -> None:
    y2018 = row(aggregate(store, PAIR, "year", statuses=None), "2018")
    assert y2018.events == 5 and y2018.kind_agreement_signed == 1


def test_no_matching_rows_gives_an_empty_frame(store: Store) -> None:
    frame = aggregate(store, ("AZE", "CHN"), "year")
    assert frame.empty and list(frame.columns) == list(COLUMNS)


def test_store_path_and_parquet_folder_give_the_same_frame(store: Store, tmp_path: Path) -> None:
    expected = aggregate(store, PAIR, "month")
    export_parquet(store, tmp_path / "pq")
    pd.testing.assert_frame_equal(aggregate(tmp_path / "pq", PAIR, "month"), expected)
    store.close()
    pd.testing.assert_frame_equal(aggregate(tmp_path / "sample.duckdb", PAIR, "month"), expected)


def test_events_parquet_with_few_columns(tmp_path: Path) -> None:
    path = tmp_path / "gdelt.parquet"
    duckdb.execute(
        "COPY (SELECT 'g' || i AS id, 'AZE' AS actor1_code, 'PAK' AS actor2_code, "
        "DATE '2020-01-01' + CAST(i AS INTEGER) * 45 AS day, 2 AS num_mentions "
        f"FROM range(10) t(i)) TO '{path}' (FORMAT parquet)"
    )
    frame = aggregate(path, PAIR, "year")
    assert list(frame["period"]) == ["2020", "2021"]
    assert list(frame["events"]) == [10 - 1, 1]
    assert list(frame["num_mentions"]) == [18, 2]
    assert frame["exports"].isna().all()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"by": "week"}, "by must be"),
        ({"domain": "sports"}, "domain must be"),
        ({"since": "2019-13"}, "month must be 01-12"),
        ({"until": "last year"}, "expected YYYY"),
        ({"since": "2019", "until": "2018"}, "after until"),
        ({"engine": "polars"}, "engine must be"),
    ],
)
def test_bad_arguments_raise_clear_errors(store: Store, kwargs: dict, message: str) -> None:
    with pytest.raises(DyadscopeError, match=message):
        aggregate(store, PAIR, **kwargs)


@pytest.mark.parametrize("pair", [("AZE", "AZE"), ("AZE", "P'K"), ("AZE",)])
def test_bad_pairs_are_refused(store: Store, pair: tuple[str, ...]) -> None:
    with pytest.raises(DyadscopeError, match="pair"):
        aggregate(store, pair, "year")


def test_missing_input_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nowhere"):
        aggregate(tmp_path / "nowhere", PAIR)


def test_period_bound() -> None:
    assert str(period_bound("2016-02", end=True)) == "2016-02-29"
    assert str(period_bound("2016", end=False)) == "2016-01-01"
    assert str(period_bound("2016-02-03", end=True)) == "2016-02-03"


_dates = st.dates(date(1900, 1, 1), date(2100, 12, 31)).map(date.isoformat)
_random_event = st.tuples(
    st.sampled_from([*KINDS, "odd"]),
    st.one_of(st.none(), _dates),
    st.sampled_from([(AZE, PAK), (PAK, AZE)]),
    st.sampled_from(["actual", "negated"]),
    st.one_of(st.none(), st.sampled_from(["040", "062", "112", "190"])),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_random_event, max_size=30))
def test_totals_agree_with_the_events_table(spec: list[tuple]) -> None:
    events = [
        event(f"r{i}", kind, when, a1, a2, cameo=cameo, status=status)
        for i, (kind, when, (a1, a2), status, cameo) in enumerate(spec)
    ]
    with Store(":memory:") as store:
        store.insert_events(events)
        frame = aggregate(store, PAIR, "month")
    counted = [e for e in events if e.date.start is not None and e.status == "actual"]
    assert int(frame["events"].sum()) == len(counted)
    assert (frame[[f"kind_{k}" for k in KINDS]].sum(axis=1) == frame["events"]).all()
    assert int(frame[["q1", "q2", "q3", "q4"]].sum().sum()) == sum(1 for e in counted if e.cameo)


def _gdelt2_line(gid: int, day: str, a1: str, a2: str, code: str, quad: int,
                 goldstein: float, mentions: int, articles: int, tone: float) -> str:
    """One GDELT 2.0 events row (61 tab-separated columns) with the fields we read."""
    cols = [""] * 61
    cols[0], cols[1], cols[2], cols[3] = str(gid), day, day[:6], day[:4]
    cols[5], cols[7] = a1, a1  # Actor1Code, Actor1CountryCode
    cols[15], cols[17] = a2, a2
    cols[26], cols[27], cols[28] = code, code, code[:2]
    cols[29], cols[30] = str(quad), str(goldstein)
    cols[31], cols[32], cols[33], cols[34] = str(mentions), "1", str(articles), str(tone)
    cols[59], cols[60] = day + "000000", f"https://example.org/{gid}"
    return "\t".join(cols)


def test_raw_gdelt_files_as_input(tmp_path: Path) -> None:
    lines = [
        _gdelt2_line(1, "20190105", "AZE", "PAK", "040", 1, 1.0, 4, 4, 2.0),
        _gdelt2_line(2, "20190120", "PAK", "AZE", "112", 3, -2.0, 6, 1, -3.0),
        _gdelt2_line(3, "20190301", "AZE", "PAK", "190", 4, -10.0, 2, 2, -8.0),
        _gdelt2_line(4, "20190301", "AZE", "ARM", "190", 4, -10.0, 2, 2, -8.0),
    ]
    path = tmp_path / "20190301000000.export.CSV"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    frame = aggregate(path, PAIR, "month")
    assert list(frame["period"]) == ["2019-01", "2019-02", "2019-03"]
    assert row(frame, "2019-02").events == 0
    january = row(frame, "2019-01")
    assert (january.events, january.q1, january.q3, january.num_mentions) == (2, 1, 1, 10)
    assert january.avg_tone == pytest.approx((2.0 * 4 - 3.0 * 1) / 5)
    assert row(frame, "2019-03").q4 == 1
    assert frame.attrs["notes"] == []


def test_malformed_gdelt_rows_are_noted_not_fatal(tmp_path: Path) -> None:
    good = _gdelt2_line(1, "20190105", "AZE", "PAK", "040", 1, 1.0, 4, 4, 2.0)
    path = tmp_path / "20190105000000.export.CSV"
    path.write_text(good + "\n" + "\t".join(["x"] * 12) + "\n" + good.replace("1\t", "9\t", 1)
                    + "\n", encoding="utf-8")
    frame = aggregate(path, PAIR, "year")
    # the two good rows report one meeting of one day: one story, two mentions
    assert list(frame["events"]) == [1]
    assert list(aggregate(path, PAIR, "year", count="mentions")["events"]) == [2]
    assert any("malformed" in note for note in frame.attrs["notes"])


def test_unreadable_gdelt_input_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(InputError, match=r"broken\.zip"):
        aggregate(path, PAIR, "year")


GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "aggregate"


@pytest.mark.parametrize("by", ["year", "month"])
def test_sample_matches_golden_csv(store: Store, by: str) -> None:
    """Every column of the sample at once (the tests above pin the reasoning);
    regenerate with DYADSCOPE_UPDATE_GOLDEN=1 after an intended change."""
    path = GOLDEN / f"sample_by_{by}.csv"
    text = aggregate(store, PAIR, by).to_csv(index=False, float_format="%.6f", lineterminator="\n")
    if os.environ.get("DYADSCOPE_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_spark_without_java_is_a_clear_error(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from dyadscope.analyse import spark_engine

    monkeypatch.setattr(spark_engine.shutil, "which", lambda name: None)
    with pytest.raises(DyadscopeError, match=r"Java|PySpark"):
        aggregate(store, PAIR, engine="spark")
