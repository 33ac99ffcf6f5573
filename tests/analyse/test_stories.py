"""Stories: the records that tell one event count once, whoever tells it."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from dyadscope.analyse.stories import assign_stories, stated_once, told_once
from dyadscope.model import DateRef, Event, Observation, Source

COLUMNS = ["id", "kind", "actor1_code", "actor2_code", "date_start", "date_end",
           "date_precision", "status", "doc_id", "dataset", "quantities"]  # fmt: skip


def _row(event_id: str, kind: str = "meeting", a1: str = "AZE", a2: str = "PAK",
         start: str | None = "2019-10-24", precision: str = "day", status: str = "actual",
         doc: str | None = None, dataset: str | None = "gdelt2",
         quantities: list[dict[str, Any]] | None = None) -> dict[str, Any]:  # fmt: skip
    return {
        "id": event_id, "kind": kind, "actor1_code": a1, "actor2_code": a2,
        "date_start": start, "date_end": None, "date_precision": precision if start else "unknown",
        "status": status, "doc_id": doc, "dataset": dataset,
        "quantities": json.dumps(quantities or []),
    }  # fmt: skip


def _stories(
    rows: list[dict[str, Any]], copies: tuple[str, ...] = ()
) -> dict[str, tuple[str, bool]]:
    frame = assign_stories(pd.DataFrame(rows, columns=COLUMNS), copies)
    return {r.event_id: (r.story, bool(r.counted)) for r in frame.itertuples()}


def _count(stories: dict[str, tuple[str, bool]]) -> int:
    return len({story for story, counted in stories.values() if counted})


def test_rows_reporting_one_days_meeting_are_one_story_in_either_direction() -> None:
    stories = _stories([
        _row("g1"), _row("g2", a1="PAK", a2="AZE"), _row("g3", kind="negotiation"),
        _row("g4", start="2019-10-25"),
    ])  # fmt: skip
    assert stories["g1"][0] == stories["g2"][0] == stories["g3"][0]  # meeting, talks: one act
    assert stories["g4"][0] != stories["g1"][0]
    assert _count(stories) == 2


def test_a_directed_act_the_other_way_round_is_another_story() -> None:
    stories = _stories([_row("v1", kind="visit"), _row("v2", kind="visit", a1="PAK", a2="AZE")])
    assert stories["v1"][0] != stories["v2"][0]


def test_a_vaguer_telling_joins_the_one_event_it_fits() -> None:
    stories = _stories([
        _row("day", kind="agreement_signed", start="2003-05-12"),
        _row("month", kind="agreement_signed", start="2003-05", precision="month", doc="d1",
             dataset=None),
        _row("year", kind="agreement_signed", start="2003", precision="year", doc="d2",
             dataset=None),
        _row("undated", kind="agreement_signed", start=None, doc="d3", dataset=None),
        _row("june", kind="agreement_signed", start="2003-06", precision="month", doc="d4",
             dataset=None),
    ])  # fmt: skip
    assert stories["month"][0] == stories["day"][0]
    # "2003" and an undated mention fit both May's and June's signing: they start no event
    assert stories["year"] == (stories["year"][0], False)
    assert not stories["undated"][1]
    assert stories["june"][0] != stories["day"][0] and stories["june"][1]
    assert _count(stories) == 2


def test_different_counts_or_statuses_are_not_one_story() -> None:
    ten = [{"value": 10, "unit": "count", "item": "Super Mushshak aircraft"}]
    twelve = [{"value": 12, "unit": "count", "item": "Super Mushshak aircraft"}]
    stories = _stories([
        _row("a", kind="arms_transfer", a1="PAK", a2="AZE", start="2017", precision="year",
             quantities=ten, dataset="sipri"),
        _row("b", kind="arms_transfer", a1="PAK", a2="AZE", start=None, doc="d1", dataset=None,
             quantities=ten),
        _row("c", kind="arms_transfer", a1="PAK", a2="AZE", start="2017", precision="year",
             doc="d2", dataset=None, quantities=twelve),
        _row("d", kind="arms_transfer", a1="PAK", a2="AZE", start="2017", precision="year",
             doc="d3", dataset=None, status="negated"),
    ])  # fmt: skip
    assert stories["b"][0] == stories["a"][0]
    assert stories["c"][0] != stories["a"][0]
    assert stories["d"][0] not in (stories["a"][0], stories["c"][0])


def test_a_copy_joins_what_it_fits_and_starts_nothing() -> None:
    stories = _stories(
        [
            _row("orig", kind="visit", start="2024-07-11", doc="paper", dataset=None),
            _row("copy", kind="visit", start="2024-07-11", doc="paper-v2", dataset=None),
            _row("edited", kind="visit", start="2024-07-12", doc="paper-v2", dataset=None),
        ],
        copies=("paper-v2",),
    )
    assert stories["copy"][0] == stories["orig"][0]
    assert stories["edited"][1] is False  # told only by the copy: no event of its own
    assert _count(stories) == 1


def _event(event_id: str, sentence: str, start: str | None, precision: str) -> Event:
    return Event(
        id=event_id, kind="agreement_signed", plover="AGREE", cameo="057", goldstein=8.0,
        domain="military", status="actual", actor1=None, actor2=None,
        date=DateRef(start, None, precision, start or ""),
        source=Source(doc=event_id, sentence=sentence),
    )  # fmt: skip


def test_told_once_keeps_the_most_precise_telling_with_every_source() -> None:
    vague = _event("e1", "They signed a defence pact in 2003.", "2003", "year")
    exact = _event("e2", "The pact was signed on 12 May 2003.", "2003-05-12", "day")
    alone = _event("e3", "An aside.", None, "unknown")
    stories = {"e1": ("s", True), "e2": ("s", True), "e3": ("t", False)}
    (merged,) = told_once([vague, exact, alone], stories)
    assert merged.id == "e2"
    assert [s.sentence for s in merged.sources] == [exact.source.sentence, vague.source.sentence]


def _figure(obs_id: str, value: float, reporter: str = "PAK", partner: str = "AZE") -> Observation:
    return Observation(
        id=obs_id, indicator="trade_total", reporter=reporter, partner=partner, commodity=None,
        value=value, unit="USD", period=DateRef("2014-07", "2015-06", "fiscal_year", "2014-15"),
        source=Source(doc=obs_id, sentence=f"Trade stood at {value}."),
    )  # fmt: skip


def test_a_figure_stated_twice_is_shown_once_and_a_different_one_stays() -> None:
    figures = stated_once([
        _figure("o1", 18_730_000), _figure("o2", 18_730_000, "AZE", "PAK"), _figure("o3", 21e6),
    ])  # fmt: skip
    assert [f.id for f in figures] == ["o1", "o3"]
    assert [s.doc for s in figures[0].sources] == ["o1", "o2"]
    assert figures[0].to_record()["sources"][1]["doc"] == "o2"
    assert "sources" not in figures[1].to_record()
