"""Documents' arms claims against SIPRI's trade register.

A document's claim is an ``arms_transfer`` event that happened, or a deal (kind
family "agree") in the military domain that names a weapon. A SIPRI row speaks to
it when supplier and recipient agree (either way for a deal, whose sides are
unordered), the weapon family agrees (``weapons``; a claim naming no weapon is
matched on the sides and years alone) and the years fit: the document's year lies
within ``arms_year_slack`` years of the row's order-to-last-delivery years (an
undated claim fits any). Then the number of items is compared with the numbers
ordered and delivered, and a deal value with the one in SIPRI's comment ("$1.6 b
deal"). A dated claim whose weapon SIPRI lists for the pair only in other years is
a date contradiction when the numbers do not tell two deals apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dyadscope.analyse.findings.common import (
    Outcome,
    event_claim,
    head_noun,
    percent,
    plural,
    relative_difference,
    span,
)
from dyadscope.analyse.findings.thresholds import Thresholds, within
from dyadscope.analyse.findings.weapons import (
    designation_family,
    event_families,
    names,
    quantity_family,
    sipri_designation,
)
from dyadscope.model import Claim, DateRef, Event, Finding, Precision, kind_family

DATASET = "sipri"
_DEAL = re.compile(r"\$\s?(\d+(?:\.\d+)?)\s?(b|bn|billion|m|million)\b", re.IGNORECASE)
_SCALE = {"b": 1e9, "bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6}
SHOWN_ROWS = 3  # rows listed in a finding that several rows support


@dataclass(frozen=True, slots=True)
class SipriRow:
    """A SIPRI register row as the comparison reads it."""

    event: Event
    supplier: str
    recipient: str
    designation: str
    family: str
    description: str
    first_year: int | None  # order year
    last_year: int | None  # last delivery year, else the order year
    ordered: float | None
    delivered: float | None
    deal_value: float | None  # USD, from the comment
    comment: str

    @property
    def years_text(self) -> str:
        delivery = self.event.extra.get("Year(s) of delivery")
        text = f"ordered {self.first_year}" if self.first_year else "order year unknown"
        return f"{text}, delivered {delivery}" if delivery else f"{text}, not delivered"

    def period(self) -> DateRef:
        start = str(self.first_year) if self.first_year else None
        end = str(self.last_year) if self.last_year and self.last_year != self.first_year else None
        precision: Precision = "range" if end else "year" if start else "unknown"
        return DateRef(start, end, precision, self.years_text)

    def describe(self) -> str:
        """"PAK -> AZE: 10 MFI-17 Supporter trainer aircraft, ordered 2017, delivered 2018"."""
        counts = [q.text for q in self.event.quantities if q.text]
        what = f"{self.designation} {self.description}".strip()
        text = f"{self.supplier} -> {self.recipient}: {what} ({'; '.join(counts) or 'no numbers'})"
        text += f", {self.years_text}"
        return f"{text}; comment: {self.comment}" if self.comment else text


def sipri_rows(events: Sequence[Event]) -> list[SipriRow]:
    rows = []
    for event in events:
        if event.source.dataset != DATASET or event.actor1 is None or event.actor2 is None:
            continue
        extra = event.extra
        order = event.date.year
        deliveries = [int(y) for y in re.findall(r"\d{4}", str(extra.get("Year(s) of delivery")))]
        comment = str(extra.get("Comments") or "").strip()
        deal = _DEAL.search(comment)
        designation = sipri_designation(event) or ""
        rows.append(SipriRow(
            event=event,
            supplier=event.actor1.code,
            recipient=event.actor2.code,
            designation=designation,
            family=designation_family(designation) if designation else "",
            description=str(extra.get("Weapon description") or "").strip(),
            first_year=order or (min(deliveries) if deliveries else None),
            last_year=max([*deliveries, order or 0]) or None,
            ordered=_number(event, "ordered"),
            delivered=_number(event, "delivered"),
            deal_value=float(deal[1]) * _SCALE[deal[2].lower()] if deal else None,
            comment=comment,
        ))  # fmt: skip
    return rows


def _number(event: Event, what: str) -> float | None:
    for quantity in event.quantities:
        if quantity.unit == "count" and quantity.text.split(" ")[1:2] == [what]:
            return float(quantity.value)
    return None


def arms_claims(events: Sequence[Event]) -> list[Event]:
    """Documents' claims that arms went from one side to the other."""
    out = []
    for event in events:
        if event.source.dataset is not None or event.status != "actual":
            continue
        if event.kind == "arms_transfer" or (
            kind_family(event.kind) == "agree"
            and event.domain == "military"
            and event_families(event)
        ):
            out.append(event)
    return out


