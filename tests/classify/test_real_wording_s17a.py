"""Real-text wording: the sides of each act in a list of one subject's acts.

News often lists what one side did in a row ("X recalled its envoy, shut its
consulate and appealed to the UN"). The object of the last act (the UN) is not the
other side of the earlier ones: an act of the list that names no side of its own
takes the story's other side. Acts that share one object ("X condemned and
sanctioned Y") still both take it.
"""

from coded_events import events_in, sides_of


def test_s17a_list_act_does_not_take_a_later_acts_addressee() -> None:
    """Class: a list of acts joined by commas and "and"; the addressee of the last
    verb (here an organisation appealed to) is not the target of the earlier ones."""
    text = (
        "Armenian forces shelled villages in Azerbaijan on Monday. "
        "Azerbaijan recalled its ambassador, closed its consulate and appealed to the "
        "United Nations on Tuesday."
    )
    events = events_in(text, date="2024-03-14")
    assert sides_of(events, "sanction") == ("AZE", "ARM"), events


def test_s17a_shared_object_still_taken() -> None:
    """Near miss: two verbs with no words of their own between them share the object
    after the last one; both acts take it."""
    events = events_in("Poland condemned and sanctioned Belarus on Friday.", date="2024-03-14")
    assert sides_of(events, "sanction") == ("POL", "BLR"), events
    assert sides_of(events, "criticism_hostility") == ("POL", "BLR"), events
