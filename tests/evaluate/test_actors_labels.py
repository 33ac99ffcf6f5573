"""Actor-code normalisation and PLOVER label translation."""

from __future__ import annotations

import pytest

from dyadscope.evaluate import ExpectedActor
from dyadscope.evaluate.actors import actor_matches, petrarch_gold, petrarch_key
from dyadscope.evaluate.plover_labels import CURRENT_TYPES, translate
from dyadscope.model import Actor


@pytest.mark.parametrize(
    ("label", "mode", "expected"),
    [
        ("FIGHT", None, ("ASSAULT", None)),
        ("DEMAND", "", ("REQUEST", None)),
        ("DISAPPROVE", "", ("ACCUSE", None)),
        ("INVESTIGATE", "", ("ACCUSE", "investigate")),
        ("INVESTIGATE", "other", ("ACCUSE", "investigate")),
        ("consult", "visit", ("CONSULT", "visit")),
        ("AGREE", "  ", ("AGREE", None)),
    ],
)
def test_translate(label: str, mode: str | None, expected: tuple[str, str | None]) -> None:
    assert translate(label, mode) == expected


def test_translated_labels_are_current_types() -> None:
    for old in ("FIGHT", "DEMAND", "DISAPPROVE", "INVESTIGATE"):
        assert translate(old)[0] in CURRENT_TYPES
        assert old not in CURRENT_TYPES


@pytest.mark.parametrize(
    ("actor", "key"),
    [
        (Actor("PAK", "Pakistan", sector="MIL"), "PAKMIL"),
        (Actor("pak", "Pakistan"), "PAK"),
        (Actor("", "someone", sector="GOV"), "---GOV"),
        (None, "---"),
        (Actor("THE RIVER COUNCIL", "new actor"), "THERIVERCOUNCIL"),
    ],
)
def test_petrarch_key(actor: Actor | None, key: str) -> None:
    assert petrarch_key(actor) == key


@pytest.mark.parametrize(
    ("gold", "key"),
    [
        ("GONGOV", "GONGOV"),
        ('"THE RIVER COUNCIL"', "THERIVERCOUNCIL"),
        ("###", "###"),
        ("---GOV", "---GOV"),
    ],
)
def test_petrarch_gold(gold: str, key: str) -> None:
    assert petrarch_gold(gold) == key


@pytest.mark.parametrize(
    ("gold", "produced", "right"),
    [
        (ExpectedActor("JAP"), Actor("JPN", "Japan"), True),  # legacy CAMEO alias
        (ExpectedActor("ITL"), Actor("ITA", "Italy"), True),
        (ExpectedActor("USA"), Actor("usa", "United States"), True),
        (ExpectedActor("USA"), Actor("GBR", "United Kingdom"), False),
        (ExpectedActor("IGO"), Actor("UN", "United Nations"), True),  # generic organisation
        (ExpectedActor("IGO"), Actor("OIC", "OIC"), True),
        (ExpectedActor("IGO"), Actor("FRA", "France"), False),
        (ExpectedActor("PAK", "MIL"), Actor("PAK", "Pakistan", sector="MIL"), True),
        (ExpectedActor("PAK", "MIL"), Actor("PAK", "Pakistan", sector="GOV"), False),
        (ExpectedActor("PAK"), Actor("PAK", "Pakistan", sector="GOV"), True),  # sector not coded
        (ExpectedActor("PAK"), None, False),
    ],
)
def test_iso_actor_matching(gold: ExpectedActor, produced: Actor | None, right: bool) -> None:
    assert actor_matches(gold, produced, "iso") is right
