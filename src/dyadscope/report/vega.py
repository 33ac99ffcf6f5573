"""The brief's charts: Vega-Lite specs (altair) rendered to SVG by vl-convert, in
process and offline; no script, font or file is fetched, so the SVG can sit inline
in the brief and be served as an image by the dashboard.

Lines break where a period has no value (a null point), so an empty stretch shows
as a gap, never as a trend across it. Every chart is a function of ``BriefData``
returning a ``Drawn`` chart or None when there is nothing to draw.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dyadscope.analyse.flows import flow_of
from dyadscope.model import DOMAINS, Event, Observation
from dyadscope.report.rows import weapon_of

if TYPE_CHECKING:
    from dyadscope.analyse.brief_data import BriefData

WIDTH, HEIGHT = 620, 200
DOMAIN_COLOURS = {
    "military": "#b5473a",
    "economic": "#2f7d4f",
    "diplomatic": "#2f5f9e",
    "humanitarian_cultural": "#c08a1e",
    "security": "#6d4c94",
    "other": "#8a8f98",
}
MAX_WEAPONS = 8  # more weapon names than this and the smallest share one colour
# legends under the plot, one entry per line: long flow names never overlap
LEGEND: dict[str, Any] = {"orient": "bottom", "direction": "vertical", "labelLimit": 500}
TRADE_INDICATORS = frozenset({"exports", "imports", "trade", "trade_total"})


@dataclass(frozen=True, slots=True)
class Drawn:
    """A rendered chart: ``svg`` is a standalone SVG document."""

    key: str
    title: str
    svg: str


def is_total_trade(obs: Observation) -> bool:
    """A dated trade figure in US dollars for all goods, not a product line's."""
    return (bool(obs.period.start) and obs.unit == "USD" and obs.indicator in TRADE_INDICATORS
            and (obs.commodity or "total").lower() in ("total", "all commodities"))  # fmt: skip


def year_of(start: str | None) -> float | None:
    """A period's start as a fractional year (July 2013 -> 2013.5): fiscal years and
    months sit where they begin."""
    if not start:
        return None
    month = int(start[5:7]) if len(start) >= 7 else 1
    return int(start[:4]) + (month - 1) / 12


def with_gaps(points: Sequence[tuple[float, float]], step: float = 1.0) -> list[dict[str, Any]]:
    """Sorted points with a null point between two more than ``step`` apart: the line
    breaks there instead of bridging the empty periods."""
    out: list[dict[str, Any]] = []
    last: float | None = None
    for x, y in sorted(points):
        if last is not None and x - last > step + 1e-9:
            out.append({"x": (x + last) / 2, "y": None})
        out.append({"x": x, "y": y})
        last = x
    return out


def _svg(chart: Any, key: str) -> str:
    """The chart as SVG whose ids are unique to ``key``: several charts inline in one
    page would otherwise share clip paths."""
    import vl_convert

    spec = chart.properties(width=WIDTH, height=HEIGHT).configure(
        font="sans-serif", background="white"
    ).configure_view(stroke=None).to_dict()
    svg = vl_convert.vegalite_to_svg(spec)
    return re.sub(r'(id="|url\(#|href="#)([A-Za-z][\w-]*)', rf"\g<1>{key}-\g<2>", svg)


def _drawn(key: str, title: str, chart: Any) -> Drawn:
    return Drawn(key, title, _svg(chart, key))


def _year_x() -> Any:
    """The x of a line over years (points from ``with_gaps``): whole years as ticks."""
    import altair as alt

    return alt.X("x:Q", title="year", axis=alt.Axis(format="d", tickMinStep=1))


def _frame(rows: list[dict[str, Any]]) -> Any:
    import pandas as pd

    return pd.DataFrame(rows)


def _series_lines(rows: list[dict[str, Any]], y: Any, tooltip: list[Any]) -> Any:
    """One line per series over the years, with points; breaks where ``with_gaps`` put
    them."""
    import altair as alt

    return alt.Chart(_frame(rows)).mark_line(point=True).encode(
        x=_year_x(),
        y=y,
        color=alt.Color("series:N", title=None, legend=alt.Legend(**LEGEND)),
        tooltip=tooltip,
    )


