"""Attention in each side's press on a fixture whose counts are worked out by hand
(``tests/fixtures/attention``, written by ``tests/fixtures/make_attention_fixture.py``),
through the function, the API and the command; and on the real GDELT samples.

The fixture, pair AZE (A) - PAK (B). A mention is one mention row, or one GDELT
event without mention rows (counted for its SOURCEURL's outlet, dated by DATEADDED).

October 2019:
  AZE press (5): azernews.az and report.az on event 1001 (AZE-PAK: about PAK),
    trend.az on 1003 (AZE-TUR), apa.az on 1004 (IND-CHN), event 1005 by apa.az
    (AZE-RUS, no mention rows)                          -> 2 of 5 about PAK = 0.4
  PAK press (6): dawn.com on 1001 (about AZE), dawn.com, thenews.com.pk and geo.tv
    on 1002 (PAK-USA), dawn.com on 9999 (not in the store), event 1006 by geo.tv
    (PAK-IND)                                           -> 1 of 6 about AZE
  others: hurriyetdailynews.com (TUR), thehindu.com (IND), aljazeera.com (QAT),
    sputnik.az (RUS, by the outlets table), localpaper.com (unknown)
    -> 16 mentions, 1 unknown = 0.0625
November 2019:
  event 1007 (PAK-AZE, dated 30 September, added 5 November) by arynews.tv (PAK,
    about AZE), dawn.com on 1002 (PAK, not about AZE), event 1008 by localpaper.com
    (unknown)       -> PAK 1 of 2; no AZE volume: NaN; unknown 1 of 3
The year 2019: AZE 2 of 5 = 0.4; PAK 2 of 8 = 0.25; unknown 2 of 19.
"""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from dyadscope import api
from dyadscope.analyse.attention import attention
from dyadscope.cli import app
from dyadscope.errors import DyadscopeError, UsageError
from dyadscope.store import Store
from dyadscope.store.export import export_parquet
from dyadscope.store.importing import import_dataset

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "attention"
PAIR = ("AZE", "PAK")
COLUMNS = ["period", "attention_ab", "attention_ba", "mentions_ab", "mentions_ba",
           "volume_a", "volume_b", "unknown_share"]  # fmt: skip
runner = CliRunner()


def _load(path: Path | str, pair: tuple[str, str] | None = None) -> None:
    with Store(path) as store:
        summary = import_dataset(store, "gdelt", [FIXTURE], pair=pair)
        assert summary.total("quarantined") == 0


@pytest.fixture(scope="module")
def store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("attention") / "store.duckdb"
    _load(path)
    return path


def _rows(frame: pd.DataFrame) -> list[dict]:
    return frame.to_dict("records")


def test_monthly_shares_computed_by_hand(store_file: Path) -> None:
    frame = attention(store_file, PAIR, "month")
    assert list(frame.columns) == COLUMNS
    october, november = _rows(frame)
    assert october["period"] == "2019-10"
    assert (october["mentions_ab"], october["volume_a"]) == (2, 5)
    assert october["attention_ab"] == pytest.approx(0.4)
    assert (october["mentions_ba"], october["volume_b"]) == (1, 6)
    assert october["attention_ba"] == pytest.approx(1 / 6)
    assert october["unknown_share"] == pytest.approx(1 / 16)
    assert november["period"] == "2019-11"
    assert (november["mentions_ab"], november["volume_a"]) == (0, 0)
    assert math.isnan(november["attention_ab"])  # no AZE volume: no share, not 0
    assert (november["mentions_ba"], november["volume_b"]) == (1, 2)
    assert november["attention_ba"] == pytest.approx(0.5)
    assert november["unknown_share"] == pytest.approx(1 / 3)


def test_yearly_and_the_other_direction(store_file: Path) -> None:
    (year,) = _rows(attention(store_file, PAIR, "year"))
    assert year["period"] == "2019"
    assert (year["mentions_ab"], year["volume_a"], year["mentions_ba"], year["volume_b"]) == (
        2, 5, 2, 8)  # fmt: skip
    assert year["attention_ab"] == pytest.approx(0.4)
    assert year["attention_ba"] == pytest.approx(0.25)
    assert year["unknown_share"] == pytest.approx(2 / 19)
    (turned,) = _rows(attention(store_file, ("PAK", "AZE"), "year"))
    assert turned["attention_ab"] == pytest.approx(0.25)
    assert turned["attention_ba"] == pytest.approx(0.4)


