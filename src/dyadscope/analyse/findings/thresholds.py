"""Every threshold the check uses, with its default and the reason for it.

Differences are relative: ``|a - b| / min(|a|, |b|)``, "the larger figure exceeds
the smaller by this much" (0.10 = 10%). A difference at or below a tolerance is
agreement; above it, disagreement.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Threshold:
    """One threshold as the API and the command line document it."""

    name: str
    default: float | int
    unit: str  # "fraction" or "days" or "years"
    help: str


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The check's thresholds (see ``THRESHOLDS`` for why each default)."""

    mirror_gap: float = 0.10
    trade_tolerance: float = 0.10
    fiscal_tolerance: float = 0.25
    value_tolerance: float = 0.10
    count_tolerance: float = 0.0
    date_slack_days: int = 7
    arms_year_slack: int = 1
    status_window_days: int = 365


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        "mirror_gap", 0.10, "fraction",
        "A Comtrade flow whose importer-reported value and exporter-reported value differ "
        "by more than this is a mirror gap. Importers report CIF (goods plus freight and "
        "insurance), exporters FOB; that margin is usually 5-10%, so up to 10% is the "
        "expected difference between two honest reports of one flow.",
    ),
    Threshold(
        "trade_tolerance", 0.10, "fraction",
        "A document's trade figure agrees with Comtrade (or another document) within this "
        "when the periods are the same: documents round, quote one side's statistics "
        "(CIF or FOB) and quote them before revisions.",
    ),
    Threshold(
        "fiscal_tolerance", 0.25, "fraction",
        "The same when the document's period is a fiscal year compared with the pro-rata "
        "share of calendar-year figures (Pakistan's FY 2013-14 = half of 2013 plus half of "
        "2014): the month-by-month profile is unknown, so the estimate is rougher.",
    ),
    Threshold(
        "value_tolerance", 0.10, "fraction",
        "Two values of one deal agree within this: reports round ('about $1.5 billion' "
        "for $1.6 billion) and convert currencies at different rates.",
    ),
    Threshold(
        "count_tolerance", 0.0, "fraction",
        "Two numbers of items (aircraft, ships) agree within this; 0 means they must be "
        "equal: eight jets and sixteen jets are two different claims.",
    ),
    Threshold(
        "date_slack_days", 7, "days",
        "A document's event and a data-set row (or two documents' events) of the same kind "
        "between the same sides are one event when their dates are at most this many days "
        "apart: GDELT dates a row by the day of the report, often a few days after the act; "
        "a wider window lets another meeting of the pair pass for this one.",
    ),
    Threshold(
        "arms_year_slack", 1, "years",
        "A document's arms deal and a SIPRI row are one deal when the document's year is "
        "within this many years of SIPRI's order-to-last-delivery years: SIPRI dates the "
        "contract, news often the announcement, a letter of intent or the first delivery.",
    ),
    Threshold(
        "status_window_days", 365, "days",
        "A denial ('no contract has been signed') contradicts a claim that the act took "
        "place when the act is dated before the denial, at most this many days before it; "
        "an act dated after the denial may simply have come later.",
    ),
)  # fmt: skip

TOLERANCE_EPSILON = 1e-9  # float noise: 110 vs 100 is exactly 10%, inside a 10% tolerance


def within(difference: float | None, tolerance: float) -> bool:
    """A relative difference at or below ``tolerance`` (None: not comparable, False)."""
    return difference is not None and difference <= tolerance + TOLERANCE_EPSILON
