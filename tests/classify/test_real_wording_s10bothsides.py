"""Wording of real news, a class at a time (s10bothsides): a third party acting between
the two sides of a story. Mediation is talks of the two sides with a go-between; the
sides stay actor1 and actor2 and the go-between is a further party, as the gold codes
"talks mediated by Qatar and Turkey" (negotiation AFG, PAK, others QAT, TUR)."""

from __future__ import annotations

from coded_events import events_in


def _s10bothsides_talks(text: str) -> list[tuple[str, str | None, list[str]]]:
    """(actor1, actor2, others) of every negotiation coded in ``text``."""
    return [
        (e.actor1.code, e.actor2.code if e.actor2 else None, [o.code for o in e.others])
        for e in events_in(text, "2024-03-14") if e.kind == "negotiation"
    ]


def test_mediation_is_talks_of_the_two_sides_with_a_go_between() -> None:
    """ "Norway mediated between X and Y", "the envoy has been shuttling between X and
    Y", "the talks were facilitated by Z", "a Swiss-mediated process": going between two
    sides is their negotiation, with the go-between beside them, not one side of it.
    An offer to mediate is the offerer's promise, not talks held."""
    assert ("COL", "VEN", ["NOR"]) in _s10bothsides_talks(
        "Norway mediated between Colombia and Venezuela on Tuesday.")
    assert ("ETH", "SOM", ["KEN"]) in _s10bothsides_talks(
        "Kenyan envoy Raila Odinga has been shuttling between Ethiopia and Somalia "
        "to ease tensions over the port deal.")
    # (the later mention retells the resumed talks, which take the go-between)
    passive = [
        [o.code for o in e.others] for e in events_in(
            "Sudan and South Sudan resumed border negotiations in Addis Ababa on Monday. "
            "The talks were facilitated by Ethiopia.", "2024-03-14")
        if e.kind in ("meeting", "negotiation")
    ]
    assert passive == [["ETH"]]
    hyphened = _s10bothsides_talks(
        "Serbia and Kosovo agreed on licence plates last year after a Swiss-mediated "
        "process.")
    assert any(o == ["CHE"] for _, _, o in hyphened)
    # an offer to mediate is the offerer's own pledge, no talks of the two sides
    offered = events_in("Kazakhstan offered to mediate between Russia and Ukraine.",
                        "2024-03-14")
    assert [e.kind for e in offered] == ["pledge"]
    assert offered[0].actor1.code == "KAZ"


def test_a_third_partys_act_on_the_two_sides_is_on_both() -> None:
    """ "The UN urged the two sides to talk", "the AU called on both countries to show
    restraint": the act is on both members of the story's pair, so the second joins its
    parties (a search for either pair with the third party finds it); one of the pair
    urging "the two sides" adds no party."""
    story = "Sudan and South Sudan clashed on the border on Monday. "
    requests = [
        (e.actor1.code, e.actor2.code if e.actor2 else None, sorted(o.code for o in e.others))
        for e in events_in(story + "The UN urged the two sides to talk.", "2024-03-14")
        if e.kind == "request"
    ]
    assert requests == [("UN", "SDN", ["SSD"])]
    requests = [
        (e.actor1.code, sorted(o.code for o in e.others))
        for e in events_in(story + "The African Union called on both countries to exercise "
                           "restraint.", "2024-03-14")
        if e.kind == "request"
    ]
    assert requests == [("AU", ["SSD"])]
    assert not [
        e for e in events_in(story + "Sudan urged the two sides to talk.", "2024-03-14")
        if e.kind == "request" and e.others
    ]
