"""The <region> country: a state named again by its region's adjective."""

from __future__ import annotations

import pytest

from dyadscope.errors import DictionaryError
from dyadscope.mentions.actors import Gazetteer
from dyadscope.mentions.regions import RegionMemory, Regions, parse_regions
from dyadscope.model import ActorMention


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _read(gaz: Gazetteer, *sentences: str) -> list[list[ActorMention]]:
    memory = RegionMemory(Regions.default(), gaz.country)
    return [memory.complete(s, gaz.find(s)) for s in sentences]


def _region(mentions: list[ActorMention]) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.actor.code if m.actor else None, m.kind)
            for m in mentions if m.text.lower().startswith("the ")]


def test_the_region_country_is_the_state_of_that_region_named_last(gaz: Gazetteer) -> None:
    """ "Venezuela ... the US ... the South American country": Venezuela, not the US,
    the state named last; a later sentence still remembers it."""
    first, second = _read(
        gaz,
        "Venezuela protested after the US sent warships toward the South American country.",
        "India criticised the South American country.",
    )
    assert _region(first) == [("the South American country", "VEN", "state")]
    assert _region(second) == [("the South American country", "VEN", "state")]


def test_after_in_it_is_a_place_and_with_no_member_named_it_is_nobody(gaz: Gazetteer) -> None:
    (placed,) = _read(gaz, "Nepal hosted India; talks in the Himalayan nation went well.")
    assert _region(placed) == [("the Himalayan nation", "NPL", "location")]
    (unknown,) = _read(gaz, "India pledged aid to the Himalayan nation.")
    assert _region(unknown) == []


def test_the_region_nation_of_a_state_names_that_state_itself(gaz: Gazetteer) -> None:
    (qatar,) = _read(gaz, "Saudi Arabia cut ties with the Gulf nation of Qatar.")
    assert [m.actor.code for m in qatar if m.actor] == ["SAU", "QAT"]


def test_the_kingdom_names_the_last_kingdom_named(gaz: Gazetteer) -> None:
    """ "Saudi Arabia summoned its ambassador to Lebanon. The Kingdom also banned all
    imports from Lebanon": Saudi Arabia; "the kingdom of heaven" names no state."""
    _, banned = _read(gaz, "Saudi Arabia summoned its ambassador to Lebanon.",
                      "The Kingdom also banned all imports from Lebanon.")
    assert [(m.text, m.actor.code) for m in banned if m.actor] == [
        ("The Kingdom", "SAU"), ("Lebanon", "LBN")]
    (heaven,) = _read(gaz, "Saudi Arabia prayed for the kingdom of heaven.")
    assert [m.text for m in heaven] == ["Saudi Arabia"]


def test_a_malformed_region_row_names_its_file_and_line() -> None:
    with pytest.raises(DictionaryError, match=r"regions.tsv:2"):
        parse_regions("adjectives\tmembers\nBaltic\tEST|Latvia\n", "regions.tsv")
    assert parse_regions("Baltic|Baltic-rim\tEST|LVA\n", "r.tsv")["Baltic-rim"] == {"EST", "LVA"}
