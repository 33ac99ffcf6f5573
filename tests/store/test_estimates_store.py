"""The store's ``estimates`` table: survey figures saved and read back as ``Estimate``
records for a pair in either order (what the indicators read), replaced rather than
duplicated when saved again, and exported with the other tables."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dyadscope import api
from dyadscope.model import Estimate
from dyadscope.store import Store
from dyadscope.store.export import export_parquet

FIGURE = Estimate(
    survey="CB2011", question="FRNDCNTR", wording="Biggest friend of [country]",
    population="Azerbaijan", answer="8 Turkey", n=1478, estimate=0.903708, se=0.013366,
    ci=(0.8737, 0.927181), ci_method="logit-t", weighted=True,
    design="strata COUNTRY x SUBSTRATUM, clusters COUNTRY x PSU, weight INDWT",
    fieldwork_start="2011-10-01", fieldwork_end="2011-11-02", pair=("AZE", "TUR"), df=92,
    excluded=("-3 Interviewer error", "-7 Legal skip", "-9 Break-off"), source="cb.dta",
)  # fmt: skip


def test_estimates_round_trip_for_a_pair_in_either_order(tmp_path: Path) -> None:
    men = replace(FIGURE, group="RESPSEX = 1 Male", n=783, estimate=0.900971)
    pakistan = replace(FIGURE, answer="35 Pakistan", pair=("AZE", "PAK"), estimate=0.000935)
    with Store(tmp_path / "s.duckdb") as store:
        assert store.save_estimates([FIGURE, men, pakistan]) == 3
        assert store.estimates(("AZE", "TUR")) == [FIGURE, men]
        assert store.estimates(("TUR", "AZE")) == [FIGURE, men]
        assert store.estimates(("AZE", "PAK")) == [pakistan]
        assert store.estimates(("ARM", "TUR")) == []
        assert len(store.estimates()) == 3


def test_saving_the_same_figure_again_replaces_it(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.save_estimates([FIGURE])
        corrected = replace(FIGURE, fieldwork_start="2011-10", fieldwork_end="2011-11")
        store.save_estimates([corrected])
        assert store.estimates(("AZE", "TUR")) == [corrected]
        assert store.save_estimates([]) == 0


def test_the_api_says_no_survey_data_for_this_pair(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.save_estimates([FIGURE])
    assert api.survey_estimates(("Azerbaijan", "Turkey"), db=db) == [FIGURE]
    with pytest.raises(api.NoDataError, match=r"no survey data for this pair \(AZE-PAK\)"):
        api.survey_estimates(("AZE", "PAK"), db=db)


def test_a_store_from_before_survey_estimates_has_no_survey_data(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.con.execute("DROP TABLE estimates")
    with pytest.raises(api.NoDataError, match="no survey data for this pair"):
        api.survey_estimates(("AZE", "TUR"), db=db)


def test_estimates_are_exported_to_parquet(tmp_path: Path) -> None:
    import pandas as pd

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.save_estimates([FIGURE])
    written = export_parquet(db, tmp_path / "out", tables="estimates")
    frame = pd.read_parquet(written["estimates"])
    assert frame.loc[0, "actor1_code"] == "AZE" and frame.loc[0, "actor2_code"] == "TUR"
    assert frame.loc[0, "estimate"] == pytest.approx(0.903708)
