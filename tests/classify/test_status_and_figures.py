"""Statuses, stated figures, dates carried across sentences and the document's dyad."""

from __future__ import annotations

import pytest

import dyadscope
from dyadscope.model import Event, Observation

DYAD_OPENING = "Azerbaijan and Pakistan are close partners. Pakistan and Azerbaijan share values. "


def _events(text: str, date: str | None = "2017-11-03") -> list[Event]:
    return [r for r in dyadscope.extract(text, date=date) if isinstance(r, Event)]


def _figures(text: str) -> list[Observation]:
    return [r for r in dyadscope.extract(text, date="2017-11-03") if isinstance(r, Observation)]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Turkey and Pakistan signed a trade agreement.", "actual"),
        ("No trade agreement has been signed between Turkey and Pakistan.", "negated"),
        ("Turkey and Pakistan will sign a trade agreement next year.", "planned"),
        ("Turkey wants to sign a trade agreement with Pakistan.", "intent"),
    ],
)
def test_status_of_an_agreement(sentence: str, status: str) -> None:
    (event,) = _events(sentence)
    assert event.kind == "agreement_signed"
    assert event.status == status


def test_an_act_done_during_a_visit_leaves_the_visit_actual() -> None:
    """ "pledged support ... during his visit": the pledge does not make the visit a plan."""
    events = _events("Olaf Scholz pledged support for Poland during his visit to Warsaw.")
    visit = next(e for e in events if e.kind == "visit")
    assert (visit.actor1.code, visit.actor2 and visit.actor2.code) == ("DEU", "POL")
    assert visit.status == "actual"


def test_a_negated_act_made_conditional_is_a_demand_not_an_act() -> None:
    """ "could not start unless ...": no talks failed to happen. The sanctions of "would
    not be lifted unless" are still told."""
    talks = "Armenia said talks with Azerbaijan could not start unless Baku ended its offensive."
    assert [e for e in _events(talks) if e.kind == "negotiation"] == []
    signing = "Turkey will not sign the agreement with Greece until the dispute is settled."
    assert [e for e in _events(signing) if e.kind == "agreement_signed"] == []
    (refused,) = _events("Turkey did not sign the agreement with Greece.")
    assert refused.status == "negated"
    lifted = "Russia said its sanctions on Turkey would not be lifted unless Ankara apologised."
    assert any(e.kind == "sanction" for e in _events(lifted))


def test_musing_yields_no_event() -> None:
    assert _events("Turkey and Pakistan could sign a trade agreement one day.") == []
    assert _events("Baku and Islamabad need to enhance relations even further.") == []


def test_a_planned_meeting_is_coded_as_intent_to_meet() -> None:
    (event,) = _events("Iran and Azerbaijan will hold talks in Tehran next month.")
    assert (event.kind, event.status, event.plover, event.cameo) == (
        "negotiation",
        "planned",
        "AGREE",
        "036",
    )
    assert event.date.start == "2017-12"


def test_trade_figures_with_fiscal_years_and_the_same_period() -> None:
    text = DYAD_OPENING + (
        "Pakistan's exports to Azerbaijan rose from $29.97 million in 2012-13 to $37.43 million "
        "in 2013-14, while imports fell from $0.06 million to $0.018 million during the same "
        "period."
    )
    figures = {(f.indicator, f.value): f for f in _figures(text)}
    early = figures[("exports", 29_970_000.0)]
    assert (early.reporter, early.partner) == ("PAK", "AZE")
    assert (early.period.start, early.period.end, early.period.precision) == (
        "2012-07",
        "2013-06",
        "fiscal_year",
    )
    late_imports = figures[("imports", 18_000.0)]
    assert late_imports.period.text == "2013-14"  # "the same period", second figure
    assert figures[("imports", 60_000.0)].period.text == "2012-13"


def test_an_amount_without_an_indicator_is_not_a_figure() -> None:
    assert _figures("The minister spent $5 million on a new car for the embassy.") == []


def test_both_countries_resolve_to_the_document_dyad() -> None:
    text = DYAD_OPENING + "The two countries signed a defence agreement in May 2003."
    (event,) = [e for e in _events(text) if e.kind == "agreement_signed"]
    assert {event.actor1.code, event.actor2.code} == {"AZE", "PAK"}
    assert event.actor1.text == "The two countries"
    assert event.domain == "military"


def test_without_a_dyad_both_countries_stay_unresolved() -> None:
    assert _events("The two countries signed a defence agreement in May 2003.") == []


def test_a_run_of_figures_takes_the_periods_that_follow_it_in_order() -> None:
    text = DYAD_OPENING + (
        "Pakistan's exports to Azerbaijan fell from $0.06 million to $0.018 million over "
        "the same two years, 2012-13 and 2013-14."
    )
    periods = {f.value: f.period.text for f in _figures(text)}
    assert periods == {60_000.0: "2012-13", 18_000.0: "2013-14"}


def test_both_sides_take_the_order_the_text_names_them() -> None:
    """ "Pakistan's prime minister met ... Azerbaijan ... The two sides renewed ...":
    Pakistan first, as the text names it, though Azerbaijan is named more often."""
    text = ("Pakistan's prime minister met the President of Azerbaijan in Astana. Azerbaijan "
            "hosts the next summit, and Azerbaijan invited Pakistan to it. The two sides renewed "
            "their commitment to deepen cooperation.")
    (pledge,) = [e for e in _events(text) if e.kind == "pledge"]
    assert (pledge.actor1.code, pledge.actor2.code) == ("PAK", "AZE")
