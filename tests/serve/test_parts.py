"""The server's small parts on their own: the pair in a URL, upload names, the cache
(least recently used out, one computation per key) and the store's readers-writer
lock with its hold."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from dyadscope.errors import DyadscopeError, UsageError
from dyadscope.serve import params
from dyadscope.serve.access import StoreAccess
from dyadscope.serve.cache import Cache
from dyadscope.serve.routes_write import safe_name


@pytest.mark.parametrize(
    ("given", "pair"),
    [("AZE-PAK", ("AZE", "PAK")), ("aze,pak", ("aze", "pak")),
     ("Guinea-Bissau-Senegal", ("Guinea-Bissau", "Senegal")),
     ("Timor-Leste-IDN", ("Timor-Leste", "IDN")), (" AZE - PAK ", ("AZE", "PAK"))],
)  # fmt: skip
def test_a_pair_from_a_url(given: str, pair: tuple[str, str]) -> None:
    assert params.pair(given) == pair


@pytest.mark.parametrize("given", ["", "AZE", "AZE,PAK,IND", "x" * 300])
def test_a_pair_that_is_not_one(given: str) -> None:
    with pytest.raises(UsageError) as caught:
        params.pair(given)
    assert caught.value.field == "pair"


def test_lists_come_repeated_or_with_commas() -> None:
    assert params.listed(["a,b", " c ", ""], "kind") == ("a", "b", "c")


@pytest.mark.parametrize(
    ("filename", "safe"),
    [("report.html", "report.html"), ("../../etc/passwd.txt", "passwd.txt"),
     ("C:\\Users\\x\\notes.md", "notes.md"), ("we ird;name$.pdf", "we_ird_name_.pdf"),
     (".hidden.txt", "hidden.txt"), ("a\x00b.txt", "a_b.txt")],
)  # fmt: skip
def test_upload_names_stay_inside_the_folder(filename: str, safe: str) -> None:
    assert safe_name(filename) == safe


@pytest.mark.parametrize("filename", ["", "..", "/", "noext", "trailing.", "...."])
def test_upload_names_without_a_suffix_are_refused(filename: str) -> None:
    with pytest.raises(UsageError) as caught:
        safe_name(filename)
    assert caught.value.field == "filename"


def test_the_cache_drops_the_least_recently_used() -> None:
    cache = Cache(size=2)
    made: list[str] = []

    def maker(key: str) -> str:
        made.append(key)
        return key.upper()

    assert cache.get("a", lambda: maker("a")) == "A"
    cache.get("b", lambda: maker("b"))
    cache.get("a", lambda: maker("a"))  # a is now the most recent
    cache.get("c", lambda: maker("c"))  # so b goes
    cache.get("a", lambda: maker("a"))
    cache.get("b", lambda: maker("b"))
    assert made == ["a", "b", "c", "b"]


def test_concurrent_requests_for_one_key_compute_it_once() -> None:
    cache = Cache()
    calls: list[int] = []
    started = threading.Event()

    def slow() -> int:
        calls.append(1)
        started.set()
        time.sleep(0.2)
        return 42

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("k", slow)))
               for _ in range(5)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert results == [42] * 5 and len(calls) == 1


def test_a_failure_reaches_every_waiter_and_is_not_kept() -> None:
    cache = Cache()

    def broken() -> int:
        raise DyadscopeError("no")

    with pytest.raises(DyadscopeError):
        cache.get("k", broken)
    assert cache.get("k", lambda: 7) == 7


class FakeHold:
    """Counts how often the store is held open and let go."""

    def __init__(self) -> None:
        self.opened = 0
        self.closed = 0

    @contextmanager
    def __call__(self) -> Iterator[None]:
        self.opened += 1
        try:
            yield
        finally:
            self.closed += 1


def test_reads_hold_the_store_open_until_idle() -> None:
    hold = FakeHold()
    access = StoreAccess(hold, idle_s=0.2)
    with access.reading():
        pass
    with access.reading():
        pass
    assert (hold.opened, hold.closed) == (1, 0) and access.held
    deadline = time.monotonic() + 5
    while access.held and time.monotonic() < deadline:
        time.sleep(0.05)
    assert (hold.opened, hold.closed) == (1, 1)


def test_a_write_waits_for_reads_and_lets_the_hold_go() -> None:
    hold = FakeHold()
    access = StoreAccess(hold, idle_s=60)
    order: list[str] = []
    reading = threading.Event()
    finish = threading.Event()

    def reader() -> None:
        with access.reading():
            reading.set()
            finish.wait(5)
            order.append("read done")

    def writer() -> None:
        with access.writing():
            order.append(f"write (held: {access.held})")

    first = threading.Thread(target=reader)
    first.start()
    reading.wait(5)
    second = threading.Thread(target=writer)
    second.start()
    time.sleep(0.2)
    assert order == []  # the write is waiting for the read
    finish.set()
    first.join(5)
    second.join(5)
    assert order == ["read done", "write (held: False)"]
    assert hold.closed == 1
    access.close()
