"""Documents against documents: the number of jets, the value of a deal, whether it
was signed, when; on real reporting (fixtures) and on hand-made records at each
threshold's edge."""

from __future__ import annotations

import pytest
from finding_records import (
    AZE,
    FIXTURES,
    PAIR,
    PAK,
    count,
    day,
    doc_event,
    money,
    month,
    year,
)

from dyadscope import api
from dyadscope.analyse.findings.check import check
from dyadscope.analyse.findings.thresholds import Thresholds
from dyadscope.model import DateRef, Event, Finding

JF17 = FIXTURES / "findings"


def _of(findings: list[Finding], kind: str, field: str | None = None) -> list[Finding]:
    return [f for f in findings if f.type == kind and (field is None or f.field == field)]


def _compared(findings: list[Finding]) -> list[Finding]:
    """What comparing documents concluded (SIPRI's absence makes the rest unverified)."""
    return [f for f in findings if f.type != "unverified"]


@pytest.fixture(scope="module")
def reporting(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    db = tmp_path_factory.mktemp("jf17") / "s.duckdb"
    api.ingest(sorted(JF17.glob("jf17-*.txt")), db=db)
    return api.check(("AZE", "PAK"), db=db)


def test_outlets_give_different_numbers_of_jets_for_the_february_2024_deal(
    reporting: list[Finding],
) -> None:
    [found] = _of(reporting, "contradiction", "quantity")
    assert sorted(c.value for c in found.claims) == [8, 16]
    assert found.relative_difference == 1.0
    urls = {c.source.citations[0].url for c in found.claims}
    assert any("republicworld.com" in (u or "") for u in urls)
    assert any("bakunetwork.org" in (u or "") for u in urls)
    assert "JF-17 Thunder" in found.subject


def test_they_agree_on_the_value(reporting: list[Finding]) -> None:
    [found] = _of(reporting, "corroboration", "value")
    assert [c.value for c in found.claims] == [1.6e9, 1.6e9] and found.relative_difference == 0


def test_an_agreement_in_2011_against_no_contract_in_november_2011(
    reporting: list[Finding],
) -> None:
    [found] = _of(reporting, "contradiction", "status")
    act, denial = found.claims
    assert act.value == "actual" and denial.value == "negated"
    assert "idrw.org" in (act.source.citations[0].url or "")
    assert "eurasianet.org" in (denial.source.citations[0].url or "")
    assert "No contract" in (denial.source.sentence or "")


# --- thresholds on hand-made records -----------------------------------------------

def _deal(eid: str, doc: str, when: DateRef, *, jets: float | None = None,
          value: float | None = None, status: str = "actual", weapon: str = "JF-17",
          url: str | None = None) -> Event:
    quantities = [count(jets, f"{weapon} jet")] if jets else []
    quantities += [money(value)] if value else []
    return doc_event(eid, doc, f"A deal for {weapon} jets was signed.", kind="agreement_signed",
                     date=when, status=status, actors=(AZE, PAK), quantities=tuple(quantities),
                     url=url)


@pytest.mark.parametrize(("other", "agree"), [(1.76e9, True), (1.77e9, False)])
def test_the_value_tolerance(other: float, agree: bool) -> None:
    a = _deal("a", "one", month("2024-02"), value=1.6e9)
    b = _deal("b", "two", month("2024-02"), value=other)
    findings = check(PAIR, [a, b], [])
    assert _of(findings, "corroboration" if agree else "contradiction", "value")


@pytest.mark.parametrize(("gap_days", "same"), [(7, True), (8, False)])
def test_the_date_slack_decides_whether_undescribed_deals_are_one(gap_days: int,
                                                                  same: bool) -> None:
    a = doc_event("a", "one", "They signed a deal.", kind="agreement_signed",
                  date=day("2024-02-01"), quantities=(money(1.6e9),))
    b = doc_event("b", "two", "They signed a deal.", kind="agreement_signed",
                  date=day(f"2024-02-{1 + gap_days:02d}"), quantities=(money(4.6e9),))
    assert bool(_of(check(PAIR, [a, b], []), "contradiction")) is same


def test_different_weapons_or_years_are_different_deals() -> None:
    a = _deal("a", "one", year("2024"), jets=8)
    b = _deal("b", "two", year("2024"), jets=16, weapon="Su-30")
    c = _deal("c", "three", year("2020"), jets=16)
    assert not _compared(check(PAIR, [a, b], [])) and not _compared(check(PAIR, [a, c], []))


@pytest.mark.parametrize(("act", "window", "contradicts"), [
    ("2011-01-05", 365, True),     # 300 days before the denial (2011-11-01)
    ("2011-01-05", 299, False),    # beyond a shorter window
    ("2011-12-01", 365, False),    # after the denial: it may simply have come later
])  # fmt: skip
def test_the_status_window(act: str, window: int, contradicts: bool) -> None:
    signed = _deal("a", "one", day(act))
    denied = _deal("b", "two", day("2011-11-01"), status="negated")
    findings = check(PAIR, [signed, denied], [], thresholds=Thresholds(status_window_days=window,
                                                                       date_slack_days=0))
    assert bool(_of(findings, "contradiction", "status")) is contradicts


def test_a_denial_of_another_weapon_or_in_the_same_document_is_no_contradiction() -> None:
    signed = _deal("a", "one", year("2011"))
    other_weapon = _deal("b", "two", month("2011-11"), status="negated", weapon="Su-30")
    same_doc = _deal("c", "one", month("2011-11"), status="negated")
    assert not _of(check(PAIR, [signed, other_weapon], []), "contradiction")
    assert not _of(check(PAIR, [signed, same_doc], []), "contradiction")


def test_the_same_deal_dated_years_apart() -> None:
    a = doc_event("a", "one", "Pakistan sold 10 Super Mushshak aircraft to Azerbaijan.",
                  date=year("2017"), quantities=(count(10, "Super Mushshak aircraft"),))
    b = doc_event("b", "two", "Pakistan sold 10 Super Mushshak aircraft to Azerbaijan.",
                  date=year("2014"), quantities=(count(10, "Super Mushshak aircraft"),))
    [found] = _of(check(PAIR, [a, b], []), "contradiction", "date")
    assert "3 years apart" in found.note
    assert not _of(check(PAIR, [a, b], [], thresholds=Thresholds(arms_year_slack=3)),
                   "contradiction", "date")


def test_copies_are_one_source_and_make_a_duplicate_finding() -> None:
    a = _deal("a", "original", month("2024-02"), jets=8, value=1.6e9)
    b = _deal("b", "copy", month("2024-02"), jets=16, value=1.6e9)
    findings = _compared(check(PAIR, [a, b], [], copies={"copy": "original"}))
    assert [f.type for f in findings] == ["duplicate"]
    assert [c.record for c in findings[0].claims] == ["b", "a"]


def test_two_documents_resting_on_one_footnote_do_not_corroborate() -> None:
    a = _deal("a", "one", month("2024-02"), value=1.6e9, url="https://news.example/jf17")
    b = _deal("b", "two", month("2024-02"), value=1.6e9, url="https://news.example/jf17")
    assert not _of(check(PAIR, [a, b], []), "corroboration")
