"""Browser tests' shared parts: Debian's Chromium driven by Playwright (never
Playwright's own downloaded browsers), an app served by uvicorn on a free loopback
port in a background thread, and a watcher for console errors and dialogs.

Tests that use ``browser`` skip, saying why, when Playwright or Chromium is missing.
``DYADSCOPE_CHROMIUM`` names another Chromium binary."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest

from dyadscope.report.chromium import FLAGS, chromium_path


def missing_browser() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    if chromium_path() is None:
        wanted = os.environ.get("DYADSCOPE_CHROMIUM", "PATH")
        return f"no Chromium in {wanted} (apt-get install chromium, or set DYADSCOPE_CHROMIUM)"
    return None


@contextmanager
def launched_browser() -> Iterator[Any]:
    """A headless Chromium for as long as the block runs."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium_path(), args=list(FLAGS))
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


def served(app: Any, *, timeout: float = 20.0) -> AbstractContextManager[str]:
    """``app`` served on a free loopback port while the block runs (its base URL)."""
    from dyadscope.serve import served_in_thread

    return served_in_thread(app, timeout=timeout)


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