def _text(event: Event) -> str:
    items = " ".join(q.item or "" for q in event.quantities)
    return f"{event.source.sentence or ''} {items}"


def _directions(event: Event) -> set[tuple[str, str]]:
    if event.actor1 is None or event.actor2 is None:
        return set()
    a, b = event.actor1.code, event.actor2.code
    return {(a, b)} if event.kind == "arms_transfer" else {(a, b), (b, a)}


def _years_fit(event: Event, row: SipriRow, slack: int) -> bool | None:
    """Whether the claim's years fit the row's; None when the claim is undated."""
    when = span(event.date)
    if when is None:
        return None
    if row.first_year is None or row.last_year is None:
        return True
    return when[0].year <= row.last_year + slack and when[1].year >= row.first_year - slack


def match_arms(
    pair: tuple[str, str], events: Sequence[Event], thresholds: Thresholds
) -> Outcome:
    """Corroborations and contradictions between documents' arms claims and SIPRI."""
    rows = sipri_rows(events)
    outcome = Outcome()
    claims = arms_claims(events)
    if not rows:
        for claim in claims:
            outcome.reasons[claim.id] = (
                "SIPRI: no rows for the pair in the store (import the SIPRI trade register "
                "to check arms transfers)"
            )
        return outcome
    for claim in claims:
        _match_claim(pair, claim, rows, thresholds, outcome)
    return outcome


def _match_claim(
    pair: tuple[str, str],
    claim: Event,
    rows: list[SipriRow],
    thresholds: Thresholds,
    outcome: Outcome,
) -> None:
    directions = _directions(claim)
    sided = [r for r in rows if (r.supplier, r.recipient) in directions]
    text = _text(claim)
    families = event_families(claim)
    armed = [r for r in sided if r.family and names(text, r.family)]
    weapon = bool(families or armed)
    if not weapon:
        if span(claim.date) is None:
            outcome.reasons[claim.id] = (
                f"SIPRI: {plural(len(sided), 'row')} for these sides; the claim names no weapon "
                "SIPRI lists and gives no date, so no row can be told to be the same deal"
            )
            return
        # a dated claim naming no weapon: the sides, the years and the kind of item decide
        nouns = {head_noun(q.item) for q in claim.quantities if q.item} - {None}
        armed = [r for r in sided if not nouns or head_noun(r.description) in nouns]
    fitting = [r for r in armed if _years_fit(claim, r, thresholds.arms_year_slack) is not False]
    if not fitting:
        _no_fitting_row(pair, claim, armed if weapon else [], sided, thresholds, outcome)
        return
    outcome.spoken.add(claim.id)
    counts = _claim_counts(claim, families)
    before = len(outcome.findings)
    chosen = _compare_counts(pair, claim, counts, fitting, thresholds, outcome)
    _compare_value(pair, claim, chosen or fitting, thresholds, outcome)
    if len(outcome.findings) == before:
        shown = fitting[:SHOWN_ROWS]
        outcome.findings.append(Finding(
            type="corroboration",
            pair=pair,
            subject=_subject(claim, shown[0]),
            claims=(event_claim(claim), *(_row_claim(r, None) for r in shown)),
            field="actors",
            note=_row_note(shown, len(fitting), claim, thresholds)
            + " No number or value of the claim can be set against the row's, so the "
            "transfer itself (who supplied what to whom) is what agrees.",
        ))  # fmt: skip


