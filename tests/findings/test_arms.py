"""Documents' arms claims against SIPRI rows: weapon family, sides, years, numbers,
values; each threshold just inside and just outside."""

from __future__ import annotations

from pathlib import Path

import pytest
from finding_records import (
    AZE,
    FIXTURES,
    PAIR,
    PAK,
    UNDATED,
    count,
    doc_event,
    money,
    sipri_row,
    year,
)

from dyadscope import api
from dyadscope.analyse.findings.check import check
from dyadscope.analyse.findings.thresholds import Thresholds
from dyadscope.model import Actor, DateRef, Event, Finding

MUSHSHAK = sipri_row("s1", "MFI-17 Supporter", "trainer aircraft", 2017, 10, 10, "2018",
                     comment="Super Mushshak version")
SENTENCE = "Azerbaijan has purchased 10 Super Mushshak trainer aircrafts from Pakistan."


def _claim(number: float = 10, date: DateRef = UNDATED,
           actors: tuple[Actor, Actor] = (PAK, AZE)) -> Event:
    return doc_event("d1", "paper", SENTENCE, date=date, actors=actors,
                     quantities=(count(number, "Super Mushshak trainer aircraft"),))


def _of(findings: list[Finding], kind: str, field: str | None = None) -> list[Finding]:
    return [f for f in findings if f.type == kind and (field is None or f.field == field)]


def test_super_mushshak_and_the_mfi17_row_corroborate() -> None:
    findings = check(PAIR, [_claim(), MUSHSHAK], [])
    [found] = _of(findings, "corroboration", "quantity")
    assert [c.record for c in found.claims] == ["d1", "s1"]
    assert found.claims[0].source.sentence == SENTENCE
    assert found.claims[1].source.dataset == "sipri" and found.claims[1].source.row == "row-s1"
    assert found.relative_difference == 0
    assert "MFI-17 Mushshak" in found.note and "undated" in found.note
    assert not _of(findings, "unverified")


def test_another_number_contradicts_and_the_count_tolerance_decides() -> None:
    findings = check(PAIR, [_claim(11), MUSHSHAK], [])
    [found] = _of(findings, "contradiction", "quantity")
    assert found.relative_difference == pytest.approx(0.1)
    assert [c.value for c in found.claims] == [11, 10]
    inside = check(PAIR, [_claim(11), MUSHSHAK], [], thresholds=Thresholds(count_tolerance=0.1))
    assert _of(inside, "corroboration", "quantity")
    outside = check(PAIR, [_claim(11), MUSHSHAK], [], thresholds=Thresholds(count_tolerance=0.099))
    assert _of(outside, "contradiction", "quantity")


def test_years_within_the_slack_fit_and_beyond_it_the_date_contradicts() -> None:
    inside = check(PAIR, [_claim(date=year("2016")), MUSHSHAK], [])  # 2017 - 1
    assert _of(inside, "corroboration", "quantity")
    outside = check(PAIR, [_claim(date=year("2015")), MUSHSHAK], [])
    [found] = _of(outside, "contradiction", "date")
    assert "2015" in found.note and "ordered 2017" in found.note
    wider = check(PAIR, [_claim(date=year("2015")), MUSHSHAK], [],
                  thresholds=Thresholds(arms_year_slack=2))
    assert _of(wider, "corroboration", "quantity")
    after = check(PAIR, [_claim(date=year("2019")), MUSHSHAK], [])  # last delivery 2018 + 1
    assert _of(after, "corroboration", "quantity")


def test_the_wrong_direction_or_another_weapon_is_unverified_with_what_was_searched() -> None:
    backwards = _claim(actors=(AZE, PAK))
    findings = check(PAIR, [backwards, MUSHSHAK], [])
    [found] = _of(findings, "unverified")
    assert "SIPRI: 0 rows for these sides" in found.note
    jets = doc_event("d2", "news", "Pakistan sold 8 JF-17 jets to Azerbaijan in 2017.",
                     date=year("2017"), quantities=(count(8, "JF-17 jet"),))
    [found] = _of(check(PAIR, [jets, MUSHSHAK], []), "unverified")
    assert "SIPRI: 1 row for these sides" in found.note and "none of this weapon" in found.note
    alone = check(PAIR, [jets], [])
    assert "import the SIPRI trade register" in _of(alone, "unverified")[0].note


def test_a_claim_naming_no_listed_weapon_is_matched_on_the_kind_of_item() -> None:
    corvettes = doc_event("d4", "news", "Pakistan sold 4 corvettes to Azerbaijan in 2017.",
                          date=year("2017"), quantities=(count(4, "corvettes"),))
    [found] = check(PAIR, [corvettes, MUSHSHAK], [])
    assert found.type == "unverified" and "none of this weapon" in found.note
    trainers = doc_event("d5", "news", "Pakistan sold 10 trainer aircraft to Azerbaijan in 2017.",
                         date=year("2017"), quantities=(count(10, "trainer aircraft"),))
    [found] = check(PAIR, [trainers, MUSHSHAK], [])
    assert (found.type, found.field) == ("corroboration", "quantity")


def test_a_deal_value_is_compared_with_the_value_in_sipris_comment() -> None:
    row = sipri_row("s2", "Heron", "UAV", 2011, 5, 5, "2013", comment="Part of $1.6 b deal",
                    actors=(PAK, AZE))
    claim = doc_event("d3", "news", "Pakistan signed a $1.5 billion deal for 5 Heron UAVs.",
                      kind="agreement_signed", date=year("2011"),
                      quantities=(money(1.5e9), count(5, "Heron UAV")))
    findings = check(PAIR, [claim, row], [])
    value = _of(findings, "corroboration", "value")  # 1.6 / 1.5 - 1 = 6.7% <= 10%
    assert value and value[0].relative_difference == pytest.approx(1 / 15)
    strict = check(PAIR, [claim, row], [], thresholds=Thresholds(value_tolerance=0.06))
    assert _of(strict, "contradiction", "value")


def test_fixture_news_report_and_sipri_fixture_through_the_store(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    api.ingest([FIXTURES / "findings" / "super-mushshak-2017.txt"], db=db)
    api.import_data("sipri", [FIXTURES / "datasets" / "sipri"], db=db)
    findings = api.check(("Azerbaijan", "Pakistan"), db=db)
    found = [f for f in _of(findings, "corroboration", "quantity")
             if "Super Mushshak" in (f.claims[0].source.sentence or "")]
    assert found and found[0].claims[1].source.dataset == "sipri"
    assert found[0].claims[0].source.citations[0].url.startswith("http://nation.com.pk/")


@pytest.mark.shared
def test_seed_paper_and_the_sipri_register(tmp_path: Path, seed_paper: Path, shared: Path) -> None:
    register = shared / "data" / "sipri" / "trade-register.csv"
    if not register.is_file():
        pytest.skip("SIPRI register not present")
    db = tmp_path / "seed.duckdb"
    api.ingest([seed_paper], db=db)
    api.import_data("sipri", [register], db=db, pair=("AZE", "PAK"))
    findings = api.check(("AZE", "PAK"), db=db)
    [found] = _of(findings, "corroboration", "quantity")
    paper, row = found.claims
    assert "10 Super Mushshak trainer aircrafts" in (paper.source.sentence or "")
    assert paper.source.citations[0].label == "12" and paper.source.start is not None
    assert row.source.dataset == "sipri" and row.value == 10
    assert row.period is not None and row.period.start == "2017"
    assert "MFI-17 Supporter" in found.note and found.relative_difference == 0
