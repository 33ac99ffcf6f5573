"""Audit of everyday English wording for aid, arms, economic cooperation, exercises,
support and requests between two named states (sentences written for the audit, not
taken from gold): a class of wording at a time."""

from __future__ import annotations

from coded_events import coded_in


def _s14c_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_s14c_relief_goods_sent_flown_or_airdropped_to_a_state_are_aid() -> None:
    """The usual ways news tells relief goods reaching another state: sent, shipped,
    airlifted, airdropped, flown, trucked or donated medical/food/emergency supplies,
    kits, parcels or equipment "to" it. Military equipment sent is an arms transfer,
    not aid."""
    assert ("aid_project", "ARE", "SDN") in _s14c_coded(
        "The UAE sent medical supplies to Sudan.")
    assert ("aid_project", "JPN", "TUR") in _s14c_coded(
        "Japan airlifted tents and blankets to Turkey.")
    assert [a for k, a, _ in _s14c_coded("Jordan airdropped food parcels to Gaza.")
            if k == "aid_project"] == ["JOR"]
    assert ("aid_project", "CHN", "NPL") in _s14c_coded(
        "China flew emergency supplies to Nepal on Tuesday.")
    assert ("aid_project", "EGY", "LBY") in _s14c_coded(
        "Egypt trucked medical equipment to Libya last week.")
    assert ("aid_project", "IND", "LKA") in _s14c_coded(
        "India donated hygiene kits to Sri Lanka.")
    assert not [k for k, *_ in _s14c_coded("Russia sent military equipment to Syria.")
                if k == "aid_project"]


def test_s14c_a_sum_lent_given_or_granted_to_a_named_state_is_aid() -> None:
    """ "X lent Y $1 billion", "X provided Y with $500 million", "X grants Y $50 million":
    a donor handing the named state a sum of money (the state as the verb's first object,
    the sum after it) is aid, as the "to Y" wording already is; and "gifted ... to Y".
    A warning given is not a sum."""
    assert ("aid_project", "CHN", "LKA") in _s14c_coded(
        "China provided Sri Lanka with $500 million.")
    assert ("aid_project", "JPN", "VNM") in _s14c_coded(
        "Japan grants Vietnam $50 million for flood recovery.")
    assert ("aid_project", "SAU", "PAK") in _s14c_coded(
        "Saudi Arabia gave Pakistan another $2 billion on Tuesday.")
    assert ("aid_project", "USA", "JOR") in _s14c_coded(
        "The US awarded Jordan $845 million in economic support.")
    assert ("aid_project", "IND", "NPL") in _s14c_coded("India gifted ambulances to Nepal.")
    assert not [k for k, *_ in _s14c_coded("Japan gave Vietnam a warning.")
                if k == "aid_project"]


def test_s14c_gratitude_and_weight_behind_a_state_are_support() -> None:
    """The everyday idioms of backing and thanks: "threw its weight behind Y", "stands
    firmly behind Y", "grateful/thankful to Y", "appreciation to Y" (thanks is
    support_statement in the guidelines). Troops standing behind a border are no one's
    backing."""
    assert ("support_statement", "HUN", "SRB") in _s14c_coded(
        "Hungary threw its weight behind Serbia.")
    assert ("support_statement", "GRC", "FRA") in _s14c_coded(
        "Greece is grateful to France for its help.")
    assert ("support_statement", "ARM", "IRN") in _s14c_coded(
        "Armenia stands firmly behind Iran.")
    assert ("support_statement", "BLR", "RUS") in _s14c_coded(
        "Belarus put its full weight behind Russia's bid.")
    assert not [k for k, *_ in _s14c_coded("Troops stood firmly behind the Indian border.")
                if k == "support_statement"]


def test_s14c_training_of_any_service_branch() -> None:
    """Training is told of every service, not only "troops" and "pilots": coast guards,
    sailors, commandos, marines, gendarmes, police. Training one's own forces is no
    one's aid to another."""
    assert ("military_training", "IND", "MDV") in _s14c_coded(
        "India trains Maldivian coast guards.")
    assert ("military_training", "FRA", "SEN") in _s14c_coded(
        "France trained Senegalese gendarmes.")
    assert ("military_training", "ITA", "LBY") in _s14c_coded(
        "Libyan sailors are being trained by Italy.")
    assert not [k for k, *_ in _s14c_coded("India trains its own coast guards.")
                if k == "military_training"]
