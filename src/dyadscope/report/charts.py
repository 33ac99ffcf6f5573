"""Inline SVG charts for the brief: no scripts, no fonts, no network, print-friendly.

Every piece of text that enters the SVG goes through ``escape``; the functions
return ``Markup`` so the (autoescaping) template inserts them as they are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from markupsafe import Markup, escape

from dyadscope.analyse.flows import Flow, flow_of
from dyadscope.analyse.timeline import Timeline
from dyadscope.model import DOMAINS, Observation
from dyadscope.report.format import format_value

DOMAIN_COLOURS = {
    "military": "#b5473a",
    "economic": "#2f7d4f",
    "diplomatic": "#2f5f9e",
    "humanitarian_cultural": "#c08a1e",
    "security": "#6d4c94",
    "other": "#8a8f98",
}
SERIES_COLOURS = ("#2f5f9e", "#b5473a", "#2f7d4f", "#c08a1e", "#6d4c94", "#1f8a94", "#8a8f98")
WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 56


def _years(first: int, last: int, present: Sequence[int]) -> list[int]:
    """Every year of the span when it is short, else only the years with data."""
    return list(range(first, last + 1)) if last - first <= 40 else sorted(set(present))


def runs(xs: Sequence[float], step: float = 1.0) -> list[list[int]]:
    """Indexes of sorted ``xs`` in runs without gaps (consecutive points at most
    ``step`` apart): a line is drawn within a run and breaks between runs, so an
    empty period shows as a gap, never as a trend from 1995 to 2003."""
    out: list[list[int]] = []
    for i, x in enumerate(xs):
        if out and x - xs[out[-1][-1]] <= step + 1e-9:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _polylines(
    points: Sequence[tuple[float, float]], keys: Sequence[float], colour: str
) -> list[str]:
    """One polyline per run of ``keys`` (the points' periods) with two points or more."""
    return [
        f'<polyline points="{" ".join(f"{points[i][0]:.1f},{points[i][1]:.1f}" for i in run)}" '
        f'fill="none" stroke="{colour}" stroke-width="2"/>'
        for run in runs(keys) if len(run) > 1
    ]


def _svg(label: str, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{escape(label)}" class="chart">'
    )
    return Markup(head + f"<title>{escape(label)}</title>" + "".join(body) + "</svg>")


def _text(x: float, y: float, text: str, cls: str = "tick", anchor: str = "middle",
          rotate: bool = False) -> str:
    turn = f' transform="rotate(-45 {x:.1f} {y:.1f})"' if rotate else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" class="{cls}" text-anchor="{anchor}"{turn}>'
            f"{escape(text)}</text>")


def _line(x1: float, y1: float, x2: float, y2: float, cls: str = "axis") -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="{cls}"/>'


def _axes() -> list[str]:
    """The x axis (bottom) and y axis (left) of the plot area."""
    bottom = HEIGHT - BOTTOM
    return [_line(LEFT, bottom, WIDTH - RIGHT, bottom), _line(LEFT, TOP, LEFT, bottom)]


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    step = 10 ** (len(str(int(value))) - 1)
    for mult in (1, 2, 2.5, 5, 10):
        if value <= mult * step:
            return float(mult * step)
    return float(value)


