"""The package's own static files (the dashboard's script, style sheet and icon).
A requested name is resolved and must land inside the static folder, as a file with
a known type: '..', encoded slashes and absolute paths all end in 404."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response
from starlette.exceptions import HTTPException

STATIC = Path(__file__).resolve().parent / "static"
MEDIA_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}

router = APIRouter(include_in_schema=False)


def static_file(name: str) -> Path:
    """The file ``name`` stands for inside ``STATIC``, or 404."""
    root = STATIC.resolve()
    if "\x00" in name or name.startswith(("/", "\\")):
        raise HTTPException(404, "not found")
    try:
        path = (root / name).resolve()
    except (OSError, RuntimeError, ValueError):
        raise HTTPException(404, "not found") from None
    if not path.is_relative_to(root) or not path.is_file() or path.suffix not in MEDIA_TYPES:
        raise HTTPException(404, "not found")
    return path


@router.get("/static/{name:path}")
def static(name: str) -> Response:
    path = static_file(name)
    return Response(path.read_bytes(), media_type=MEDIA_TYPES[path.suffix],
                    headers={"cache-control": "no-cache"})  # fmt: skip


@router.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for it on every page, the brief included; a 404 would be noise."""
    return static("icon.svg")