def _series_label(obs: Observation) -> str:
    flow = flow_of(obs)
    if not flow.directed:
        return f"{flow.origin}–{flow.destination} total"
    base = f"{flow.origin} → {flow.destination}"
    if obs.source.dataset is None:
        return f"{base}, stated in documents"
    return f"{base}, reported by {flow.reporter}" if flow.reporter else base


def trade(data: BriefData) -> Drawn | None:
    """Trade in US dollars per year and direction, each side's report its own line:
    the mirror gap is the distance between two lines of one direction."""
    import altair as alt

    series: dict[str, dict[float, float]] = defaultdict(dict)
    for obs in data.observations:
        x = year_of(obs.period.start)
        if x is None or not is_total_trade(obs):
            continue  # parts of the total stay in the figures table
        points = series[_series_label(obs)]
        points[x] = max(points.get(x, obs.value), obs.value)
    if not series:
        return None
    rows = [{**p, "series": name} for name, points in sorted(series.items())
            for p in with_gaps(list(points.items()))]  # fmt: skip
    chart = _series_lines(
        rows,
        alt.Y("y:Q", title="US$", axis=alt.Axis(format="~s")),
        [alt.Tooltip("series:N"), alt.Tooltip("x:Q", format=".1f", title="year"),
         alt.Tooltip("y:Q", format=",.0f", title="US$")],
    )  # fmt: skip
    return _drawn("trade", "Trade, US$ per year, each side's report", chart)


def _arms_rows(events: Sequence[Event]) -> list[dict[str, Any]]:
    rows = []
    for event in events:
        tiv = event.extra.get("tiv")
        year = year_of(event.date.start)
        if event.source.dataset != "sipri" or tiv is None or tiv != tiv or year is None:
            continue
        supplier = event.actor1.code if event.actor1 else "?"
        recipient = event.actor2.code if event.actor2 else "?"
        rows.append({"year": int(year), "tiv": float(tiv),
                     "weapon": f"{weapon_of(event) or 'unnamed'} ({supplier}→{recipient})"})
    return rows


def arms(data: BriefData) -> Drawn | None:
    """SIPRI trend-indicator values per order year, one colour per weapon."""
    import altair as alt

    rows = _arms_rows(data.events)
    if not rows:
        return None
    totals: dict[str, float] = defaultdict(float)
    for row in rows:
        totals[row["weapon"]] += row["tiv"]
    kept = set(sorted(totals, key=lambda w: -totals[w])[:MAX_WEAPONS])
    summed: dict[tuple[int, str], float] = defaultdict(float)
    for row in rows:
        weapon = row["weapon"] if row["weapon"] in kept else "other weapons"
        summed[(row["year"], weapon)] += row["tiv"]
    rows = [{"year": year, "weapon": weapon, "tiv": tiv}
            for (year, weapon), tiv in sorted(summed.items())]  # fmt: skip
    chart = alt.Chart(_frame(rows)).mark_bar(
    ).encode(
        x=alt.X("year:O", title="order year"),
        y=alt.Y("tiv:Q", title="TIV (millions)", stack="zero"),
        color=alt.Color("weapon:N", title=None, legend=alt.Legend(**LEGEND)),
        tooltip=[alt.Tooltip("weapon:N"), alt.Tooltip("year:O"),
                 alt.Tooltip("tiv:Q", format=",.1f", title="TIV")],
    )  # fmt: skip
    return _drawn("arms", "Arms transfers, SIPRI TIV by order year", chart)


def _series(data: BriefData) -> Any:
    run = data.indicators
    return None if run is None or run.series.empty else run.series