def _x_labels(years: list[int], xpos: dict[int, float]) -> list[str]:
    every = max(1, -(-len(years) // 16))  # at most about 16 labels
    return [
        _text(xpos[y], HEIGHT - BOTTOM + 14, str(y), rotate=len(years) > 12)
        for i, y in enumerate(years) if i % every == 0 or y == years[-1]
    ]


def events_per_year(timeline: Timeline) -> Markup | None:
    """Stacked bars: events per year, one colour per domain."""
    counts = timeline.counts
    if not counts:
        return None
    years = _years(min(counts), max(counts), list(counts))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = _nice_max(max(sum(c.values()) for c in counts.values()))
    slot = plot_w / len(years)
    xpos = {y: LEFT + slot * (i + 0.5) for i, y in enumerate(years)}
    body = _axes()
    for tick in (0, top / 2, top):
        y = TOP + plot_h - plot_h * tick / top
        body += [_line(LEFT, y, LEFT + plot_w, y, "grid"),
                 _text(LEFT - 6, y + 4, f"{tick:g}", anchor="end")]
    bar_w = max(2.0, slot * 0.7)
    for year in years:
        base: float = TOP + plot_h
        for domain in DOMAINS:
            n = counts.get(year, {}).get(domain, 0)
            if not n:
                continue
            h = plot_h * n / top
            base -= h
            body.append(
                f'<rect x="{xpos[year] - bar_w / 2:.1f}" y="{base:.1f}" width="{bar_w:.1f}" '
                f'height="{h:.1f}" fill="{DOMAIN_COLOURS[domain]}">'
                f"<title>{escape(f'{year} {domain}: {n}')}</title></rect>"
            )
    body += _x_labels(years, xpos)
    return _svg("Events per year, by domain", body)


def _obs_x(obs: Observation) -> float | None:
    start = obs.period.start
    if not start:
        return None
    month = int(start[5:7]) if len(start) >= 7 else 1
    return int(start[:4]) + (month - 1) / 12


def _top_per_x(points: list[tuple[float, Observation]]) -> list[tuple[float, float]]:
    """The line goes through the largest figure of each period: where a source also states
    parts of a total (rice within exports), the parts stay dots under the line."""
    top: dict[float, float] = {}
    for x, obs in points:
        top[x] = max(top.get(x, obs.value), obs.value)
    return sorted(top.items())


def _flow_key(flow: Flow) -> str:
    """"AZE->PAK by PAK" (exporter -> importer, reporter), "PAK<->AZE": short for a legend."""
    if not flow.directed:
        return f"{flow.origin}<->{flow.destination}"
    key = f"{flow.origin}->{flow.destination}"
    return f"{key} by {flow.reporter}" if flow.trade and flow.reporter else key


def figures_over_time(observations: Sequence[Observation]) -> Markup | None:
    """One line per indicator and direction (e.g. imports AZE->PAK by PAK: the arrow
    goes from exporter to importer, as everywhere).

    Only the most common unit is charted (one y axis; money and counts do not share
    a scale); the key figures table lists every figure.
    """
    units = Counter(o.unit for o in observations if o.period.start)
    if not units:
        return None
    unit = units.most_common(1)[0][0]
    series: dict[str, list[tuple[float, Observation]]] = {}
    for obs in observations:
        if obs.unit != unit:
            continue
        x = _obs_x(obs)
        if x is None:
            continue
        what = f"{obs.indicator} {obs.commodity}" if obs.commodity else obs.indicator
        key = f"{what} {_flow_key(flow_of(obs))} ({obs.unit})"
        series.setdefault(key, []).append((x, obs))
    if not series:
        return None
    xs = [x for pts in series.values() for x, _ in pts]
    first, last = int(min(xs)), int(max(xs)) + 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = _nice_max(max(abs(o.value) for pts in series.values() for _, o in pts))
    span = max(1, last - first)

    def px(x: float) -> float:
        return LEFT + plot_w * (x - first) / span

    def py(v: float) -> float:
        return TOP + plot_h - plot_h * max(v, 0) / top

    body = _axes()
    for tick in (0, top / 2, top):
        body += [_line(LEFT, py(tick), LEFT + plot_w, py(tick), "grid"),
                 _text(LEFT - 6, py(tick) + 4, format_value(tick, unit).replace(" million", "M")
                       .replace(" billion", "B"), anchor="end")]
    years = list(range(first, last + 1))
    body += _x_labels(years, {y: px(y) for y in years})
    for i, (key, pts) in enumerate(sorted(series.items())):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        pts.sort(key=lambda p: p[0])
        line = _top_per_x(pts)  # breaks where a year or more has no figure
        body += _polylines([(px(x), py(v)) for x, v in line], [x for x, _ in line], colour)
        for x, o in pts:
            tip = f"{o.period.text or o.period.start}: {format_value(o.value, o.unit)}"
            body.append(f'<circle cx="{px(x):.1f}" cy="{py(o.value):.1f}" r="3.5" fill="{colour}">'
                        f"<title>{escape(key + ' ' + tip)}</title></circle>")
        lx = LEFT + (i % 3) * 220
        ly = HEIGHT - 8 - 14 * (i // 3 if len(series) > 3 else 0)
        body.append(f'<rect x="{lx:.1f}" y="{ly - 8:.1f}" width="10" height="10" fill="{colour}"/>')
        body.append(_text(lx + 14, ly + 1, key, cls="legend", anchor="start"))
    return _svg("Stated figures over time", body)


def goldstein_per_year(timeline: Timeline) -> Markup | None:
    """Mean Goldstein per year: above zero cooperation, below zero conflict."""
    means = timeline.goldstein
    if not means:
        return None
    years = _years(min(means), max(means), list(means))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(years)
    xpos = {y: LEFT + slot * (i + 0.5) for i, y in enumerate(years)}

    def py(v: float) -> float:
        return TOP + plot_h / 2 - (plot_h / 2) * v / 10

    body = [_line(LEFT, TOP, LEFT, TOP + plot_h)]
    for tick in (-10, -5, 0, 5, 10):
        body += [_line(LEFT, py(tick), LEFT + plot_w, py(tick), "zero" if tick == 0 else "grid"),
                 _text(LEFT - 6, py(tick) + 4, f"{tick:+d}" if tick else "0", anchor="end")]
    body += [_text(LEFT + 4, py(9), "cooperation", cls="legend", anchor="start"),
             _text(LEFT + 4, py(-9) + 6, "conflict", cls="legend", anchor="start")]
    pts = [(xpos[y], py(means[y]), y) for y in years if y in means]
    # a year without scored events is a gap in the line, not a straight stretch
    body += _polylines([(x, y) for x, y, _ in pts], [year for _, _, year in pts], "#2f5f9e")
    for x, y, year in pts:
        colour = "#2f7d4f" if means[year] >= 0 else "#b5473a"
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}">'
                    f"<title>{escape(f'{year}: {means[year]:+.2f}')}</title></circle>")
    body += _x_labels(years, xpos)
    return _svg("Mean Goldstein score per year", body)
