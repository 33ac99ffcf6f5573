"""Documents' events against event data-set rows (GDELT, ICEWS, POLECAT): by story
where the stories table has one, else by kind family, sides and date."""

from __future__ import annotations

import pytest
from finding_records import AZE, PAIR, PAK, UNDATED, day, doc_event, gdelt_row

from dyadscope.analyse.findings.check import check
from dyadscope.analyse.findings.thresholds import Thresholds
from dyadscope.model import Finding

VISIT = doc_event("v", "news", "Pakistan's prime minister visited Baku on 3 May 2024.",
                  kind="visit", domain="diplomatic", date=day("2024-05-03"))


def _of(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.type == kind]


@pytest.mark.parametrize(("when", "found"), [("2024-05-10", True), ("2024-05-11", False),
                                             ("2024-04-26", True), ("2024-04-25", False)])
def test_rows_within_the_date_slack_corroborate(when: str, found: bool) -> None:
    rows = [gdelt_row("g1", "visit", when)]
    findings = check(PAIR, [VISIT, *rows], [])
    assert bool(_of(findings, "corroboration")) is found
    assert bool(_of(findings, "unverified")) is not found
    wide = check(PAIR, [VISIT, *rows], [], thresholds=Thresholds(date_slack_days=30))
    assert _of(wide, "corroboration")


def test_kind_family_and_direction_must_agree() -> None:
    wrong_way = gdelt_row("g1", "visit", "2024-05-03", actors=(AZE, PAK))
    other_act = gdelt_row("g2", "criticism_hostility", "2024-05-03")
    [found] = _of(check(PAIR, [VISIT, wrong_way, other_act], []), "unverified")
    assert "GDELT 2.0 (2 rows for the pair)" in found.note and "within 7 days" in found.note
    talks = doc_event("t", "news", "The two sides held talks.", kind="negotiation",
                      domain="diplomatic", date=day("2024-05-03"))
    meeting = gdelt_row("g3", "meeting", "2024-05-04", actors=(AZE, PAK))
    assert _of(check(PAIR, [talks, meeting], []), "corroboration")  # one family, unordered


def test_the_most_mentioned_rows_are_quoted_and_all_are_counted() -> None:
    rows = [gdelt_row(f"g{i}", "visit", "2024-05-03", mentions=i) for i in range(1, 6)]
    [found] = _of(check(PAIR, [VISIT, *rows], []), "corroboration")
    assert [c.record for c in found.claims] == ["v", "g5", "g4", "g3"]
    assert "GDELT 2.0: 5 rows" in found.note


def test_a_story_joins_what_the_dates_alone_would_not() -> None:
    far = gdelt_row("g1", "visit", "2024-06-30")
    stories = {"v": ("s1", True), "g1": ("s1", True)}
    assert _of(check(PAIR, [VISIT, far], [], stories=stories), "corroboration")
    assert not _of(check(PAIR, [VISIT, far], []), "corroboration")


def test_other_events_are_unverified_only_where_an_event_data_set_has_rows() -> None:
    undated = doc_event("u", "news", "Pakistan's president visited Baku.", kind="visit",
                        domain="diplomatic", date=UNDATED)
    assert check(PAIR, [VISIT, undated], []) == []
    findings = check(PAIR, [VISIT, undated, gdelt_row("g1", "visit", "2024-05-03")], [])
    [found] = _of(findings, "unverified")
    assert "no date" in found.note
