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


def _s17g_kinds(text: str) -> set[tuple[str, str, str]]:
    return {
        (e.kind, e.actor1.code, e.actor2.code)
        for e in events_in(text, date="2024-03-14")
        if e.actor1 and e.actor2
    }


def test_meeting_of_a_body_called_for_is_an_appeal_to_it() -> None:
    """Class: a side that calls, requests or asks a body to convene a meeting or
    session appeals to that body; no meeting is held by the asker and the body."""
    got = _s17g_kinds(
        "Poland requested an emergency session of the UN Security Council on Monday to "
        "discuss the drone incursion."
    )
    assert ("request", "POL", "UN") in got
    assert not any(k == "meeting" for k, _, _ in got)
    got = _s17g_kinds(
        "Lithuania called an urgent meeting of NATO allies after the cable was cut."
    )
    assert ("request", "LTU", "NATO") in got
    assert not any(k == "meeting" for k, _, _ in got)
    got = _s17g_kinds(
        "Guyana urged the Security Council to convene an emergency meeting over "
        "Venezuela's troop build-up."
    )
    assert ("request", "GUY", "UN") in got
    assert not any(k == "meeting" for k, _, _ in got)


def test_meeting_agreed_to_be_convened_stays_a_meeting() -> None:
    """Negative: two sides that agree to convene a meeting still plan a meeting."""
    got = _s17g_kinds(
        "Armenia and Azerbaijan agreed to convene a meeting of the border commission in May."
    )
    assert any(k == "meeting" for k, _, _ in got)


def test_appeal_to_a_body_against_a_state_accuses_it() -> None:
    """Class: an appeal to a body to act on a state's hostile act ("to stop X's
    aggression", "to respond to the conduct... of X") is a request to the body and an
    accusation of that state; the body is not the one accused."""
    got = _s17g_kinds(
        "Moldova asked the OSCE on Tuesday to condemn the incursions by Russia into its "
        "airspace."
    )
    assert ("request", "MDA", "OSCE") in got
    assert ("criticism_hostility", "MDA", "RUS") in got
    got = _s17g_kinds(
        "Somalia urged the African Union to halt Ethiopia's encroachment on its territory."
    )
    assert ("request", "SOM", "AU") in got
    assert ("criticism_hostility", "SOM", "ETH") in got


def test_appeal_to_a_body_for_help_accuses_no_one() -> None:
    """Negative: an appeal to a body for help that names no hostile act of a state
    accuses no one."""
    got = _s17g_kinds("Kenya asked the World Bank to fund a new road to Ethiopia.")
    assert not any(k == "criticism_hostility" for k, _, _ in got)


def test_date_after_to_discuss_is_the_discussed_acts() -> None:
    """Class: a request for a deliberation ("called a meeting to discuss the downing of
    its jet on Friday") is made on the news day; the date after "to discuss" dates the
    act discussed. A date before the purpose still dates the request."""
    text = (
        "Greece has requested a meeting of EU foreign ministers to discuss the seizure "
        "of its tanker by Turkish forces on Friday."
    )
    dates = {e.date.start for e in events_in(text, date="2024-03-14") if e.kind == "request"}
    assert dates == {"2024-03-14"}
    text = "Greece on Friday requested a meeting of EU foreign ministers to discuss the seizure."
    dates = {e.date.start for e in events_in(text, date="2024-03-14") if e.kind == "request"}
    assert dates == {"2024-03-08"}
