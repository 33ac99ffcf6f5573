"""The read-only JSON API: records in the project's record format, a page at a time.
Routes check nothing themselves beyond splitting parameters: ``dyadscope.api`` checks
the values and names a wrong one, and the error handlers answer 422. Routes are plain
functions, which FastAPI runs in its thread pool (DuckDB calls block)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi import Path as PathParam
from fastapi.responses import Response

from dyadscope import api
from dyadscope.serve import params
from dyadscope.serve.records import RecordResponse, to_json
from dyadscope.serve.state import Server, server

router = APIRouter(prefix="/api", tags=["records"], default_response_class=RecordResponse)

ServerDep = Annotated[Server, Depends(server)]
PairQuery = Annotated[
    str, Query(description="Two countries, e.g. AZE-PAK (codes or names).", max_length=200)
]
LimitQuery = Annotated[
    int | None, Query(ge=1, le=api.MAX_LIMIT, description=f"Page size, 1 to {api.MAX_LIMIT}.")
]
OffsetQuery = Annotated[int | None, Query(ge=0, description="Records to skip.")]
SinceQuery = Annotated[str | None, Query(description="From YYYY[-MM[-DD]].", max_length=40)]
UntilQuery = Annotated[
    str | None, Query(description="Up to YYYY[-MM[-DD]], inclusive.", max_length=40)
]


def event_record(event: api.Event) -> dict[str, Any]:
    """The event's record; a data-set row also carries its original fields (``extra``:
    tone, TIV, weapon ...) for the dashboard to show in place of a sentence."""
    record = event.to_record()
    if event.source.dataset is not None:
        record["extra"] = dict(event.extra)
    return record


@router.get("/pairs", summary="The pairs the store holds")
def pairs(srv: ServerDep) -> RecordResponse:
    def make() -> Any:
        return _read(srv, api.pairs, srv.db)

    # every pair's counts read the whole events table: once per state of the store
    found = srv.cache.get(("pairs", srv.stamp()), make)
    return RecordResponse({"total": len(found), "records": found})


@router.get("/events", summary="One page of a pair's events")
def events(
    srv: ServerDep,
    pair: PairQuery,
    kind: Annotated[list[str], Query(description=f"Kinds: {', '.join(api.KINDS)}.")] = [],  # noqa: B006 (FastAPI copies defaults)
    domain: Annotated[list[str], Query(description=f"Domains: {', '.join(api.DOMAINS)}.")] = [],  # noqa: B006
    since: SinceQuery = None,
    until: UntilQuery = None,
    limit: LimitQuery = None,
    offset: OffsetQuery = None,
) -> Response:
    asked: dict[str, Any] = {
        "kinds": params.listed(kind, "kind"), "domains": params.listed(domain, "domain"),
        "since": params.one(since, "since"), "until": params.one(until, "until"),
        "limit": limit, "offset": offset,
    }  # fmt: skip
    chosen = params.pair(pair)

    def make() -> bytes:
        page = _read(srv, api.event_page, chosen, db=srv.db, **asked)
        body = page.to_record()
        body["records"] = [event_record(e) for e in page.records if isinstance(e, api.Event)]
        return to_json(body)

    return _page(srv, ("events", chosen, *asked.values()), make)


@router.get("/observations", summary="One page of a pair's figures")
def observations(
    srv: ServerDep, pair: PairQuery, limit: LimitQuery = None, offset: OffsetQuery = None
) -> Response:
    chosen = params.pair(pair)

    def make() -> bytes:
        page = _read(srv, api.observation_page, chosen, db=srv.db, limit=limit, offset=offset)
        return to_json(page.to_record())

    return _page(srv, ("observations", chosen, limit, offset), make)


def _page(srv: Server, key: tuple[Any, ...], make: Callable[[], bytes]) -> Response:
    """A page of records as JSON, kept per store state: every dashboard opens on the
    first page of its pair, and a page of a big pair costs tens of milliseconds."""
    body = srv.pages.get((srv.stamp(), *key), make)
    return Response(body, media_type=RecordResponse.media_type)


@router.get("/findings", summary="What the sources agree and disagree on")
def findings(srv: ServerDep, pair: PairQuery) -> RecordResponse:
    chosen = params.pair(pair)

    def make() -> Any:
        return _read(srv, api.check, chosen, db=srv.db)

    found = srv.cache.get(("findings", srv.stamp(), chosen), make)
    records = [f.to_record() for f in found]
    return RecordResponse({"total": len(records), "records": records})


@router.get("/indicators", summary="A pair's indicators per period")
def indicators(
    srv: ServerDep,
    pair: PairQuery,
    by: Annotated[str, Query(description="year or month.", max_length=10)] = "year",
    domain: Annotated[str | None, Query(description="One domain.", max_length=40)] = None,
    since: SinceQuery = None,
    until: UntilQuery = None,
) -> RecordResponse:
    chosen = params.pair(pair)
    asked = (by, params.one(domain, "domain"), params.one(since, "since"),
             params.one(until, "until"))  # fmt: skip

    def make() -> Any:
        return _read(srv, api.indicators, chosen, by=asked[0], domain=asked[1], since=asked[2],
                     until=asked[3], db=srv.db)  # fmt: skip

    found = srv.cache.get(("indicators", srv.stamp(), chosen, asked), make)
    records = found.to_records()
    return RecordResponse({"pair": list(found.pair), "by": found.by, "notes": found.notes,
                           "total": len(records), "records": records})  # fmt: skip


@router.get("/documents/{doc_id}", summary="A stored document, a sentence highlighted")
def document(
    srv: ServerDep,
    doc_id: Annotated[str, PathParam(description="The document's id.", max_length=100)],
    highlight: Annotated[
        str | None, Query(description="START-END character offsets to mark.", max_length=40)
    ] = None,
) -> RecordResponse:
    found = _read(srv, api.document, doc_id, db=srv.db,
                  highlight=params.one(highlight, "highlight"))  # fmt: skip
    # where the file was read from is the server's business; its name is enough
    source_path = found.get("source_path")
    if source_path:
        found["source_path"] = str(source_path).replace("\\", "/").rsplit("/", 1)[-1]
    return RecordResponse(found)


def _read(srv: Server, call: Any, *args: Any, **kwargs: Any) -> Any:
    """``call`` with the store held for reading (a write waits until it returns)."""
    with srv.access.reading():
        return call(*args, **kwargs)
