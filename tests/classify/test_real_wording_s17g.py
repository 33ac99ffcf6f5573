"""Complaints carried to a body about another state (round s17g).

A state that complains to the UN, the Security Council or another intergovernmental
body about what a second state did accuses that second state: the body only hears the
complaint. When the sentence names the state that did the act complained of after
the body ("complained to the UN after X seized ..."), the accusation is coded against
that state, not against the body. When no state is named past the body, the body
itself may be what is complained of ("protested to NATO over the air raids") and
stays the target.
"""

from coded_events import events_in


def _s17g_accusations(text: str) -> set[tuple[str, str]]:
    return {
        (e.actor1.code, e.actor2.code)
        for e in events_in(text, date="2024-03-14")
        if e.kind == "criticism_hostility" and e.actor1 and e.actor2
    }


def test_complaint_to_a_body_accuses_the_state_named_past_it() -> None:
    """Class: "complained/protested to <body> ... after <state> did X": the accused is
    the state that did the act, the body is only the addressee."""
    got = _s17g_accusations(
        "Ukraine complained to the United Nations on Tuesday after Russia seized two "
        "of its grain ships."
    )
    assert ("UKR", "RUS") in got
    assert ("UKR", "UN") not in got
    got = _s17g_accusations(
        "Armenia protested to the OSCE after Azerbaijani troops fired on its villages."
    )
    assert ("ARM", "AZE") in got
    assert ("ARM", "OSCE") not in got


def test_complaint_to_a_body_about_the_body_itself_stays() -> None:
    """Negative: with no state named past the body, the body can be the one
    complained of; it stays the target."""
    got = _s17g_accusations(
        "Pakistan said it had strongly protested to NATO over the air raids on its "
        "border posts."
    )
    assert ("PAK", "NATO") in got
