"""The brief of a real store: a summary built from its numbers, charts for trade,
arms, cooperation and conflict, data-set rows with their meaningful fields, a
coverage note naming every source searched, and --since/--until/--domain."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html as lxml_html
from typer.testing import CliRunner

from dyadscope import api
from dyadscope.cli import app


def _tree(page: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(page)


@pytest.fixture(scope="module")
def brief(filled_store: Path) -> lxml_html.HtmlElement:
    return _tree(api.brief_html(("AZE", "PAK"), db=filled_store))


def test_summary_opens_with_the_stores_numbers(brief: lxml_html.HtmlElement) -> None:
    heads = {li.find_class("label")[0].text_content(): li.text_content()
             for li in brief.find_class("headlines")[0]}  # fmt: skip
    # Comtrade: AZE imports from PAK $8.8M in 2016 (its only 2016 report), $9.5M in 2015
    assert "Trade 2016" in heads and "$8.8 million" in heads["Trade 2016"]
    assert "-7% on 2015" in heads["Trade 2016"]
    # SIPRI: ten MFI-17 trainers, 2.4 TIV, Pakistan to Azerbaijan
    assert "PAK → AZE 2.4 TIV" in heads["Arms transfers"]
    assert "MFI-17 Supporter" in heads["Arms transfers"]
    stories = heads["Events, each told once"]
    assert re.search(r"military \d+", stories) and re.search(r"diplomatic \d+", stories)


def test_what_changed_is_the_indicators_change_points(
    filled_store: Path, brief: lxml_html.HtmlElement
) -> None:
    expected = [cp.sentence for cp in api.indicators(("AZE", "PAK"), db=filled_store).change_points]
    shown = [li.text_content() for li in brief.xpath('//ul[@class="changes"]/li')]
    assert shown == expected


def test_charts_cover_trade_arms_and_cooperation(brief: lxml_html.HtmlElement) -> None:
    keys = [f.get("id") for f in brief.xpath("//figure")]
    assert {"chart-trade", "chart-arms", "chart-cooperation"} <= set(keys)
    arms = brief.get_element_by_id("chart-arms")
    bars = arms.xpath(".//*[@aria-roledescription='bar']/@aria-label")
    assert bars and all("MFI-17 Supporter (PAK→AZE)" in b for b in bars)
    trade = brief.get_element_by_id("chart-trade").text_content()
    assert "reported by AZE" in trade  # each side's report is its own line


def test_cooperation_chart_shows_every_year_of_the_span(brief: lxml_html.HtmlElement) -> None:
    chart = brief.get_element_by_id("chart-cooperation")
    labels = [t.text_content() for t in chart.xpath(
        ".//*[contains(@class, 'role-axis-label')]//*[local-name()='text']")]
    years = sorted(int(t) for t in labels if t.isdigit())
    assert years == list(range(years[0], years[-1] + 1))  # empty years keep their slot


def test_data_set_rows_show_their_meaningful_fields(brief: lxml_html.HtmlElement) -> None:
    entries = {li.get("data-id"): li for li in brief.xpath('//li[contains(@class, "event")]')}
    text = {k: li.text_content() for k, li in entries.items()}
    sipri = [t for t in text.values() if "SIPRI: MFI-17 Supporter" in t]
    assert sipri and "trainer aircraft" in sipri[0] and "TIV delivered2.40" in sipri[0]
    icews = [t for t in text.values() if "ICEWS" in t]
    assert icews and all(re.search(r"CAMEO\d{2,4} \w", t) for t in icews)
    assert not [t for t in text.values() if re.search(r"\b(sipri|icews) row\b", t)]


def test_coverage_names_each_source_and_what_it_gave(filled_store: Path) -> None:
    page = _tree(api.brief_html(("CHN", "DEU"), db=filled_store))
    rows = {tr.findtext("th"): tr.findtext("td")
            for tr in page.xpath('//table[@class="coverage"]//tr')}
    assert rows["GDELT 1.0"].endswith("no CHN-DEU rows in the imported files")
    assert "1 file" in rows["GDELT 1.0"]
    assert rows["UN Comtrade"].endswith("2 figures")
    assert rows["POLECAT"] == "not imported: not searched"
    assert rows["Documents"] == "1 ingested; none tells CHN-DEU"


def test_since_until_and_domain_cut_the_brief(filled_store: Path) -> None:
    page = _tree(api.brief_html(("AZE", "PAK"), db=filled_store, since="2016", until="2020",
                                domains=["military"]))  # fmt: skip
    dates = [d.text_content()[:4] for d in page.find_class("date")]
    assert dates and all("2016" <= d <= "2020" for d in dates if d.isdigit())
    domains = {s.get("id") for s in page.xpath('//section[@class="domain"]')}
    assert domains == {"domain-military"}
    assert "limited to 2016 to 2020; military" in page.find_class("meta")[0].text_content()


def test_brief_command_takes_the_options_and_refuses_bad_ones(
    filled_store: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    out = tmp_path / "b.html"
    base = ["brief", "AZE", "PAK", "--db", str(filled_store)]
    done = runner.invoke(app, [*base, "--out", str(out), "--since", "2003",
                               "--domain", "diplomatic"])  # fmt: skip
    assert done.exit_code == 0, done.output
    sections = _tree(out.read_text()).xpath('//section[@class="domain"]')
    assert {s.get("id") for s in sections} == {"domain-diplomatic"}
    bad = runner.invoke(app, [*base, "--until", "20x1"])
    assert bad.exit_code == 2 and "--until" in bad.output
    empty = runner.invoke(app, [*base, "--since", "2090"])
    assert empty.exit_code == 1 and "in the period and domains asked" in empty.output


def test_pdf_is_printed_when_a_renderer_exists(filled_store: Path, tmp_path: Path) -> None:
    from dyadscope.report.chromium import chromium_path

    if chromium_path() is None:
        pytest.importorskip("weasyprint", reason="no Chromium and no WeasyPrint to print PDF")
    out = api.write_brief(("AZE", "PAK"), tmp_path / "brief.pdf", db=filled_store, pdf=True)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 10_000


def test_pdf_without_a_renderer_says_how_to_get_one(
    filled_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    from dyadscope.report import chromium, pdf

    real_import = builtins.__import__

    def no_weasyprint(name: str, *args: object, **kwargs: object) -> object:
        if name == "weasyprint":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(chromium, "chromium_path", lambda: None)
    monkeypatch.setattr(builtins, "__import__", no_weasyprint)
    with pytest.raises(pdf.PdfError, match="apt-get install chromium"):
        api.write_brief(("AZE", "PAK"), tmp_path / "b.pdf", db=filled_store, pdf=True)
    assert not (tmp_path / "b.pdf").exists()


def test_a_period_cut_keeps_figures_of_its_last_year(filled_store: Path) -> None:
    """--until 2015 keeps a figure of March 2015, as it keeps an event of that month:
    figures and events are cut by the store's one period filter."""
    page = _tree(api.brief_html(("AZE", "PAK"), db=filled_store, since="2015", until="2015"))
    periods = [td.text_content() for td in page.xpath('//tr[@class="figure"]/td[@class="period"]')]
    assert "2015-03" in periods and all(p.startswith("2015") for p in periods)