def test_notes_label_the_proxy_and_state_the_caveats(store_file: Path) -> None:
    frame = attention(store_file, PAIR)
    notes = " | ".join(frame.attrs["notes"])
    assert "proxy for awareness" in frame.attrs["measure"]
    assert "proxy for awareness" in notes and "no survey figure" in notes
    assert "only what was imported" in notes
    assert "4 of the 19 mentions are GDELT events without mention rows" in notes
    assert "not in the store: 1 (5.3%)" in notes
    assert "10.5% of the volume (2 of 19 mentions)" in notes and "localpaper.com (2)" in notes
    assert frame.attrs["pair"] == PAIR


def test_bounds_pick_publication_periods(store_file: Path) -> None:
    frame = attention(store_file, PAIR, "month", since="2019-11")
    assert frame["period"].tolist() == ["2019-11"]
    assert attention(store_file, PAIR, "month", until="2019-10")["period"].tolist() == [
        "2019-10"]  # fmt: skip
    assert attention(store_file, PAIR, since="2020").empty


def test_own_outlets_file_moves_unknown_volume(store_file: Path, tmp_path: Path) -> None:
    mine = tmp_path / "outlets.tsv"
    mine.write_text("domain\tiso3\tname\nlocalpaper.com\tAZE\tA local paper\n", "utf-8")
    october, november = _rows(attention(store_file, PAIR, "month", outlets=[mine]))
    # localpaper.com's mention of 1001 (about PAK) joins AZE's October volume
    assert (october["mentions_ab"], october["volume_a"]) == (3, 6)
    assert october["unknown_share"] == 0.0
    assert (november["mentions_ab"], november["volume_a"]) == (0, 1)
    assert november["attention_ab"] == 0.0


def test_a_pair_filtered_import_gives_no_share(tmp_path: Path) -> None:
    """Imported with --pair, the store holds only the pair's coverage: AZE's press
    would be "100% about PAK". The share is left empty, with the reason."""
    path = tmp_path / "paired.duckdb"
    _load(path, PAIR)
    frame = attention(path, PAIR, "year")
    assert not frame.empty
    assert frame["attention_ab"].isna().all() and frame["attention_ba"].isna().all()
    assert frame["volume_a"].iloc[0] == frame["mentions_ab"].iloc[0] == 2  # all "about PAK"
    notes = " ".join(frame.attrs["notes"])
    assert "shares cannot be computed" in notes and "--pair" in notes


def test_a_whole_import_after_a_pair_import_gives_shares_again(tmp_path: Path) -> None:
    path = tmp_path / "both.duckdb"
    _load(path, PAIR)
    _load(path)
    (year,) = _rows(attention(path, PAIR, "year"))
    assert year["attention_ab"] == pytest.approx(0.4)
    assert year["attention_ba"] == pytest.approx(0.25)


def test_parquet_input_gives_the_same(store_file: Path, tmp_path: Path) -> None:
    export_parquet(store_file, tmp_path / "pq", ["events", "mentions", "imports"])
    expected = attention(store_file, PAIR, "month")
    got = attention(tmp_path / "pq", PAIR, "month")
    pd.testing.assert_frame_equal(got, expected)
    assert got.attrs["notes"] == expected.attrs["notes"]
    # without the imports table the import filters cannot be checked: said so
    export_parquet(store_file, tmp_path / "bare", ["events", "mentions"])
    bare = attention(tmp_path / "bare", PAIR, "month")
    pd.testing.assert_frame_equal(bare, expected)
    assert any("no imports table" in n for n in bare.attrs["notes"])


