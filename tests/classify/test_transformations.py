"""Coding nested events ("X said Y attacked Z") with a verb dictionary's
PETRARCH-2 transformations: the pair becomes one event, as the rules say."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.api import extract
from dyadscope.codes.cameo import cameo
from dyadscope.model import Event

# our own small dictionary, in the PETRARCH verb-file format
VERBS = """\
--- DECLARE [010] ---
DECLARE
ANNOUNCE

--- ALLEGE [110] ---
ALLEGE
CLAIM

--- DESIRE [030] ---
WANT

--- PRAISE [051] ---
PRAISE

--- STRIKE [190] ---
STRIKE {STRUCK}
BOMB

--- TRY [---] ---
TRY {TRIED}

--- MURDER [186] ---
MURDER
"""

RULES = """\
~ a (a b STRIKE) DECLARE = a b 015
~ a (a b STRIKE) CLAIM = a b 015
~ a (b . STRIKE) DECLARE = a b 112
~ a (b . STRIKE) CLAIM = a b 112
~ a (a b Q) DECLARE = a b Q
~ a (_ b STRIKE) WANT = a b 138
~ a (b . STRIKE) WANT = a b 021
~ a (_ b MURDER) TRY = a b 185
"""

Triple = tuple[str | None, str | None, str | None]


@pytest.fixture(scope="module")
def dictionaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("verbs")
    with_rules = folder / "with.verbs"
    with_rules.write_text(VERBS + "\n" + RULES, encoding="utf-8")
    without = folder / "without.verbs"
    without.write_text(VERBS, encoding="utf-8")
    return {"with": with_rules, "without": without}


def _events(text: str, path: Path) -> list[Event]:
    return [r for r in extract(text, dictionaries=[path]) if isinstance(r, Event)]


def _triples(events: list[Event]) -> list[Triple]:
    out = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None, e.cameo)
        for e in events
    ]
    return sorted(out, key=lambda t: tuple(x or "" for x in t))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun subject of the complement is the speaker: claiming an attack
        ("Chile claimed that they had bombed Peru on Tuesday.", [("CHL", "PER", "015")]),
        # another actor attacking: the speaker accuses it, target or not
        ("Chile announced that Bolivia had struck itself.", [("CHL", "BOL", "112")]),
        ("Chile declared Bolivia struck Peru.", [("CHL", "BOL", "112")]),
        # a compound speaker: one event per member
        (
            "Chile and Ecuador declared they will strike Peru.",
            [("CHL", "PER", "015"), ("ECU", "PER", "015")],
        ),
        # "wants Y to attack": Y is the one acting, the speaker asks for it
        ("Chile wants Bolivia to strike Peru.", [("CHL", "BOL", "021")]),
        # no subject of its own ("_" = nobody): the speaker threatens the target
        ("Chile wants to strike Peru.", [("CHL", "PER", "138")]),
        # a code variable copies the inner event's code
        ("Chile declared that it would praise Peru.", [("CHL", "PER", "051")]),
        # an outer verb that codes nothing ([---]) is still told by its word
        ("Chile tried to murder Peruvian officials.", [("CHL", "PER", "185")]),
    ],
)
def test_nested_events_become_the_transformed_event(
    dictionaries: dict[str, Path], text: str, expected: list[Triple]
) -> None:
    assert _triples(_events(text, dictionaries["with"])) == expected


def test_without_transformations_the_inner_event_is_coded_as_before(
    dictionaries: dict[str, Path],
) -> None:
    text = "Chile announced that Bolivia had struck Peru."
    assert _triples(_events(text, dictionaries["without"])) == [
        ("BOL", "PER", "190"),
        ("CHL", "BOL", "010"),
    ]
    assert _triples(_events(text, dictionaries["with"])) == [("CHL", "BOL", "112")]


def test_result_keeps_the_outer_trigger_and_names_the_rule(
    dictionaries: dict[str, Path],
) -> None:
    (event,) = _events("Chile wants Bolivia to strike Peru.", dictionaries["with"])
    assert event.extra["trigger"] == "wants"
    lines = (VERBS + "\n" + RULES).splitlines()
    want, rule = lines.index("WANT") + 1, lines.index("~ a (b . STRIKE) WANT = a b 021") + 1
    assert event.extra["pattern"] == f"{dictionaries['with']}:{want}"  # the outer verb's line
    assert event.extra["transformation"] == f"{dictionaries['with']}:{rule}"
    # kind, PLOVER type and Goldstein score come from the CAMEO table for the new code
    info = cameo("021")
    assert info is not None and info.plover
    assert (event.kind, event.plover, event.goldstein) == (info.kind, info.plover, info.goldstein)


def test_intent_of_the_inner_event_is_kept(dictionaries: dict[str, Path]) -> None:
    (planned, _) = _events(
        "Chile and Ecuador declared they will strike Peru.", dictionaries["with"]
    )
    (done,) = _events("Chile claimed that they had bombed Peru.", dictionaries["with"])
    assert planned.status in ("planned", "intent")
    assert done.status == "actual"


@pytest.mark.parametrize(
    "text",
    [
        # the inner word is a noun here, not a verb with a subject of its own
        "Chile announced an inquiry into the bombing of Peru.",
        # a clause break between the two: not the statement's content
        "Chile declared a holiday; Bolivia struck Peru.",
        # a denial is not what the rules code
        "Chile declared that Bolivia did not strike Peru.",
    ],
)
def test_no_transformation_without_a_verb_in_the_complement(
    dictionaries: dict[str, Path], text: str
) -> None:
    assert not any("transformation" in e.extra for e in _events(text, dictionaries["with"]))