def cooperation(data: BriefData) -> Drawn | None:
    """Stories of cooperation and of conflict per year, every year of the span on
    the axis: a year without any shows as an empty slot."""
    import altair as alt

    series = _series(data)
    if series is None or not (series["cooperation"].sum() or series["conflict"].sum()):
        return None
    rows = [{"year": str(r["period"]), "class": cls, "stories": int(r[cls])}
            for r in series.to_dict("records") for cls in ("cooperation", "conflict")]
    chart = alt.Chart(_frame(rows)).mark_bar(
    ).encode(
        x=alt.X("year:O", title=None),
        xOffset=alt.XOffset("class:N"),
        y=alt.Y("stories:Q", title="stories", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("class:N", title=None,
                        scale=alt.Scale(domain=["cooperation", "conflict"],
                                        range=["#2f7d4f", "#b5473a"]),
                        legend=alt.Legend(**LEGEND)),
        tooltip=["year:O", "class:N", "stories:Q"],
    )  # fmt: skip
    return _drawn("cooperation", "Cooperation and conflict, stories per year", chart)


def goldstein(data: BriefData) -> Drawn | None:
    """Mean Goldstein score per year (-10 conflict to +10 cooperation); no line
    across years without a scored story."""
    import altair as alt

    series = _series(data)
    if series is None:
        return None
    points = [(float(r["period"]), float(r["goldstein_mean"]))
              for r in series.to_dict("records")
              if r["goldstein_mean"] == r["goldstein_mean"] and r["goldstein_mean"] is not None]
    if not points:
        return None
    base = alt.Chart(_frame(with_gaps(points)))
    line = base.mark_line(point=True).encode(
        x=_year_x(),
        y=alt.Y("y:Q", title="Goldstein", scale=alt.Scale(domain=[-10, 10])),
        tooltip=[alt.Tooltip("x:Q", format="d", title="year"),
                 alt.Tooltip("y:Q", format="+.2f", title="mean")],
    )  # fmt: skip
    zero = alt.Chart(_frame([{"y": 0}])).mark_rule(color="#888").encode(y="y:Q")
    return _drawn("goldstein", "Mean Goldstein score per year", alt.layer(zero, line))


def attention(data: BriefData) -> Drawn | None:
    """The share of each side's press coverage (GDELT) that is about the other."""
    import altair as alt

    series = _series(data)
    if series is None:
        return None
    a, b = data.pair
    rows = []
    for column, label in (("attention_ab", f"{a} press about {b}"),
                          ("attention_ba", f"{b} press about {a}")):  # fmt: skip
        points = [(float(r["period"]), float(r[column])) for r in series.to_dict("records")
                  if r[column] is not None and r[column] == r[column]]  # fmt: skip
        rows += [{**p, "series": label} for p in with_gaps(points)]
    if not rows:
        return None
    chart = _series_lines(
        rows,
        alt.Y("y:Q", title="share of coverage", axis=alt.Axis(format="%")),
        ["series:N", alt.Tooltip("y:Q", format=".3%", title="share")],
    )
    return _drawn("attention", "Attention: share of each press's coverage about the other", chart)


def domains(data: BriefData) -> Drawn | None:
    """Events (each story once) per year, stacked by domain: counted here, so a pair
    with a million events hands the chart one row per year and domain."""
    import altair as alt

    counts: Counter[tuple[int, str]] = Counter()
    for event in data.events:
        x = year_of(event.date.start)
        if x is not None:
            counts[(int(x), event.domain)] += 1
    if not counts:
        return None
    rows = [{"year": year, "domain": domain, "events": n}
            for (year, domain), n in sorted(counts.items(),
                                            key=lambda c: (c[0][0], DOMAINS.index(c[0][1])))]
    present = [d for d in DOMAINS if any(r["domain"] == d for r in rows)]
    chart = alt.Chart(_frame(rows)).mark_bar().encode(
        x=alt.X("year:O", title=None),
        y=alt.Y("events:Q", title="events", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("domain:N", title=None,
                        scale=alt.Scale(domain=present,
                                        range=[DOMAIN_COLOURS[d] for d in present]),
                        legend=alt.Legend(**LEGEND)),
        tooltip=["year:O", "domain:N", "events:Q"],
    )  # fmt: skip
    return _drawn("domains", "Events per year, by domain", chart)


CHARTS: tuple[Callable[[BriefData], Drawn | None], ...] = (
    trade, arms, cooperation, goldstein, domains, attention,
)


def draw_all(data: BriefData) -> list[Drawn]:
    """Every chart the data allow, in the brief's order."""
    return [drawn for chart in CHARTS if (drawn := chart(data)) is not None]
