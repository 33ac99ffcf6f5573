"""Wording of real diplomatic news, a class at a time: acts told through letters and
messages, and whom they are addressed to (the receiver of a letter is the other side of
what it says; the one who carries it is no party)."""

from __future__ import annotations

from coded_events import coded_in


def test_what_a_letter_says_is_said_to_whom_it_is_addressed() -> None:
    """ "sent a message to X expressing condolences", "In a letter to X, Y expressed ...",
    "wrote to X expressing sympathy": the act a letter or message tells has no object of
    its own; its other side is the one the letter went to, and that one is no writer even
    when it is named first ("In a message to his Russian counterpart, Erdogan ...")."""
    assert ("support_statement", "IND", "NPL") in coded_in(
        "Indian Prime Minister Narendra Modi sent a message to Nepalese Prime Minister "
        "Pushpa Kamal Dahal expressing deep sympathy over the earthquake.")
    assert ("support_statement", "JPN", "TUR") in coded_in(
        "In a letter to Turkish President Recep Tayyip Erdogan, Japanese Prime Minister "
        "Fumio Kishida offered his condolences.")
    assert ("support_statement", "BRA", "CHL") in coded_in(
        "Brazilian President Lula wrote to Chilean President Gabriel Boric expressing his "
        "solidarity and sympathy after the wildfires.")
    coded = coded_in(
        "In a message to his Ukrainian counterpart, Polish President Andrzej Duda called "
        "for an end to the grain blockade.")
    assert ("request", "POL", "UKR") in coded
    assert ("request", "UKR", "POL") not in coded


def test_a_letter_names_no_side_when_the_act_has_its_own_object() -> None:
    """ "In a letter to the UN, Egypt accused Ethiopia ...": the act's own object is the
    other side; the addressee only where the act names none."""
    coded = coded_in(
        "In a letter to the UN Security Council, Egypt accused Ethiopia of violating the "
        "agreement.")
    assert ("criticism_hostility", "EGY", "ETH") in coded
    assert not [c for c in coded if c[2] == "UN" or c[1] == "UN"]


def test_an_assurance_of_support_is_a_pledge_from_the_one_who_assures() -> None:
    """ "assured his counterpart, Ararat Mirzoyan, of his country's support", "reassured
    the Kenyan president of Uganda's backing": the backing is the assurer's own, promised to
    the one assured (AGREE, as CAMEO codes an assurance), however long the name between;
    "his country" is the assurer's, not the counterpart's."""
    assert ("pledge", "FRA", "ARM") in coded_in(
        "In a phone call, French Foreign Minister Stephane Sejourne assured his Armenian "
        "counterpart, Ararat Mirzoyan, of his country's support for Armenia's sovereignty.")
    coded = coded_in(
        "Ugandan President Yoweri Museveni reassured Kenyan President William Ruto of "
        "Uganda's full backing.")
    assert ("pledge", "UGA", "KEN") in coded
    assert ("pledge", "KEN", "UGA") not in coded
