"""Trade: Comtrade mirror gaps, documents' figures against Comtrade (fiscal years pro
rata), documents against each other; each threshold just inside and just outside."""

from __future__ import annotations

from pathlib import Path

import pytest
from finding_records import FIXTURES, PAIR, comtrade, fiscal, stated, year

from dyadscope import api
from dyadscope.analyse.findings.check import check
from dyadscope.analyse.findings.thresholds import Thresholds
from dyadscope.model import Finding


def _of(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.type == kind]


EXPORTED = comtrade("x", "exports", "PAK", "AZE", 100.0, "2015")


@pytest.mark.parametrize(("imported", "gap"), [(110.0, False), (110.01, True), (90.91, False),
                                               (90.9, True)])
def test_the_mirror_gap_threshold(imported: float, gap: bool) -> None:
    rows = [EXPORTED, comtrade("m", "imports", "AZE", "PAK", imported, "2015")]
    findings = check(PAIR, [], rows)
    kinds = [f.type for f in findings]
    assert kinds == (["mirror_gap"] if gap else ["corroboration"])
    assert [c.value for c in findings[0].claims] == [100.0, imported]
    assert "10%" in findings[0].note and "CIF" in findings[0].note and "FOB" in findings[0].note


def test_a_wider_threshold_is_an_option() -> None:
    rows = [EXPORTED, comtrade("m", "imports", "AZE", "PAK", 130.0, "2015")]
    assert _of(check(PAIR, [], rows), "mirror_gap")
    assert not _of(check(PAIR, [], rows, thresholds=Thresholds(mirror_gap=0.3)), "mirror_gap")


def test_only_the_same_flow_and_period_are_mirrors() -> None:
    rows = [EXPORTED, comtrade("m", "imports", "AZE", "PAK", 300.0, "2016"),
            comtrade("r", "imports", "PAK", "AZE", 300.0, "2015")]  # other year; other flow
    assert check(PAIR, [], rows) == []


