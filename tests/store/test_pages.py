"""Pages of a pair's events: together they are the pair's events, each once, in date
order; a write to the store is seen by the next page; the kept orders stay bounded."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "report"))
from records import event

from dyadscope.model import DateRef, Event
from dyadscope.store import Store
from dyadscope.store.page_index import OrderIndex
from dyadscope.store.pages import event_page

PAIR = ("AZE", "PAK")


def _events(n: int, prefix: str = "e") -> list[Event]:
    return [event(f"{prefix}{i}", "meeting", "diplomatic",
                  DateRef(f"{2000 + (i * 7) % 25}-0{1 + i % 9}", None, "month", ""),
                  f"Talks number {i}.", start=i)
            for i in range(n)]  # fmt: skip


def _all_pages(store: Store, size: int) -> tuple[int, list[str]]:
    seen: list[str] = []
    offset, total = 0, None
    while True:
        total, found = event_page(store, PAIR, limit=size, offset=offset)
        if not found:
            return total, seen
        seen += [e.id for e in found]
        offset += size


def test_pages_cover_every_event_once_in_date_order(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.insert_events(_events(230))
        total, ids = _all_pages(store, 25)
        assert total == 230 and sorted(ids) == sorted(f"e{i}" for i in range(230))
        dates = [e.date.start for e in store.events(PAIR)]
        paged = {e.id: e.date.start for e in store.events(PAIR)}
        assert [paged[i] for i in ids] == sorted(dates)


def test_a_write_is_seen_by_the_next_page(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.insert_events(_events(40))
        assert event_page(store, PAIR, limit=10, offset=0)[0] == 40
        early = replace(_events(1, "new")[0], date=DateRef("1990-01", None, "month", ""))
        store.insert_events([early])
        total, first = event_page(store, PAIR, limit=10, offset=0)
        assert total == 41 and first[0].id == "new0"


def test_kept_orders_are_bounded_by_row_ids() -> None:
    index = OrderIndex(max_row_ids=10)
    index.get("a", lambda: list(range(6)))
    index.get("b", lambda: list(range(6)))  # 12 > 10: "a", the oldest, goes
    calls: list[str] = []
    index.get("a", lambda: calls.append("a") or [1])  # type: ignore[func-returns-value]
    assert calls == ["a"]
    too_big = index.get("c", lambda: list(range(50)))
    assert len(too_big) == 50  # answered, never kept


@pytest.mark.parametrize("offset", [0, 35, 39, 40, 1000])
def test_an_offset_past_the_end_gives_the_total_and_no_events(
    tmp_path: Path, offset: int
) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.insert_events(_events(40))
        total, found = event_page(store, PAIR, limit=10, offset=offset)
        assert total == 40 and len(found) == max(0, min(10, 40 - offset))