def _claim_counts(claim: Event, families: frozenset[str]) -> list[tuple[float, str | None]]:
    """Numbers of items the claim states, each with its family (or, for an item no
    family names, its head noun: "corvettes" -> "corvette")."""
    out: list[tuple[float, str | None]] = []
    for q in claim.quantities:
        if q.unit == "count" and q.value > 0:
            family = quantity_family(q, families)
            out.append((float(q.value), family or f"item:{head_noun(q.item) or ''}"))
    return out


def _counts_for(rows: list[SipriRow], family: str | None) -> list[SipriRow]:
    """The rows a number of items can be compared with: those of its family, or whose
    description ends in its item's noun ("4 corvettes" and SIPRI's "corvette")."""
    if family is None:
        return rows
    if family.startswith("item:"):
        noun = family.removeprefix("item:")
        return [r for r in rows if noun and head_noun(r.description) == noun]
    return [r for r in rows if r.family == family]


def _compare_counts(
    pair: tuple[str, str],
    claim: Event,
    counts: list[tuple[float, str | None]],
    rows: list[SipriRow],
    thresholds: Thresholds,
    outcome: Outcome,
) -> list[SipriRow]:
    """A finding per stated number: the row that agrees with it, else the closest row."""
    chosen: list[SipriRow] = []
    for value, family in counts:
        candidates = _counts_for(rows, family)
        best: tuple[float, SipriRow, float] | None = None
        for row in candidates:
            for number in (row.ordered, row.delivered):
                if number is None or number <= 0:
                    continue
                diff = relative_difference(value, number)
                if diff is not None and (best is None or diff < best[0]):
                    best = (diff, row, number)
        if best is None:
            continue
        diff, row, number = best
        agree = within(diff, thresholds.count_tolerance)
        chosen.append(row)
        outcome.findings.append(Finding(
            type="corroboration" if agree else "contradiction",
            pair=pair,
            subject=_subject(claim, row),
            claims=(event_claim(claim, value, "count"), _row_claim(row, number)),
            field="quantity",
            relative_difference=diff,
            note=_row_note([row], len(rows), claim, thresholds) + (
                f" The document's {value:g} {'matches' if agree else 'differs from'} SIPRI's "
                f"{number:g} ({'within' if agree else 'beyond'} the count tolerance of "
                f"{percent(thresholds.count_tolerance)})."
                + ("" if agree else " A different number may be a part delivery, a later "
                   "batch or another order; SIPRI estimates numbers it marks '(estimate)'.")
            ),
        ))  # fmt: skip
    return chosen


def _compare_value(
    pair: tuple[str, str],
    claim: Event,
    rows: list[SipriRow],
    thresholds: Thresholds,
    outcome: Outcome,
) -> None:
    money = [q for q in claim.quantities if q.unit == "money" and q.currency == "USD"]
    valued = [r for r in rows if r.deal_value]
    if not money or not valued:
        return
    quantity, row = money[0], valued[0]
    assert row.deal_value is not None
    diff = relative_difference(float(quantity.value), row.deal_value)
    agree = within(diff, thresholds.value_tolerance)
    outcome.findings.append(Finding(
        type="corroboration" if agree else "contradiction",
        pair=pair,
        subject=_subject(claim, row) + ": value of the deal",
        claims=(event_claim(claim, float(quantity.value), "USD"),
                _row_claim(row, row.deal_value, "USD")),
        field="value",
        relative_difference=diff,
        note=f"SIPRI's comment on the row says {row.comment!r}; the document says "
        f"{quantity.text or quantity.value}. They differ by {percent(diff)} "
        f"({'within' if agree else 'beyond'} the value tolerance of "
        f"{percent(thresholds.value_tolerance)}). A comment's value may cover a whole "
        "package of which this row is a part.",
    ))  # fmt: skip


