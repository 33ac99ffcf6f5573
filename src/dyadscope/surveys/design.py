"""The sample design the user declares: weight, strata and clusters (PSUs), each
checked against the file before anything is estimated.

A comma joins columns into one id (``COUNTRY,SUBSTRATUM``): PSU and stratum codes
that repeat across countries are then told apart, as the CRRC files need. A stratum
with a single PSU has no within-stratum variance; it is refused unless the user
picks one of ``svy``'s rules for it (``LONELY_PSU``), since each rule is a
methodological choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dyadscope.errors import InputError, UsageError
from dyadscope.surveys.reading import SurveyData, code_text

# svy's rules for a stratum with one PSU, as R's survey package calls them
LONELY_PSU: dict[str, str] = {
    "center": "the lone PSU is compared with the grand mean (R lonely.psu='adjust')",
    "scale": "the other strata's average variance stands in (R 'average')",
    "skip": "the stratum adds no variance (R 'remove'; 'certainty' for a PSU taken surely)",
}


@dataclass(frozen=True)
class Design:
    """Weight, strata and cluster columns (possibly several joined into one id)."""

    weight: str | None = None
    strata: tuple[str, ...] = ()
    cluster: tuple[str, ...] = ()
    lonely_psu: str | None = None  # a key of LONELY_PSU, or None: refuse singletons

    def describe(self) -> str:
        """In words, as the record's ``design`` field: "strata COUNTRY x SUBSTRATUM,
        clusters COUNTRY x PSU, weight INDWT"."""
        parts = []
        if self.strata:
            parts.append("strata " + " x ".join(self.strata))
        if self.cluster:
            parts.append("clusters " + " x ".join(self.cluster))
        else:
            parts.append("no clusters (each respondent its own PSU)")
        parts.append(f"weight {self.weight}" if self.weight else "unweighted")
        if self.lonely_psu:
            parts.append(f"lonely PSUs: {self.lonely_psu}")
        return ", ".join(parts)


def columns(spec: str | Sequence[str] | None, option: str) -> tuple[str, ...]:
    """Column names from "COUNTRY,SUBSTRATUM" or a list; None gives none."""
    if spec is None:
        return ()
    parts = spec.split(",") if isinstance(spec, str) else list(spec)
    names = tuple(str(p).strip() for p in parts)
    if not names or any(not n for n in names):
        raise UsageError(option, f"{spec!r}: give column names joined by commas, "
                         "e.g. COUNTRY,SUBSTRATUM")  # fmt: skip
    return names


def declare(
    data: SurveyData,
    *,
    weight: str | None = None,
    strata: str | Sequence[str] | None = None,
    cluster: str | Sequence[str] | None = None,
    lonely_psu: str | None = None,
) -> Design:
    """The design with the file's own column names, checked: columns that exist,
    weights that are numbers, none missing or negative, strata and clusters with no
    missing ids, and no stratum with a single PSU unless ``lonely_psu`` says what to do."""
    if lonely_psu is not None and lonely_psu not in LONELY_PSU:
        raise UsageError("lonely_psu", f"{lonely_psu!r} is not a rule: use one of "
                         f"{', '.join(LONELY_PSU)}")  # fmt: skip
    design = Design(
        weight=data.column(weight, "weight") if weight is not None else None,
        strata=tuple(data.column(c, "strata") for c in columns(strata, "strata")),
        cluster=tuple(data.column(c, "cluster") for c in columns(cluster, "cluster")),
        lonely_psu=lonely_psu,
    )
    if design.weight:
        _check_weight(data, design.weight)
    for option, names in (("strata", design.strata), ("cluster", design.cluster)):
        for name in names:
            _check_ids(data, name, option)
    if design.strata and not lonely_psu:
        _refuse_singletons(data, design)
    return design


def _count(number: int, what: str) -> str:
    return f"{number} {what}" if number == 1 else f"{number} {what}s"


def _rows(mask: object) -> str:
    """ "rows 4, 9, 12 ..." (1-based data rows, the header not counted)."""
    import polars as pl

    assert isinstance(mask, pl.Series)
    found = [i + 1 for i in mask.arg_true().head(3).to_list()]
    more = " ..." if int(mask.sum()) > 3 else ""
    return ("row " if len(found) == 1 else "rows ") + ", ".join(map(str, found)) + more


def _check_weight(data: SurveyData, name: str) -> None:
    import polars as pl

    if not data.is_numeric(name):
        raise InputError(str(data.path), f"weight column {name} holds text, not numbers")
    values = data.frame.get_column(name).cast(pl.Float64)
    missing = values.is_null() | values.is_nan()
    if missing.any():
        found = _count(int(missing.sum()), "missing value")
        raise InputError(str(data.path), f"weight column {name} has {found} ({_rows(missing)})")
    negative = values < 0
    if negative.any():
        found = _count(int(negative.sum()), "negative value")
        raise InputError(str(data.path), f"weight column {name} has {found} ({_rows(negative)})")
    if float(values.sum()) <= 0:
        raise InputError(str(data.path), f"weight column {name} sums to zero")


def _check_ids(data: SurveyData, name: str, option: str) -> None:
    column = data.frame.get_column(name)
    missing = column.is_null()
    if data.is_numeric(name):
        missing = missing | column.cast(float).is_nan()
    if missing.any():
        what = "stratum" if option == "strata" else "cluster"
        found = _count(int(missing.sum()), "missing value")
        raise InputError(str(data.path), f"{what} column {name} has {found} ({_rows(missing)})")


def _refuse_singletons(data: SurveyData, design: Design) -> None:
    """A stratum with one PSU (one respondent, without clusters) cannot give a
    variance: say which and how to choose a rule."""
    import polars as pl

    units = list(design.cluster) if design.cluster else None
    counts = data.frame.group_by(list(design.strata)).agg(
        (pl.struct(units).n_unique() if units else pl.len()).alias("_psus")
    )
    lonely = counts.filter(pl.col("_psus") == 1).sort(list(design.strata))
    if lonely.height == 0:
        return
    first = lonely.row(0, named=True)
    stratum = " x ".join(f"{c}={code_text(_plain(first[c]))}" for c in design.strata)
    others = f" (and {lonely.height - 1} more)" if lonely.height > 1 else ""
    unit = "PSU" if units else "respondent"
    raise UsageError("lonely_psu", f"{data.name}: stratum {stratum}{others} has a single {unit}, "
                     "so its variance cannot be estimated; choose a rule: "
                     + "; ".join(f"{k}: {v}" for k, v in LONELY_PSU.items()))  # fmt: skip


def _plain(value: object) -> float | str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return str(value)
