"""What every comparison needs: which sources are independent, date spans, relative
differences, and claims (a record's value with its source) for a finding."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from dyadscope.model import UNDIRECTED_KINDS, Claim, DateRef, Event, Finding, Observation, Source
from dyadscope.periods import parse_partial_date

Span = tuple[date, date]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one matcher found: its findings, the ids of the document claims a data-set
    row spoke to (agreeing or not), and why the others could not be checked."""

    findings: list[Finding] = field(default_factory=list)
    spoken: set[str] = field(default_factory=set)
    reasons: dict[str, str] = field(default_factory=dict)


def span(when: DateRef | None) -> Span | None:
    """First and last day a date can mean ("2003-05" -> 1-31 May; a fiscal year's
    start to its end); None when undated or unreadable."""
    if when is None or not when.start:
        return None
    return _span(when.start[:10], (when.end or when.start)[:10])


@lru_cache(maxsize=1 << 16)
def _span(start: str, end: str) -> Span | None:
    try:
        first = parse_partial_date(start).first_day()
        last = parse_partial_date(end).last_day()
    except ValueError:
        return None
    return (first, last) if first <= last else (last, first)


def spans_meet(a: Span, b: Span, slack_days: int = 0) -> bool:
    """Whether two spans overlap or lie at most ``slack_days`` apart."""
    slack = timedelta(days=slack_days)
    return a[0] - slack <= b[1] and b[0] - slack <= a[1]


def date_text(when: DateRef | None) -> str:
    """A date as the source gave it ("2013-14", "May 2003"), its ISO form beside words
    without a number ("2024 (earlier this year)"), else its ISO form."""
    if when is None or not when.start:
        return "undated"
    iso = when.start if not when.end or when.end == when.start else f"{when.start}/{when.end}"
    if when.text and any(ch.isdigit() for ch in when.text):
        return when.text
    return f"{iso} ({when.text})" if when.text else iso


def root(source: Source, copies: Mapping[str, str]) -> str:
    """Who stands behind a source: the data set, or the original of a document (a
    near-duplicate's original, followed to the first one)."""
    if source.dataset is not None:
        return f"dataset:{source.dataset}"
    doc = source.doc or source.title or ""
    seen = {doc}
    while doc in copies and copies[doc] not in seen:
        doc = copies[doc]
        seen.add(doc)
    return f"doc:{doc}"


def cited_urls(source: Source) -> set[str]:
    return {c.url for c in source.citations if c.url}


def independent(a: Source, b: Source, copies: Mapping[str, str]) -> bool:
    """Two sources count as two: not the same data set, not one document (two of its
    sentences), not a copy and its original, and not two sentences resting on the same
    cited source (the same footnoted URL)."""
    if root(a, copies) == root(b, copies):
        return False
    if a.dataset is None and b.dataset is None:
        return not (cited_urls(a) & cited_urls(b))
    return True


def relative_difference(a: float, b: float) -> float | None:
    """``|a - b| / min(|a|, |b|)``: how far the larger exceeds the smaller; None when
    one is zero and the other is not (no ratio), 0 when both are zero."""
    low = min(abs(a), abs(b))
    if a == b:
        return 0.0
    if low == 0:
        return None
    return abs(a - b) / low


def percent(fraction: float | None) -> str:
    """0.136 -> "13.6%", 0.1 -> "10%", 1.36 -> "136%"; None -> "n/a"."""
    if fraction is None:
        return "n/a"
    value = fraction * 100
    text = f"{value:.0f}" if value >= 100 else f"{value:.1f}".removesuffix(".0")
    return f"{text}%"


def event_claim(event: Event, value: float | str | None = None, unit: str | None = None) -> Claim:
    return Claim(record=event.id, source=event.source, value=value, unit=unit, period=event.date)


def observation_claim(obs: Observation) -> Claim:
    return Claim(
        record=obs.id, source=obs.source, value=float(obs.value), unit=obs.unit, period=obs.period
    )


def is_document(record: Event | Observation) -> bool:
    return record.source.dataset is None


def dataset_names(records: Iterable[Event | Observation]) -> dict[str, int]:
    """Rows per data set among ``records``."""
    counts: dict[str, int] = {}
    for record in records:
        name = record.source.dataset
        if name is not None:
            counts[name] = counts.get(name, 0) + 1
    return counts


DATASET_TITLES = {
    "gdelt1": "GDELT 1.0", "gdelt2": "GDELT 2.0", "icews": "ICEWS", "polecat": "POLECAT",
    "sipri": "SIPRI", "comtrade": "UN Comtrade", "gdelt": "GDELT",
}  # fmt: skip


def dataset_title(name: str) -> str:
    return DATASET_TITLES.get(name, name)


def sides(event: Event) -> str:
    """"PAK -> AZE", or "AZE-PAK" for an undirected event."""
    first = event.actor1.code if event.actor1 else "?"
    second = event.actor2.code if event.actor2 else "?"
    if event.kind in UNDIRECTED_KINDS:
        return "-".join(sorted((first, second)))
    return f"{first} -> {second}"


def head_noun(item: str | None) -> str | None:
    """The noun an item ends in, singular ("military units" -> "unit")."""
    if not item or not item.split():
        return None
    word = item.split()[-1].casefold()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def plural(count: int, word: str) -> str:
    """"1 row", "3 rows"."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"
