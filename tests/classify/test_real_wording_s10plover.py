"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): which PLOVER type an act is given."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s10plover_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s10plover_types(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.kind, e.plover, e.status) for e in _s10plover_events(text)]


def test_a_planned_cooperative_act_keeps_its_own_plover_type() -> None:
    """ "is set to meet on June 13", "will withdraw its troops over 60 days", "will hold
    joint drills this week": an act to come is the act's own PLOVER type (CONSULT,
    RETREAT, COOPERATE) with a planned status, as the annotation rules give every kind
    its type whatever its status; only its CAMEO code tells the intent (03x). A pledge
    stays an AGREE."""
    coded = _s10plover_types("The Serbian president is due to meet his Croatian counterpart "
                             "in Zagreb on Friday.")
    assert ("meeting", "CONSULT", "planned") in coded
    assert not [c for c in coded if c[1] == "AGREE"]
    coded = _s10plover_types("Armenia will pull its troops back from the Azerbaijani border "
                             "next month.")
    assert [c for c in coded if c[0] == "retreat" and c[1] == "RETREAT"]
    assert not [c for c in coded if c[1] == "AGREE"]
    planned = [e for e in _s10plover_events(
        "Colombia will hold joint naval drills with Ecuador next week.")
        if e.kind == "military_exercise"]
    assert planned and planned[0].plover == "COOPERATE" and planned[0].cameo.startswith("03")
    # a promise is an agreement of its own
    coded = _s10plover_types("Kenya pledged to send relief supplies to Somalia.")
    assert [c for c in coded if c[1] == "AGREE"]


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
