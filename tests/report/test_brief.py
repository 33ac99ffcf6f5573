"""The HTML brief: structure, escaping, links, charts, and the empty case (parsed with lxml)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from lxml import html as lxml_html
from records import AZE, PAK, event, source

from dyadscope.analyse.brief_data import BriefData
from dyadscope.model import Citation, DateRef, Event, Observation, Source
from dyadscope.report.brief import render_brief
from dyadscope.report.format import format_value, safe_url

PAIR = ("AZE", "PAK")


def _tree(page: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(page)


@pytest.fixture()
def page(events: list[Event], observations: list[Observation],
         documents: list[dict[str, object]]) -> str:
    return render_brief(BriefData.of(PAIR, events, observations, documents), generated="2026-11-28")


def test_sections_and_header(page: str) -> None:
    tree = _tree(page)
    for section in ("figures", "charts", "timeline", "sources"):
        assert tree.get_element_by_id(section) is not None
    assert tree.findtext(".//h1") == "Azerbaijan – Pakistan: relationship brief"
    meta = tree.find_class("meta")[0].text_content()
    assert "period covered 2003–2017" in meta and "generated 2026-11-28" in meta
    stats = [li.text_content() for li in tree.find_class("stats")[0]]
    assert "7events" in stats and "2stated figures" in stats and "1documents" in stats


def test_one_timeline_item_per_event_grouped_by_domain(page: str, events: list[Event]) -> None:
    tree = _tree(page)
    items = tree.xpath('//li[contains(@class, "event")]')
    assert sorted(li.get("data-id") for li in items) == sorted(e.id for e in events)
    military = tree.get_element_by_id("domain-military")
    ids = [li.get("data-id") for li in military.xpath('.//li[contains(@class, "event")]')]
    assert ids == ["e1", "e5", "e4"]  # chronological: 2003-05, 2017-11, 2017-11-03


def test_status_badges_only_for_non_actual_events(page: str) -> None:
    tree = _tree(page)
    badges = {li.get("data-id"): [b.text for b in li.find_class("badge")]
              for li in tree.xpath('//li[contains(@class, "event")]')}
    assert badges["e3"] == ["negated"] and badges["e5"] == ["intent"]
    assert badges["e6"] == ["planned"] and badges["e1"] == []


def test_citation_markers_link_to_note_urls(page: str) -> None:
    tree = _tree(page)
    item = tree.xpath('//li[@data-id="e4"]')[0]
    cites = item.find_class("cite")
    assert [(c.text, c.get("href")) for c in cites] == [("[3]", None), ("[5]", "https://example.org/ex")]
    quote = item.find(".//blockquote").text_content()
    assert quote.startswith("Pakistan Air Force and Azerbaijani pilots held a joint exercise.")
    surface = [s.text for s in item.find_class("surface")]
    assert surface == ["“Pakistan Air Force”"]


def test_key_figures_table(page: str) -> None:
    rows = _tree(page).xpath('//tr[@class="figure"]')
    cells = [[td.text_content().strip() for td in row.findall("td")] for row in rows]
    assert [c[2] for c in cells] == ["$10.9 million", "$37.45 million"]
    assert [c[3] for c in cells] == ["2011-12", "2013-14"]
    assert all(c[1] == "PAK ↔ AZE" for c in cells)  # a total has no direction
    links = rows[1].xpath('.//a[@class="cite"]/@href')
    assert links == ["https://example.org/trade"]


def test_sources_list_documents_and_every_note(page: str) -> None:
    sources = _tree(page).get_element_by_id("sources")
    doc = sources.find_class("doc")[0]
    assert doc.xpath(".//h3/a/@href") == ["https://example.org/brief"]
    assert "Demo Author" in doc.text_content() and "2017-11-03" in doc.text_content()
    labels = [b.text for b in doc.xpath(".//ol/li/b")]
    assert labels == ["[2]", "[3]", "[4]", "[5]", "[6]"]


def test_charts_are_inline_svg_and_nothing_external(page: str) -> None:
    tree = _tree(page)
    svgs = tree.xpath("//svg")
    assert len(svgs) == 2  # trade and events by domain: no store, so no indicators
    assert tree.xpath("//script") == []
    assert tree.xpath("//link | //iframe | //img | //object | //embed") == []
    assert not tree.xpath("//@src")
    assert "@import" not in page and not re.search(r"url\((?!#)", page)
    roots = re.findall(r"<svg[^>]*>", page)
    assert all(root.count("class=") == 1 and "chart" in root for root in roots)
    bars = _marks(tree.get_element_by_id("chart-domains"), "bar")
    assert sum(int(re.search(r"events: (\d+)", b)[1]) for b in bars) == 6  # dated events


HOSTILE = "Pakistan <script>alert(1)</script> and Azerbaijan signed <b>a</b> deal."


def test_hostile_text_is_escaped_and_javascript_urls_not_linked(
    documents: list[dict[str, object]]
) -> None:
    bad = event("h1", "agreement_signed", "economic", DateRef("2020", None, "year", "2020"),
                HOSTILE, labels=(("1", "javascript:alert(1)"), ("2", " JavaScript:alert(2)"),
                                 ("3", "https://ok.example/x")))
    bad = replace(bad, actor1=replace(PAK, text="<img src=x onerror=alert(1)>"),
                  source=replace(bad.source, title="<script>t()</script>"))
    docs = [{"id": "doc-aze-pak", "title": "<i>Title</i>", "author": "<script>a()</script>",
             "date": None, "url": "javascript:alert(3)", "source_path": None}]
    page = render_brief(BriefData.of(PAIR, [bad], [], docs), title="<script>x()</script>")
    tree = _tree(page)
    assert tree.xpath("//script | //img | //i") == []
    assert tree.xpath('//b[text()="a"]') == []  # the document's <b> stayed text
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    hrefs = tree.xpath("//a/@href")
    assert not [h for h in hrefs if "javascript" in h.lower()]
    assert "https://ok.example/x" in hrefs
    quote = tree.find(".//blockquote").text_content()
    assert HOSTILE in quote
    assert tree.findtext(".//h1") == "<script>x()</script>"


def test_empty_input_renders_a_friendly_brief() -> None:
    page = render_brief(BriefData.of(("ARM", "PAK"), [], [], []))
    tree = _tree(page)
    assert "No events or figures for Armenia and Pakistan yet" in tree.text_content()
    assert tree.xpath("//svg") == [] and tree.xpath('//li[contains(@class, "event")]') == []
    assert tree.get_element_by_id("timeline") is not None


def test_names_override_and_data_set_sources() -> None:
    row = event("g1", "meeting", "diplomatic", DateRef("2024-01-06", None, "day", ""), "")
    row = replace(row, source=replace(source("", 0), doc=None, title=None, sentence=None,
                                      dataset="gdelt2", row="99", url="https://news.example/a",
                                      citations=()))
    page = render_brief(BriefData.of(PAIR, [row], [], []), names={"AZE": "Republic of Azerbaijan"})
    tree = _tree(page)
    assert "Republic of Azerbaijan" in tree.findtext(".//h1")
    item = tree.xpath('//li[@data-id="g1"]')[0]
    assert item.xpath('.//div[@class="source"]/a/@href') == ["https://news.example/a"]
    assert "GDELT 2.0: 1 rows" in tree.get_element_by_id("sources").text_content()


def test_actor_without_second_party() -> None:
    lone = replace(event("l1", "other", "other", DateRef("2021", None, "year", "2021"),
                         "Azerbaijan held elections."), actor2=None, actor1=AZE)
    tree = _tree(render_brief(BriefData.of(PAIR, [lone], [], [])))
    assert tree.xpath('//li[@data-id="l1"]//span[@class="arrow"]') == []


@pytest.mark.parametrize(("value", "unit", "text"), [
    (37_450_000.0, "USD", "$37.45 million"),
    (1_500_000_000.0, "USD", "$1.5 billion"),
    (46e9, "USD", "$46 billion"),
    (10, "count", "10"),
    (18_735.0, "USD", "$18,735"),
    (2.1e9, "PKR", "PKR 2.1 billion"),
    (12.5, "percent", "12.5%"),
    (1960, "troops", "1,960 troops"),
])
def test_format_value(value: float, unit: str, text: str) -> None:
    assert format_value(value, unit) == text


@pytest.mark.parametrize(("url", "ok"), [
    ("https://example.org/a?b=1", True), ("http://x.y", True), ("javascript:alert(1)", False),
    ("JAVASCRIPT:alert(1)", False), ("data:text/html,hi", False), ("//evil.example", False),
    ("https://", False), ("https://a.b/\nx", False), (None, False), ("", False),
    ("vbscript:msgbox", False), ("ftp://a.b/c", False),
])
def test_safe_url(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_note_without_url_keeps_text_as_title() -> None:
    ev = event("n1", "meeting", "diplomatic", DateRef("2020", None, "year", "2020"), "Talks.",
               labels=(("9", None),))
    ev = replace(ev, source=replace(ev.source, citations=(Citation("9", "Ibid., p. 4", None),)))
    tree = _tree(render_brief(BriefData.of(PAIR, [ev], [], [])))
    marker = tree.find_class("cite")[0]
    assert marker.tag == "span" and marker.get("title") == "Ibid., p. 4"


def _marks(chart: lxml_html.HtmlElement, role: str) -> list[str]:
    """The aria labels of a Vega chart's data marks of one kind ("bar", "circle"...)."""
    return [str(m) for m in chart.xpath(
        f".//*[@aria-roledescription='{role}']/@aria-label")]


