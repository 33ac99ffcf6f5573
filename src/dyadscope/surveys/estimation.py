"""The weighted share of a population giving one answer, with its design-based SE
and interval, through ``svy`` (Taylor linearisation; no formulas of our own).

The population (``where``) and each ``by`` group are *domains*: every respondent of
the file stays in the design, those outside the domain count zero, so PSUs and
strata outside it are kept in the variance as the design requires (filtering rows
first would understate it). ``svy`` takes the degrees of freedom from the PSUs that
hold domain members, less their strata (92 for CB 2011 Azerbaijan: 101 PSUs, 9
strata). Intervals are computed on the logit scale with that t ("logit-t"), or by
Korn-Graubard; both stay inside [0, 1], unlike a Wald interval for a rare answer. At
a share of exactly 0 or 1 the logit interval does not exist, and Korn-Graubard's is
given for that figure instead.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, cast

from dyadscope.errors import InputError
from dyadscope.surveys.design import Design
from dyadscope.surveys.reading import Code, SurveyData
from dyadscope.surveys.selection import Selection

if TYPE_CHECKING:
    import polars as pl

# the interval choices: svy's name -> the record's ``ci_method``
CI_METHODS: dict[str, str] = {"logit": "logit-t", "korn-graubard": "korn-graubard"}


@dataclass(frozen=True)
class Share:
    """One estimated share: of the whole population (``group`` None) or of a group."""

    group: Code | None
    n: int  # respondents in the denominator
    estimate: float
    se: float
    ci: tuple[float, float]
    ci_method: str
    df: int


@dataclass(frozen=True)
class Shares:
    """The population's share first, then one per group, and the population's size
    before exclusions (for the report of who was counted)."""

    population: int
    shares: tuple[Share, ...]
    notes: tuple[str, ...] = ()


def _matches(data: SurveyData, column: str, value: Code) -> pl.Expr:
    import polars as pl

    if data.is_numeric(column):
        return pl.col(column).cast(pl.Float64) == float(value)
    return pl.col(column).cast(pl.String) == str(value)


def _valid(data: SurveyData, selection: Selection) -> pl.Expr:
    """An answer that counts in the denominator: recorded, and not left out."""
    import polars as pl

    column = selection.question
    if data.is_numeric(column):
        values = pl.col(column).cast(pl.Float64)
        ok = values.is_not_null() & values.is_not_nan()
        if selection.exclude:
            ok = ok & ~values.is_in([float(c) for c in selection.exclude])
        return ok
    text = pl.col(column).cast(pl.String)
    ok = text.is_not_null()
    if selection.exclude:
        ok = ok & ~text.is_in([str(c) for c in selection.exclude])
    return ok


def prepared(data: SurveyData, selection: Selection) -> pl.DataFrame:
    """The file with three columns added: ``_pop`` (in the population), ``_in`` (in
    the denominator), ``_y`` (1 for the answer counted) and, with groups, ``_by``."""
    import polars as pl

    population = pl.lit(True)
    for column, value in selection.where:
        population = population & _matches(data, column, value)
    valid = _valid(data, selection)
    added = [
        population.fill_null(False).alias("_pop"),
        (population & valid).fill_null(False).alias("_in"),
        (valid & _matches(data, selection.question, selection.answer))
        .fill_null(False)
        .cast(pl.Int8)
        .alias("_y"),
    ]
    if selection.by:
        by = pl.col(selection.by)
        if data.is_numeric(selection.by):
            number = by.cast(pl.Float64)
            whole = number.round() == number  # 1.0 is shown "1", as code_text does
            label = (
                pl.when(number.is_null() | number.is_nan())
                .then(pl.lit(""))
                .when(whole)
                .then(number.cast(pl.Int64).cast(pl.String))
                .otherwise(number.cast(pl.String))
            )
        else:
            label = by.cast(pl.String).fill_null("")
        added.append(label.alias("_by"))
    return data.frame.with_columns(added)


def estimate_shares(
    data: SurveyData, design: Design, selection: Selection, ci: str = "logit", alpha: float = 0.05
) -> Shares:
    """The share giving ``selection.answer`` among the population, and within each
    ``by`` group; groups whose value is missing or a left-out code are not reported
    (their respondents still count in the population's share)."""
    import polars as pl
    import svy

    frame = prepared(data, selection)
    size = int(frame.get_column("_pop").sum())
    counted = int(frame.get_column("_in").sum())
    if counted == 0:
        raise InputError(str(data.path), f"no respondent of the population has an answer to "
                         f"{selection.question} that counts (all missing or left out)")  # fmt: skip
    sample = svy.Sample(frame, _svy_design(design))
    notes: list[str] = []
    shares = [_share(data, sample, None, ci, alpha, notes)]
    if selection.by:
        groups = frame.filter(pl.col("_in") & (pl.col("_by") != ""))
        for text in sorted(set(groups.get_column("_by").to_list()), key=_group_order):
            value: Code = float(text) if data.is_numeric(selection.by) else text
            if value in selection.exclude:
                continue
            shares.append(_share(data, sample, (value, text), ci, alpha, notes))
    return Shares(size, tuple(shares), tuple(dict.fromkeys(notes)))


def _group_order(text: str) -> tuple[int, float, str]:
    try:
        return (0, float(text), "")
    except ValueError:
        return (1, 0.0, text)


def _svy_design(design: Design) -> Any:
    import svy

    def spec(names: tuple[str, ...]) -> str | tuple[str, ...] | None:
        if not names:
            return None
        return names[0] if len(names) == 1 else names

    return svy.Design(
        stratum=spec(design.strata),
        psu=spec(design.cluster),
        wgt=design.weight,
        singleton=cast(Any, design.lonely_psu),  # checked against LONELY_PSU
    )


def _share(
    data: SurveyData,
    sample: Any,
    group: tuple[Code, str] | None,
    ci: str,
    alpha: float,
    notes: list[str],
) -> Share:
    import svy

    where = svy.col("_in") if group is None else svy.col("_in") & (svy.col("_by") == group[1])
    share = _run(data, sample, where, ci, alpha)
    if ci == "logit" and (math.isnan(share.ci[0]) or math.isnan(share.ci[1])):
        # the logit interval does not exist at 0 or 1: Korn-Graubard's does
        share = _run(data, sample, where, "korn-graubard", alpha)
        notes.append("a share of exactly 0 or 1 has no logit interval: Korn-Graubard's is "
                     "given for it")  # fmt: skip
    return replace(share, group=None if group is None else group[0])


def _run(data: SurveyData, sample: Any, where: Any, ci: str, alpha: float) -> Share:
    """svy's proportion of ``_y`` in the domain ``where``: the row of level 1, or the
    complement of level 0's when nobody in the domain gave the answer."""
    import svy

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = sample.estimation.prop("_y", where=where, ci_method=ci, alpha=alpha)
    except svy.SvyError as exc:
        reason = f"the design cannot be estimated: {_first_line(exc)}"
        raise InputError(str(data.path), reason) from None
    rows = {int(r["_y"]): r for r in result.to_polars().iter_rows(named=True)}
    if 1 in rows:
        row = rows[1]
        low, high = float(row["lci"]), float(row["uci"])
        value = float(row["est"])
    elif 0 in rows:
        row = rows[0]
        low, high = 1.0 - float(row["uci"]), 1.0 - float(row["lci"])
        value = 1.0 - float(row["est"])
    else:  # pragma: no cover - svy always returns a level for a non-empty domain
        raise InputError(str(data.path), "the estimate came back empty")
    se = float(row["se"])
    if math.isnan(se) or math.isnan(value):
        raise InputError(str(data.path), "the design gives no variance for this population "
                         "(too few PSUs in it?)")  # fmt: skip
    return Share(None, int(row["n"]), value, se, (low, high), CI_METHODS[ci], int(row["df"]))


def _first_line(exc: Exception) -> str:
    lines = [line.strip(" ❌") for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__
