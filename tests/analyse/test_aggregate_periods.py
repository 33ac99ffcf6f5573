"""Series that line up: every period from the first to the last, and figures whose
period is not a calendar one (fiscal years) split pro rata by month."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import pytest

from dyadscope.analyse.aggregate import aggregate
from dyadscope.analyse.split_notes import split_note, split_notes
from dyadscope.model import Event, Observation
from dyadscope.store import Store
from dyadscope.store.aggregations import COLUMNS

try:
    from .aggregate_sample import AZE, PAK, event, obs
except ImportError:  # tests/analyse is not a package
    from aggregate_sample import AZE, PAK, event, obs

PAIR = ("AZE", "PAK")
FY_NOTE = ("FY 2013-14 figures split pro rata by month across 2013 and 2014 "
           "(2013-07 to 2014-06: 6 and 6 months)")


def _store(events: Sequence[Event] = (), observations: Sequence[Observation] = ()) -> Store:
    store = Store(":memory:")
    store.insert_events(list(events))
    store.insert_observations(list(observations))
    return store


def _by_period(frame: pd.DataFrame, column: str) -> dict[str, float]:
    return dict(zip(frame["period"], frame[column], strict=True))


def _fy(oid: str, value: float, start: str = "2013-07", end: str = "2014-06") -> Observation:
    """A fiscal-year total stated in a document."""
    return obs(oid, "trade_total", "PAK", "AZE", value, start, end=end, precision="fiscal_year",
               dataset=None)


def test_a_year_without_events_is_a_row_of_zeros() -> None:
    with _store([event("a", "meeting", "2015-05-01", AZE, PAK, goldstein=1.0),
                 event("b", "visit", "2017-02-01", PAK, AZE, goldstein=2.0)]) as store:
        frame = aggregate(store, PAIR, "year")
    assert list(frame["period"]) == ["2015", "2016", "2017"]
    gap = frame.iloc[1]
    assert gap.events == 0 and gap.kind_meeting == 0 and gap.q1 == 0 and gap.num_mentions == 0
    assert gap.goldstein_sum == 0.0 and gap.tiv_ab == 0.0
    assert math.isnan(gap.goldstein_mean) and math.isnan(gap.avg_tone)
    assert math.isnan(gap.exports) and math.isnan(gap.trade_total)
    assert frame["events"].dtype == "int64" and frame["goldstein_mean"].dtype == "float64"


def test_since_and_until_extend_the_range_beyond_the_data() -> None:
    with _store([event("a", "meeting", "2016-05-01", AZE, PAK)]) as store:
        frame = aggregate(store, PAIR, "year", since="2014", until="2018-03")
        assert list(frame["period"]) == ["2014", "2015", "2016", "2017", "2018"]
        assert list(frame["events"]) == [0, 0, 1, 0, 0]
        only_since = aggregate(store, PAIR, "year", since="2015")
        assert list(only_since["period"]) == ["2015", "2016"]
        # bounds alone give rows even where the pair has nothing at all
        empty = aggregate(store, ("AZE", "CHN"), "month", since="2019-11", until="2020-01")
        assert list(empty["period"]) == ["2019-11", "2019-12", "2020-01"]
        assert list(empty["events"]) == [0, 0, 0]
        # no data and no bounds: no rows, same columns
        none = aggregate(store, ("AZE", "CHN"), "year")
        assert none.empty and list(none.columns) == list(COLUMNS)
        # since after the last data: nothing to show
        assert aggregate(store, PAIR, "year", since="2020").empty


def test_months_cross_the_year_boundary() -> None:
    with _store([event("a", "meeting", "2019-11-20", AZE, PAK),
                 event("b", "meeting", "2020-02-03", AZE, PAK)]) as store:
        frame = aggregate(store, PAIR, "month")
    assert list(frame["period"]) == ["2019-11", "2019-12", "2020-01", "2020-02"]
    assert list(frame["events"]) == [1, 0, 0, 1]


def test_a_fiscal_year_is_split_pro_rata_by_month_with_a_note() -> None:
    with _store(observations=[_fy("fy", 1200.0)]) as store:
        frame = aggregate(store, PAIR, "year")
    assert _by_period(frame, "trade_total") == {"2013": 600.0, "2014": 600.0}
    assert frame.attrs["notes"] == [FY_NOTE]


def test_the_split_follows_the_fiscal_calendar() -> None:
    # an April-March fiscal year: 9 months in 2013, 3 in 2014
    with _store(observations=[_fy("fy", 1200.0, "2013-04", "2014-03")]) as store:
        frame = aggregate(store, PAIR, "year")
    assert _by_period(frame, "trade_total") == {"2013": 900.0, "2014": 300.0}
    assert frame.attrs["notes"] == [
        "FY 2013-14 figures split pro rata by month across 2013 and 2014 "
        "(2013-04 to 2014-03: 9 and 3 months)"
    ]


def test_a_fiscal_year_without_months_is_split_evenly() -> None:
    with _store(observations=[_fy("fy", 1000.0, "2013", "2014")]) as store:
        frame = aggregate(store, PAIR, "year")
    assert _by_period(frame, "trade_total") == {"2013": 500.0, "2014": 500.0}


def test_halves_of_two_fiscal_years_add_up_and_a_calendar_figure_wins() -> None:
    figures = [_fy("fy14", 1200.0), _fy("fy15", 2400.0, "2014-07", "2015-06"),
               obs("y15", "trade_total", "AZE", "PAK", 999.0, "2015", dataset=None)]
    with _store(observations=figures) as store:
        frame = aggregate(store, PAIR, "year")
    totals = _by_period(frame, "trade_total")
    assert totals == {"2013": 600.0, "2014": 600.0 + 1200.0, "2015": 999.0}
    # FY 2014-15 counted in 2014 (its 2015 half lost to the calendar-year figure)
    assert len(frame.attrs["notes"]) == 2 and "FY 2014-15" in frame.attrs["notes"][1]


def test_imported_statistics_win_over_split_document_figures() -> None:
    figures = [_fy("fy", 1200.0),
               obs("c14", "trade_total", "PAK", "AZE", 50.0, "2014", dataset="comtrade")]
    with _store(observations=figures) as store:
        frame = aggregate(store, PAIR, "year")
    assert _by_period(frame, "trade_total") == {"2013": 600.0, "2014": 50.0}


def test_directed_fiscal_figures_split_too() -> None:
    # Pakistan's imports from Azerbaijan in FY 2013-14 = AZE's exports to PAK
    figure = obs("fy", "imports", "PAK", "AZE", 120.0, "2013-07", end="2014-06",
                 precision="fiscal_year", dataset=None)
    with _store(observations=[figure]) as store:
        frame = aggregate(store, PAIR, "year")
    assert _by_period(frame, "exports") == {"2013": 60.0, "2014": 60.0}
    assert frame["imports"].isna().all()


def test_since_keeps_the_part_of_a_fiscal_year_inside_the_range() -> None:
    with _store(observations=[_fy("fy", 1200.0)]) as store:
        frame = aggregate(store, PAIR, "year", since="2014")
    assert _by_period(frame, "trade_total") == {"2014": 600.0}
    assert frame.attrs["notes"] == [FY_NOTE]


def test_a_monthly_view_leaves_fiscal_years_out() -> None:
    figures = [_fy("fy", 1200.0), obs("m", "exports", "AZE", "PAK", 7.0, "2014-01")]
    with _store(observations=figures) as store:
        frame = aggregate(store, PAIR, "month")
    assert list(frame["period"]) == ["2014-01"]
    assert frame.iloc[0].exports == 7.0 and math.isnan(frame.iloc[0].trade_total)
    assert frame.attrs["notes"] == []


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ([None, float("nan"), ""], []),
        (["24162:24173", "24162:24173 24174:24185"], [FY_NOTE, "FY 2014-15"]),
    ],
)
def test_split_notes_once_per_figure_period(cells: list[object], expected: list[str]) -> None:
    notes = split_notes(cells)
    assert len(notes) == len(expected)
    assert all(note.startswith(want) for note, want in zip(notes, expected, strict=True))


def test_split_note_of_a_span_that_is_not_a_fiscal_year() -> None:
    assert split_note(2019 * 12 + 10, 2020 * 12 + 1).startswith(
        "2019-11 to 2020-02 figures split pro rata by month across 2019 and 2020 (")
