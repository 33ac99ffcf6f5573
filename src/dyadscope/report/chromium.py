"""Which Chromium to drive, and how: the PDF printer, the browser tests and the
screenshot script all use Debian's (or the one ``DYADSCOPE_CHROMIUM`` names), never a
browser downloaded at run time, with the flags a headless run in a container needs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# no sandbox or GPU in a container, and no network of its own: nothing is fetched
FLAGS: tuple[str, ...] = (
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
    "--disable-background-networking", "--disable-component-update",
)  # fmt: skip


def chromium_path() -> str | None:
    """``DYADSCOPE_CHROMIUM`` if set (None when it names no file), else the first
    Chromium or Chrome on PATH."""
    given = os.environ.get("DYADSCOPE_CHROMIUM")
    if given:
        return given if Path(given).is_file() else None
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)
