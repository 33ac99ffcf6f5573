"""Indicators: a continuous series of stories (cooperation and conflict by quad class,
else PLOVER type), Goldstein, trade and arms; ranks among each side's partners in the
right direction; the API and the command line."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from dyadscope import api
from dyadscope.analyse.aggregate import aggregate
from dyadscope.analyse.indicators import COLUMNS, indicators
from dyadscope.cli import app
from dyadscope.errors import UsageError
from dyadscope.store import Store

try:
    from .indicator_sample import fill
except ImportError:  # tests/analyse is not a package
    from indicator_sample import fill

PAIR = ("AZE", "PAK")
runner = CliRunner()


@pytest.fixture()
def filled(db_path: Path) -> Path:
    with Store(db_path) as store:
        fill(store)
    return db_path


def _rows(frame: pd.DataFrame, *columns: str) -> list[tuple]:
    return [tuple(r) for r in frame[["period", *columns]].itertuples(index=False)]


def test_series_is_continuous_and_counts_stories(filled: Path) -> None:
    series = indicators(filled, PAIR).series
    assert list(series.columns) == list(COLUMNS)
    assert _rows(series, "events", "cooperation", "conflict") == [
        ("2003", 1, 1, 0),  # two records of one signing: one story
        ("2004", 0, 0, 0),  # a quiet year is a row
        ("2005", 4, 2, 1),  # REQUEST is neither; ACCUSE without CAMEO is conflict
    ]
    row = series.set_index("period").loc["2005"]
    assert row["goldstein_mean"] == pytest.approx((-2.0 + 6.0 + 6.4) / 3)
    assert (row["exports"], row["imports"], row["trade_total"]) == (120.0, 30.0, 150.0)
    assert (row["tiv_ab"], row["tiv_ba"]) == (0.0, 10.0)
    assert math.isnan(series.set_index("period").loc["2004", "goldstein_mean"])


def test_series_uses_the_aggregate_definitions(filled: Path) -> None:
    """Same counts, means, trade and arms as `aggregate`, which counts the same stories."""
    mine = indicators(filled, PAIR, "month").series.set_index("period")
    theirs = aggregate(filled, PAIR, "month").set_index("period")
    assert list(mine.index) == list(theirs.index)
    for col in ("events", "goldstein_mean", "exports", "imports", "trade_total", "tiv_ba"):
        assert mine[col].fillna(-1).tolist() == theirs[col].fillna(-1).tolist(), col
    assert (mine["cooperation"] + mine["conflict"] <= mine["events"]).all()


def test_domain_filters_events_not_trade(filled: Path) -> None:
    run = indicators(filled, PAIR, domain="military")
    series = run.series.set_index("period")
    # the exercise and the transfer; 2003 has no military event and no trade figure
    assert series.index.tolist() == ["2005"] and series["events"].tolist() == [2]
    assert series.loc["2005", "trade_total"] == 150.0
    assert any("--domain military" in n for n in run.notes)


def test_since_and_until_give_the_rows_even_when_empty(filled: Path) -> None:
    series = indicators(filled, PAIR, since="2002", until="2006").series
    assert series["period"].tolist() == ["2002", "2003", "2004", "2005", "2006"]


RANKS = {
    # (focus, indicator): (rank, of) -- trade runs exporter -> importer, whoever reported it
    ("AZE", "exports"): (2, 2),  # TUR 500, PAK 120 (PAK's report of its imports)
    ("AZE", "imports"): (3, 3),  # TUR 400, RUS 50, PAK 30
    # TUR 900, PAK 150; RUS's total is unknown (one flow only); the World is no partner
    ("AZE", "trade_total"): (2, 2),
    ("AZE", "arms_imports"): (3, 3),  # RUS 100, ISR 50, PAK 10
    ("AZE", "arms_exports"): (None, 0),
    ("AZE", "cooperation"): (2, 4),  # TUR 4, PAK 3 (signing, exercise, transfer), RUS, ISR
    ("AZE", "conflict"): (2, 2),  # ARM 5, PAK 1
    ("PAK", "exports"): (1, 2),  # AZE 30, TUR 10
    ("PAK", "imports"): (2, 2),  # CHN 1000, AZE 120
    ("PAK", "trade_total"): (1, 1),  # CHN's and TUR's totals are unknown
    ("PAK", "arms_exports"): (1, 1),
    ("PAK", "arms_imports"): (None, 0),
    ("PAK", "cooperation"): (1, 1),
    ("PAK", "conflict"): (1, 1),
}


def test_ranks_among_each_sides_partners(filled: Path) -> None:
    ranks = {(r.focus, r.indicator): r for r in indicators(filled, PAIR).ranks}
    assert {k: (r.rank, r.partners) for k, r in ranks.items()} == RANKS
    assert ranks[("AZE", "trade_total")].value == 150.0
    assert ranks[("AZE", "trade_total")].leader == "TUR"
    assert ranks[("AZE", "trade_total")].sentence == (
        "PAK is AZE's 2nd partner by trade (of 2 with a known trade total; first: TUR)"
    )
    assert ranks[("AZE", "arms_exports")].sentence == (
        "AZE has no partner by arms exports in the store for the period"
    )
    # the reverse pair swaps the sides, not the numbers
    reverse = {(r.focus, r.indicator): (r.rank, r.partners)
               for r in indicators(filled, ("PAK", "AZE")).ranks}  # fmt: skip
    assert reverse == RANKS


def test_ranks_cover_the_selected_days_only(filled: Path) -> None:
    ranks = {(r.focus, r.indicator): r for r in indicators(filled, PAIR, until="2004").ranks}
    assert ranks[("AZE", "cooperation")].rank == 1  # the 2003 signing, nothing else yet
    assert ranks[("AZE", "trade_total")].partners == 0


def test_ties_share_a_rank(db_path: Path) -> None:
    try:
        from .aggregate_sample import obs
    except ImportError:
        from aggregate_sample import obs
    with Store(db_path) as store:
        store.insert_observations([obs("x1", "exports", "AZE", "PAK", 5.0, "2010"),
                                   obs("x2", "exports", "AZE", "TUR", 5.0, "2010"),
                                   obs("x3", "exports", "AZE", "RUS", 9.0, "2010")])
    ranks = {(r.focus, r.indicator): r for r in indicators(db_path, PAIR).ranks}
    tied = ranks[("AZE", "exports")]
    assert (tied.rank, tied.tied, tied.partners) == (2, 2, 3)
    assert "tied with 1 other" in tied.sentence


def test_api_takes_names_and_checks_arguments(filled: Path) -> None:
    result = api.indicators(("Azerbaijan", "Pakistan"), db=filled)
    assert result.pair == PAIR and len(result.series) == 3
    assert result.trends and all(t.note for t in result.trends)  # 3 periods: too short
    with pytest.raises(UsageError, match="Atlantis"):
        api.indicators(("AZE", "Atlantis"), db=filled)
    for kwargs in ({"by": "week"}, {"engine": "excel"}, {"domain": "sports"},
                   {"since": "2010", "until": "2005"}):  # fmt: skip
        with pytest.raises(UsageError):
            api.indicators(PAIR, db=filled, **kwargs)


def test_cli_json_prints_one_object_per_period_then_the_rest(filled: Path) -> None:
    result = runner.invoke(app, ["indicators", "--pair", "Azerbaijan", "PAK", "--json",
                                 "--db", str(filled)])  # fmt: skip
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    periods = [r for r in records if r["record"] == "period"]
    assert [p["period"] for p in periods] == ["2003", "2004", "2005"]
    assert records[:3] == periods  # periods first
    assert periods[2]["cooperation"] == 2 and periods[1]["goldstein_mean"] is None
    assert periods[2]["survey"] == []
    kinds = {r["record"] for r in records}
    assert kinds == {"period", "trend", "rank"}
    assert len([r for r in records if r["record"] == "rank"]) == 14


def test_cli_text_shows_series_change_points_and_ranks(filled: Path) -> None:
    result = runner.invoke(app, ["indicators", "--pair", "AZE", "PAK", "--db", str(filled)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "cooperation" in out and "Change points" in out and "too short" in out
    assert "PAK is AZE's 2nd partner by trade" in out


def test_cli_refuses_a_wrong_option_in_one_line(filled: Path) -> None:
    result = runner.invoke(app, ["indicators", "--pair", "AZE", "PAK", "--domain", "sport",
                                 "--db", str(filled)])  # fmt: skip
    assert result.exit_code == 2
    assert "--domain" in result.output


def test_an_empty_pair_exits_1(filled: Path) -> None:
    result = runner.invoke(app, ["indicators", "--pair", "IND", "CHL", "--db", str(filled)])
    assert result.exit_code == 1


def test_survey_estimates_go_to_their_fieldworks_period_apart_from_attention(
    filled: Path,
) -> None:
    from dyadscope.model import Estimate

    def estimate(answer: str, start: str | None, end: str | None) -> Estimate:
        return Estimate(
            survey="CB2004", question="FRNDCNTR", wording="Biggest friend?",
            population="Azerbaijan", answer=answer, n=1500, estimate=0.12, se=0.01,
            ci=(0.1, 0.14), ci_method="logit-t", weighted=True, design="test",
            fieldwork_start=start, fieldwork_end=end, pair=("AZE", "PAK"),
        )  # fmt: skip

    with Store(filled) as store:
        # December to January: one estimate, in the year of its fieldwork's midpoint
        store.save_estimates([estimate("35 Pakistan", "2004-12-15", "2005-01-20"),
                              estimate("8 Turkey", None, None)])  # fmt: skip
    run = indicators(filled, PAIR)
    series = run.series.set_index("period")
    assert series["survey_estimates"].tolist() == [0, 0, 1]
    assert run.estimates["period"].tolist() == ["2005"]
    assert run.estimates.iloc[0]["answer"] == "35 Pakistan"
    assert any("without fieldwork dates" in n for n in run.notes)
    assert series["attention_ab"].isna().all()  # no GDELT rows: no attention, and no mixing
    (y2005,) = [r for r in api.indicators(PAIR, db=filled).period_records()
                if r["period"] == "2005"]  # fmt: skip
    assert [s["estimate"] for s in y2005["survey"]] == [0.12]
