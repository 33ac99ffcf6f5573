"""A line over periods breaks across empty periods: the brief's Goldstein line does
not join 1995 to 2003, and a figures line does not bridge years without a figure."""

from __future__ import annotations

from dataclasses import replace

from lxml import html as lxml_html
from records import event

from dyadscope.analyse.timeline import build_timeline
from dyadscope.model import DateRef, Observation
from dyadscope.report import charts


def _polylines(svg: str) -> list[list[float]]:
    tree = lxml_html.fragment_fromstring(svg)
    return [[float(p.split(",")[0]) for p in line.split()]
            for line in tree.xpath("//polyline/@points")]  # fmt: skip


def test_runs_split_where_a_period_is_missing() -> None:
    assert charts.runs([1995, 2003, 2004, 2005, 2008]) == [[0], [1, 2, 3], [4]]
    assert charts.runs([2011.5, 2012.5, 2013.5]) == [[0, 1, 2]]  # fiscal years, July to June
    assert charts.runs([]) == []


def test_goldstein_line_breaks_across_years_without_events() -> None:
    events = [event(f"g{year}", "meeting", "diplomatic", DateRef(str(year), None, "year"),
                    "Talks.", goldstein=score)
              for year, score in ((1995, 8.0), (2003, 7.7), (2004, 6.0), (2005, 1.0))]
    svg = charts.goldstein_per_year(build_timeline(events, []))
    assert svg is not None
    tree = lxml_html.fragment_fromstring(str(svg))
    dots = [float(x) for x in tree.xpath("//circle/@cx")]
    assert len(dots) == 4  # 1995 is still shown, as a dot of its own
    (line,) = _polylines(str(svg))
    assert line == dots[1:]  # 2003-2005 only: no stretch from 1995


def test_figures_line_breaks_where_no_figure_is_stated(
    observations: list[Observation],
) -> None:
    base = replace(observations[0], id="y0", commodity=None)
    figures = [replace(base, id=f"y{year}", value=float(value),
                       period=DateRef(str(year), None, "year"))
               for year, value in ((2005, 1e6), (2006, 2e6), (2010, 3e6), (2011, 4e6))]
    svg = charts.figures_over_time(figures)
    assert svg is not None
    lines = _polylines(str(svg))
    assert len(lines) == 2 and all(len(line) == 2 for line in lines)
