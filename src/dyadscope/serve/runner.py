"""Running the application: uvicorn on one process, its access log on stderr; or in a
background thread on a free loopback port, for the browser tests and the screenshots."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI


def run(app: FastAPI, *, host: str, port: int) -> None:
    """Serve ``app`` until interrupted (Ctrl-C or SIGTERM stop it cleanly)."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


@contextmanager
def served_in_thread(app: FastAPI, *, timeout: float = 20.0) -> Iterator[str]:
    """``app`` on 127.0.0.1 at a port the system picks, in a daemon thread, while the
    block runs: yields the base URL, then stops the server."""
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="dyadscope-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
