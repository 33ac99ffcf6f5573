"""Real-text wording, long sentences (s12g): what elsewhere in a long sentence
stops the coder from seeing an act that its clause alone codes."""

from coded_events import events_in, sides_of


def test_s12g_person_of_state_in_a_subject_list() -> None:
    """Class: a subject list of "Title Name of State and Title Name of State". The
    state after "of" is the person's own side, so the list goes on past it; read as
    the last state alone, the subject was one side and, with a third state named
    anywhere in the sentence, the act lost its pair."""
    text = (
        "A week before the Polish vote, President Kassym-Jomart Tokayev of Kazakhstan "
        "and President Shavkat Mirziyoyev of Uzbekistan signed a treaty in Tashkent."
    )
    events = events_in(text, "2024-05-10")
    assert set(sides_of(events, "agreement_signed")) == {"KAZ", "UZB"}
    # the state named in the fronted time clause is no side of the signing
    assert not any(
        "POL" in {a.code for a in (e.actor1, e.actor2) if a}
        for e in events
        if e.kind == "agreement_signed"
    )
