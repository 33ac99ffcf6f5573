"""Everyday news vocabulary, a family at a time, audited from sentences written for each act
(not from dev gold): active, passive, noun and headline forms with named states, capitals and
demonyms, and the near-misses that must not fire."""

from __future__ import annotations

from coded_events import coded_in


def _s11r_kinds(text: str) -> set[str]:
    return {kind for kind, *_ in coded_in(text)}


def test_asking_a_side_for_help_pleading_and_pressing_it_are_requests() -> None:
    """The usual words for asking a side: its help or cooperation requested, sought or enlisted
    ("sought Chile's support"), a plea to it ("pleaded with X to"), pressure put on it to act
    ("lobbied Manila to", "pressured Bolivia to"). Troops pushed to a river bank ask no one."""
    assert ("request", "KEN", "UGA") in coded_in("Kenya requested Uganda's help in the search.")
    assert ("request", "PER", "CHL") in coded_in(
        "Peru sought Chile's support for its candidacy.")
    assert ("request", "PHL", "JPN") in coded_in(
        "Manila enlisted Tokyo's help in patrolling the sea.")
    assert ("request", "KEN", "UGA") in coded_in(
        "Kenya has pleaded with Uganda to spare the prisoner.")
    assert ("request", "USA", "PHL") in coded_in("Washington lobbied Manila to reject the deal.")
    assert ("request", "PER", "BOL") in coded_in(
        "Lima pressured Bolivia to extradite the former minister.")
    assert "request" not in _s11r_kinds(
        "Ukraine pushed Russian forces to the east bank of the river.")


def test_war_games_drilling_together_and_trainees_trained_by_a_side() -> None:
    """Joint war games, a navy or army drilling or training with the other's forces, are joint
    exercises; trainees "trained by" the other's instructors are that side's training (AID).
    Soldiers drilling wells exercise with no one."""
    assert ("military_exercise", "IND", "FRA") in coded_in(
        "Indian and French troops took part in joint war games.")
    assert "military_exercise" in _s11r_kinds(
        "The Indian navy drilled with French warships in the Arabian Sea.")
    assert "military_exercise" in _s11r_kinds(
        "Kenyan soldiers exercised with Tanzanian forces near the border.")
    assert ("military_training", "USA", "UKR") in coded_in(
        "Ukrainian soldiers are being trained by US instructors.")
    assert ("military_training", "GBR", "UKR") in coded_in(
        "Ukrainian pilots were trained by British instructors.")
    assert "military_exercise" not in _s11r_kinds("Kenyan soldiers drilled wells in the village.")


def test_captives_handed_back_are_released_and_a_dropped_objection_is_a_concession() -> None:
    """Captives handed, sent or given back ("handed back the captured Indian pilot") are
    released (RETREAT), not seized again by the "captured" that tells who they are; a side that
    drops, withdraws or lifts its objection or veto gives way (CONCEDE), where the objection
    alone read as criticism. An objection raised, or a pilot captured, is neither."""
    assert coded_in("Pakistan handed back the captured Indian pilot.") == [
        ("retreat", "PAK", "IND")]
    assert ("retreat", "IND", "LKA") in coded_in(
        "India sent back 20 detained Sri Lankan fishermen.")
    assert ("concede", "TUR", "SWE") in coded_in(
        "Turkey dropped its objection to Sweden's NATO membership.")
    assert ("concede", "CHN", "PHL") in coded_in(
        "China withdrew its objections to the Philippine proposal.")
    assert "concede" not in _s11r_kinds("Turkey raised an objection to Sweden's membership.")
    assert "retreat" not in _s11r_kinds(
        "Pakistan captured an Indian pilot after shooting down his jet.")


def test_debt_forgiven_and_building_financed_for_the_other_are_aid() -> None:
    """A debt written off, forgiven or cancelled for the other ("cancelled Zambia's debt",
    "debt relief to Sri Lanka"), and the construction or rebuilding of something financed or
    funded for it, are aid. An order cancelled, or a letter about a debt, gives nothing."""
    assert ("aid_project", "CHN", "KEN") in coded_in("China wrote off part of Kenya's debt.")
    assert ("aid_project", "CHN", "ZMB") in coded_in("China cancelled Zambia's debt.")
    assert ("aid_project", "FRA", "LKA") in coded_in(
        "France forgave Sri Lanka's bilateral debt.")
    assert ("aid_project", "JPN", "LKA") in coded_in("Japan granted debt relief to Sri Lanka.")
    assert ("aid_project", "CHN", "KEN") in coded_in(
        "China financed the construction of a railway in Kenya.")
    assert "aid_project" not in _s11r_kinds("Kenya cancelled its order of Chinese trains.")
    assert "aid_project" not in _s11r_kinds("Zambia wrote to China about its debt.")


def test_a_tour_or_trip_told_by_its_host_begun_or_wrapped_up_is_a_visit() -> None:
    """Headline wording of a visit: a tour or trip in the host's name begun, wrapped up, cut
    short or ended ("wraps up US tour", "began his Tanzania trip"). A campaign wrapped up is
    no visit."""
    assert ("visit", "IND", "USA") in coded_in("Modi wraps up US tour.")
    assert ("visit", "KEN", "TZA") in coded_in("Ruto began his Tanzania trip on Monday.")
    assert ("visit", "PHL", "JPN") in coded_in(
        "Marcos cut short his Japan trip after the typhoon.")
    assert "visit" not in _s11r_kinds("Kenya wrapped up its election campaign.")


def test_a_national_charged_or_indicted_for_spying_is_coerced() -> None:
    """A national charged, indicted or prosecuted for espionage, spying, treason, terrorism and
    the like ("charged two Canadians with espionage") is coerced like one arrested or sentenced.
    A state charged with breaking a treaty is accused, not arrested; "tried to" tries no one."""
    assert ("coerce", "CHN", "CAN") in coded_in("Beijing charged two Canadians with espionage.")
    assert ("coerce", "CHN", "JPN") in coded_in(
        "China indicted a Japanese businessman for spying.")
    assert ("coerce", "IRN", "FRA") in coded_in("Iran charged a French tourist with spying.")
    assert "coerce" not in _s11r_kinds("Kenya charged Uganda with violating the treaty.")
    assert "coerce" not in _s11r_kinds("Peru tried to persuade Chile to join the pact.")
