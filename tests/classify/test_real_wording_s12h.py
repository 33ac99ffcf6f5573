"""Wording of real news, a class at a time (branch s12h): acts told as background or
history inside analysis and news passages, each coded with its own date."""

from __future__ import annotations

from coded_events import events_in, sides_of

_S12hVisit = tuple[str, str, str | None, str | None]


def _s12h_visits(text: str, date: str = "2024-03-14") -> list[_S12hVisit]:
    return [
        (e.kind, e.actor1.code if e.actor1 else "", e.actor2.code if e.actor2 else None,
         e.date.start)
        for e in events_in(text, date) if e.kind == "visit"
    ]


def test_came_to_a_country_is_a_visit_with_its_own_date() -> None:
    """ "had come to Dhaka in 2005", "came to Nairobi last year": the plain verb of going
    somewhere, told of a leader and a place abroad, is a visit, dated as its clause dates
    it (history told in a news page keeps its year). Not "came to X's aid" (help, no
    journey), nor a plan told as "is coming to"."""
    assert ("visit", "IDN", "NZL", "2009") in _s12h_visits(
        "The last Indonesian president to travel that far, Susilo Yudhoyono, had come to "
        "New Zealand in 2009.")
    events = events_in("The Nigerian president came to Ghana last month for the summit.",
                       "2024-03-14")
    assert sides_of(events, "visit") == ("NGA", "GHA")
    assert not _s12h_visits("France came to Lebanon's aid after the blast in 2020.")
    assert not _s12h_visits("The talks between Kenya and Uganda came to nothing in 2019.")


def _s12h_pacts(text: str, date: str = "2024-03-14") -> list[tuple[str, str | None, str | None]]:
    return [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None, e.date.start)
        for e in events_in(text, date) if e.kind == "agreement_signed"
    ]


def test_a_partnership_formed_is_a_pact_with_its_own_date() -> None:
    """ "since embarking on a strategic partnership in 2015", "the partnership forged two
    decades ago", "a partnership between X and Y, signed in 2008": forming a partnership is
    a pact of the two sides, and told as background it keeps the year its clause gives.
    A partnership only described ("their close partnership") is no act."""
    pacts = _s12h_pacts("Since embarking on a defence partnership in 2011, India and Oman "
                        "have held regular naval drills.")
    assert any({a, b} == {"IND", "OMN"} and d == "2011" for a, b, d in pacts)
    pacts = _s12h_pacts("Kenya and Ethiopia renewed the partnership forged in 2012 between "
                        "their two governments.")
    assert any({a, b} == {"KEN", "ETH"} and d == "2012" for a, b, d in pacts)
    pacts = _s12h_pacts("The frigates are part of a partnership between Greece and Italy, "
                        "signed in 2019, worth two billion euros.")
    assert any({a, b} == {"GRC", "ITA"} and d == "2019" for a, b, d in pacts)
    assert not _s12h_pacts("Ghana and Togo praised their close partnership on Tuesday.")
