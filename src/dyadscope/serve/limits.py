"""Request bodies are bounded: counted as they arrive, not trusted from Content-Length
(a chunked upload has none, and a client may lie). A request that must not carry a
body (GET and the like) may carry only a few bytes; it is read before routing."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyadscope.serve.errors import error_response

DEFAULT_MAX_BODY = 20 * 1024 * 1024
DEFAULT_MAX_OTHER_BODY = 1024
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` once a body passes its limit: the app's HTTP error
    handler answers 413 wherever the body was being read."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over the limit of {limit:,} bytes")


class BodyLimit:
    """ASGI middleware: 413 for a body over ``max_body`` (POST, PUT, PATCH) or
    ``max_other`` (any other method)."""

    def __init__(self, app: ASGIApp, *, max_body: int, max_other: int) -> None:
        self.app = app
        self.max_body = max_body
        self.max_other = max_other

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with_body = scope["method"] in BODY_METHODS
        limit = self.max_body if with_body else self.max_other
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _refuse(scope, receive, send, limit)
            return
        if with_body:
            await self.app(scope, _counting(receive, limit), send)
            return
        body, whole = await _read_at_most(receive, limit)
        if not whole:
            await _refuse(scope, receive, send, limit)
            return
        await self.app(scope, _replaying(body, receive), send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _counting(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
        return message

    return counted


async def _read_at_most(receive: Receive, limit: int) -> tuple[bytes, bool]:
    """(the body, True) when it fits in ``limit``; (b"", False) as soon as it does not."""
    chunks: list[bytes] = []
    seen = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), True
        chunk = message.get("body", b"")
        seen += len(chunk)
        if seen > limit:
            return b"", False
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), True


def _replaying(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    response = error_response(413, BodyTooLarge(limit).detail, field="body")
    await response(scope, receive, send)
