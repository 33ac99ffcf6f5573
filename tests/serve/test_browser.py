"""The dashboard in a real browser (Debian's Chromium through Playwright): filters
apply without a reload, an event opens its document at the highlighted sentence,
no page logs an error, and hostile text in a source stays text everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser_support import PageWatch, served, watch
from dyadscope import api
from dyadscope.serve import create_app

from .conftest import HOSTILE, gdelt_row, write_documents

VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT = 20_000  # ms: a first chart render includes loading the chart library


@pytest.fixture(scope="module")
def demo_url(demo_db: Path) -> Iterator[str]:
    with served(create_app(demo_db)) as base:
        yield base


@pytest.fixture()
def page(browser: Any) -> Iterator[tuple[Any, PageWatch]]:
    context = browser.new_context(viewport=VIEWPORT)
    opened = context.new_page()
    opened.set_default_timeout(TIMEOUT)
    seen = watch(opened)
    yield opened, seen
    context.close()


def _count(page: Any) -> int:
    text = page.locator("#count").text_content() or ""
    return int(text.split()[0].replace(",", ""))


CHARTS_LOADED = ("() => [...document.querySelectorAll('#charts img')]"
                 ".every(img => img.complete && img.naturalWidth > 0)")  # fmt: skip


def test_filters_apply_without_a_reload(demo_url: str, page: tuple[Any, PageWatch]) -> None:
    tab, seen = page
    tab.goto(f"{demo_url}/pair/AZE-PAK")
    tab.wait_for_selector("#events button.event")
    everything = _count(tab)
    sources_before = tab.eval_on_selector_all("#charts img", "els => els.map(e => e.src)")
    assert sources_before and everything > 10
    tab.evaluate("() => { window.__sameDocument = true; }")  # gone if the page reloads

    tab.check("input[name=domain][value=military]")
    tab.wait_for_function(f"() => document.querySelector('#count').textContent !== "
                          f"'{everything} events'")  # fmt: skip
    military = _count(tab)
    assert 0 < military < everything
    assert tab.evaluate("() => window.__sameDocument") is True
    assert tab.url.endswith("/pair/AZE-PAK?domain=military")
    sources_after = tab.eval_on_selector_all("#charts img", "els => els.map(e => e.src)")
    assert all(src.endswith(".svg?domain=military") for src in sources_after)
    tab.wait_for_function(CHARTS_LOADED)
    kinds = {k.strip() for k in tab.locator("#events .kind").all_text_contents()}
    assert kinds and all(k for k in kinds)

    tab.fill("input[name=since]", "2010")
    tab.click("#filters button[type=submit]")
    tab.wait_for_function(f"() => document.querySelector('#count').textContent !== "
                          f"'{military} events'")  # fmt: skip
    assert _count(tab) < military
    dates = tab.locator("#events .date").all_text_contents()
    assert dates and all(d >= "2010" for d in dates)
    assert "/brief?domain=military&since=2010" in (tab.get_attribute("#brief-link", "href") or "")
    assert seen.errors == []


def test_an_event_opens_its_document_at_the_sentence(
    demo_url: str, demo_db: Path, page: tuple[Any, PageWatch]
) -> None:
    tab, seen = page
    tab.goto(f"{demo_url}/pair/AZE-PAK")
    tab.wait_for_selector("#events button.event")
    records = api.event_page(("AZE", "PAK"), db=demo_db, limit=50).records
    index, record = next((i, r) for i, r in enumerate(records)
                         if isinstance(r, api.Event) and r.source.citations)  # fmt: skip
    tab.locator("#events button.event").nth(index).click()
    mark = tab.locator("#doc-text mark")
    mark.wait_for()
    assert record.source.sentence is not None
    assert (mark.text_content() or "").startswith(record.source.sentence.strip())
    assert tab.locator("#reader-title").text_content() == record.source.title
    # the highlight is scrolled into view inside the document's box
    assert tab.evaluate(
        "() => { const m = document.querySelector('#doc-text mark').getBoundingClientRect();"
        " const box = document.querySelector('#doc-text').getBoundingClientRect();"
        " return m.top >= box.top - 1 && m.bottom <= box.bottom + 1"
        " && m.top >= 0 && m.bottom <= window.innerHeight; }"
    )
    notes = tab.locator("#footnotes li")
    assert notes.count() >= len(record.source.citations)
    cited = tab.locator("#footnotes li.cited").all_text_contents()
    assert cited and cited[0].startswith(f"[{record.source.citations[0].label}]")
    assert tab.locator("#events button.event.selected").count() == 1
    assert seen.errors == []


@pytest.mark.parametrize(
    "path",
    ["/", "/pair/AZE-PAK", "/pair/IND-PAK?domain=security", "/pair/AZE-PAK/brief",
     "/pair/AZE-PAK/brief?since=2015&domain=military", "/docs"],
)  # fmt: skip
def test_no_page_logs_an_error(demo_url: str, page: tuple[Any, PageWatch], path: str) -> None:
    tab, seen = page
    if path == "/docs":
        _offline_swagger(tab)
    tab.goto(f"{demo_url}{path}", wait_until="load")
    if path.startswith("/pair/") and "/brief" not in path:
        tab.wait_for_selector("#events button.event")
        tab.wait_for_function(CHARTS_LOADED)
    tab.wait_for_load_state("networkidle")
    assert seen.errors == []
    if path == "/docs":  # its policy let the CDN script and the inline call run
        assert tab.evaluate("() => window.__swaggerCalled === true")


# a stand-in for Swagger UI's CDN files (tests run offline): it records the call
SWAGGER_STUB = (
    "window.SwaggerUIBundle = function () { window.__swaggerCalled = true; return {}; };"
    "window.SwaggerUIBundle.presets = {apis: {}};"
    "window.SwaggerUIBundle.SwaggerUIStandalonePreset = {};"
)


def _offline_swagger(tab: Any) -> None:
    def cdn(route: Any) -> None:
        url = route.request.url
        if url.endswith(".js"):
            route.fulfill(status=200, body=SWAGGER_STUB, content_type="text/javascript")
        else:
            route.fulfill(status=200, body="", content_type="text/css")

    tab.route("https://cdn.jsdelivr.net/**", cdn)
    tab.route("https://fastapi.tiangolo.com/**", lambda route: route.fulfill(
        status=200, body="<svg xmlns='http://www.w3.org/2000/svg'/>",
        content_type="image/svg+xml"))  # fmt: skip


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store whose document holds script, an onerror image and a javascript: URL
    as text, and whose GDELT row's source URL is ``javascript:alert(3)``."""
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "hostile.duckdb"
    assert api.ingest(write_documents(folder / "docs", {"hostile.txt": HOSTILE}), db=db).ok
    export = folder / "20240108000000.export.CSV"
    export.write_text(gdelt_row("javascript:alert(3)"), encoding="utf-8")
    api.import_data("gdelt", [export], db=db)
    with served(create_app(db)) as base:
        yield base


