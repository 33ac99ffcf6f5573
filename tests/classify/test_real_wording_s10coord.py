"""Wording of real news whose two sides are told as a coordinated pair of officials
("X's president and his Y counterpart", "X's minister, together with his Y
counterpart,"), a structural class at a time, each seen in several passages of the
real-text dev split: the pair is one group of doers, so what they do together is joint
and what they call for is asked of neither of them."""

from __future__ import annotations

from coded_events import events_in


def _coord_coded(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None)
            for e in events_in(text, "2024-03-14")]


def _coord_parties(text: str, kind: str) -> set[str]:
    event = next(e for e in events_in(text, "2024-03-14") if e.kind == kind)
    return {a.code for a in (event.actor1, event.actor2, *event.others) if a is not None}


def test_his_named_counterpart_joins_the_first_official() -> None:
    """ "Mongolia's President X and his Kazakh counterpart Y urged ...": the name after
    "his Kazakh counterpart" is the counterpart's own, so the subject is the pair, not
    the counterpart alone with the first official left to be read as whom he urged. A
    call the two make together asks nothing of either; a joint act keeps both, told in
    the order named; a criticism of a third state is made by both."""
    coded = _coord_coded(
        "Mongolian President Ukhnaa Khurelsukh and his Kazakh counterpart Kassym-Jomart "
        "Tokayev urged closer cooperation in transport and energy.")
    assert not [c for c in coded if c[0] == "request"]
    assert ("agreement_signed", "MNG", "KAZ") in _coord_coded(
        "Mongolia's President Ukhnaa Khurelsukh and his Kazakh counterpart, Kassym-Jomart "
        "Tokayev, signed a joint declaration on strategic partnership on Tuesday.")
    assert {"MNG", "KAZ", "ISR"} <= _coord_parties(
        "Mongolian President Ukhnaa Khurelsukh and his Kazakh counterpart Kassym-Jomart "
        "Tokayev condemned the Israeli strikes on Gaza.", "criticism_hostility")
    # one official alone calling on the other is still a request of him
    assert ("request", "MNG", "KAZ") in _coord_coded(
        "Mongolian President Ukhnaa Khurelsukh urged his Kazakh counterpart Kassym-Jomart "
        "Tokayev to reopen the border crossing.")


def test_he_and_a_named_leader_act_together() -> None:
    """ "Kishida said he and President Marcos had agreed to ...", "Just now he and
    President Tokayev held talks", "She and Prime Minister Trudeau made the
    announcement": a pronoun joined by "and" to a named person opens a subject of two,
    the person the pronoun stands for (named before it, else in the sentence before)
    and the one named; neither is left out, nor is the other side taken for a target."""
    assert {"MNG", "KAZ", "USA"} <= _coord_parties(
        "Mongolian President Ukhnaa Khurelsukh said he and President Kassym-Jomart Tokayev "
        "had agreed to work closely with the United States on railways.", "pledge")
    assert ("negotiation", "MNG", "KAZ") in _coord_coded(
        "Ukhnaa Khurelsukh arrived in Astana on Monday. On Tuesday he and President "
        "Kassym-Jomart Tokayev held talks on transit.")
    # "he" alone, with no one joined to him, stays one doer
    coded = _coord_coded(
        "Mongolian President Ukhnaa Khurelsukh said he had agreed to work closely with "
        "the United States on railways.")
    assert not [c for c in coded if "KAZ" in c]
