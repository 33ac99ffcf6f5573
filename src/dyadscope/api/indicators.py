"""Indicators of a pair: is the relationship warming or cooling, and how does it
rank among each side's partners? A continuous series per period, change points
with the numbers behind them, and ranks (definitions in
``dyadscope.store.indicator_sql`` and ``dyadscope.analyse.changepoints``)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadscope.api import checks
from dyadscope.api.datasets import BY_PERIODS, ENGINES
from dyadscope.settings import load_settings

if TYPE_CHECKING:
    import pandas as pd

    from dyadscope.analyse.changepoints import ChangePoint, Trend
    from dyadscope.analyse.indicators import Rank


def _plain(value: Any) -> Any:
    """JSON-ready: NaN as None, numpy numbers as Python ones."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


@dataclass
class Indicators:
    """What ``indicators`` returns.

    ``series``: one row per period, every period from the first to the last
    (columns ``dyadscope.analyse.indicators.COLUMNS``); ``estimates``: the survey
    estimates, one row each with the period of its fieldwork (``series`` only counts
    them, in ``survey_estimates``); ``trends``: the change-point search per main
    series, with its method, penalty and change points; ``ranks``: each side's
    rank of the other per indicator; ``notes``: what was left out or assumed.
    """

    pair: tuple[str, str]
    by: str
    domain: str | None
    series: pd.DataFrame
    estimates: pd.DataFrame
    trends: list[Trend] = field(default_factory=list)
    ranks: list[Rank] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def change_points(self) -> list[ChangePoint]:
        return [cp for trend in self.trends for cp in trend.change_points]

    def period_records(self) -> list[dict[str, Any]]:
        """One object per period (``"record": "period"``), with the survey estimates
        whose fieldwork falls in it under ``"survey"``."""
        surveys: dict[str, list[dict[str, Any]]] = {}
        for row in self.estimates.to_dict("records"):
            item = {str(k): _plain(v) for k, v in row.items() if k != "period"}
            surveys.setdefault(str(row["period"]), []).append(item)
        out = []
        for row in self.series.to_dict("records"):
            record: dict[str, Any] = {"record": "period", "pair": list(self.pair),
                                      "by": self.by, "domain": self.domain}
            record.update({str(k): _plain(v) for k, v in row.items()})
            record["survey"] = surveys.get(str(row["period"]), [])
            out.append(record)
        return out

    def to_records(self) -> list[dict[str, Any]]:
        """Periods first, then one ``trend`` record per series searched (method,
        penalty, why none), its ``change_point`` records, then the ``rank`` records."""
        records = self.period_records()
        for trend in self.trends:
            records.append({**trend.to_record(), "pair": list(self.pair)})
            records += [{**cp.to_record(), "pair": list(self.pair)} for cp in trend.change_points]
        records += [{k: _plain(v) for k, v in r.to_record().items()} for r in self.ranks]
        return records


def indicators(
    pair: Sequence[str],
    *,
    by: str = "year",
    domain: str | None = None,
    since: str | None = None,
    until: str | None = None,
    db: Path | str | None = None,
    source: Path | str | None = None,
    engine: str = "duckdb",
    master: str | None = None,
) -> Indicators:
    """Cooperation and conflict (stories), mean Goldstein, trade, arms TIV, press
    attention and survey estimates of the pair per period; change points of the
    main series; each side's rank of the other among its partners. ``source``:
    Parquet, GDELT files or another store instead of ``db``."""
    checks.one_of(by, BY_PERIODS, "by")
    checks.one_of(engine, ENGINES, "engine")
    if source is not None:
        checks.existing_paths([source], "source")
    chosen = checks.pair_codes(pair, "pair")
    assert chosen is not None
    (area,) = checks.domains([domain]) if domain else (None,)
    first, last = checks.period(since, until)
    from dyadscope.analyse.indicators import indicators as run

    result = run(
        source if source is not None else (db or load_settings().db),
        chosen, by, domain=area, since=first, until=last, engine=engine, master=master,
    )  # fmt: skip
    return Indicators(
        pair=result.pair, by=result.by, domain=result.domain, series=result.series,
        estimates=result.estimates, trends=list(result.trends), ranks=list(result.ranks),
        notes=list(result.notes),
    )  # fmt: skip
