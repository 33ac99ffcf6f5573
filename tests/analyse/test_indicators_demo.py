"""`dyadscope indicators --pair AZE PAK` end to end: the demo store, then the demo store
with the shared data samples (GDELT, ICEWS, SIPRI, Comtrade) imported; the shared
part is skipped where ../shared is absent."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadscope import api
from dyadscope.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("demo")
    api.demo(out)
    yield out / "demo.duckdb"


@pytest.fixture(scope="module")
def with_shared(demo_db: Path, shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = shared / "data"
    db = tmp_path_factory.mktemp("shared") / "demo-shared.duckdb"
    shutil.copy(demo_db, db)
    gdelt = data / "gdelt"
    api.import_data("gdelt", [gdelt / "20191024143000.export.CSV", gdelt / "events.csv",
                              gdelt / "mentionssamp.csv"], db=db)  # fmt: skip
    api.import_data("icews", [data / "icews" / "events.2018.sample.tab"], db=db)
    api.import_data("sipri", [data / "sipri" / "trade-register.csv"], db=db)
    comtrade = data / "comtrade"
    api.import_data("comtrade", [
        comtrade / "Yingjie4Science_SDGs_Metacoupling" / "comtrade.csv",
        comtrade / "Ntacyica_cement" / "comtrade.csv",
        comtrade / "Ntacyica_cement" / "comtrade (1).csv",
        comtrade / "nikolinanikolovska_Economic-Analysis-Trade-ML" / "TradeData.csv",
    ], db=db)  # fmt: skip
    # Azerbaijanis naming Pakistan their country's biggest friend, Caucasus Barometer 2011
    api.survey_import(
        data / "surveys" / "crrc-cb2011" / "CB2011_Regional_only_responses_1202012.dta",
        question="FRNDCNTR", answer=35, where="COUNTRY=2", weight="INDWT",
        strata="COUNTRY,SUBSTRATUM", cluster="COUNTRY,PSU", fieldwork="2011-10-01/2011-11-02",
        db=db,
    )  # fmt: skip
    return db


def _run(db: Path, *extra: str) -> str:
    result = runner.invoke(app, ["indicators", "--pair", "AZE", "PAK", "--db", str(db), *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


def _continuous(periods: list[str]) -> bool:
    years = [int(p) for p in periods]
    return years == list(range(years[0], years[-1] + 1))


def test_demo_store(demo_db: Path) -> None:
    out = _run(demo_db)
    assert "Change points (PELT" in out and "Ranks among each side's partners" in out
    records = [json.loads(line) for line in _run(demo_db, "--json").splitlines()]
    periods = [r["period"] for r in records if r["record"] == "period"]
    assert periods[0] == "1991" and _continuous(periods)
    said = [r for r in records if r["record"] == "change_point" and r["said"]]
    # the demo corpus's support in the 2020 war and the Islamabad declaration of 13 January
    # 2021 are two acts, so cooperation rises after 2020
    assert [r["sentence"].split(":")[0] for r in said] == ["cooperation rose after 2020"]


@pytest.mark.shared
def test_demo_store_with_the_shared_samples(with_shared: Path) -> None:
    out = _run(with_shared)
    assert "PAK is AZE's" in out and "by arms imports" in out
    result = api.indicators(("AZE", "PAK"), db=with_shared)
    assert _continuous(result.series["period"].tolist())
    ranks = {(r.focus, r.indicator): r for r in result.ranks}
    # SIPRI's 2017 Super Mushshak deal: PAK supplies AZE, not the other way round
    assert ranks[("AZE", "arms_imports")].rank is not None
    assert ranks[("PAK", "arms_exports")].rank is not None
    assert ranks[("AZE", "arms_exports")].partners == 0  # AZE supplies no one in SIPRI
    assert ranks[("PAK", "arms_imports")].rank is None and ranks[("PAK", "arms_imports")].partners
    series = result.series.set_index("period")
    assert series.loc["2017", "tiv_ba"] > 0 and series.loc["2017", "tiv_ab"] == 0
    # the survey figure sits in its fieldwork's year, apart from press attention
    assert series["survey_estimates"].sum() == 1 and series.loc["2011", "survey_estimates"] == 1
    (estimate,) = result.estimates.to_dict("records")
    assert (estimate["period"], estimate["question"], estimate["answer"]) == (
        "2011", "FRNDCNTR", "35 Pakistan")
    assert 0 < estimate["estimate"] < 0.01
    assert "Survey estimates" in out and "FRNDCNTR = 35 Pakistan" in out
    records = [json.loads(line) for line in _run(with_shared, "--json").splitlines()]
    (in_2011,) = [r for r in records if r["record"] == "period" and r["period"] == "2011"]
    assert [s["answer"] for s in in_2011["survey"]] == ["35 Pakistan"]
