"""The web application over ``dyadscope.api`` (issue 13): a JSON API in the record
format, a dashboard per pair and the pair's brief. Read-only unless writes are
allowed *and* a token is set; request bodies bounded; strict security headers."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TypeAlias

from fastapi import FastAPI
from starlette.middleware.trustedhost import TrustedHostMiddleware

from dyadscope import api
from dyadscope.errors import UsageError
from dyadscope.serve import errors, routes_api, routes_pages, routes_static, routes_write
from dyadscope.serve.access import StoreAccess
from dyadscope.serve.cache import Cache
from dyadscope.serve.headers import SecurityHeaders
from dyadscope.serve.limits import DEFAULT_MAX_BODY, DEFAULT_MAX_OTHER_BODY, BodyLimit
from dyadscope.serve.pages import error_page
from dyadscope.serve.records import RecordResponse
from dyadscope.serve.state import Server

MIN_TOKEN = 16  # a short token is guessable over many requests
Application: TypeAlias = FastAPI  # what callers outside serve/ may name


def create_app(
    db: Path | str,
    *,
    allow_writes: bool = False,
    token: str | None = None,
    hosts: Sequence[str] | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    cache_size: int = 64,
) -> FastAPI:
    """The application serving the store at ``db``.

    Args:
        db: the store file (read-only unless writes are allowed).
        allow_writes: mount POST /api/ingest and /api/import; needs ``token``.
        token: the bearer token writes must bring (``DYADSCOPE_TOKEN`` in the CLI).
        hosts: the Host header values to answer (None: any). A server on loopback
            should name its own, so a web page cannot reach it through DNS rebinding.
        max_body: the largest request body accepted, in bytes (413 beyond).
        cache_size: how many charts, briefs and indicator sets to keep.

    Raises:
        UsageError: writes allowed without a token, or a token too short.

    >>> app = create_app("dyads.duckdb")  # doctest: +SKIP
    """
    if allow_writes and not token:
        raise UsageError("token", "writes need a token: set DYADSCOPE_TOKEN")
    if allow_writes and token and len(token) < MIN_TOKEN:
        raise UsageError("token", f"the token is too short: use {MIN_TOKEN} characters or more")
    if max_body < 1:
        raise UsageError("max_body", f"{max_body}: give a positive number of bytes")
    app = FastAPI(
        title="dyadscope", version=api.version(), redoc_url=None,
        description="How two countries relate: sourced events and figures, as records "
                    "(see the record format). Errors: `{\"ok\": false, \"status\", \"error\": "
                    "{\"field\", \"message\"}}`.",
        default_response_class=RecordResponse,
    )  # fmt: skip
    app.state.server = Server(
        Path(db), token=token if allow_writes else None, cache=Cache(cache_size),
        access=StoreAccess(partial(api.keep_open, db)),
    )  # fmt: skip
    errors.install(app, error_page)
    app.include_router(routes_api.router)
    if app.state.server.writable:
        app.include_router(routes_write.router)
    app.include_router(routes_pages.router)
    app.include_router(routes_static.router)
    app.add_api_route("/healthz", healthz, include_in_schema=False)
    # the last added runs first: headers go on every answer, 500, 413 and 400 included
    app.add_middleware(errors.CrashBarrier)
    app.add_middleware(BodyLimit, max_body=max_body, max_other=DEFAULT_MAX_OTHER_BODY)
    if hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.add_middleware(SecurityHeaders)
    return app


def healthz() -> RecordResponse:
    """Answers without touching the store: the load benchmark's baseline."""
    return RecordResponse({"ok": True})
