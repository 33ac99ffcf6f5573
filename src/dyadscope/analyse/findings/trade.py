"""Trade figures: Comtrade's two reports of one flow (mirror gaps), documents' figures
against Comtrade, and documents against each other.

Direction follows ``analyse.flows``: a flow runs exporter -> importer whoever reported
it. Comtrade rows count when they are whole-trade totals (commodity TOTAL) of exports
or imports.

A document's figure is set against Comtrade month by month: a month takes its
monthly row, else a twelfth of its calendar year's row (pro rata). Pakistan's FY
2013-14 (July 2013 - June 2014) is compared with half of 2013 plus half of 2014. A
flow is estimated from the importer's reports and from the exporter's; a total from
both flows. The nearest estimate decides: within ``trade_tolerance`` (or
``fiscal_tolerance`` when a year was split) the figure is corroborated, beyond it
contradicted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from dyadscope.analyse.findings.common import (
    Outcome,
    date_text,
    observation_claim,
    percent,
    relative_difference,
    span,
)
from dyadscope.analyse.findings.figures import Stated, amount, compare_statements, title_of
from dyadscope.analyse.findings.thresholds import Thresholds, within
from dyadscope.analyse.flows import flow_of
from dyadscope.model import Finding, Observation

DATASET = "comtrade"
TRADE = ("exports", "imports", "trade_total")
_WHOLE = {None, "", "total", "all commodities", "all products"}

Month = tuple[int, int]


def is_whole_trade(obs: Observation) -> bool:
    """A total over all goods (no commodity, or Comtrade's TOTAL)."""
    code = obs.extra.get("commodity_code")
    if code not in (None, "") and str(code).upper() != "TOTAL":
        return False
    return code is not None or (obs.commodity or "").casefold() in _WHOLE or obs.commodity is None


def comtrade_rows(observations: Sequence[Observation]) -> list[Observation]:
    return [
        o for o in observations
        if o.source.dataset == DATASET and o.indicator in ("exports", "imports")
        and is_whole_trade(o) and o.period.start
    ]  # fmt: skip


def _months(first: date, last: date) -> list[Month]:
    out, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@dataclass(slots=True)
class _Series:
    """One side's reports of one flow: yearly and monthly rows."""

    years: dict[int, Observation] = field(default_factory=dict)
    months: dict[Month, Observation] = field(default_factory=dict)

    def add(self, obs: Observation) -> None:
        when = span(obs.period)
        if when is None:
            return
        months = _months(*when)
        if len(months) == 1:
            self.months.setdefault(months[0], obs)
        elif len(months) == 12 and months[0][1] == 1:
            self.years.setdefault(months[0][0], obs)

    def estimate(self, months: list[Month]) -> tuple[float, list[Observation], bool] | None:
        """The flow over ``months``, the rows used, and whether a year was split."""
        total, used, split = 0.0, [], False
        wanted = set(months)
        for month in months:
            if month in self.months:
                row = self.months[month]
                total += row.value
            elif month[0] in self.years:
                row = self.years[month[0]]
                total += row.value / 12
                split = split or any((month[0], m) not in wanted for m in range(1, 13))
            else:
                return None
            if row not in used:
                used.append(row)
        return total, used, split

    def covered(self) -> list[int]:
        return sorted(set(self.years) | {y for y, _ in self.months})


def _series(rows: Sequence[Observation]) -> dict[tuple[str, str, str], _Series]:
    """(origin, destination, "importer" | "exporter") -> its reports."""
    out: dict[tuple[str, str, str], _Series] = defaultdict(_Series)
    for obs in rows:
        flow = flow_of(obs)
        side = "importer" if obs.indicator == "imports" else "exporter"
        out[(flow.origin, flow.destination, side)].add(obs)
    return out


# --- mirror gaps --------------------------------------------------------------------


def mirror_gaps(
    pair: tuple[str, str], observations: Sequence[Observation], thresholds: Thresholds
) -> list[Finding]:
    """A flow whose importer's and exporter's reports differ beyond ``mirror_gap``
    (a ``mirror_gap``), or agree within it (a ``corroboration``: two statistical
    offices' independent reports of one flow)."""
    FlowKey = tuple[str, str, str | None, str | None]
    sides: dict[FlowKey, dict[str, list[Observation]]] = defaultdict(
        lambda: {"exporter": [], "importer": []}
    )
    for obs in comtrade_rows(observations):
        flow = flow_of(obs)
        side = "importer" if obs.indicator == "imports" else "exporter"
        key = (flow.origin, flow.destination, obs.period.start, obs.period.end)
        sides[key][side].append(obs)
    findings = []
    for (origin, destination, _, _), found in sorted(sides.items(), key=lambda kv: str(kv[0])):
        if not found["exporter"] or not found["importer"]:
            continue
        exported, imported = _same_classification(found["exporter"], found["importer"])
        diff = relative_difference(imported.value, exported.value)
        findings.append(_mirror_finding(pair, origin, destination, exported, imported, diff,
                                        thresholds))  # fmt: skip
    return findings


def _same_classification(
    exported: list[Observation], imported: list[Observation]
) -> tuple[Observation, Observation]:
    """One report per side, of the same classification (H6, S2 ...) where possible."""
    for e in exported:
        for i in imported:
            if e.extra.get("classificationCode", e.extra.get("Classification")) == i.extra.get(
                "classificationCode", i.extra.get("Classification")
            ):
                return e, i
    return exported[0], imported[0]


def _mirror_finding(
    pair: tuple[str, str],
    origin: str,
    destination: str,
    exported: Observation,
    imported: Observation,
    diff: float | None,
    thresholds: Thresholds,
) -> Finding:
    period = date_text(exported.period)
    subject = (
        f"{origin} -> {destination} trade, {period}: exports as {origin} reports them and "
        f"imports as {destination} reports them"
    )
    claims = (observation_claim(exported), observation_claim(imported))
    if within(diff, thresholds.mirror_gap):
        return Finding(
            type="corroboration",
            pair=pair,
            subject=subject,
            claims=claims,
            field="value",
            relative_difference=diff,
            note=f"{origin} reports exports to {destination} of "
            f"{amount(exported.value, 'USD')} (FOB), {destination} imports from {origin} of "
            f"{amount(imported.value, 'USD')} (CIF): {percent(diff)} apart, within the "
            f"{percent(thresholds.mirror_gap)} that the CIF/FOB margin (freight and "
            "insurance, typically 5-10%) explains. Both statistical offices' reports agree.",
        )
    if imported.value >= exported.value:
        direction = (
            f"{destination}'s import figure is {percent(diff)} above {origin}'s export figure"
        )
        usual = "a larger gap than freight and insurance explain"
    else:
        direction = (
            f"{destination}'s import figure is below {origin}'s export figure (the exporter's "
            f"exceeds it by {percent(diff)})"
        )
        usual = "the reverse of the usual CIF margin"
    note = (
        f"{origin} reports exports to {destination} of {amount(exported.value, 'USD')} (FOB, "
        f"Comtrade row {exported.source.row}); {destination} reports imports from {origin} of "
        f"{amount(imported.value, 'USD')} (CIF, Comtrade row {imported.source.row}). "
        f"{direction}: beyond the {percent(thresholds.mirror_gap)} threshold, {usual}. "
        "Importers value goods CIF (with freight and insurance, typically 5-10% of the value) "
        "and exporters FOB, so some gap is normal; more points to goods re-exported through "
        "third countries, imports attributed to the country of origin while exports go to "
        "the first destination, shipments straddling the year end, or unrecorded trade. "
        "`dyadscope aggregate` counts the importer's figure."
    )
    return Finding(
        type="mirror_gap",
        pair=pair,
        subject=subject,
        claims=claims,
        field="value",
        relative_difference=diff,
        note=note,
    )


# --- documents' figures ---------------------------------------------------------------


def trade_claims(observations: Sequence[Observation]) -> list[Observation]:
    return [o for o in observations if o.source.dataset is None and o.indicator in TRADE]


@dataclass(frozen=True, slots=True)
class _View:
    label: str
    value: float
    rows: list[Observation]
    split: bool


def _views(
    claim: Observation, series: Mapping[tuple[str, str, str], _Series], months: list[Month]
) -> list[_View]:
    flow = flow_of(claim)
    if flow.directed:
        flows = [(flow.origin, flow.destination)]
    else:
        flows = [(flow.origin, flow.destination), (flow.destination, flow.origin)]
    views = []
    for side in ("importer", "exporter"):
        parts = [series.get((o, d, side), _Series()).estimate(months) for o, d in flows]
        if all(p is not None for p in parts):
            known = [p for p in parts if p is not None]
            label = f"as the {side} reports it" if flow.directed else f"as the {side}s report it"
            views.append(_View(label, sum(p[0] for p in known), [r for p in known for r in p[1]],
                               any(p[2] for p in known)))  # fmt: skip
    if not flow.directed and not views:
        # a total from one side's report of each flow (importer where there is one)
        mixed = []
        for o, d in flows:
            part = series.get((o, d, "importer"), _Series()).estimate(months) or series.get(
                (o, d, "exporter"), _Series()
            ).estimate(months)
            if part is None:
                return views
            mixed.append(part)
        views.append(_View("from the importer's report of each flow where there is one, "
                           "else the exporter's", sum(p[0] for p in mixed),
                           [r for p in mixed for r in p[1]], any(p[2] for p in mixed)))  # fmt: skip
    return views


def match_trade(
    pair: tuple[str, str],
    observations: Sequence[Observation],
    thresholds: Thresholds,
    copies: Mapping[str, str],
) -> Outcome:
    """Documents' trade figures against Comtrade, and against each other."""
    outcome = Outcome()
    rows = comtrade_rows(observations)
    series = _series(rows)
    claims = trade_claims(observations)
    for claim in claims:
        _match_claim(pair, claim, rows, series, thresholds, outcome)
    outcome.findings.extend(_between_documents(pair, claims, thresholds, copies))
    return outcome


def _match_claim(
    pair: tuple[str, str],
    claim: Observation,
    rows: Sequence[Observation],
    series: Mapping[tuple[str, str, str], _Series],
    thresholds: Thresholds,
    outcome: Outcome,
) -> None:
    flow = flow_of(claim)
    if not rows:
        outcome.reasons[claim.id] = "UN Comtrade: no rows for the pair in the store"
        return
    if not is_whole_trade(claim):
        outcome.reasons[claim.id] = (
            f"a figure for one commodity ({claim.commodity}); the Comtrade rows in the store "
            "are whole-trade totals"
        )
        return
    if claim.unit != "USD":
        outcome.reasons[claim.id] = f"stated in {claim.unit}; Comtrade values are in USD"
        return
    when = span(claim.period)
    if when is None:
        outcome.reasons[claim.id] = "the figure has no period to look up in Comtrade"
        return
    months = _months(*when)
    views = _views(claim, series, months)
    if not views:
        ends = {flow.origin, flow.destination}
        years = sorted({y for (o, d, _), s in series.items() if {o, d} == ends
                        for y in s.covered()})  # fmt: skip
        have = f"years {', '.join(map(str, years))}" if years else "no rows"
        outcome.reasons[claim.id] = (
            f"UN Comtrade: {have} for {flow.origin}-{flow.destination}; none cover "
            f"{when[0]:%Y-%m} to {when[1]:%Y-%m}"
        )
        return
    scored = [(relative_difference(claim.value, v.value), v) for v in views]
    best_diff, best = min(scored, key=lambda dv: (dv[0] is None, dv[0] or 0.0))
    tolerance = thresholds.fiscal_tolerance if best.split else thresholds.trade_tolerance
    agree = within(best_diff, tolerance)
    outcome.spoken.add(claim.id)
    others = "; ".join(
        f"{v.label}: {amount(v.value, 'USD')} ({percent(d)} apart)"
        for d, v in scored
        if v is not best
    )
    split = (
        f" {date_text(claim.period)} spans {len(months)} months, so calendar-year rows count "
        "pro rata (a twelfth per month), and the rougher fiscal tolerance of "
        f"{percent(thresholds.fiscal_tolerance)} applies."
        if best.split
        else ""
    )
    note = (
        f"UN Comtrade {best.label}: {amount(best.value, 'USD')} for {when[0]:%Y-%m} to "
        f"{when[1]:%Y-%m}; the document says {amount(claim.value, 'USD')}: {percent(best_diff)} "
        f"apart, {'within' if agree else 'beyond'} the tolerance of {percent(tolerance)}.{split}"
        + (f" Other reports: {others}." if others else "")
    )
    outcome.findings.append(Finding(
        type="corroboration" if agree else "contradiction",
        pair=pair,
        subject=f"{flow_words(claim)}, {date_text(claim.period)}",
        claims=(observation_claim(claim), *(observation_claim(r) for r in best.rows)),
        field="value",
        relative_difference=best_diff,
        note=note,
    ))  # fmt: skip


def flow_words(obs: Observation) -> str:
    """"trade AZE -> PAK (reported by PAK)", "trade PAK <-> AZE (total)": the one
    direction rule of ``analyse.flows``."""
    flow = flow_of(obs)
    return f"trade {flow.text()}" + ("" if flow.directed else " (total)")


def _between_documents(
    pair: tuple[str, str],
    claims: Sequence[Observation],
    thresholds: Thresholds,
    copies: Mapping[str, str],
) -> list[Finding]:
    """Documents stating the same flow for the same period."""
    groups: dict[tuple[object, ...], list[Observation]] = defaultdict(list)
    for claim in claims:
        if claim.period.start is None:
            continue
        flow = flow_of(claim)
        ends = (flow.origin, flow.destination) if flow.directed else tuple(
            sorted((flow.origin, flow.destination))
        )
        key = (flow.directed, ends, (claim.commodity or "").casefold(), claim.unit,
               claim.period.start, claim.period.end)  # fmt: skip
        groups[key].append(claim)
    findings = []
    for group in groups.values():
        if len(group) < 2:
            continue
        subject = f"{flow_words(group[0])}, {date_text(group[0].period)}" + (
            f", {group[0].commodity}" if group[0].commodity else ""
        )
        stated = [Stated(observation_claim(o), o.value, title_of(observation_claim(o)))
                  for o in group]  # fmt: skip
        findings += compare_statements(pair, subject, "value", stated,
                                       thresholds.trade_tolerance, copies, "trade")  # fmt: skip
    return findings
