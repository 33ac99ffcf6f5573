"""Who may use the store file now. Reads open it read-only and may overlap; a write
opens it read-write, which DuckDB refuses while any read-only connection to the same
file is open in this process, so a write waits for the reads to finish and new reads
wait for the write (writers first, so a steady stream of reads cannot starve one).

While reads keep coming the store is also held open (``api.keep_open``): each call then
connects to the open database in well under a millisecond instead of 15-25 ms, with its
data still cached. After ``idle_s`` without a read the hold is let go, so that another
program (``dyadscope ingest``) can write to an idle server's store."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager

from dyadscope.errors import DyadscopeError

log = logging.getLogger(__name__)

Hold = Callable[[], AbstractContextManager[None]]


class StoreAccess:
    """A readers-writer lock around the store, holding it open while it is busy."""

    def __init__(self, hold: Hold | None = None, *, idle_s: float = 5.0) -> None:
        self._turn = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0
        self._hold = hold
        self._held: ExitStack | None = None
        self._idle_s = idle_s
        self._last_read = 0.0

    @property
    def held(self) -> bool:
        return self._held is not None

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._turn:
            self._turn.wait_for(self._may_read)
            self._readers += 1
            self._keep_open()
        try:
            yield
        finally:
            with self._turn:
                self._readers -= 1
                self._last_read = time.monotonic()
                if self._readers == 0:
                    self._turn.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._turn:
            self._writers_waiting += 1
            self._turn.wait_for(self._may_write)
            self._writers_waiting -= 1
            self._writing = True
            self._let_go()
        try:
            yield
        finally:
            with self._turn:
                self._writing = False
                self._turn.notify_all()

    def close(self) -> None:
        with self._turn:
            self._let_go()

    def _may_read(self) -> bool:
        return not self._writing and self._writers_waiting == 0

    def _may_write(self) -> bool:
        return not self._writing and self._readers == 0

    def _keep_open(self) -> None:
        """Open the hold if there is none (called with the lock held)."""
        if self._hold is None or self._held is not None:
            return
        stack = ExitStack()
        try:
            stack.enter_context(self._hold())
        except DyadscopeError as exc:  # the read itself will say what is wrong
            log.debug("store not held open: %s", exc)
            return
        self._held = stack
        threading.Thread(target=self._watch, name="dyadscope-store-hold", daemon=True).start()

    def _let_go(self) -> None:
        """Close the hold (called with the lock held)."""
        if self._held is not None:
            self._held.close()
            self._held = None

    def _watch(self) -> None:
        """Let go of the hold once no read has come for ``idle_s``."""
        while True:
            time.sleep(self._idle_s / 2)
            with self._turn:
                if self._held is None:
                    return
                if self._readers == 0 and time.monotonic() - self._last_read > self._idle_s:
                    self._let_go()
                    return
