"""Audit of everyday English wording for aid, arms, economic cooperation, exercises,
support and requests between two named states (sentences written for the audit, not
taken from gold): a class of wording at a time."""

from __future__ import annotations

from coded_events import coded_in


def test_s14c_relief_goods_sent_flown_or_airdropped_to_a_state_are_aid() -> None:
    """The usual ways news tells relief goods reaching another state: sent, shipped,
    airlifted, airdropped, flown, trucked or donated medical/food/emergency supplies,
    kits, parcels or equipment "to" it. Military equipment sent is an arms transfer,
    not aid."""
    assert ("aid_project", "ARE", "SDN") in coded_in(
        "The UAE sent medical supplies to Sudan.")
    assert ("aid_project", "JPN", "TUR") in coded_in(
        "Japan airlifted tents and blankets to Turkey.")
    assert [a for k, a, _ in coded_in("Jordan airdropped food parcels to Gaza.")
            if k == "aid_project"] == ["JOR"]
    assert ("aid_project", "CHN", "NPL") in coded_in(
        "China flew emergency supplies to Nepal on Tuesday.")
    assert ("aid_project", "EGY", "LBY") in coded_in(
        "Egypt trucked medical equipment to Libya last week.")
    assert ("aid_project", "IND", "LKA") in coded_in(
        "India donated hygiene kits to Sri Lanka.")
    assert not [k for k, *_ in coded_in("Russia sent military equipment to Syria.")
                if k == "aid_project"]


def test_s14c_a_sum_lent_given_or_granted_to_a_named_state_is_aid() -> None:
    """ "X lent Y $1 billion", "X provided Y with $500 million", "X grants Y $50 million":
    a donor handing the named state a sum of money (the state as the verb's first object,
    the sum after it) is aid, as the "to Y" wording already is; and "gifted ... to Y".
    A warning given is not a sum."""
    assert ("aid_project", "CHN", "LKA") in coded_in(
        "China provided Sri Lanka with $500 million.")
    assert ("aid_project", "JPN", "VNM") in coded_in(
        "Japan grants Vietnam $50 million for flood recovery.")
    assert ("aid_project", "SAU", "PAK") in coded_in(
        "Saudi Arabia gave Pakistan another $2 billion on Tuesday.")
    assert ("aid_project", "USA", "JOR") in coded_in(
        "The US awarded Jordan $845 million in economic support.")
    assert ("aid_project", "IND", "NPL") in coded_in("India gifted ambulances to Nepal.")
    assert not [k for k, *_ in coded_in("Japan gave Vietnam a warning.")
                if k == "aid_project"]


def test_s14c_gratitude_and_weight_behind_a_state_are_support() -> None:
    """The everyday idioms of backing and thanks: "threw its weight behind Y", "stands
    firmly behind Y", "grateful/thankful to Y", "appreciation to Y" (thanks is
    support_statement in the guidelines). Troops standing behind a border are no one's
    backing."""
    assert ("support_statement", "HUN", "SRB") in coded_in(
        "Hungary threw its weight behind Serbia.")
    assert ("support_statement", "GRC", "FRA") in coded_in(
        "Greece is grateful to France for its help.")
    assert ("support_statement", "ARM", "IRN") in coded_in(
        "Armenia stands firmly behind Iran.")
    assert ("support_statement", "BLR", "RUS") in coded_in(
        "Belarus put its full weight behind Russia's bid.")
    assert not [k for k, *_ in coded_in("Troops stood firmly behind the Indian border.")
                if k == "support_statement"]


def test_s14c_training_of_any_service_branch() -> None:
    """Training is told of every service, not only "troops" and "pilots": coast guards,
    sailors, commandos, marines, gendarmes, police. Training one's own forces is no
    one's aid to another."""
    assert ("military_training", "IND", "MDV") in coded_in(
        "India trains Maldivian coast guards.")
    assert ("military_training", "FRA", "SEN") in coded_in(
        "France trained Senegalese gendarmes.")
    assert ("military_training", "ITA", "LBY") in coded_in(
        "Libyan sailors are being trained by Italy.")
    assert not [k for k, *_ in coded_in("India trains its own coast guards.")
                if k == "military_training"]
