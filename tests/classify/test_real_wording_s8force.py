"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): the nouns news uses for a state's armed push and for two forces
meeting in arms, beside "attack", "strike" and "clash"."""

from __future__ import annotations

from coded_events import coded_in


def _force(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str | None]]:
    return [(a1, a2) for kind, a1, a2 in coded_in(text, date) if kind == "armed_clash"]


def test_a_push_told_by_its_noun_is_force_against_where_it_went() -> None:
    """ "Rwanda's offensive into eastern Congo", "a Turkish offensive against militants in
    northern Iraq", "the Russian assault on Gori": an offensive, assault or onslaught with
    the ground or the side it went against is force by the side that owns the noun (an
    incursion into waters or airspace stays an incursion, MOBILIZE). Figurative uses ("an
    assault on its sovereignty", "offensive remarks") and a side blamed for backing someone
    else's assault are none."""
    assert ("RUS", "GEO") in _force("Tbilisi said the Russian assault on the Georgian town of "
                                     "Gori began at dawn on Friday.")
    assert ("ARM", "AZE") in _force("Baku said Armenia's onslaught against Azerbaijan "
                                     "continued overnight.")
    assert ("RWA", "COD") in _force("Kinshasa said the Rwandan offensive into eastern Congo "
                                     "went on for a third day on Monday.")
    assert not _force("The UAE described the Iranian remarks as an assault on its "
                      "sovereignty and an offence to Emirati dignity.")
    assert not _force("Chad blamed Sudan for backing an assault on N'Djamena by rebels.")


def test_armed_meetings_named_by_their_noun_are_clashes() -> None:
    """ "military confrontation took place between the two armies", "a series of battles
    on the border between Vietnam and China": a confrontation qualified as armed, or a
    battle between two sides, is a clash between them; one renounced or avoided is none."""
    assert _force("Armed confrontation broke out on Monday between Ethiopian and Eritrean "
                  "troops near the border.")
    assert _force("A series of battles between Thailand and Cambodia followed along the "
                  "frontier.")
    assert not _force("Ethiopia and Eritrea formally renounced military confrontation in "
                      "a joint declaration.")


def test_a_border_with_a_side_told_closed_in_the_passive_is_closed_by_the_other() -> None:
    """ "the two crossings with Belarus were closed last week", "the border with Belarus
    would be closed overnight": a border, crossing or frontier with a named side told closed
    with no closer named is closed on that side by the other side of the text (SANCTION);
    a border told open is none."""
    coded = coded_in("Vilnius said the three crossings with Belarus were shut on Tuesday.",
                     "2024-03-14")
    assert ("sanction", "LTU", "BLR") in coded
    coded = coded_in("Warsaw said the frontier with Belarus was sealed on Monday.", "2024-03-14")
    assert ("sanction", "POL", "BLR") in coded
    assert not [k for k, *_ in coded_in(
        "Vilnius said the crossings with Belarus were opened on Tuesday.", "2024-03-14")
        if k == "sanction"]
