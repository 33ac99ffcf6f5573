"""Writing to the store over HTTP: POST /api/ingest (a document) and POST /api/import
(a data-set file). These routes exist only when the server was started with
``--allow-writes`` and a token (``DYADSCOPE_TOKEN``); each call must bring it as
``Authorization: Bearer <token>``. The body is the file itself, kept under a fresh
temporary folder by a cleaned-up name (never a path the client chose) while the API
reads it; the store is opened read-write for that call alone."""

from __future__ import annotations

import hmac
import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from dyadscope import api
from dyadscope.errors import StoreError, UsageError
from dyadscope.serve import params
from dyadscope.serve.errors import error_response
from dyadscope.serve.records import RecordResponse
from dyadscope.serve.state import Server, server

router = APIRouter(prefix="/api", tags=["writes"], default_response_class=RecordResponse)

MAX_NAME = 100
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
BUSY = ("the store is open in another program (read-only or for writing), so it cannot be "
        "written now; close that program and try again")  # fmt: skip


def authorized(request: Request) -> Server:
    """The server, once the request's bearer token matches its own (compared in
    constant time): 401 without a token, 403 with a wrong one."""
    srv = server(request)
    if srv.token is None:  # routes are not mounted then; this is a second lock
        raise HTTPException(404, "not found")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(401, "writes need 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})  # fmt: skip
    if not hmac.compare_digest(given.strip().encode("utf-8"), srv.token.encode("utf-8")):
        raise HTTPException(403, "the token is not the server's")
    return srv


WriterDep = Annotated[Server, Depends(authorized)]
NameQuery = Annotated[
    str, Query(description="The file's name; its suffix picks the reader.", max_length=300)
]


def safe_name(filename: str) -> str:
    """The last part of ``filename`` with only letters, digits, '.', '_' and '-': a
    name inside the upload folder, never a path out of it."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE.sub("_", base).lstrip(".")[-MAX_NAME:]
    if "." not in cleaned.strip("._-") or not cleaned.rsplit(".", 1)[1]:
        raise UsageError("filename", f"{filename[:80]!r}: give the file's name with its "
                                     "suffix, e.g. report.html")  # fmt: skip
    return cleaned


async def _save_body(request: Request, target: Path) -> int:
    """Write the body to ``target`` as it arrives (its size is bounded upstream)."""
    size = 0
    with target.open("wb") as out:
        async for chunk in request.stream():
            size += len(chunk)
            out.write(chunk)
    if size == 0:
        raise UsageError("body", "the body is empty: send the file's bytes")
    return size


@router.post("/ingest", summary="Ingest one document (the body) into the store")
async def ingest(request: Request, srv: WriterDep, filename: NameQuery) -> Any:
    name = safe_name(filename)
    with tempfile.TemporaryDirectory(prefix="dyadscope-upload-") as folder:
        path = Path(folder) / name
        await _save_body(request, path)
        report = await run_in_threadpool(_write, srv, api.ingest, [path], db=srv.db)
    if report.failed:
        reason = "; ".join(r.reason for r in report.failed)
        return error_response(422, f"body: {name}: {reason}", field="body")
    return RecordResponse({
        "ok": True, "file": name, "added": bool(report.added),
        "unchanged": bool(report.unchanged), "events": report.events,
        "observations": report.observations,
        "warnings": [w.replace(str(path), name) for w in report.warnings],
        "copy_of": [c.original_id for c in report.copies],
    }, status_code=201 if report.added else 200)  # fmt: skip


@router.post("/import", summary="Import one data-set file (the body) into the store")
async def import_file(
    request: Request,
    srv: WriterDep,
    source: Annotated[str, Query(description="gdelt, icews, polecat, comtrade or sipri.",
                                 max_length=40)],
    filename: NameQuery,
    pair: Annotated[str | None, Query(description="Only rows of this pair.",
                                      max_length=200)] = None,
) -> Any:  # fmt: skip
    known = [n for n, _ in api.sources()]
    if source.strip().lower() not in known:  # before reading a byte of the body
        raise UsageError("source", f"unknown source {source!r}: use one of {', '.join(known)}")
    name = safe_name(filename)
    chosen = params.pair(pair) if pair else None
    with tempfile.TemporaryDirectory(prefix="dyadscope-upload-") as folder:
        path = Path(folder) / name
        await _save_body(request, path)
        summary = await run_in_threadpool(
            _write, srv, api.import_data, source, [path], db=srv.db, pair=chosen
        )
    files = [{
        "file": name, "status": f.status, "layout": f.layout, "rows_read": f.rows_read,
        "imported": f.imported, "skipped": f.skipped, "quarantined": f.quarantined,
        "message": f.message.replace(str(path), name),
    } for f in summary.files]  # fmt: skip
    failed = [f for f in files if f["status"] == "failed"]
    if failed:
        return error_response(422, f"body: {name}: {failed[0]['message']}", field="body")
    imported = summary.total("imported")
    return RecordResponse({"ok": True, "source": summary.source, "imported": imported,
                           "files": files}, status_code=201 if imported else 200)  # fmt: skip


def _write(srv: Server, call: Any, *args: Any, **kwargs: Any) -> Any:
    """``call`` with the store to itself: reads wait until it returns. A store held by
    another program is refused with 409 and what to do."""
    with srv.access.writing():
        try:
            return call(*args, **kwargs)
        except StoreError as exc:
            said = str(exc).replace(str(srv.db), srv.db.name)
            raise HTTPException(409, BUSY if "lock" in said.lower() else said) from None
