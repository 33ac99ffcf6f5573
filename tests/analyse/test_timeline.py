"""Timeline grouping: years in order, undated last, domains in fixed order, statuses kept."""

from __future__ import annotations

from dataclasses import replace

import hypothesis.strategies as st
from hypothesis import given, settings

from dyadscope.analyse.timeline import build_timeline, date_label
from dyadscope.model import DOMAINS, Actor, Citation, DateRef, Event, Observation, Source

AZE = Actor("AZE", "Azerbaijan")
PAK = Actor("PAK", "Pakistan")


def _event(eid: str, start: str | None, domain: str = "military", status: str = "actual",
           goldstein: float | None = 5.0, offset: int = 0) -> Event:
    source = Source(doc="d1", title="Doc one", sentence=f"Sentence {eid}.", start=offset,
                    end=offset + 10, citations=(Citation("6", "note six", "https://x.org/6"),))
    date = DateRef(start, None, "month" if start else "unknown", start or "")
    return Event(eid, "meeting", None, None, goldstein, domain, status, PAK, AZE, date, source)


def _obs(oid: str, start: str | None) -> Observation:
    return Observation(oid, "trade_total", "PAK", "AZE", None, 1e6, "USD",
                       DateRef(start, None, "year" if start else "unknown", start or ""),
                       Source(doc="d1", title="Doc one"))


def test_years_ascend_and_undated_come_last() -> None:
    events = [_event("a", "2017-11"), _event("b", None), _event("c", "2003-05"),
              _event("d", "2017-02")]
    timeline = build_timeline(events)
    assert [g.year for g in timeline.years] == [2003, 2017]
    assert timeline.undated is not None and timeline.groups[-1] is timeline.undated
    assert [e.event.id for e in timeline.undated.entries] == ["b"]
    assert [e.date for e in timeline.undated.entries] == ["undated"]
    assert [e.event.id for e in timeline.years[1].entries] == ["d", "a"]


def test_domains_follow_the_fixed_order_and_unknown_goes_to_other() -> None:
    events = [_event("s", "2020", "security"), _event("m", "2020", "military"),
              _event("x", "2020", "made_up"), _event("e", "2020", "economic")]
    year = build_timeline(events).years[0]
    assert [g.domain for g in year.domains] == ["military", "economic", "security", "other"]
    assert year.counts == {"military": 1, "economic": 1, "diplomatic": 0,
                           "humanitarian_cultural": 0, "security": 1, "other": 1}


def test_same_date_orders_by_position_in_the_document() -> None:
    events = [_event("late", "2019-02-26", offset=900), _event("early", "2019-02-26", offset=10)]
    assert [e.event.id for e in build_timeline(events).entries] == ["early", "late"]


def test_statuses_are_kept_but_left_out_of_goldstein_means() -> None:
    events = [_event("a", "2017", goldstein=6.0), _event("b", "2017", goldstein=-2.0),
              _event("c", "2017", status="negated", goldstein=8.0),
              _event("d", "2017", status="planned", goldstein=1.0),
              _event("e", "2018", status="intent", goldstein=3.0)]
    timeline = build_timeline(events)
    assert {e.event.id: e.status for e in timeline.entries} == {
        "a": "actual", "b": "actual", "c": "negated", "d": "planned", "e": "intent"}
    assert timeline.goldstein == {2017: 2.0}
    assert timeline.counts[2018]["military"] == 1
    assert timeline.cooperation_summary() == {"cooperative": 1, "conflictual": 1, "neutral": 0}


def test_entries_keep_their_source() -> None:
    entry = build_timeline([_event("a", "2003-05")]).entries[0]
    assert entry.doc_title == "Doc one"
    assert entry.sentence == "Sentence a."
    assert [(c.label, c.url) for c in entry.citations] == [("6", "https://x.org/6")]
    assert entry.date == "2003-05"


def test_data_set_rows_are_titled_by_data_set_and_row() -> None:
    """The report names a row by its data set ("GDELT 2.0, row 123"), not the store's
    short name; the timeline leaves the title to it."""
    from dyadscope.report.timeline import entry_line

    event = _event("g", "2024-01-06")
    row = replace(event, source=Source(dataset="gdelt2", row="123"))
    entry = build_timeline([row]).entries[0]
    assert entry.doc_title is None and "GDELT 2.0, row 123" in entry_line(entry)


def test_observations_sorted_and_widen_the_period() -> None:
    timeline = build_timeline([_event("a", "2010")], [_obs("late", "2014"), _obs("u", None),
                                                      _obs("early", "2008")])
    assert [o.id for o in timeline.observations] == ["early", "late", "u"]
    assert timeline.period == (2008, 2014)


def test_empty_input_is_an_empty_timeline() -> None:
    timeline = build_timeline([])
    assert timeline.groups == () and timeline.period is None and timeline.by_domain() == {}


def test_date_label_shows_spans() -> None:
    assert date_label(DateRef("2013-07", "2014-06", "fiscal_year", "2013-14")) == "2013-07/2014-06"
    assert date_label(DateRef("2003-05", "2003-05", "month")) == "2003-05"


_dates = st.one_of(st.none(), st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(1990, 2030),
                                        st.integers(1, 12)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_dates, st.sampled_from([*DOMAINS, "odd"])), max_size=25))
def test_every_event_appears_once_in_order(specs: list[tuple[str | None, str]]) -> None:
    events = [_event(f"e{i}", start, domain) for i, (start, domain) in enumerate(specs)]
    timeline = build_timeline(events)
    assert sorted(e.event.id for e in timeline.entries) == sorted(e.id for e in events)
    years = [g.year for g in timeline.years]
    assert years == sorted(set(years))
    for group in timeline.years:
        assert all(e.event.date.year == group.year for e in group.entries)
        for dgroup in group.domains:
            starts = [e.event.date.start or "" for e in dgroup.entries]
            assert starts == sorted(starts)
    assert sum(len(v) for v in timeline.by_domain().values()) == len(events)
