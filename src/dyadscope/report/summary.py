"""The opening of the brief: headline numbers, what changed, awareness, and what each
source searched gave. Sentences are built from ``BriefData`` numbers only, so each
can be checked against the charts and the timeline below it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dyadscope.analyse.findings.common import dataset_title
from dyadscope.report.format import DOMAIN_TITLES, format_value
from dyadscope.report.rows import weapon_of
from dyadscope.report.surveys import estimate_line

if TYPE_CHECKING:
    from dyadscope.analyse.brief_data import BriefData
    from dyadscope.store.coverage import SourceCount

TREND_YEARS = 5  # the trend of trade is its yearly rate over at most this many years


def _known(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _series_points(data: BriefData, column: str) -> list[tuple[str, float]]:
    run = data.indicators
    if run is None or run.series.empty or column not in run.series:
        return []
    return [(str(r["period"]), float(r[column])) for r in run.series.to_dict("records")
            if _known(r[column])]  # fmt: skip


def _change(now: float, before: float) -> str | None:
    if before <= 0:
        return None
    return f"{(now / before - 1) * 100:+.0f}%"


def _period_trade(data: BriefData) -> list[tuple[str, str, float, list[str]]]:
    """(period, its start, trade, what it is made of) for each period with a trade
    figure in US$, oldest first, periods as the sources state them (a fiscal year stays one): a
    stated total, else the sum of the directions reported, each direction by its
    importer's report where there is one (customs record what comes in), else the
    exporter's."""
    from dyadscope.analyse.flows import flow_of
    from dyadscope.report.vega import is_total_trade

    periods: dict[tuple[str, str], dict[str, Any]] = {}
    for obs in data.observations:
        start = obs.period.start
        if not start or not is_total_trade(obs):
            continue
        key = (start, obs.period.end or "")
        # a data set's own period code ("202203") reads better as ISO ("2022-03")
        label = start if obs.source.dataset else obs.period.text or start
        entry = periods.setdefault(key, {"label": label, "total": None, "flows": {}})
        flow = flow_of(obs)
        if not flow.directed:
            entry["total"] = max(entry["total"] or 0.0, obs.value)
            continue
        by_importer = flow.reporter == flow.destination
        best = entry["flows"].get((flow.origin, flow.destination))
        if best is None or (by_importer, obs.value) > best:
            entry["flows"][(flow.origin, flow.destination)] = (by_importer, obs.value)
    out = []
    for key in sorted(periods):
        entry = periods[key]
        flows = entry["flows"]
        parts = [f"{a} → {b} {format_value(v, 'USD')}" for (a, b), (_, v) in sorted(flows.items())]
        if entry["total"] is not None:
            out.append((entry["label"], key[0], entry["total"], parts))
        elif flows:
            if len(flows) == 1:
                parts.append("the other direction not reported")
            out.append((entry["label"], key[0], sum(v for _, v in flows.values()), parts))
    return out


def trade_headline(data: BriefData) -> dict[str, str] | None:
    """The latest period's trade, its change on the period before, and the yearly
    rate over the last ``TREND_YEARS`` periods with figures (years or fiscal years)."""
    points = _period_trade(data)
    if not points:
        return None
    period, start, value, parts = points[-1]
    detail = [", ".join(parts)] if parts else []
    if len(points) > 1:
        change = _change(value, points[-2][2])
        if change:
            detail.append(f"{change} on {points[-2][0]}")
    window = points[-TREND_YEARS:]
    years = int(start[:4]) - int(window[0][1][:4])
    if len(window) > 2 and years > 0 and window[0][2] > 0 and value > 0:
        rate = (value / window[0][2]) ** (1 / years) - 1
        detail.append(f"{rate * 100:+.1f}% a year over {window[0][0]} to {period}")
    return {"label": f"Trade {period}", "value": format_value(value, "USD"),
            "detail": "; ".join(detail)}  # fmt: skip


