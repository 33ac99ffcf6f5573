"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split, first studied in the batch of worldwide conflict news real20b)."""

from __future__ import annotations

from coded_events import coded_in


def test_a_charge_told_as_a_noun_of_its_side_is_that_sides_accusation() -> None:
    """ "over Tokyo's charges that its boats entered Chinese waters", "the Georgian
    allegations", "Russia's repeated accusations": the side that owns the charge accuses
    the other (ACCUSE), whatever the sentence then does with the charge. "Charges" are a
    charge only with "that" (criminal charges, port charges), and a side's "claims" are
    never one (a claim to land; "the minister claims that" is a verb)."""
    assert ("criticism_hostility", "ARM", "AZE") in coded_in(
        "Armenia's accusations of ceasefire breaches angered Azerbaijan.")
    assert ("criticism_hostility", "GEO", "RUS") in coded_in(
        "The Georgian allegations infuriated Moscow, officials said.")
    assert ("criticism_hostility", "JPN", "CHN") in coded_in(
        "Tokyo's charges that Chinese boats entered Japanese waters drew an angry reply "
        "from Beijing.")
    assert not [c for c in coded_in(
        "Chinese charges for port use rose sharply, Vietnam said.")
        if c[0] == "criticism_hostility"]
    assert not [c for c in coded_in(
        "China's claims in the South China Sea overlap with those of Vietnam.")
        if c[0] == "criticism_hostility"]


def test_joint_exercises_called_off_are_cooperation_frozen() -> None:
    """ "cancelled three exercises scheduled with the Israeli military", "called off the
    naval drills with Athens", "scrapped a planned war game": joint exercises or drills
    called off are a side freezing its cooperation with the other (SANCTION), as a visit
    or talks called off are; exercises held stay a joint exercise."""
    for text in ("Ankara cancelled two air force exercises planned with the Israeli military.",
                 "Turkey called off its naval drills with Greece.",
                 "Egypt scrapped a scheduled joint exercise with Russia."):
        coded = coded_in(text)
        assert [c for c in coded if c[0] == "sanction"], text
        assert not [c for c in coded if c[0] == "military_exercise"], text
    assert ("military_exercise", "EGY", "RUS") in coded_in(
        "Egypt held a joint naval exercise with Russia.")


def test_it_after_a_sides_verb_of_saying_is_that_speaker() -> None:
    """ "The two countries announced the expulsions a day after Fiji said it would expel
    their diplomats", "Russia protested when Poland announced that it would close ...":
    "it" right after a side's "said", "announced", "warned" (and its "that") stands for
    that speaker, not for the sentence's first subject; the pronoun of a sentence whose
    subject speaks is still that subject."""
    coded = coded_in("Moscow summoned the Polish envoy a day after Poland said it "
                        "would shut the Russian consulate in Krakow.")
    assert ("sanction", "POL", "RUS") in coded
    assert ("sanction", "RUS", "POL") not in coded
    assert ("sanction", "ARM", "AZE") in coded_in(
        "Baku protested after Yerevan announced that it would recall its ambassador to "
        "Azerbaijan.")
    assert ("sanction", "RUS", "LVA") in coded_in(
        "Russia said it would expel two Latvian diplomats.")
