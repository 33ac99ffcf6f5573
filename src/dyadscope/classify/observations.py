"""Stated figures: trade volumes, exports, imports, budgets, investment.

A money amount becomes an observation when an indicator word governs it (the
nearest one to its left: "exports ... increased from $29.97 million"). Its
period is the date right after it ("in 2013-14"), or, for "during the same
period", the period of the figure in the same position earlier in the sentence.
Reporter and partner come from "X's exports to Y", "trade between X and Y", the
states named in the sentence in order, or the document's dyad.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.model import UNKNOWN_DATE, DateRef, Observation, stable_id

# indicator cue word -> indicator; the nearest cue to the left of a figure wins
_CUES: dict[str, str] = {
    "trade": "trade_total",
    "turnover": "trade_total",
    "exports": "exports",
    "export": "exports",
    "exported": "exports",
    "imports": "imports",
    "import": "imports",
    "imported": "imports",
    "budget": "budget",
    "budgets": "budget",
    "spending": "budget",
    "investment": "investment",
    "investments": "investment",
    "invested": "investment",
    "invest": "investment",
    "fdi": "investment",
}
_CUE_REACH = 30  # tokens
_STOP = frozenset({"(", ")", "and", ",", "of", "the", "a", "an", "mainly", "due", "to"})


@dataclass(frozen=True, slots=True)
class _Figure:
    index: int  # token index of the amount
    value: float
    unit: str
    indicator: str
    cue_index: int
    period: DateRef
    commodity: str | None


def find_observations(analysis: SentenceAnalysis, ctx: DocContext) -> list[Observation]:
    figures = _figures(analysis)
    if not figures:
        return []
    figures = _pair_periods(figures, analysis)
    figures = _fill_same_period(figures, analysis)
    sentence = analysis.sentence
    source = analysis.source(ctx)
    observations = []
    for figure in figures:
        reporter, partner = _parties(analysis, figure, ctx)
        observations.append(
            Observation(
                id=stable_id(ctx.doc_id, sentence.start, figure.index, figure.indicator),
                indicator=figure.indicator,
                reporter=reporter,
                partner=partner,
                commodity=figure.commodity,
                value=figure.value,
                unit=figure.unit,
                period=figure.period,
                source=source,
            )
        )
    return observations


def _figures(analysis: SentenceAnalysis) -> list[_Figure]:
    tokens = analysis.tokens
    figures: list[_Figure] = []
    quantity_indices = [i for i, q in analysis.quantity_at if q.quantity.unit == "money"]
    for index, mention in analysis.quantity_at:
        q = mention.quantity
        if q.unit != "money":
            continue
        cue = None
        for i in range(index - 1, max(-1, index - _CUE_REACH), -1):
            indicator = _CUES.get(tokens[i].low)
            if indicator:
                cue = (i, indicator)
                break
        if cue is None:
            continue
        next_amount = min((i for i in quantity_indices if i > index), default=len(tokens))
        period = _period_after(analysis, index, next_amount)
        commodity = (
            _commodity(analysis, index, cue[0]) if cue[1] in ("exports", "imports") else None
        )
        figures.append(
            _Figure(index, q.value, q.currency or "USD", cue[1], cue[0], period, commodity)
        )
    return figures


def _period_after(analysis: SentenceAnalysis, index: int, limit: int) -> DateRef:
    for at, mention in analysis.date_at:
        if index < at < limit:
            return mention.date
    return UNKNOWN_DATE


def _pair_periods(figures: list[_Figure], analysis: SentenceAnalysis) -> list[_Figure]:
    """A run of figures of one cue followed by as many periods ("from $0.06 million to
    $0.018 million over the same two years, 2012-13 and 2013-14") pairs them in order."""
    by_cue: dict[int, list[_Figure]] = {}
    for figure in figures:
        by_cue.setdefault(figure.cue_index, []).append(figure)
    out = list(figures)
    starts = sorted(f.index for f in figures)
    for group in by_cue.values():
        if len(group) < 2 or any(f.period.start for f in group[:-1]):
            continue
        last = group[-1].index
        limit = next((i for i in starts if i > last), len(analysis.tokens))
        periods = [m.date for at, m in analysis.date_at if last < at < limit]
        if len(periods) != len(group):
            continue
        for figure, period in zip(group, periods, strict=True):
            out[out.index(figure)] = _replace_period(figure, period)
    return out


def _fill_same_period(figures: list[_Figure], analysis: SentenceAnalysis) -> list[_Figure]:
    """Figures without a period take, in order, the periods of an earlier
    group of figures in the sentence ("... during the same period")."""
    text = analysis.sentence.text.lower()
    dated = [f for f in figures if f.period.start is not None]
    undated = [f for f in figures if f.period.start is None]
    if not undated:
        return figures
    if "same period" not in text and len(analysis.dates) != 1:
        return figures
    if len(analysis.dates) == 1:
        only = analysis.dates[0].date
        return [f if f.period.start else _replace_period(f, only) for f in figures]
    # group dated figures by cue, take the last group of the same size
    by_cue: dict[int, list[_Figure]] = {}
    for f in dated:
        by_cue.setdefault(f.cue_index, []).append(f)
    groups = list(by_cue.values())
    out = list(figures)
    undated_groups: dict[int, list[_Figure]] = {}
    for f in undated:
        undated_groups.setdefault(f.cue_index, []).append(f)
    for group in undated_groups.values():
        model = next((g for g in reversed(groups) if len(g) == len(group)), None)
        if model is None:
            continue
        for f, m in zip(group, model, strict=True):
            out[out.index(f)] = _replace_period(f, m.period)
    return out


def _replace_period(figure: _Figure, period: DateRef) -> _Figure:
    return _Figure(
        figure.index,
        figure.value,
        figure.unit,
        figure.indicator,
        figure.cue_index,
        period,
        figure.commodity,
    )


def _commodity(analysis: SentenceAnalysis, index: int, cue_index: int) -> str | None:
    """ "export of rice ($23.405 million)" -> rice; "synthetic fabric ($3.1 million)"."""
    tokens = analysis.tokens
    if index >= 1 and tokens[index - 1].low == "(":
        words: list[str] = []
        i = index - 2
        while i > cue_index and tokens[i].low not in _STOP and len(words) < 4:
            words.insert(0, tokens[i].text)
            i -= 1
        return " ".join(words) or None
    if cue_index + 2 < len(tokens) and tokens[cue_index + 1].low == "of":
        words = []
        i = cue_index + 2
        while i < index and tokens[i].low not in _STOP and len(words) < 4:
            words.append(tokens[i].text)
            i += 1
        return " ".join(words) or None
    return None


def _parties(
    analysis: SentenceAnalysis, figure: _Figure, ctx: DocContext
) -> tuple[str | None, str | None]:
    states = [
        (f, m.actor.code)
        for f, _, m in analysis.actors_in_order
        if m.actor is not None
    ]
    codes: list[str] = []
    # prefer the states named before the figure, nearest the cue first
    before = [c for f, c in states if f < figure.index]
    for code in before + [c for f, c in states if f >= figure.index]:
        if code not in codes:
            codes.append(code)
    dyad_refs = any(m.kind == "dyad_ref" for m in analysis.actors)
    if len(codes) >= 2:
        return codes[0], codes[1]
    if ctx.dyad:
        a, b = ctx.dyad[0].code, ctx.dyad[1].code
        if len(codes) == 1:
            other = b if codes[0] == a else a if codes[0] == b else None
            return codes[0], other
        if dyad_refs or figure.indicator == "trade_total":
            return a, b
    return (codes[0], None) if codes else (None, None)
