"""One stored trade figure reads the same way in the timeline, the brief and
``aggregate``: the arrow goes from exporter to importer, and ``aggregate --pair
EXPORTER IMPORTER`` counts it as ``exports``, whoever reported it."""

from __future__ import annotations

import math
import re

import pytest
from lxml import html as lxml_html

from dyadscope.analyse.aggregate import aggregate
from dyadscope.analyse.brief_data import BriefData
from dyadscope.analyse.flows import flow_of
from dyadscope.analyse.timeline import build_timeline
from dyadscope.report.brief import render_brief
from dyadscope.report.timeline import render_timeline_text
from dyadscope.store import Store

try:
    from .aggregate_sample import obs
except ImportError:  # tests/analyse is not a package
    from aggregate_sample import obs

_TEXT_FLOW = re.compile(r"  (\w+) -> (\w+) \(reported by (\w+)\)  ")


@pytest.mark.parametrize(
    ("indicator", "reporter", "partner", "exporter", "importer"),
    [
        ("imports", "PAK", "AZE", "AZE", "PAK"),  # the case users saw labelled both ways
        ("exports", "AZE", "PAK", "AZE", "PAK"),
        ("imports", "AZE", "PAK", "PAK", "AZE"),
        ("exports", "PAK", "AZE", "PAK", "AZE"),
    ],
)
@pytest.mark.parametrize("dataset", [None, "comtrade"])
def test_timeline_brief_and_aggregate_agree_on_direction(
    indicator: str, reporter: str, partner: str, exporter: str, importer: str,
    dataset: str | None,
) -> None:
    with Store(":memory:") as store:
        store.insert_observations([obs("o", indicator, reporter, partner, 120.0, "2017",
                                       dataset=dataset)])
        (stored,) = store.observations(("AZE", "PAK"))
        text = render_timeline_text(build_timeline([], [stored]), ("AZE", "PAK"))
        brief = render_brief(BriefData.of(("AZE", "PAK"), [], [stored], []))
        page = lxml_html.document_fromstring(brief)
        forward = aggregate(store, (exporter, importer), "year").iloc[0]
        backward = aggregate(store, (importer, exporter), "year").iloc[0]

    assert flow_of(stored).origin == exporter and flow_of(stored).destination == importer
    (line_flow,) = _TEXT_FLOW.findall(text)
    assert line_flow == (exporter, importer, reporter)
    (cell,) = page.xpath('//tr[@class="figure"]/td[2]')
    assert cell.text_content().strip() == f"{exporter} → {importer} (reported by {reporter})"
    # the arrow's left-hand side is aggregate's A: the figure is A's exports
    assert forward.exports == 120.0 and math.isnan(forward.imports)
    assert backward.imports == 120.0 and math.isnan(backward.exports)


def test_a_total_has_no_direction() -> None:
    figure = obs("t", "trade_total", "PAK", "AZE", 5.0, "2017", dataset=None)
    assert flow_of(figure).text() == "PAK <-> AZE"
    assert flow_of(figure).text("→", "↔") == "PAK ↔ AZE"


def test_other_figures_keep_reporter_to_partner() -> None:
    figure = obs("i", "investment", "PAK", "AZE", 5.0, "2017", dataset=None)
    assert flow_of(figure).text() == "PAK -> AZE"
