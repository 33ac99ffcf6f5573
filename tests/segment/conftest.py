"""Helpers for segment tests: documents from strings."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from dyadscope.ingest import load_text
from dyadscope.segment import Segmentation, segment


@pytest.fixture()
def seg() -> Callable[[str], Segmentation]:
    def run(text: str) -> Segmentation:
        return segment(load_text(text))

    return run


@pytest.fixture()
def live() -> Callable[[str], list[str]]:
    """Texts of the non-repeat sentences of a string, segmented."""

    def run(text: str) -> list[str]:
        result = segment(load_text(text))
        return [s.text for s in result.sentences if s.repeat_of is None]

    return run


@pytest.fixture()
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """A PDF drawn with reportlab in tmp_path: one list of lines per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    def make(name: str, pages: list[list[str]]) -> Path:
        buf = io.BytesIO()
        pdf = canvas.Canvas(buf, pagesize=A4)
        for lines in pages:
            for i, line in enumerate(lines):
                pdf.drawString(72, 800 - 14 * i, line)
            pdf.showPage()
        pdf.save()
        path = tmp_path / name
        path.write_bytes(buf.getvalue())
        return path

    return make