def arms_headline(data: BriefData) -> dict[str, str] | None:
    """Arms transfers (SIPRI TIV) each way over the years in scope, and the weapons."""
    a, b = data.pair
    totals = {col: sum(v for _, v in _series_points(data, col)) for col in ("tiv_ab", "tiv_ba")}
    if not any(totals.values()):
        return None
    parts = [f"{flow} {totals[col]:,.1f} TIV" for col, flow in
             (("tiv_ab", f"{a} → {b}"), ("tiv_ba", f"{b} → {a}")) if totals[col]]  # fmt: skip
    weapons = sorted({w for e in data.events if e.source.dataset == "sipri"
                      if (w := weapon_of(e))})  # fmt: skip
    detail = ", ".join(weapons[:6]) + (f" and {len(weapons) - 6} more" if len(weapons) > 6 else "")
    return {"label": "Arms transfers", "value": "; ".join(parts), "detail": detail}


def stories_headline(data: BriefData) -> dict[str, str] | None:
    counts = data.stories_by_domain()
    if not counts:
        return None
    return {
        "label": "Events, each told once",
        "value": f"{sum(counts.values()):,}",
        "detail": ", ".join(f"{DOMAIN_TITLES.get(d, d).lower()} {n}" for d, n in counts.items()),
    }


def headlines(data: BriefData) -> list[dict[str, str]]:
    """The numbers a reader looks for first, those the store has."""
    return [h for h in (trade_headline(data), arms_headline(data), stories_headline(data)) if h]


def changes(data: BriefData) -> list[str]:
    """The change points of the indicators, as sentences with their numbers."""
    run = data.indicators
    if run is None:
        return []
    return [cp.sentence for trend in run.trends for cp in trend.change_points]


def awareness(data: BriefData) -> dict[str, Any] | None:
    """Survey estimates about the pair, and the press attention proxy; None when
    neither exists (the brief then says nothing about awareness)."""
    a, b = data.pair
    attention = []
    for column, text in (("attention_ab", f"of {a}'s press coverage was about {b}"),
                         ("attention_ba", f"of {b}'s press coverage was about {a}")):  # fmt: skip
        points = _series_points(data, column)
        if points:
            year, share = points[-1]
            # the share of what was imported, not of all that press published
            attention.append(f"In {year}, {share * 100:.3g}% {text}, in the imported GDELT "
                             "files.")  # fmt: skip
    surveys = [{"survey": e.survey, "question": e.question, "answer": e.answer,
                "population": e.population, "line": estimate_line(e)}
               for e in data.estimates]  # fmt: skip
    if not attention and not surveys:
        return None
    return {"attention": attention, "surveys": surveys}


def _source_line(count: SourceCount, pair: str) -> dict[str, str]:
    if count.dataset is None:
        name = "Documents"
        if not count.files:
            return {"source": name, "text": "none ingested"}
        searched = f"{count.files:,} ingested"
        if not count.rows:
            return {"source": name, "text": f"{searched}; none tells {pair}"}
        return {"source": name, "text": f"{searched}; {count.rows:,} tell {pair}: "
                f"{_records(count)}"}  # fmt: skip
    name = dataset_title(count.dataset)
    read = (f"{count.files:,} file{'s' if count.files != 1 else ''}, {count.rows:,} rows imported"
            if count.files else "rows in the store")  # fmt: skip
    if not count.events and not count.figures:
        return {"source": name, "text": f"{read}; no {pair} rows in the imported files"}
    return {"source": name, "text": f"{read}; {_records(count)}"}


def _records(count: SourceCount) -> str:
    parts = []
    if count.events:
        parts.append(f"{count.events:,} event record{'s' if count.events != 1 else ''}")
    if count.figures:
        parts.append(f"{count.figures:,} figure{'s' if count.figures != 1 else ''}")
    return " and ".join(parts) or "nothing"


def coverage(data: BriefData, known_sources: Sequence[str]) -> list[dict[str, str]]:
    """Each source searched and what it gave, then the data sets never imported
    (``known_sources``: every source the importers read), then surveys."""
    pair = f"{data.pair[0]}-{data.pair[1]}"
    lines = [_source_line(c, pair) for c in data.coverage]
    stored = {c.dataset for c in data.coverage if c.dataset}
    for source in known_sources:
        if not any(name.startswith(source) for name in stored):
            lines.append({"source": dataset_title(source),
                          "text": "not imported: not searched"})  # fmt: skip
    lines.append({"source": "Surveys", "text": f"{len(data.estimates)} estimates about {pair}"
                  if data.estimates else f"no estimates about {pair} in the store"})  # fmt: skip
    return lines
