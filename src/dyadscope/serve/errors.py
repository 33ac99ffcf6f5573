"""One error shape for every failure, never a traceback: JSON
``{"ok": false, "status": 422, "error": {"field": "since", "message": "..."}}`` for the
API, the same message on an HTML page for the pages. A wrong argument is 422 and names
its query parameter; nothing stored for it, 404; a busy store, 503."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyadscope import api
from dyadscope.errors import DyadscopeError, InputError, StoreError, UsageError
from dyadscope.serve.params import http_field
from dyadscope.serve.records import RecordResponse

log = logging.getLogger(__name__)

HtmlPage = Callable[[Request, int, str], Response]


def error_response(
    status: int, message: str, *, field: str | None = None, headers: dict[str, str] | None = None
) -> Response:
    body = {"ok": False, "status": status, "error": {"field": field, "message": message}}
    return RecordResponse(body, status_code=status, headers=headers)


def wants_json(request: Request) -> bool:
    """The API and anything not a page answer JSON; pages answer HTML."""
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path.endswith(".json")


def install(app: FastAPI, html: HtmlPage) -> None:
    """Register the handlers: ``html(request, status, message)`` draws page errors."""

    def answer(
        request: Request, status: int, message: str, field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:  # fmt: skip
        if wants_json(request):
            return error_response(status, message, field=field, headers=headers)
        response = html(request, status, message)
        response.headers.update(headers or {})
        return response

    async def usage(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, UsageError)
        field = http_field(exc.field)
        return answer(request, 422, f"{field}: {exc.message}", field)

    async def no_data(request: Request, exc: Exception) -> Response:
        return answer(request, 404, _without_paths(request, str(exc)))

    async def bad_input(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, InputError)
        return answer(request, 422, f"body: {exc.reason}", "body")

    async def store(request: Request, exc: Exception) -> Response:
        log.warning("store unavailable: %s", exc)
        return answer(request, 503, "the store cannot be opened now (another program may be "
                                    "writing to it); try again shortly")  # fmt: skip

    async def other(request: Request, exc: Exception) -> Response:
        return answer(request, 400, str(exc))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        field, message = validation_message(exc.errors())
        return answer(request, 422, message, field)

    async def http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        field = "body" if exc.status_code == 413 else None
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        return answer(request, exc.status_code, message, field, dict(exc.headers or {}))

    app.add_exception_handler(UsageError, usage)
    app.add_exception_handler(api.NoDataError, no_data)
    app.add_exception_handler(InputError, bad_input)
    app.add_exception_handler(StoreError, store)
    app.add_exception_handler(DyadscopeError, other)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(HTTPException, http)


def _without_paths(request: Request, message: str) -> str:
    """The store's file name instead of its full path: where it lives is the server's
    business."""
    found = getattr(request.app.state, "server", None)
    if found is None:
        return message
    return message.replace(str(found.db), found.db.name)


def validation_message(errors: Sequence[Any]) -> tuple[str | None, str]:
    """FastAPI's validation errors as (the first wrong parameter, a sentence)."""
    if not errors:
        return None, "invalid request"
    first = errors[0]
    location = [str(part) for part in first.get("loc", ()) if part not in ("query", "path")]
    field = location[0] if location else None
    said = str(first.get("msg", "invalid value"))
    got = first.get("input")
    shown = f" (got {got!r})" if isinstance(got, (str, int, float)) else ""
    return field, f"{field or 'request'}: {said}{shown}"


class CrashBarrier:
    """ASGI middleware: an unexpected error becomes a plain JSON 500 (logged here with
    its traceback, never sent). Unlike Starlette's own last-resort handler it does not
    re-raise, so the server keeps the client's connection open for its next request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception:
            log.exception("unexpected error on %s", scope.get("path"))
            if started:  # half an answer is out: only dropping the connection is honest
                raise
            response = error_response(500, "internal error: the server's log has the details")
            await response(scope, receive, send)
