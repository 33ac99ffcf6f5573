"""The brief as a reader sees it: rendered by headless Chromium to a PNG, every chart
an SVG with data marks that take up room on the page, and no console errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image

from browser_support import watch
from dyadscope import api

# Vega's names for the marks that carry data (axes, grids and legends are not marks)
DATA_MARKS = "bar, point, line mark, circle, symbol mark"


def test_the_brief_renders_with_every_chart_drawn(
    browser: Any, filled_store: Path, tmp_path: Path
) -> None:
    brief = api.write_brief(("AZE", "PAK"), tmp_path / "brief.html", db=filled_store)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    seen = watch(page)
    page.goto(brief.as_uri())
    figures = page.locator("figure")
    assert figures.count() >= 4
    for i in range(figures.count()):
        figure = figures.nth(i)
        name = figure.get_attribute("id")
        svg = figure.locator("svg")
        assert svg.count() == 1, name
        marks = svg.locator(", ".join(f"[aria-roledescription='{m.strip()}']"
                                      for m in DATA_MARKS.split(",")))  # fmt: skip
        assert marks.count() > 0, f"{name} has no data marks"
        box = marks.first.bounding_box()
        assert box is not None and (box["width"] > 0 or box["height"] > 0), name
        chart_box = svg.bounding_box()
        assert chart_box is not None and chart_box["width"] > 300, name
    png = tmp_path / "brief.png"
    page.screenshot(path=str(png), full_page=True)
    page.close()
    assert seen.errors == [] and seen.dialogs == []
    with Image.open(png) as image:
        assert image.format == "PNG" and image.width == 1200 and image.height > 2000
        colours = image.convert("RGB").resize((60, 200)).getcolors(maxcolors=100_000)
        assert colours is not None and len(colours) > 20  # drawn, not a blank page
