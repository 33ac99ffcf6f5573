"""What every request of one server shares: the store, the write token (only when
writes are allowed), the cache and the store's readers-writer lock."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Request

from dyadscope.serve.access import StoreAccess
from dyadscope.serve.cache import Cache, store_stamp

# events per timeline page on the dashboard: a screenful, well under api.MAX_LIMIT
PAGE_SIZE = 50
# JSON pages of events and figures kept: at most about 100 kB each, 25 MB in all
PAGES_CACHED = 256


def _page_cache() -> Cache:
    return Cache(PAGES_CACHED)


@dataclass(slots=True)
class Server:
    db: Path
    token: str | None = None  # None: POST /api/ingest and /api/import do not exist
    cache: Cache = field(default_factory=Cache)  # charts, briefs, indicators, pairs
    pages: Cache = field(default_factory=_page_cache)  # JSON pages of records
    access: StoreAccess = field(default_factory=StoreAccess)

    @property
    def writable(self) -> bool:
        return self.token is not None

    def stamp(self) -> tuple[int, ...]:
        """Part of every cache key: a write to the store makes old entries unreachable."""
        return store_stamp(self.db)


def server(request: Request) -> Server:
    found: Server = request.app.state.server
    return found
