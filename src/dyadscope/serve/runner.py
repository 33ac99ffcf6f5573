"""Running the application: uvicorn on one process, its access log on stderr."""

from __future__ import annotations

from fastapi import FastAPI


def run(app: FastAPI, *, host: str, port: int) -> None:
    """Serve ``app`` until interrupted (Ctrl-C or SIGTERM stop it cleanly)."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
