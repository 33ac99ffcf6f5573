"""Several documents stating one figure: who agrees, who does not.

Used for trade figures (one flow, one period) and for deals (the value of one deal,
the number of aircraft in it). One claim per independent source counts: a second
sentence of the same document, or a copy of it, adds nothing. Values are sorted and
grouped; a group holds values within the tolerance of its smallest. A group told by
two or more independent sources is a corroboration; two or more groups are a
contradiction, shown with one claim of each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dyadscope.analyse.findings.common import independent, percent, relative_difference, root
from dyadscope.analyse.findings.thresholds import within
from dyadscope.model import Claim, Finding

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}


def amount(value: float | str | None, unit: str | None) -> str:
    """"$37.45 million", "10", "PKR 2.1 billion"."""
    if not isinstance(value, int | float):
        return str(value) if value is not None else "?"
    scaled, word = float(value), ""
    for size, name in _SCALES:
        if abs(scaled) >= size:
            scaled, word = scaled / size, f" {name}"
            break
    text = f"{scaled:,.3f}".rstrip("0").rstrip(".") + word
    if unit in (None, "", "count"):
        return text
    sign = _SIGNS.get(unit.upper())
    return f"{sign}{text}" if sign else f"{unit} {text}"


@dataclass(frozen=True, slots=True)
class Stated:
    """One source's statement of a figure."""

    claim: Claim
    value: float
    title: str


def compare_statements(
    pair: tuple[str, str],
    subject: str,
    field: str,
    statements: Sequence[Stated],
    tolerance: float,
    copies: Mapping[str, str],
    what: str,
) -> list[Finding]:
    """Corroborations and a contradiction among documents stating one figure
    (``what`` names the tolerance in the notes: "trade", "value", "count")."""
    by_root: dict[str, Stated] = {}
    for stated in statements:
        by_root.setdefault(root(stated.claim.source, copies), stated)
    if len(by_root) < 2:
        return []
    ordered = sorted(by_root.values(), key=lambda s: (s.value, s.claim.record))
    groups: list[list[Stated]] = []
    for stated in ordered:
        if groups and within(relative_difference(groups[-1][0].value, stated.value), tolerance):
            groups[-1].append(stated)
        else:
            groups.append([stated])
    findings = []
    unit = statements[0].claim.unit
    for group in groups:
        agreeing = _independent(group, copies)
        if len(agreeing) < 2:
            continue
        values = ", ".join(f"{amount(s.value, unit)} ({s.title})" for s in agreeing)
        findings.append(Finding(
            type="corroboration",
            pair=pair,
            subject=subject,
            claims=tuple(s.claim for s in agreeing),
            field=field,
            relative_difference=relative_difference(agreeing[0].value, agreeing[-1].value),
            note=f"{len(agreeing)} independent sources agree within the {what} tolerance of "
            f"{percent(tolerance)}: {values}.",
        ))  # fmt: skip
    if len(groups) > 1:
        shown = [group[0] for group in groups]
        difference = relative_difference(shown[0].value, shown[-1].value)
        values = "; ".join(f"{amount(s.value, unit)} ({s.title})" for s in shown)
        findings.append(Finding(
            type="contradiction",
            pair=pair,
            subject=subject,
            claims=tuple(s.claim for s in shown),
            field=field,
            relative_difference=difference,
            note=f"The sources differ by up to {percent(difference)}, beyond the {what} "
            f"tolerance of {percent(tolerance)}: {values}.",
        ))  # fmt: skip
    return findings


def _independent(group: list[Stated], copies: Mapping[str, str]) -> list[Stated]:
    """The statements of a group that are independent of every earlier one kept."""
    kept: list[Stated] = []
    for stated in group:
        if all(independent(stated.claim.source, k.claim.source, copies) for k in kept):
            kept.append(stated)
    return kept


def title_of(claim: Claim) -> str:
    source = claim.source
    if source.dataset is not None:
        return f"{source.dataset} row {source.row}"
    return source.title or source.doc or "untitled document"