def test_hostile_text_stays_text(hostile_url: str, page: tuple[Any, PageWatch]) -> None:
    tab, seen = page
    tab.goto(f"{hostile_url}/pair/AZE-PAK")
    tab.wait_for_selector("#events button.event")
    buttons = tab.locator("#events button.event")
    assert buttons.count() == 3
    for i in range(buttons.count()):
        said = buttons.nth(i).locator(".said").text_content() or ""
        buttons.nth(i).click()
        if "row" in said and "gdelt" in said:
            tab.wait_for_selector("#row-fields:not([hidden])")
            fields = tab.locator("#row-fields").text_content() or ""
            assert "javascript:alert(3)" in fields
        else:
            tab.wait_for_selector("#doc-text mark")
            text = tab.locator("#doc-text").text_content() or ""
            assert "<script>alert(1)</script>" in text
            assert "<img src=x onerror=alert(2)>" in text
            assert "javascript:alert(3)" in text
            assert tab.locator("#reader-title").text_content() == (
                "Hostile note <script>alert(1)</script>"
            )
    assert tab.locator("a[href^='javascript']").count() == 0
    assert tab.locator("#dashboard img[src='x'], #dashboard script").count() == 0
    assert tab.locator("mark").count() <= 1

    tab.goto(f"{hostile_url}/pair/AZE-PAK/brief", wait_until="load")
    body = tab.locator("body").inner_text()
    assert "<script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(2)>" in body
    assert tab.locator("script").count() == 0
    assert tab.locator("a[href^='javascript']").count() == 0
    tab.wait_for_timeout(300)  # a late onerror or timer would have fired by now
    assert seen.dialogs == []
    assert seen.errors == []
