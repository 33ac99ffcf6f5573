"""Wording of real news about practical cooperation, a class at a time: the everyday nouns
for weapons and military goods that a sale, purchase or shipment between two states names."""

from __future__ import annotations

from coded_events import coded_in


def test_r2econ_weapon_nouns_and_shipped_military_goods_are_arms_transfers() -> None:
    """Arms sales name their goods with a broad family of nouns ("warplanes", "gunships",
    "destroyers", "torpedoes", "military hardware", "materiel"), and shipments of military
    goods are told as "sent defence items / military supplies to" a state: each is an arms
    transfer from the seller or sender to the buyer or receiver. A shipment of relief
    supplies is not."""
    assert ("arms_transfer", "FRA", "EGY") in coded_in(
        "Egypt signed a contract on Monday to purchase thirty warplanes from France.")
    assert ("arms_transfer", "USA", "IND") in coded_in(
        "India bought six attack gunships from the United States last year.")
    assert ("arms_transfer", "GBR", "UKR") in coded_in(
        "Britain sent a new batch of military supplies to Ukraine on Monday.")
    assert ("arms_transfer", "TUR", "AZE") in coded_in(
        "Turkey will ship defence items to Azerbaijan by sea this month.")
    assert not [k for k, *_ in coded_in(
        "Japan sent relief supplies to Nepal on Monday.") if k == "arms_transfer"]


def test_r2econ_lifting_or_ending_measures_against_a_side_is_a_concession() -> None:
    """A state gives up a measure it held against another: besides "lift / ease / scrap" a
    ban or sanctions, news says it "abolished visas for" or "removed the need for visas for"
    its nationals, "rescinded" or "loosened" restrictions, or "ended / suspended" the
    sanctions, ban or measures against it (CONCEDE, from the one who gives it up).
    Suspending or revoking visas themselves is a restriction, not a concession."""
    assert ("concede", "KAZ", "IND") in coded_in(
        "Kazakhstan abolished visas for Indian nationals on Monday.")
    assert ("concede", "JPN", "VNM") in coded_in(
        "Japan removed the need for entry visas for Vietnamese tourists on Monday.")
    assert ("concede", "ARE", "QAT") in coded_in(
        "The UAE said it would end all the measures it had imposed against Qatar.")
    assert ("concede", "RUS", "GEO") in coded_in(
        "Moscow suspended the sanctions on Georgia on Monday.")
    coded = coded_in("Washington suspended visas for Russian diplomats on Monday.")
    assert not [k for k, *_ in coded if k == "concede"]
