"""Fixtures for ingest tests: the bad-input folder and PDFs made at test time."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

BAD = Path(__file__).resolve().parent.parent / "fixtures" / "bad"


@pytest.fixture(scope="session")
def bad() -> Path:
    return BAD


def make_pdf_bytes(
    pages: list[list[str]], *, title: str | None = None, author: str | None = None
) -> bytes:
    """A small PDF drawn with reportlab: one list of lines per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    if title:
        pdf.setTitle(title)
    if author:
        pdf.setAuthor(author)
    for lines in pages:
        y = 800
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 14
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


@pytest.fixture()
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str, pages: list[list[str]], **meta: str) -> Path:
        path = tmp_path / name
        path.write_bytes(make_pdf_bytes(pages, **meta))
        return path

    return make
