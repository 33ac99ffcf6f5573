"""Browser tests' shared parts: Debian's Chromium driven by Playwright (never
Playwright's own downloaded browsers), an app served by uvicorn on a free loopback
port in a background thread, and a watcher for console errors and dialogs.

Tests that use ``browser`` skip, saying why, when Playwright or Chromium is missing.
``DYADSCOPE_CHROMIUM`` names another Chromium binary."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    """The Chromium to drive, or None when there is none."""
    wanted = os.environ.get("DYADSCOPE_CHROMIUM", DEFAULT_CHROMIUM)
    if Path(wanted).is_file() and os.access(wanted, os.X_OK):
        return wanted
    return shutil.which(wanted) if os.sep not in wanted else None


def missing_browser() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    if chromium_path() is None:
        wanted = os.environ.get("DYADSCOPE_CHROMIUM", DEFAULT_CHROMIUM)
        return f"no Chromium at {wanted} (apt-get install chromium, or set DYADSCOPE_CHROMIUM)"
    return None


@contextmanager
def launched_browser() -> Iterator[Any]:
    """A headless Chromium for as long as the block runs."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium for the session; the test skips when there is none."""
    reason = missing_browser()
    if reason:
        pytest.skip(reason)
    with launched_browser() as found:
        yield found


@contextmanager
def served(app: Any, *, timeout: float = 20.0) -> Iterator[str]:
    """``app`` served by uvicorn on 127.0.0.1 at a port the system picks; yields the
    base URL and stops the server afterwards."""
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


@dataclass
class PageWatch:
    """What a page did that a user would call broken: console errors, uncaught
    exceptions, and dialogs (an ``alert`` means injected script ran)."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def watch(page: Any) -> PageWatch:
    seen = PageWatch()

    def on_console(message: Any) -> None:
        if message.type == "error":
            seen.errors.append(f"console: {message.text}")

    def on_dialog(dialog: Any) -> None:
        seen.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("console", on_console)
    page.on("pageerror", lambda exc: seen.errors.append(f"pageerror: {exc}"))
    page.on("dialog", on_dialog)
    return seen
