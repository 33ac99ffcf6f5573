"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): which PLOVER type an act is given."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s10plover_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s10plover_types(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.kind, e.plover, e.status) for e in _s10plover_events(text)]


def test_a_demand_that_the_others_envoy_leave_is_an_expulsion() -> None:
    """ "demanded that Lithuania withdraw its ambassador", "demanded that X's envoy leave
    Beijing": a state that demands another's envoy go is expelling him (SANCTION), as
    "ordered the ambassador to leave" already is; a demand that troops leave, or a
    demand that someone else expel an envoy, is no expulsion by the speaker."""
    coded = _s10plover_types("Ghana demanded that Togo withdraw its ambassador in Accra.")
    assert [c for c in coded if c[1] == "SANCTION"]
    coded = _s10plover_types("Bolivia insisted that the Chilean envoy leave La Paz within "
                             "three days.")
    assert [c for c in coded if c[1] == "SANCTION"]
    coded = _s10plover_types("Niger demanded that Beninese soldiers leave its territory.")
    assert not [c for c in coded if c[1] == "SANCTION"]
