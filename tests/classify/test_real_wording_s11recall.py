"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): envoys recalled or called home, told in the passive with no doer
named ("the ambassador was called back to Ankara for consultations"). The recalling
state is the envoy's own, or the one whose capital he is called back to; the other side
is where he served."""

from __future__ import annotations

from coded_events import coded_in


def test_recall_home_capital_is_the_recalling_state_not_the_post() -> None:
    """ "the ambassador was called back to Ankara": the capital after "to" is the envoy's
    home, whose state recalls him; it is not where he served (that side comes from the
    story's pair). "the Egyptian ambassador in Rome has been recalled": the place named
    with the envoy is his post, the adjective his own state. A summons of another state's
    envoy stays a summons by the host."""
    assert ("sanction", "NOR", "CHL") in coded_in(
        "Officials confirmed that the ambassador had been called back to Oslo for "
        "consultations. Relations between Norway and Chile have soured this year.")
    assert ("sanction", "EGY", "ITA") in coded_in(
        "The Egyptian ambassador in Rome has been recalled for consultations.")
    assert ("sanction", "PER", "MEX") in coded_in(
        "Peru's envoy to Mexico was recalled to Lima for consultations on Monday.")
    summons = coded_in("The Peruvian ambassador was summoned to the foreign ministry "
                            "in Mexico City on Monday.")
    assert not [e for e in summons if e[0] == "sanction"]
    assert ("criticism_hostility", "MEX", "PER") in summons


def test_recalled_envoy_named_at_length_or_in_quotes() -> None:
    """ "Ambassador of Norway to Chile Ola Nordmann was recalled", "its ambassador to Lima
    is 'called back to Quito for consultations'": an envoy told with his state, post and
    name, or a passive verb opened by a quote, is still recalled by his own state from
    his post; the envoy named so and summoned stays the host's summons."""
    assert ("sanction", "NOR", "CHL") in coded_in(
        "Ambassador of Norway to Chile Ola Nordmann was recalled on Monday.")
    assert ("sanction", "ECU", "PER") in coded_in(
        "Ecuador's foreign ministry said its ambassador to Peru is \"called back to Quito "
        "for urgent consultations.\"")
    summons = coded_in("Ambassador of Norway to Chile Ola Nordmann was summoned on Monday.")
    assert not [e for e in summons if e[0] == "sanction"]
    assert ("criticism_hostility", "CHL", "NOR") in summons


def test_two_sides_recalling_their_envoys_act_each_way() -> None:
    """ "Peru and Ecuador recalled their ambassadors", "the two neighbours expelled each
    other's diplomats": two sides named together with no other target each recall their
    own envoy from (or expel the other's envoys from) the other, one act each way; a
    recall from a third state named after the envoys is one way, to that state."""
    both = coded_in("Peru and Ecuador withdrew their respective envoys on Friday.")
    assert ("sanction", "PER", "ECU") in both and ("sanction", "ECU", "PER") in both
    both = coded_in("Peru and Ecuador expelled each other's diplomats on Friday.")
    assert ("sanction", "PER", "ECU") in both and ("sanction", "ECU", "PER") in both
    third = coded_in("Peru and Ecuador recalled their ambassadors to Venezuela on Friday.")
    assert ("sanction", "ECU", "PER") not in third
    assert ("sanction", "PER", "VEN") in third
