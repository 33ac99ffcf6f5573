"""`dyadscope serve --db FILE`: the store's JSON API, dashboards and briefs over HTTP
(issue 13). Read-only unless --allow-writes and $DYADSCOPE_TOKEN are both given. The
web libraries load only when the command runs, so `dyadscope --help` stays fast."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dyadscope import api
from dyadscope.cli.common import DbOption, friendly_errors, note, warn
from dyadscope.errors import UsageError

if TYPE_CHECKING:
    from dyadscope.serve import Application

LOOPBACK = ("127.0.0.1", "localhost")
OPTIONS = {"token": "DYADSCOPE_TOKEN", "db": "--db", "max_body": "--max-body"}


def _hosts(host: str) -> list[str] | None:
    """The Host headers a loopback server answers (a web page that rebinds its own
    name to 127.0.0.1 is refused); None, any, when it listens on the network."""
    return list(LOOPBACK) if host in LOOPBACK else None


def build_app(db: Path, *, host: str, allow_writes: bool, max_body: int) -> Application:
    """The application ``serve`` runs, from its options and the environment."""
    from dyadscope.serve import create_app

    if not db.exists() and not allow_writes:
        raise UsageError("db", f"{db}: no store here yet (run `dyadscope ingest` first)")
    if db.exists():
        with api.keep_open(db):  # an empty or foreign file: one line now, not a 503 per page
            pass
    return create_app(db, allow_writes=allow_writes, token=os.environ.get("DYADSCOPE_TOKEN"),
                      hosts=_hosts(host), max_body=max_body)  # fmt: skip


@friendly_errors(OPTIONS)
def serve_command(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")
    ] = 8000,
    allow_writes: Annotated[
        bool,
        typer.Option(
            "--allow-writes",
            help="Accept POST /api/ingest and /api/import, each with 'Authorization: Bearer "
            "$DYADSCOPE_TOKEN' (the variable must be set).",
        ),
    ] = False,
    max_body: Annotated[
        int, typer.Option("--max-body", min=1, help="Largest upload accepted, in bytes.")
    ] = 20 * 1024 * 1024,
    get: Annotated[
        str | None,
        typer.Option(
            "--get",
            help="Answer this one GET (e.g. /api/pairs) in-process, print "
            "the body and exit: 1 when the status is 400 or more.",
        ),
    ] = None,
) -> None:
    """Serve the store: JSON records at /api (documented at /docs), a dashboard per
    pair at /pair/AZE-PAK and its brief at /pair/AZE-PAK/brief."""
    from dyadscope.serve.inprocess import get as get_in_process

    store = api.settings(db=db).db
    app = build_app(store, host=host, allow_writes=allow_writes, max_body=max_body)
    if get is not None:
        status, body = get_in_process(app, get)
        sys.stdout.buffer.write(body + b"\n")
        raise typer.Exit(0 if status < 400 else 1)
    if host not in LOOPBACK:
        warn(f"listening on {host}: anyone who can reach this machine can read the store")
    from dyadscope.serve import run

    _log_server_errors()
    mode = "writes allowed with the token" if allow_writes else "read-only"
    note(f"Serving {store} ({mode}) at http://{host}:{port}/ (API docs at /docs)")
    run(app, host=host, port=port)


def _log_server_errors() -> None:
    """The server's own warnings and errors (a request that crashed, with its
    traceback) go to stderr next to uvicorn's log, whatever --verbose says."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s: %(message)s"))
    logger = logging.getLogger("dyadscope.serve")
    logger.setLevel(logging.WARNING)
    logger.addHandler(handler)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
