"""One GET request answered by the application without a socket (``dyadscope serve
--get /api/pairs``): smoke tests and scripts get the server's exact answer."""

from __future__ import annotations

import asyncio
import threading
from typing import Any
from urllib.parse import unquote

from starlette.types import ASGIApp, Message


def get(app: ASGIApp, target: str) -> tuple[int, bytes]:
    """(status, body) of ``GET target``, e.g. ``/api/events?pair=AZE-PAK``. The request
    runs on an event loop of its own thread, so a caller inside a running loop (a
    notebook, a test driving a browser) can ask too."""
    answer: list[tuple[int, bytes]] = []
    failed: list[BaseException] = []

    def work() -> None:
        try:
            answer.append(asyncio.run(_get(app, target)))
        except BaseException as exc:  # re-raised in the caller's thread below
            failed.append(exc)

    thread = threading.Thread(target=work, name="dyadscope-get")
    thread.start()
    thread.join()
    if failed:
        raise failed[0]
    return answer[0]


async def _get(app: ASGIApp, target: str) -> tuple[int, bytes]:
    path, _, query = target.partition("?")
    if not path.startswith("/"):
        path = "/" + path
    scope: dict[str, Any] = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": unquote(path), "raw_path": path.encode("latin-1", "replace"),
        "query_string": query.encode("latin-1", "replace"), "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), (b"accept", b"*/*")],
        "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 80),
    }  # fmt: skip
    status = 0
    chunks: list[bytes] = []
    asked = False

    async def receive() -> Message:
        nonlocal asked
        if not asked:
            asked = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # the client never goes away on its own
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)