def test_fixture_mirror_gap_through_the_store(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    api.import_data("comtrade", [FIXTURES / "findings" / "comtrade-mirror-2022.csv"], db=db)
    [gap] = api.check(("Germany", "China"), db=db)
    assert gap.type == "mirror_gap" and gap.pair == ("DEU", "CHN")
    assert [c.value for c in gap.claims] == [116_226_631_561, 206_642_208_248]
    assert gap.relative_difference == pytest.approx(206_642_208_248 / 116_226_631_561 - 1)
    [agree] = api.check(("CHN", "USA"), db=db)
    assert agree.type == "corroboration" and agree.relative_difference < 0.02


@pytest.mark.shared
def test_real_comtrade_sample_holds_a_mirror_gap(tmp_path: Path, shared: Path) -> None:
    sample = shared / "data" / "comtrade" / "nikolinanikolovska_Economic-Analysis-Trade-ML"
    if not sample.is_dir():
        pytest.skip("Comtrade sample not present")
    db = tmp_path / "c.duckdb"
    api.import_data("comtrade", [sample / "TradeData.csv"], db=db)
    [gap] = [f for f in api.check(("CHN", "DEU"), db=db) if f.type == "mirror_gap"]
    exported, imported = gap.claims
    assert exported.value == 116_226_631_561
    assert imported.value == pytest.approx(206_642_208_248.492)
    assert exported.source.dataset == imported.source.dataset == "comtrade"
    assert "H6|2022|X|156|276" in (exported.source.row or "")


# --- documents against Comtrade -----------------------------------------------------

SERIES = [comtrade("e13", "exports", "PAK", "AZE", 24e6, "2013"),
          comtrade("e14", "exports", "PAK", "AZE", 36e6, "2014")]  # fmt: skip


@pytest.mark.parametrize(("value", "agree"), [(30e6, True), (37.5e6, True), (37.51e6, False),
                                              (24e6, True), (23.99e6, False)])
def test_a_fiscal_year_is_compared_pro_rata_within_the_fiscal_tolerance(
    value: float, agree: bool
) -> None:
    """FY 2013-14 = half of 2013 (12M) + half of 2014 (18M) = 30M; 25% either way."""
    claim = stated("f", "paper", "exports", value, fiscal(2013))
    [found] = [f for f in check(PAIR, [], [claim, *SERIES]) if f.claims[0].record == "f"]
    assert found.type == ("corroboration" if agree else "contradiction")
    assert [c.record for c in found.claims] == ["f", "e13", "e14"]
    assert "pro rata" in found.note


@pytest.mark.parametrize(("value", "agree"), [(39.6e6, True), (39.61e6, False)])
def test_a_calendar_year_is_compared_within_the_trade_tolerance(value: float, agree: bool) -> None:
    claim = stated("c", "paper", "exports", value, year("2014"))
    [found] = [f for f in check(PAIR, [], [claim, *SERIES]) if f.claims[0].record == "c"]
    assert found.type == ("corroboration" if agree else "contradiction")
    assert "pro rata" not in found.note


def test_directions_and_totals_follow_the_exporter_importer_rule() -> None:
    rows = [comtrade("ai", "imports", "AZE", "PAK", 35e6, "2014"),   # PAK -> AZE, AZE's report
            comtrade("pi", "imports", "PAK", "AZE", 1e6, "2014")]    # AZE -> PAK, PAK's report
    # Pakistan's "imports from Azerbaijan" are the flow AZE -> PAK
    imports = stated("i", "paper", "imports", 1e6, year("2014"))
    total = stated("t", "paper", "trade_total", 36e6, year("2014"))
    findings = check(PAIR, [], [imports, total, *rows])
    by_claim = {f.claims[0].record: f for f in findings if f.claims[0].record in ("i", "t")}
    assert by_claim["i"].type == "corroboration" and by_claim["i"].claims[1].record == "pi"
    assert by_claim["t"].type == "corroboration"
    assert {c.record for c in by_claim["t"].claims[1:]} == {"ai", "pi"}


def test_what_comtrade_cannot_speak_to_is_unverified_with_the_reason() -> None:
    rice = stated("r", "paper", "exports", 23e6, fiscal(2013), commodity="rice")
    later = stated("l", "paper", "exports", 5e6, fiscal(2019))
    findings = check(PAIR, [], [rice, later, *SERIES])
    notes = {f.claims[0].record: f.note for f in _of(findings, "unverified")}
    assert "one commodity (rice)" in notes["r"]
    assert "years 2013, 2014" in notes["l"] and "2019-07 to 2020-06" in notes["l"]
    alone = check(PAIR, [], [later])
    assert _of(alone, "unverified")[0].note == "UN Comtrade: no rows for the pair in the store"


# --- documents against each other --------------------------------------------------


def test_two_documents_on_one_figure_agree_or_disagree() -> None:
    a = stated("a", "paper", "trade_total", 37.45e6, fiscal(2013), url="https://a.example/1")
    b = stated("b", "note", "trade_total", 37.45e6, fiscal(2013), url="https://b.example/2")
    c = stated("c", "blog", "trade_total", 45e6, fiscal(2013))
    agree = check(PAIR, [], [a, b])
    [found] = _of(agree, "corroboration")
    assert {x.record for x in found.claims} == {"a", "b"}
    disagree = check(PAIR, [], [a, c])
    [found] = _of(disagree, "contradiction")
    assert found.relative_difference == pytest.approx(45 / 37.45 - 1)
    assert [x.value for x in found.claims] == [37.45e6, 45e6]


def test_one_document_twice_a_copy_or_a_shared_footnote_is_not_corroboration() -> None:
    a = stated("a", "paper", "trade_total", 37.45e6, fiscal(2013), url="https://a.example/1")
    again = stated("a2", "paper", "trade_total", 37.45e6, fiscal(2013))
    copy = stated("k", "copy", "trade_total", 37.45e6, fiscal(2013))
    same_note = stated("n", "other", "trade_total", 37.45e6, fiscal(2013), url="https://a.example/1")
    assert not _of(check(PAIR, [], [a, again]), "corroboration")
    assert not _of(check(PAIR, [], [a, copy], copies={"copy": "paper"}), "corroboration")
    assert not _of(check(PAIR, [], [a, same_note]), "corroboration")