def _no_fitting_row(
    pair: tuple[str, str],
    claim: Event,
    armed: list[SipriRow],
    sided: list[SipriRow],
    thresholds: Thresholds,
    outcome: Outcome,
) -> None:
    """No row of the claim's years: a date contradiction when a row of the weapon
    (``armed``) exists and the numbers do not say it is another deal, else unverified."""
    counts = {v for v, _ in _claim_counts(claim, event_families(claim))}
    same = [r for r in armed if not counts or counts & {r.ordered, r.delivered}]
    if same:
        row = min(same, key=lambda r: _year_gap(claim, r))
        outcome.spoken.add(claim.id)
        outcome.findings.append(Finding(
            type="contradiction",
            pair=pair,
            subject=_subject(claim, row) + ": date",
            claims=(event_claim(claim), _row_claim(row, row.ordered)),
            field="date",
            note=_row_note([row], len(same), claim, thresholds)
            + f" SIPRI lists this weapon for these sides only {row.years_text}; the document "
            f"dates it {claim.date.text or claim.date.start}, more than "
            f"{thresholds.arms_year_slack} year(s) apart. Either a date is wrong or the "
            "document speaks of a deal SIPRI does not list.",
        ))  # fmt: skip
        return
    years = sorted({r.first_year for r in sided if r.first_year})
    listed = ""
    if years:
        span_text = str(years[0]) if years[0] == years[-1] else f"{years[0]}-{years[-1]}"
        listed = f" (order year{'s' if len(years) > 1 else ''} {span_text})"
    outcome.reasons[claim.id] = (
        f"SIPRI: {plural(len(sided), 'row')} for these sides{listed}, none of this weapon in "
        f"years within {thresholds.arms_year_slack} of the claim's"
    )


def _year_gap(claim: Event, row: SipriRow) -> int:
    when = span(claim.date)
    if when is None or row.first_year is None or row.last_year is None:
        return 0
    return min(abs(when[0].year - row.first_year), abs(when[1].year - row.last_year))


def _row_claim(row: SipriRow, value: float | None, unit: str | None = "count") -> Claim:
    return Claim(
        record=row.event.id,
        source=row.event.source,
        value=value,
        unit=unit if value is not None else None,
        period=row.period(),
    )


def _subject(claim: Event, row: SipriRow) -> str:
    """"Super Mushshak trainer aircraft (SIPRI: MFI-17 Supporter) from PAK to AZE, 2017"."""
    items = [q.item for q in claim.quantities if q.item]
    what = items[0] if items else (row.designation or "arms")
    if row.designation and row.designation.casefold() not in what.casefold():
        what = f"{what} (SIPRI: {row.designation})"
    year = f", ordered {row.first_year}" if row.first_year else ""
    return f"{what} from {row.supplier} to {row.recipient}{year}"


def _row_note(shown: list[SipriRow], total: int, claim: Event, thresholds: Thresholds) -> str:
    rows = "; ".join(f"SIPRI row {r.event.source.row} ({r.describe()})" for r in shown)
    more = f" (and {total - len(shown)} more rows)" if total > len(shown) else ""
    family = shown[0].family if shown else ""
    named = [repr(q.item) for q in claim.quantities if q.item] or ["the weapon it names"]
    if family and shown[0].designation and family != shown[0].designation:
        more += (
            f". Weapon family {family}: the document's {named[0]} and SIPRI's "
            f"{shown[0].designation!r} are versions of one design"
        )
    when = span(claim.date)
    dates = (
        "The claim is undated, so years were not compared."
        if when is None
        else f"The claim's date ({claim.date.text or claim.date.start}) lies within "
        f"{thresholds.arms_year_slack} year(s) of the row's years."
    )
    return f"{rows}{more}. {dates}"