def test_trade_chart_keeps_to_money(observations: list[Observation]) -> None:
    count = replace(observations[0], id="c1", indicator="exports", value=10.0, unit="count")
    tree = _tree(render_brief(BriefData.of(PAIR, [], [*observations, count], [])))
    points = _marks(tree.get_element_by_id("chart-trade"), "point")
    assert len(points) == 2 and all("US$: 10.9M" in p or "US$: 37.45M" in p for p in points)
    assert len(tree.xpath('//tr[@class="figure"]')) == 3  # the table still lists all


def test_trade_line_runs_through_the_largest_figure_of_each_period(
    observations: list[Observation],
) -> None:
    part = replace(observations[0], id="part", value=23_405_000.0)  # same period as o2
    mid = replace(observations[1], id="mid", value=20_000_000.0,
                  period=DateRef("2012-07", "2013-06", "fiscal_year", "2012-13"))
    tree = _tree(render_brief(BriefData.of(PAIR, [], [*observations, part, mid], [])))
    points = _marks(tree.get_element_by_id("chart-trade"), "point")
    values = sorted(re.search(r"US\$: ([\d.]+M)", p)[1] for p in points)
    # one point per period: the part ($23.4M) is under 2013-14's $37.45M, not a point
    assert values == ["10.9M", "20M", "37.45M"]


