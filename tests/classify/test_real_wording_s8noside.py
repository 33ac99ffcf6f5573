"""Wording of real news where a cue of the right kind fired but a side was not resolved,
a class at a time (each seen in several passages of the real-text dev split): the side
is told only by whom an act was done to, by a title, or by an earlier sentence."""

from __future__ import annotations

from coded_events import coded_in


def _noside_coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_people_of_one_side_held_with_no_captor_named_were_held_by_the_other() -> None:
    """ "Five Sri Lankan fishermen were arrested", "twenty Cambodian troops captured on
    29 July", "a journalist of Polish origin was sentenced": people of one side of the
    text's pair arrested, captured, evicted or sentenced, told in the passive with no
    captor named, were held by the other side (as an envoy summoned with no host named
    was summoned by it). The text's own people arrested at home are no such act."""
    assert ("coerce", "IND", "LKA") in _noside_coded(
        "India and Sri Lanka resumed talks on fisheries last month. Seven Sri Lankan "
        "fishermen were arrested on Monday for fishing in Indian waters.")
    assert ("coerce", "RUS", "GEO") in _noside_coded(
        "Relations between Russia and Georgia remain tense. A Georgian farmer was detained "
        "on Friday near the boundary line.")
    assert ("coerce", "PAK", "AFG") in _noside_coded(
        "Pakistan and Afghanistan traded blame over the crossing. Dozens of Afghan "
        "families were evicted from the border town the next week.")
    assert not [k for k, *_ in _noside_coded(
        "Relations between Russia and Georgia remain tense. Georgian opposition leaders "
        "were arrested in Tbilisi on Friday.") if k == "coerce"]


def test_a_fronted_visit_clause_ends_at_its_own_comma_not_a_dates() -> None:
    """ "During a state visit to Turkey on Wednesday, March 5, Aliyev attended ...", "On
    March 25, during his first visit to Armenia, Kobakhidze met ...": the visitor of a
    fronted "during his visit" clause is the main clause's subject, which begins after
    the clause's own comma; a comma inside a written date, or after a date opening the
    sentence, does not end the fronted clause."""
    assert ("visit", "AZE", "TUR") in _noside_coded(
        "During an official visit to Turkey on Friday, June 7, Azerbaijani President Ilham "
        "Aliyev opened a trade fair in Ankara.")
    assert ("visit", "GEO", "ARM") in _noside_coded(
        "On May 2, during his first trip to Armenia as prime minister, Georgian Prime "
        "Minister Irakli Kobakhidze held talks with Nikol Pashinyan.")
    # the date alone opens the sentence: the main clause follows it
    assert ("visit", "AZE", "TUR") not in _noside_coded(
        "On Friday, June 7, Azerbaijani President Ilham Aliyev spoke with Turkish officials "
        "in Baku.")


def test_a_charge_told_from_the_wronged_side_targets_the_other_side() -> None:
    """ "The visit interferes in China's internal affairs, said China's spokesperson", "the
    envoy was attacked, drawing a furious reaction from Moscow": a charge whose slot names
    the side wronged, where the act told is that side's own people's or speaker's, is
    that side's charge against the text's other side, not against itself (and not
    dropped for having no target)."""
    assert ("criticism_hostility", "CHN", "LTU") in _noside_coded(
        "China recalled its ambassador from Lithuania on Monday. The trip seriously "
        "undermines China's sovereignty, a Chinese Foreign Ministry spokesman said.")
    assert ("criticism_hostility", "RUS", "POL") in _noside_coded(
        "Poland expelled a Russian diplomat last week. A Russian diplomat was jostled by "
        "protesters in Warsaw on Monday, drawing an angry reaction from Moscow.")
    # the wronged side's own act, with no other side in the text, accuses no one
    assert not [k for k, *_ in _noside_coded(
        "The reform undermines China's sovereignty, a Chinese Foreign Ministry spokesman "
        "said.") if k == "criticism_hostility"]


def _noside_pairs(text: str, kind: str) -> list[set[str | None]]:
    return [{a1, a2} for k, a1, a2 in _noside_coded(text) if k == kind]


def test_a_joint_act_naming_only_the_pairs_places_is_the_pairs() -> None:
    """ "The first formal negotiations took place on Nov. 29-30 in Tokyo", "The opening
    ceremony of the pipeline was held in Ankara": talks, a signing, a joint project told
    with no party, where the sentence names only the text's two sides (a place of theirs,
    a speaker), are the two sides'. Not a meeting, which one side holds with its own
    officials as often, nor an act whose sentence names a third state."""
    assert {"JPN", "PHL"} in _noside_pairs(
        "Relations between Japan and the Philippines have grown. The first formal "
        "negotiations on the pact took place on May 2 last year in Tokyo.", "negotiation")
    assert {"AZE", "TUR"} in _noside_pairs(
        "The pipeline links Turkey's Igdir with Azerbaijan's Nakhchivan. The opening "
        "ceremony of the new gas pipeline was held in Ankara via video link, the press "
        "service of the President of Azerbaijan reports.", "economic_cooperation")
    assert not _noside_pairs(
        "Relations between Japan and the Philippines have grown. A meeting of the cabinet "
        "took place on Monday in Tokyo.", "meeting")
    assert not _noside_pairs(
        "Relations between Japan and the Philippines have grown. The first formal "
        "negotiations on a trade deal took place on May 2 last year in Paris.", "negotiation")
