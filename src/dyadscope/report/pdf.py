"""The brief as PDF, printed by a maintained renderer: headless Chromium when one is
installed (the charts and fonts come out as on screen), else WeasyPrint when it is
importable. Neither is a hard dependency: the error says how to get one."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from dyadscope.errors import DyadscopeError
from dyadscope.report import chromium

TIMEOUT_S = 120
PRINT_FLAGS = ("--headless", *chromium.FLAGS, "--no-pdf-header-footer")


class PdfError(DyadscopeError):
    """No renderer, or the renderer failed: the message says which and why."""


def html_to_pdf(html: str, target: Path) -> Path:
    """Print ``html`` (a self-contained page) to ``target``."""
    browser = chromium.chromium_path()
    if browser:
        return _chromium(browser, html, target)
    try:
        import weasyprint
    except ImportError:
        raise PdfError(
            "--pdf needs headless Chromium or WeasyPrint: install one "
            "(apt-get install chromium, or pip install weasyprint), or set DYADSCOPE_CHROMIUM"
        ) from None
    weasyprint.HTML(string=html).write_pdf(str(target))
    return target


def _chromium(browser: str, html: str, target: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="dyadscope-pdf-") as tmp:
        page = Path(tmp) / "brief.html"
        page.write_text(html, encoding="utf-8")
        out = Path(tmp) / "brief.pdf"
        command = [browser, *PRINT_FLAGS, f"--user-data-dir={tmp}/profile",
                   f"--print-to-pdf={out}", page.as_uri()]  # fmt: skip
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise PdfError(f"{browser} did not print the brief within {TIMEOUT_S} s") from None
        if not out.exists() or out.stat().st_size == 0:
            last = (done.stderr or "").strip().splitlines()[-1:] or ["no output"]
            raise PdfError(f"{browser} printed no PDF (exit {done.returncode}): {last[0]}")
        target.write_bytes(out.read_bytes())
    return target
