"""The pages: the pairs in the store, a pair's dashboard (filters, charts, a timeline
that opens each event's document at its sentence) and its brief. Charts and briefs
take a while to draw, so they are cached per store state and filters."""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from dyadscope import api
from dyadscope.errors import UsageError
from dyadscope.serve import headers, params
from dyadscope.serve.pages import render
from dyadscope.serve.placeholder import empty_chart
from dyadscope.serve.state import PAGE_SIZE, Server, server

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

ServerDep = Annotated[Server, Depends(server)]
ListQuery = Annotated[list[str], Query()]
TextQuery = Annotated[str | None, Query(max_length=40)]
_CHART = re.compile(r"([a-z0-9_-]{1,40})\.svg")


class Scope:
    """A pair and the filters charts and briefs take (kinds only filter the timeline)."""

    def __init__(self, srv: Server, pair: str, domain: list[str], since: str | None,
                 until: str | None) -> None:  # fmt: skip
        self.codes = pair_codes(srv, pair)
        self.domains = params.listed(domain, "domain")
        self.since = params.one(since, "since")
        self.until = params.one(until, "until")

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.codes, self.domains, self.since, self.until)

    @property
    def filtered(self) -> bool:
        return bool(self.domains or self.since or self.until)

    def arguments(self) -> dict[str, Any]:
        return {"since": self.since, "until": self.until, "domains": self.domains}

    def query(self) -> str:
        pairs = [("domain", d) for d in self.domains]
        pairs += [(k, v) for k, v in (("since", self.since), ("until", self.until)) if v]
        return urlencode(pairs)


def stored_pairs(srv: Server) -> list[dict[str, Any]]:
    def make() -> list[dict[str, Any]]:
        with srv.access.reading():
            return api.pairs(srv.db)

    found: list[dict[str, Any]] = srv.cache.get(("pairs", srv.stamp()), make)
    return found


def pair_codes(srv: Server, value: str) -> tuple[str, str]:
    """Two codes from the pair in a URL: the package's codes and names, or codes
    only this store holds (a data set's own actor codes)."""
    given = params.pair(value)
    try:
        chosen = api.pair_codes(given)
    except UsageError:
        stored = {code for p in stored_pairs(srv) for code in p["pair"]}
        upper = (given[0].strip().upper(), given[1].strip().upper())
        if upper[0] == upper[1] or not set(upper) <= stored:
            raise
        return upper
    assert chosen is not None
    return chosen


def charts(srv: Server, scope: Scope) -> list[api.Chart]:
    """The brief's charts for ``scope``; none when nothing matches a filtered scope."""

    def make() -> list[api.Chart]:
        with srv.access.reading():
            try:
                return api.brief_charts(scope.codes, db=srv.db, **scope.arguments())
            except api.NoDataError:
                if scope.filtered:
                    return []
                raise

    found: list[api.Chart] = srv.cache.get(("charts", srv.stamp(), scope.key), make)
    return found


@router.get("/")
def index(srv: ServerDep) -> Response:
    return render("index.html.j2", pairs=stored_pairs(srv), db=srv.db.name)


@router.get("/pair/{pair}")
def dashboard(
    request: Request, srv: ServerDep, pair: str, kind: ListQuery = [],  # noqa: B006
    domain: ListQuery = [], since: TextQuery = None, until: TextQuery = None,  # noqa: B006
) -> Response:  # fmt: skip
    scope = Scope(srv, pair, domain, since, until)
    slug = params.pair_slug(scope.codes)
    if pair != slug:  # names or lower case: one address per pair
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/pair/{slug}{query}", status_code=308)
    drawn = charts(srv, scope)
    return render(
        "pair.html.j2", slug=slug, codes=scope.codes,
        names=[api.actor_name(c) or c for c in scope.codes],
        charts=[{"key": c.key, "title": c.title} for c in drawn], query=scope.query(),
        kinds=api.KINDS, domains=api.DOMAINS, chosen_kinds=set(params.listed(kind, "kind")),
        chosen_domains=set(scope.domains), since=scope.since or "", until=scope.until or "",
        page_size=PAGE_SIZE,
    )  # fmt: skip


@router.get("/pair/{pair}/charts/{name}")
def chart(
    srv: ServerDep, pair: str, name: str, domain: ListQuery = [],  # noqa: B006
    since: TextQuery = None, until: TextQuery = None,
) -> Response:  # fmt: skip
    match = _CHART.fullmatch(name)
    if match is None:
        raise HTTPException(404, "no such chart")
    scope = Scope(srv, pair, domain, since, until)
    key = match[1]
    found = {c.key: c for c in charts(srv, scope)}
    if key in found:
        svg = found[key].svg
    elif scope.filtered and key in {c.key for c in charts(srv, Scope(srv, pair, [], None, None))}:
        svg = empty_chart("Nothing to draw for these filters")
    else:
        raise HTTPException(404, f"no chart {key!r} for this pair")
    return Response(svg, media_type="image/svg+xml", headers={
        "content-security-policy": headers.SVG, "cache-control": "no-cache"})  # fmt: skip


@router.get("/pair/{pair}/brief")
def brief(
    srv: ServerDep, pair: str, domain: ListQuery = [],  # noqa: B006
    since: TextQuery = None, until: TextQuery = None,
) -> Response:  # fmt: skip
    scope = Scope(srv, pair, domain, since, until)

    def make() -> str:
        with srv.access.reading():
            return api.brief_html(scope.codes, db=srv.db, **scope.arguments())

    html: str = srv.cache.get(("brief", srv.stamp(), scope.key), make)
    return HTMLResponse(html, headers={"content-security-policy": headers.BRIEF})
