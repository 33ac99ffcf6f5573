"""Survey microdata through the one door: estimate a weighted share with its
design-based SE (``survey_estimate``), store it linked to the country pair the answer
names (``survey_import``), and list what is stored for a pair (``survey_estimates``).

Arguments are checked before the file is read (a missing file, an interval method or
lonely-PSU rule we do not have, a malformed fieldwork period), then against the file
(columns, codes and labels): a wrong one is a ``UsageError`` naming it; a file that
cannot be used (another format, missing or negative weights) an ``InputError``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from dyadscope.api import checks
from dyadscope.api.views import NoDataError, open_store
from dyadscope.errors import UsageError
from dyadscope.model import Estimate
from dyadscope.periods import parse_partial_date
from dyadscope.surveys.design import LONELY_PSU
from dyadscope.surveys.estimation import CI_METHODS
from dyadscope.surveys.selection import Where

CI_CHOICES: tuple[str, ...] = tuple(CI_METHODS)
LONELY_PSU_RULES: tuple[str, ...] = tuple(LONELY_PSU)


@dataclass(frozen=True)
class SurveyEstimates:
    """Estimate records (the population's first, then one per ``by`` group) and the
    notes that say how they were made: who was counted, what was left out of the
    denominator and whether by default, the design. ``stored``: how many ``import``
    put into the store ``db``."""

    estimates: tuple[Estimate, ...]
    notes: tuple[str, ...]
    stored: int = 0
    db: Path | None = None


def survey_estimate(
    path: Path | str,
    *,
    question: str,
    answer: str | float,
    where: Where = None,
    weight: str | None = None,
    strata: str | Sequence[str] | None = None,
    cluster: str | Sequence[str] | None = None,
    exclude: str | Sequence[str | float] | None = None,
    by: str | None = None,
    labels: Path | str | None = None,
    ci: str = "logit",
    lonely_psu: str | None = None,
    survey: str | None = None,
    population: str | None = None,
    fieldwork: str | Sequence[str | None] | None = None,
) -> SurveyEstimates:
    """The weighted share of respondents giving ``answer`` (code or label) to
    ``question``, among those ``where`` selects (``{"COUNTRY": 2}`` or "COUNTRY=2",
    a domain of the whole design) and within each ``by`` group. ``exclude`` names the
    answer codes left out of the denominator (default -3, -7, -9: not asked or not
    recorded; "none" keeps all). ``strata`` and ``cluster`` join columns with commas."""
    return _estimate(
        path, question=question, answer=answer, where=where, weight=weight, strata=strata,
        cluster=cluster, exclude=exclude, by=by, labels=labels, ci=ci, lonely_psu=lonely_psu,
        survey=survey, population=population, fieldwork=fieldwork,
    )  # fmt: skip


def survey_import(
    path: Path | str,
    *,
    question: str,
    answer: str | float,
    db: Path | str | None = None,
    country: str | None = None,
    partner: str | None = None,
    where: Where = None,
    weight: str | None = None,
    strata: str | Sequence[str] | None = None,
    cluster: str | Sequence[str] | None = None,
    exclude: str | Sequence[str | float] | None = None,
    by: str | None = None,
    labels: Path | str | None = None,
    ci: str = "logit",
    lonely_psu: str | None = None,
    survey: str | None = None,
    population: str | None = None,
    fieldwork: str | Sequence[str | None] | None = None,
) -> SurveyEstimates:
    """``survey_estimate``, stored in the store ``db`` as figures of the pair (the
    respondents' country, the country the answer names): ``country`` defaults to the
    label of a ``where`` value ("Azerbaijan"), ``partner`` to the answer's label
    ("Turkey"). Importing the same figure again replaces it."""
    from dyadscope.settings import load_settings
    from dyadscope.store import Store

    made = _estimate(
        path, question=question, answer=answer, where=where, weight=weight, strata=strata,
        cluster=cluster, exclude=exclude, by=by, labels=labels, ci=ci, lonely_psu=lonely_psu,
        survey=survey, population=population, fieldwork=fieldwork, link=(country, partner),
    )  # fmt: skip
    target = Path(db) if db else load_settings().db
    with Store(target) as store:
        stored = store.save_estimates(made.estimates)
    pair = made.estimates[0].pair
    assert pair is not None
    plural = "s" if stored != 1 else ""
    note = f"stored {stored} estimate{plural} of {pair[0]}-{pair[1]} in {target}"
    return replace(made, notes=(*made.notes, note), stored=stored, db=target)


def survey_estimates(pair: Sequence[str], *, db: Path | str | None = None) -> list[Estimate]:
    """The survey figures stored for ``pair`` (either order), oldest fieldwork first.
    ``NoDataError`` ("no survey data for this pair") when there are none: nothing
    else stands in for them."""
    import duckdb

    with open_store(db) as store:
        chosen = checks.pair_codes(pair, "pair")
        assert chosen is not None
        try:
            found = store.estimates(chosen)
        except duckdb.CatalogException:  # a store written before survey estimates existed
            found = []
        if not found:
            raise NoDataError(
                f"no survey data for this pair ({chosen[0]}-{chosen[1]}) in {store.path}"
            )
        return found


def _fieldwork(value: str | Sequence[str | None] | None) -> tuple[str | None, str | None]:
    """A period "2011-10-01/2011-11-02" (ISO 8601 interval), one date, or (start, end)."""
    if value is None:
        return None, None
    if isinstance(value, str):
        start, _, end = value.partition("/")
        parts: list[str | None] = [start.strip() or None, end.strip() or None]
    else:
        parts = [None if v is None else str(v).strip() or None for v in value]
        if len(parts) != 2:
            raise UsageError("fieldwork", "give a start and an end, e.g. 2011-10-01/2011-11-02")
    first, last = (checks.date(p, "fieldwork") for p in parts)
    if first and last and parse_partial_date(first).first_day() > (
        parse_partial_date(last).last_day()
    ):
        raise UsageError("fieldwork", f"{first} is after {last}: the period is reversed")
    return first, last


def _estimate(
    path: Path | str,
    *,
    question: str,
    answer: str | float,
    where: Where,
    weight: str | None,
    strata: str | Sequence[str] | None,
    cluster: str | Sequence[str] | None,
    exclude: str | Sequence[str | float] | None,
    by: str | None,
    labels: Path | str | None,
    ci: str,
    lonely_psu: str | None,
    survey: str | None,
    population: str | None,
    fieldwork: str | Sequence[str | None] | None,
    link: tuple[str | None, str | None] | None = None,
) -> SurveyEstimates:
    from dyadscope.surveys.design import declare
    from dyadscope.surveys.estimation import estimate_shares
    from dyadscope.surveys.linking import link_pair
    from dyadscope.surveys.reading import read_survey, survey_kind
    from dyadscope.surveys.selection import (
        exclusion_notes,
        group_text,
        population_text,
        select,
        where_note,
    )

    source = checks.existing_file(path, "path")
    codebook = checks.existing_file(labels, "labels") if labels is not None else None
    if ci not in CI_METHODS:
        raise UsageError("ci", f"{ci!r} is not an interval method: use one of "
                         f"{', '.join(CI_METHODS)}")  # fmt: skip
    if lonely_psu is not None and lonely_psu not in LONELY_PSU:
        raise UsageError("lonely_psu", f"{lonely_psu!r} is not a rule: use one of "
                         f"{', '.join(LONELY_PSU)}")  # fmt: skip
    start, end = _fieldwork(fieldwork)
    survey_kind(source)
    data = read_survey(source, codebook)
    design = declare(data, weight=weight, strata=strata, cluster=cluster, lonely_psu=lonely_psu)
    chosen = select(data, question=question, answer=answer, where=where, exclude=exclude, by=by)
    pair = None
    if link is not None:
        pair = link_pair(
            population_labels=[lbl for c, v in chosen.where if (lbl := data.label(c, v))],
            answer_label=data.label(chosen.question, chosen.answer)
            or (None if data.is_numeric(chosen.question) else str(chosen.answer)),
            resolve=lambda name, field: checks.actor_code(name, field),
            country=link[0],
            partner=link[1],
        )
    shares = estimate_shares(data, design, chosen, ci)
    base = Estimate(
        survey=survey or data.title or source.stem,
        question=chosen.question,
        wording=data.wordings.get(chosen.question),
        population=population or population_text(data, chosen),
        answer=data.shown(chosen.question, chosen.answer),
        n=0, estimate=0.0, se=0.0, ci=(0.0, 0.0), ci_method=CI_METHODS[ci],
        weighted=design.weight is not None,
        design=design.describe(),
        fieldwork_start=start,
        fieldwork_end=end,
        pair=pair,
        excluded=tuple(data.shown(chosen.question, c) for c in chosen.exclude),
        source=data.name,
    )  # fmt: skip
    records = tuple(
        replace(
            base,
            n=s.n,
            estimate=s.estimate,
            se=s.se,
            ci=s.ci,
            ci_method=s.ci_method,
            df=s.df,
            group=group_text(data, chosen.by, s.group) if chosen.by and s.group else None,
        )
        for s in shares.shares
    )
    notes = [where_note(data, chosen, shares.population), *exclusion_notes(data, chosen)]
    notes.append(f"design: {design.describe()}")
    if design.weight is None:
        said = [n for n in data.notes if "weight" in n.casefold()]
        hint = f" (the file's own note: {said[0]})" if said else ""
        notes.append(f"unweighted: no --weight given{hint}")
    if design.lonely_psu:
        notes.append(f"lonely PSUs: {design.lonely_psu}: {LONELY_PSU[design.lonely_psu]}")
    return SurveyEstimates(records, (*notes, *shares.notes))
