"""A line over periods breaks across empty periods: the brief's Goldstein line does
not join 1995 to 2003, and a trade line does not bridge years without a figure."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from lxml import etree
from records import event

from dyadscope.analyse.brief_data import BriefData, gather
from dyadscope.model import DateRef, Observation
from dyadscope.report import vega
from dyadscope.store import Store


def _line_paths(svg: str) -> list[str]:
    """The ``d`` of every path inside the line marks of a Vega SVG."""
    tree = etree.fromstring(svg.encode())
    return [str(d) for d in tree.xpath(
        "//*[local-name()='g'][contains(@class, 'mark-line')]//*[local-name()='path']/@d")]


def _subpaths(d: str) -> int:
    return len(re.findall(r"M", d))


def test_with_gaps_puts_a_null_between_distant_points() -> None:
    points = vega.with_gaps([(2003, 2.0), (1995, 1.0), (2004, 3.0)])
    assert [p["x"] for p in points] == [1995, 1999, 2003, 2004]
    assert [p["y"] for p in points] == [1.0, None, 2.0, 3.0]
    # fiscal years a year apart (July to June) stay one run
    assert all(p["y"] is not None for p in vega.with_gaps([(2011.5, 1.0), (2012.5, 2.0)]))


def test_goldstein_line_breaks_across_years_without_events(tmp_path: Path) -> None:
    events = [event(f"g{year}", "meeting", "diplomatic", DateRef(str(year), None, "year"),
                    f"Talks in {year}.", goldstein=score)
              for year, score in ((1995, 8.0), (2003, 7.7), (2004, 6.0), (2005, 1.0))]
    with Store(tmp_path / "s.duckdb") as store:
        store.insert_events(events)
        data = gather(store, ("AZE", "PAK"))
    drawn = vega.goldstein(data)
    assert drawn is not None
    (line,) = _line_paths(drawn.svg)
    assert _subpaths(line) == 2  # 1995 alone, then 2003-2005: no stretch from 1995
    dots = etree.fromstring(drawn.svg.encode()).xpath(
        "//*[local-name()='g'][contains(@class, 'mark-symbol')]//*[local-name()='path']")
    assert len(dots) == 4  # 1995 is still shown, as a dot of its own


def test_trade_line_breaks_where_no_figure_is_stated(observations: list[Observation]) -> None:
    base = replace(observations[0], id="y0", commodity=None)
    figures = [replace(base, id=f"y{year}", value=float(value),
                       period=DateRef(str(year), None, "year"))
               for year, value in ((2005, 1e6), (2006, 2e6), (2010, 3e6), (2011, 4e6))]
    drawn = vega.trade(BriefData.of(("AZE", "PAK"), [], figures))
    assert drawn is not None
    (line,) = _line_paths(drawn.svg)
    assert _subpaths(line) == 2