def test_hostile_text_in_a_chart_stays_text() -> None:
    """A data-set field drawn in a chart (a weapon name) cannot become markup."""
    payload = '<script>alert(1)</script> & <img src=x onerror=alert(2)>'
    row = replace(event("w1", "arms_transfer", "military", DateRef("2017", None, "year", ""),
                        ""), source=Source(dataset="sipri", row="1"),
                  extra={"tiv": 2.4, "Weapon designation": payload})
    page = render_brief(BriefData.of(PAIR, [row], [], []))
    tree = _tree(page)
    assert tree.xpath("//script | //img | //*[@onerror]") == []
    labels = tree.get_element_by_id("chart-arms").xpath(".//@aria-label")
    assert any(payload in label for label in labels)  # shown, as text


def test_a_pair_with_thousands_of_events_gets_a_readable_brief() -> None:
    """Charts count before drawing (no row limit), and a long timeline keeps every
    document's event and the most-told data-set rows, saying how many it leaves out."""
    told = replace(event("doc", "meeting", "diplomatic", DateRef("2001", None, "year", "2001"),
                         "The ministers met."))
    rows = [replace(event(f"r{i}", "meeting", "diplomatic",
                          DateRef(f"{2000 + i % 20}-01-0{1 + i % 9}", None, "day", ""), ""),
                    source=Source(dataset="gdelt2", row=str(i)),
                    extra={"num_mentions": 100 if i == 77 else 1})
            for i in range(6000)]  # fmt: skip
    tree = _tree(render_brief(BriefData.of(PAIR, [*rows, told], [], [])))
    bars = _marks(tree.get_element_by_id("chart-domains"), "bar")
    assert sum(int(re.search(r"events: (\d+)", b)[1]) for b in bars) == 6001
    shown = tree.xpath('//section[@id="domain-diplomatic"]//li[contains(@class, "event")]')
    ids = {li.get("data-id") for li in shown}
    assert len(shown) == 300 and {"doc", "r77"} <= ids
    note = tree.find_class("left-out")[0].text_content()
    assert "Showing 300 of 6001" in note and "--domain diplomatic" in note


def test_the_trade_headline_keeps_a_fiscal_year_whole(observations: list[Observation]) -> None:
    """Trade of the latest period as the source states it (FY 2013-14, not half of
    2014), its change on the period before, and each direction by its importer."""
    tree = _tree(render_brief(BriefData.of(PAIR, [], observations, [])))
    (head,) = [li for li in tree.find_class("headlines")[0]
               if li.find_class("label")[0].text_content() == "Trade 2013-14"]  # fmt: skip
    assert "$37.45 million" in head.text_content() and "+244% on 2011-12" in head.text_content()
    # PAK's exports to AZE as PAK reports them ($30M) and as AZE reports its imports ($31M):
    # one direction, counted once, by the importer's report
    exports = replace(observations[0], id="x", indicator="exports", value=30e6)
    imports = replace(observations[0], id="m", indicator="imports", reporter="AZE",
                      partner="PAK", value=31e6)
    tree = _tree(render_brief(BriefData.of(PAIR, [], [exports, imports], [])))
    text = tree.find_class("headlines")[0].text_content()
    assert "$31 million" in text and "the other direction not reported" in text
