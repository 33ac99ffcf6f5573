"""PETRARCH/TABARI actor and agent dictionaries: parsing and use in the gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.dictionaries import (
    PetrarchCode,
    is_petrarch_file,
    load_petrarch_actors,
    load_petrarch_agents,
)
from dyadscope.errors import DictionaryError
from dyadscope.mentions.actor_lexicon import split_code
from dyadscope.mentions.actors import Gazetteer
from dyadscope.model import Rejection

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _mentions(gaz: Gazetteer, text: str, on_date: str | None = None) -> list[tuple]:
    return [
        (m.text, m.kind, m.actor.code if m.actor else None, m.actor.sector if m.actor else None)
        for m in gaz.find(text, on_date=on_date)
    ]


def test_actor_entries_synonyms_codes_and_dates() -> None:
    entries = {e.phrases[0]: e for e in load_petrarch_actors(FIXTURES / "mini.actors")}
    assert entries["NORTHLAND"].phrases == ("NORTHLAND", "NORTHLANDER", "THE NORTH KINGDOM")
    assert entries["NORTHLAND"].codes == (PetrarchCode("NRL"),)
    assert entries["SOUTHMARK NAVY"].codes == (PetrarchCode("SMKMIL"),)
    assert entries["QUEEN ALVA"].codes == (
        PetrarchCode("NRLGOV", "1999-01-01", "2005-12-31"),
        PetrarchCode("NRLELI", "2006-01-01", ""),
    )
    assert entries["OLD REALM"].codes == (
        PetrarchCode("ORL", "", "1990-12-31"),
        PetrarchCode("NRL"),
    )
    assert "HARBOR GUILD" not in entries  # discard code [---]
    assert entries["LEAGUE OF SEAS"].phrases == ("LEAGUE OF SEAS", "L.O.S.")


def test_agent_entries_plurals_macros_and_codes() -> None:
    agents = {a.phrases[0]: a for a in load_petrarch_agents(FIXTURES / "mini.agents")}
    assert agents["HARBORMASTER"].phrases == ("HARBORMASTER", "HARBORMASTERS")
    assert agents["HARBORMASTER"].code == "GOV"
    assert agents["SHEEP HERDER"].phrases == ("SHEEP HERDER", "SHEEP HERDERS")
    assert agents["CANALHAND"].phrases[:2] == ("CANALHAND", "CANALHANDS")
    assert agents["PEACE GUILD"].code == "NGO"
    assert agents["FERRY"].phrases == ("FERRY", "FERRIES")


def test_gazetteer_uses_petrarch_files() -> None:
    gaz = Gazetteer.from_files([FIXTURES / "mini.actors", FIXTURES / "mini.agents"])
    assert _mentions(gaz, "Northland and the Southmark Navy met the League of Seas.") == [
        ("Northland", "state", "NRL", None),
        ("Southmark Navy", "institution", "SMK", "MIL"),
        ("League of Seas", "organisation", "IGOLOS", None),
    ]
    assert _mentions(gaz, "Northlander harbormasters protested.") == [
        ("Northlander harbormasters", "state", "NRL", "GOV")]
    # date-restricted codes: 6-letter codes split into state + sector
    assert _mentions(gaz, "Queen Alva spoke.", "2003-04") == [
        ("Queen Alva", "person", "NRL", "GOV")]
    assert _mentions(gaz, "QUEEN ALVA SPOKE", "2010") == [("QUEEN ALVA", "person", "NRL", "ELI")]
    # dated codes without sectors: a state that changed its code
    assert _mentions(gaz, "Old Realm", "1985") == [("Old Realm", "state", "ORL", None)]
    assert _mentions(gaz, "Old Realm", "1995") == [("Old Realm", "state", "NRL", None)]
    # the package lexicon is still there
    assert _mentions(gaz, "Pakistan")[0][2] == "PAK"


def test_malformed_code_block_raises_or_is_quarantined() -> None:
    path = FIXTURES / "bad_code.actors"
    with pytest.raises(DictionaryError) as info:
        load_petrarch_actors(path)
    assert str(info.value).startswith(f"{path}:3: ")
    rejections: list[Rejection] = []
    entries = load_petrarch_actors(path, rejections)
    assert [e.phrases for e in entries] == [("GOOD LAND",), ("OTHER LAND",)]
    assert [(r.line, r.stage) for r in rejections] == [(3, "dictionary")]
    gaz = Gazetteer.from_files([path])
    assert [r.line for r in gaz.rejections] == [3]
    assert _mentions(gaz, "Other Land")[0][2] == "OTL"


def test_file_kind_by_name() -> None:
    assert is_petrarch_file(Path("x/Phoenix.Countries.actors.txt")) == "actors"
    assert is_petrarch_file(Path("my.agents")) == "agents"
    assert is_petrarch_file(Path("people.tsv")) is None


@pytest.mark.shared
def test_validation_suite_dictionaries_load(shared: Path) -> None:
    folder = shared / "benchmarks" / "petrarch2"
    actors = load_petrarch_actors(folder / "PETR.Validate.actors.txt")
    agents = load_petrarch_agents(folder / "PETR.Validate.agents.txt")
    assert len(actors) > 100 and len(agents) > 50
    by_phrase = {p: e for e in actors for p in e.phrases}
    assert by_phrase["PAKISTANI"].codes == (PetrarchCode("PAK"),)
    gaz = Gazetteer.from_files(
        [folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt"]
    )
    assert _mentions(gaz, "Gollum spoke.", "1997-01") == [("Gollum", "person", "HOB", "GOV")]
    assert _mentions(gaz, "Arnor and Gondor")[:2] == [
        ("Arnor", "state", "ARN", None), ("Gondor", "state", "GON", None)]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USAGOV", ("USA", "GOV")),
        ("PSEREBHMS", ("PSE", "REBHMS")),  # agents kept whole
        ("IGOUNO", ("UN", None)),  # CAMEO organisation codes become ours
        ("IGOUNOMIL", ("UN", "MIL")),
        ("IGOXYZ", ("IGOXYZ", None)),  # one we do not know stays as written
        ("NGO", ("NGO", None)),
        ("ARN", ("ARN", None)),
        ("ELR/GAL", ("ELR", None)),
        ("USRAZE", ("USR", None)),  # a region of a state, not a sector
    ],
)
def test_split_code(code: str, expected: tuple[str, str | None]) -> None:
    assert split_code(code, {"AZE", "USA"}) == expected
