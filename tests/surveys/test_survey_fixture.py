"""Survey estimates on the made-up CSV fixture (``tests/fixtures/surveys``), so that
every code path runs where the real files are absent: labels from the codebook,
answers and populations by code or label, exclusions and their defaults, groups,
rare and absent answers, unweighted designs, and the figures checked against the
textbook with-replacement linearisation written out here."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from dyadscope import api
from dyadscope.errors import UsageError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "surveys"
MINI = FIXTURES / "mini.csv"
DESIGN = {"weight": "WT", "strata": "COUNTRY,STRATUM", "cluster": "COUNTRY,PSU"}


def _rows() -> list[dict[str, float]]:
    with MINI.open(encoding="utf-8") as handle:
        return [{k: float(v) for k, v in row.items()} for row in csv.DictReader(handle)]


def _by_hand(answer: float, country: float, excluded: tuple[float, ...]) -> tuple[float, float]:
    """The ratio estimator and its Taylor variance, with replacement, PSUs within strata
    (Wolter 2007, ch. 6), every stratum of both countries kept: the domain's scores are
    zero outside it."""
    rows = _rows()
    w = np.array([r["WT"] for r in rows])
    d = np.array([r["COUNTRY"] == country and r["FRIEND"] not in excluded for r in rows], float)
    y = np.array([r["FRIEND"] == answer for r in rows], float)
    share = float((w * d * y).sum() / (w * d).sum())
    score = w * d * (y - share) / (w * d).sum()
    variance = 0.0
    strata = {(r["COUNTRY"], r["STRATUM"]) for r in rows}
    for stratum in strata:
        psus: dict[float, float] = {}
        for r, z in zip(rows, score, strict=True):
            if (r["COUNTRY"], r["STRATUM"]) == stratum:
                psus[r["PSU"]] = psus.get(r["PSU"], 0.0) + float(z)
        totals = np.array(list(psus.values()))
        m = len(totals)
        variance += m / (m - 1) * float(((totals - totals.mean()) ** 2).sum())
    return share, variance**0.5


def test_the_share_and_se_are_the_textbook_linearisation() -> None:
    result = api.survey_estimate(MINI, question="FRIEND", answer=1, where="COUNTRY=2", **DESIGN)
    share, se = _by_hand(1.0, 2.0, (-3.0, -7.0, -9.0))
    estimate = result.estimates[0]
    assert estimate.estimate == pytest.approx(share, rel=1e-9)
    assert estimate.se == pytest.approx(se, rel=1e-9)
    assert estimate.df == 12 * 1 - 3  # Azerbaijan's 12 PSUs less its 3 strata
    assert estimate.ci[0] < estimate.estimate < estimate.ci[1]


def test_answers_and_populations_by_label_or_code_are_the_same_figure() -> None:
    by_code = api.survey_estimate(MINI, question="FRIEND", answer=1, where="COUNTRY=2", **DESIGN)
    by_label = api.survey_estimate(
        MINI, question="friend", answer="turkey", where={"COUNTRY": "Azerbaijan"}, **DESIGN
    )
    assert by_code.estimates == by_label.estimates


def test_the_records_carry_wording_and_answer_labels_from_the_codebook() -> None:
    record = api.survey_estimate(
        MINI, question="FRIEND", answer="Pakistan", where="COUNTRY=2", survey="MINI",
        population="Azerbaijan, adults 18+", fieldwork="2011-10-01/2011-11-02", **DESIGN,
    ).estimates[0].to_record()  # fmt: skip
    assert record["record"] == "estimate"
    assert record["survey"] == "MINI"
    assert record["wording"] == "Which country is the biggest friend of your country?"
    assert record["answer"] == "3 Pakistan"
    assert record["population"] == "Azerbaijan, adults 18+"
    assert record["fieldwork"] == {"start": "2011-10-01", "end": "2011-11-02"}
    assert record["design"] == "strata COUNTRY x STRATUM, clusters COUNTRY x PSU, weight WT"
    assert record["weighted"] is True
    assert record["excluded"] == ["-3 Interviewer error", "-7 Legal skip", "-9 Break-off"]
    assert record["pair"] is None


def test_exclusion_defaults_and_the_codes_kept_are_said() -> None:
    notes = api.survey_estimate(MINI, question="FRIEND", answer=1, **DESIGN).notes
    assert "population: all 192 respondents of mini.csv (no --where)" in notes
    assert ("left out of the denominator: -3 Interviewer error, -7 Legal skip, -9 Break-off "
            "(the default; change it with --exclude)") in notes  # fmt: skip
    assert ("kept in the denominator: -1 Don't know, -2 Refuse to answer and every other "
            "answer") in notes  # fmt: skip


def test_dropping_dont_know_and_refuse_changes_the_denominator() -> None:
    kept = api.survey_estimate(MINI, question="FRIEND", answer=1, where="COUNTRY=2", **DESIGN)
    dropped = api.survey_estimate(
        MINI, question="FRIEND", answer=1, where="COUNTRY=2", exclude="-1,-2,-3,-7,-9", **DESIGN
    )
    share, se = _by_hand(1.0, 2.0, (-1.0, -2.0, -3.0, -7.0, -9.0))
    assert dropped.estimates[0].n < kept.estimates[0].n
    assert dropped.estimates[0].estimate == pytest.approx(share, rel=1e-9)
    assert dropped.estimates[0].se == pytest.approx(se, rel=1e-9)
    assert any("(as asked)" in n for n in dropped.notes)
    assert any(n.startswith("population: COUNTRY = 2 Azerbaijan, 96") for n in dropped.notes)


def test_none_excluded_counts_every_recorded_answer() -> None:
    result = api.survey_estimate(MINI, question="FRIEND", answer="Don't know", exclude="none")
    assert result.estimates[0].n == 192
    assert result.estimates[0].excluded == ()


def test_groups_are_domains_and_missing_codes_form_no_group() -> None:
    result = api.survey_estimate(
        MINI, question="FRIEND", answer=1, where="COUNTRY=2", by="SEX", **DESIGN
    )
    overall, *groups = result.estimates
    assert overall.group is None
    assert [g.group for g in groups] == ["SEX = 1 Male", "SEX = 2 Female"]
    # the two respondents with SEX -3 are in the population's figure but in no group
    assert sum(g.n for g in groups) == overall.n - 2
    for group in groups:
        assert group.df == overall.df
        assert 0 < group.ci[0] < group.estimate < group.ci[1] < 1


def test_a_rare_answer_has_an_interval_inside_zero_and_one() -> None:
    estimate = api.survey_estimate(
        MINI, question="FRIEND", answer="Pakistan", where="COUNTRY=2", **DESIGN
    ).estimates[0]
    assert estimate.estimate - 1.96 * estimate.se < 0  # a Wald interval would go below 0
    assert 0 < estimate.ci[0] < estimate.estimate < estimate.ci[1] < 1
    assert estimate.ci_method == "logit-t"


def test_an_answer_nobody_gave_gets_korn_graubards_interval() -> None:
    result = api.survey_estimate(MINI, question="FRIEND", answer="Belorussia", **DESIGN)
    estimate = result.estimates[0]
    assert (estimate.estimate, estimate.se) == (0.0, 0.0)
    assert estimate.ci_method == "korn-graubard"
    assert estimate.ci[0] == 0.0 and 0 < estimate.ci[1] < 0.1
    assert any("Korn-Graubard" in n for n in result.notes)


def test_korn_graubard_on_request() -> None:
    estimate = api.survey_estimate(
        MINI, question="FRIEND", answer=3, where="COUNTRY=2", ci="korn-graubard", **DESIGN
    ).estimates[0]
    assert estimate.ci_method == "korn-graubard"
    assert 0 <= estimate.ci[0] < estimate.estimate < estimate.ci[1] <= 1


def test_unweighted_without_a_weight() -> None:
    result = api.survey_estimate(MINI, question="FRIEND", answer=1, where="COUNTRY=2")
    estimate = result.estimates[0]
    assert not estimate.weighted
    assert estimate.design == "no clusters (each respondent its own PSU), unweighted"
    assert "unweighted: no --weight given" in result.notes


def test_a_csv_without_a_codebook_uses_codes(tmp_path: Path) -> None:
    bare = tmp_path / "bare.csv"
    bare.write_bytes(MINI.read_bytes())
    estimate = api.survey_estimate(bare, question="FRIEND", answer=1, **DESIGN).estimates[0]
    assert estimate.answer == "1" and estimate.wording is None
    with pytest.raises(UsageError) as refused:
        api.survey_estimate(bare, question="FRIEND", answer="Turkey")
    assert refused.value.field == "answer"
    labelled = api.survey_estimate(
        bare, question="FRIEND", answer="Turkey", labels=FIXTURES / "mini.codebook.csv"
    )
    assert labelled.estimates[0].answer == "1 Turkey"


def test_a_csv_with_text_answers(tmp_path: Path) -> None:
    text = tmp_path / "text.csv"
    text.write_text("country,friend,w\n" + "".join(
        f"{c},{f},{w}\n" for c, f, w in [("Azerbaijan", "Turkey", 1.0), ("Azerbaijan", "Russia",
        2.0), ("Azerbaijan", "Turkey", 1.0), ("Armenia", "Russia", 1.0)]
    ), encoding="utf-8")  # fmt: skip
    estimate = api.survey_estimate(
        text, question="friend", answer="turkey", where="country=Azerbaijan", weight="w"
    ).estimates[0]
    assert estimate.estimate == pytest.approx(0.5)
    assert estimate.n == 3 and estimate.answer == "Turkey"
