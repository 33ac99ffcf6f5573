"""Browsing a store page by page (what the server and other programs ask): the pairs
it holds, one page of a pair's events or figures with the total, and one document with
its footnotes and a sentence to highlight. Arguments are checked like every other
API call's (``UsageError`` names the wrong one); pages are cut in SQL."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadscope.api import checks
from dyadscope.api.views import NoDataError, open_store
from dyadscope.errors import UsageError
from dyadscope.model import Event, Observation

if TYPE_CHECKING:
    from dyadscope.store import Store

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
# document ids are hex digests; anything else cannot name a stored document
_DOC_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")


@dataclass(frozen=True, slots=True)
class Page:
    """One page of records: ``total`` match, ``records`` are those from ``offset`` on."""

    total: int
    limit: int
    offset: int
    records: list[Event] | list[Observation]

    def to_record(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
            "records": [r.to_record() for r in self.records],
        }


def page_bounds(limit: int | str | None, offset: int | str | None) -> tuple[int, int]:
    """``limit`` from 1 to ``MAX_LIMIT`` (default ``DEFAULT_LIMIT``), ``offset`` >= 0."""
    size = DEFAULT_LIMIT if limit is None else _whole(limit, "limit")
    skip = 0 if offset is None else _whole(offset, "offset")
    if not 1 <= size <= MAX_LIMIT:
        raise UsageError("limit", f"{size} is out of range: give 1 to {MAX_LIMIT}")
    if skip < 0:
        raise UsageError("offset", f"{skip} is negative: give 0 or more")
    return size, skip


def _whole(value: int | str, field: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise UsageError(field, f"{value!r} is not a whole number") from None


def store_pair(store: Store, pair: Sequence[str] | None) -> tuple[str, str]:
    """The pair by code or name; codes only the store knows are looked up only when the
    package's own do not match (listing them reads every event)."""
    if pair is None:
        raise UsageError("pair", "give two countries")
    try:
        chosen = checks.pair_codes(pair, "pair")
    except UsageError:
        chosen = checks.pair_codes(pair, "pair", store.actor_codes())
    assert chosen is not None
    return chosen


@contextmanager
def keep_open(db: Path | str | None = None) -> Iterator[None]:
    """Hold the store open read-only while the block runs, for a server answering many
    calls: DuckDB shares one open database per file within a process, so each call
    inside opens its connection in well under a millisecond instead of 15-25 ms, and
    finds the data it read last time still cached. Writers (in this process or
    another) wait until the block ends."""
    with open_store(db):
        yield


def pairs(db: Path | str | None = None) -> list[dict[str, Any]]:
    """Every pair the store holds events or figures for, most events first: ``pair``
    records with the two codes, their names, counts and first and last dates."""
    from dyadscope.store.pages import pair_counts

    with open_store(db) as store:
        found = pair_counts(store)
    return [
        {"record": "pair", "pair": list(p["pair"]),
         "names": [checks.actor_name(code) or code for code in p["pair"]],
         "events": p["events"], "observations": p["observations"],
         "first": p["first"], "last": p["last"]}
        for p in found
    ]  # fmt: skip


def event_page(
    pair: Sequence[str],
    *,
    db: Path | str | None = None,
    kinds: Sequence[str] = (),
    domains: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Page:
    """One page of the pair's stored events (every record, oldest first), filtered as
    ``event_records`` filters, with how many match in all."""
    from dyadscope.store.pages import event_page as read

    size, skip = page_bounds(limit, offset)
    chosen_kinds, chosen_domains = checks.kinds(kinds), checks.domains(domains)
    first, last = checks.period(since, until)
    with open_store(db) as store:
        total, found = read(
            store, store_pair(store, pair), kinds=chosen_kinds, domains=chosen_domains,
            since=first, until=last, limit=size, offset=skip,
        )  # fmt: skip
    return Page(total, size, skip, found)


def observation_page(
    pair: Sequence[str],
    *,
    db: Path | str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Page:
    """One page of the pair's stored figures (stated and imported), with the total."""
    from dyadscope.store.pages import observation_page as read

    size, skip = page_bounds(limit, offset)
    with open_store(db) as store:
        total, found = read(store, store_pair(store, pair), limit=size, offset=skip)
    return Page(total, size, skip, found)


def highlight_span(value: str | None) -> tuple[int, int] | None:
    """``"START-END"`` (character offsets, START <= END) as two numbers."""
    if value is None or value == "":
        return None
    match = re.fullmatch(r"(\d{1,12})-(\d{1,12})", value.strip())
    if not match:
        raise UsageError("highlight", f"{value!r}: give START-END, two character offsets")
    start, end = int(match[1]), int(match[2])
    if start > end:
        raise UsageError("highlight", f"{value!r}: START is after END")
    return start, end


def document(
    doc_id: str, *, db: Path | str | None = None, highlight: str | None = None
) -> dict[str, Any]:
    """A stored document as a ``document`` record: its text, metadata and footnotes,
    and ``highlight`` (a sentence's offsets, checked against the text) to mark."""
    from dyadscope.store.pages import document as read

    if not _DOC_ID.fullmatch(doc_id or ""):
        raise UsageError("id", f"{doc_id[:80]!r} is not a document id")
    span = highlight_span(highlight)
    with open_store(db) as store:
        found = read(store, doc_id)
    if found is None:
        raise NoDataError(f"no document {doc_id} in the store")
    text = found["text"] or ""
    if span is not None and span[1] > len(text):
        raise UsageError("highlight", f"{span[0]}-{span[1]} is beyond the text's "
                                      f"{len(text)} characters")  # fmt: skip
    return {
        "record": "document",
        **found,
        "text": text,
        "highlight": {"start": span[0], "end": span[1]} if span else None,
    }


__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "Page",
    "document",
    "event_page",
    "highlight_span",
    "keep_open",
    "observation_page",
    "page_bounds",
    "pairs",
]
