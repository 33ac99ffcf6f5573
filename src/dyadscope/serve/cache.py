"""A small in-process cache for what is slow to make and asked for again (chart SVGs,
briefs, indicators): keyed by the store file's state and the request, least recently
used dropped first. Concurrent requests for one key wait for a single computation
instead of each rendering it (a page asks for several charts at once)."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def store_stamp(db: Path) -> tuple[int, ...]:
    """What changes whenever the store does: size and modification time of the file
    and of its write-ahead log. A missing file stamps as zeros."""
    out: list[int] = []
    for path in (db, db.with_name(db.name + ".wal")):
        try:
            info = os.stat(path)
        except OSError:
            out += [0, 0]
            continue
        out += [info.st_mtime_ns, info.st_size]
    return tuple(out)


class Cache:
    """Least-recently-used results; ``get(key, make)`` computes each key once."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._done: OrderedDict[Hashable, Any] = OrderedDict()
        self._running: dict[Hashable, Future[Any]] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        """The cached value of ``key``, made by ``make()`` the first time. An error
        raised by ``make`` reaches every caller waiting on it and is not kept."""
        with self._lock:
            if key in self._done:
                self._done.move_to_end(key)
                self.hits += 1
                value: T = self._done[key]
                return value
            running = self._running.get(key)
            if running is None:
                self.misses += 1
                running = self._running[key] = Future()
                owner = True
            else:
                owner = False
        if not owner:
            result: T = running.result()
            return result
        try:
            made = make()
        except BaseException as exc:
            with self._lock:
                del self._running[key]
            running.set_exception(exc)
            raise
        with self._lock:
            del self._running[key]
            self._done[key] = made
            while len(self._done) > self.size:
                self._done.popitem(last=False)
        running.set_result(made)
        return made

    def clear(self) -> None:
        with self._lock:
            self._done.clear()
