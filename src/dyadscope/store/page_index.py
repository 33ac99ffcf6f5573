"""The order of a filtered event list, kept between pages: the first page of a pair
sorts its matching rows once (about half a page's cost on a million events), later
pages of the same pair and filters only read their rows.

An entry is keyed by the store file's state (size and modification time of the file
and its write-ahead log), so any write makes it stale; entries are bounded by how many
row ids they hold in all, not by count.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path

MAX_ROW_IDS = 4_000_000  # 32 MB of row ids in all


def file_state(path: Path | None) -> tuple[int, ...] | None:
    """What changes when the store is written; None for an in-memory store (never kept)."""
    if path is None:
        return None
    state: list[int] = []
    for part in (path, path.with_name(path.name + ".wal")):
        try:
            stat = part.stat()
        except OSError:
            state += [-1, -1]
            continue
        state += [stat.st_size, stat.st_mtime_ns]
    return tuple(state)


class OrderIndex:
    """Row ids in page order per (store state, query); least recently used dropped first."""

    def __init__(self, max_row_ids: int = MAX_ROW_IDS) -> None:
        self._entries: OrderedDict[Hashable, array[int]] = OrderedDict()
        self._held = 0
        self._max = max_row_ids
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], list[int]]) -> array[int]:
        """The row ids of ``key``, computed (outside the lock) when not kept."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return found
        ids = array("q", compute())
        if len(ids) <= self._max:
            with self._lock:
                if key not in self._entries:
                    self._entries[key] = ids
                    self._held += len(ids)
                while self._held > self._max and self._entries:
                    _, dropped = self._entries.popitem(last=False)
                    self._held -= len(dropped)
        return ids

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._held = 0


EVENT_ORDER = OrderIndex()
