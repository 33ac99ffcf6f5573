"""Security headers on every response. Our pages get a strict Content-Security-Policy
(scripts and styles only from our own files, so text from a source document can never
run); a route that needs another policy sets its own and it is kept. FastAPI's
/docs page loads Swagger UI from a CDN and runs an inline script, so it alone gets a
policy that allows exactly that."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

STRICT = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# a standalone SVG opened on its own: no script, no fetches, its inline styles only
SVG = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
# the brief is one self-contained file with inline styles; it needs no script at all
BRIEF = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'none'"
)
CDN = "https://cdn.jsdelivr.net"
DOCS = (
    f"default-src 'self'; script-src 'self' 'unsafe-inline' {CDN}; "
    f"style-src 'self' 'unsafe-inline' {CDN}; img-src 'self' data: https://fastapi.tiangolo.com; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")
ALWAYS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


class SecurityHeaders:
    """ASGI middleware adding ``ALWAYS`` and a Content-Security-Policy."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        policy = DOCS if path.startswith(DOCS_PATHS) else STRICT

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in ALWAYS.items():
                    headers[name] = value
                if "content-security-policy" not in headers:
                    headers["content-security-policy"] = policy
            await send(message)

        await self.app(scope, receive, send_with_headers)
