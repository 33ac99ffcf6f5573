"""HTML pages from the package's Jinja templates, autoescaped: whatever a source
document says reaches the page as text, never as markup."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("dyadscope.serve", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """What a page shows when it cannot be drawn: the status and the reason."""
    return render("error.html.j2", status_code=status, status=status, message=message)