def test_no_gdelt_volume_is_an_empty_frame(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    Store(path).close()
    frame = attention(path, PAIR)
    assert frame.empty and list(frame.columns) == COLUMNS


def test_wrong_arguments(store_file: Path) -> None:
    with pytest.raises(DyadscopeError, match="by must be"):
        attention(store_file, PAIR, "week")
    with pytest.raises(DyadscopeError, match="engine"):
        attention(store_file, PAIR, engine="oracle")
    with pytest.raises(DyadscopeError, match="two different"):
        attention(store_file, ("AZE", "AZE"))


def test_the_api_checks_and_names(store_file: Path) -> None:
    frame = api.attention(("Azerbaijan", "Pakistan"), by="month", db=store_file)
    assert frame.attrs["pair"] == PAIR
    assert frame["volume_a"].tolist() == [5, 0]
    with pytest.raises(UsageError, match="did you mean PAK"):
        api.attention(("AZE", "PAKK"), db=store_file)
    with pytest.raises(DyadscopeError, match="since"):
        api.attention(PAIR, db=store_file, since="2020", until="2019")


def test_the_command(store_file: Path) -> None:
    result = runner.invoke(
        app, ["attention", "--pair", "AZE", "PAK", "--by", "month", "--db", str(store_file)]
    )
    assert result.exit_code == 0, result.output
    assert "proxy for awareness" in result.stdout
    assert "40.0% (2 of 5)" in result.stdout and "n/a (0 of 0)" in result.stdout
    result = runner.invoke(
        app, ["attention", "--pair", "AZE", "PAK", "--json", "--db", str(store_file)]
    )
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert record["attention_ba"] == pytest.approx(0.25) and record["volume_b"] == 8
    result = runner.invoke(
        app, ["attention", "--pair", "AZE", "PAK", "--csv", "--db", str(store_file),
              "--by", "month"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    got = pd.read_csv(io.StringIO(result.stdout), dtype={"period": str})
    assert got["volume_b"].tolist() == [6, 2] and math.isnan(got["attention_ab"].iloc[1])


def test_the_command_refuses_and_reports(store_file: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["attention", "--pair", "AZE", "PAK", "--db",
                                  str(tmp_path / "none.duckdb")])  # fmt: skip
    assert missing.exit_code == 2 and "--db" in missing.output
    wrong = runner.invoke(app, ["attention", "--pair", "AZE", "PAKK", "--db", str(store_file)])
    assert wrong.exit_code == 2 and "did you mean PAK" in wrong.output
    empty = runner.invoke(app, ["attention", "--pair", "AZE", "PAK", "--since", "2021",
                                "--db", str(store_file)])  # fmt: skip
    assert empty.exit_code == 1 and "no GDELT mentions" in empty.output


@pytest.mark.shared
def test_real_gdelt_samples(shared: Path, tmp_path: Path) -> None:
    """The 2019-10-24 2.0 export, the 2016 1.0 slice and the 2017 mentions sample.
    India and Pakistan are both there: India's press (Times of India, Daily Excelsior,
    Forbes India ...) covers Pakistan, Pakistan's (Newsweek Pakistan, the .pk sites)
    less so in these files. The mentions sample's events are not in the files."""
    folder = shared / "data" / "gdelt"
    files = [folder / n for n in ("20191024143000.export.CSV", "events.csv",
                                  "mentionssamp.csv")]  # fmt: skip
    if not all(f.is_file() for f in files):
        pytest.skip("GDELT samples not present")
    path = tmp_path / "gdelt.duckdb"
    with Store(path) as store:
        import_dataset(store, "gdelt", files)
    frame = attention(path, ("IND", "PAK"), "year")
    assert frame["period"].tolist() == ["2016", "2017", "2019"]
    by_period = frame.set_index("period")
    row = by_period.loc["2019"]
    assert row["volume_a"] >= 20 and row["volume_b"] >= 3
    assert 1 <= row["mentions_ab"] <= row["volume_a"]
    assert 0 < row["attention_ab"] < 0.5  # a real share, not an artefact near 100%
    assert 0 <= row["attention_ba"] <= 1
    assert 0.2 < row["unknown_share"] < 0.9  # many local outlets on .com: said, not hidden
    notes = " ".join(frame.attrs["notes"])
    assert "not in the store" in notes and "unknown" in notes
    usa_gbr = attention(path, ("USA", "GBR"), "year").set_index("period").loc["2019"]
    assert usa_gbr["volume_a"] > 100 and usa_gbr["volume_b"] > 100
    assert 0 < usa_gbr["attention_ab"] < 0.5 and 0 < usa_gbr["attention_ba"] < 0.5


def test_raw_gdelt_files_are_read_whole(store_file: Path) -> None:
    """A folder of GDELT files is imported into memory without any filter (the
    shares need each press's whole volume): the same figures as the store."""
    got = attention(FIXTURE, PAIR, "month")
    pd.testing.assert_frame_equal(got, attention(store_file, PAIR, "month"))
