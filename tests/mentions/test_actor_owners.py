"""Who a group of people belongs to: "dissidents from Egypt", "the mayor of the
northern X", "US and British activists", and PETRARCH dictionaries whose states
have a dated past and whose agents have composite codes."""

from __future__ import annotations

import pytest

from dyadscope.mentions.actors import Gazetteer


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (m.text, m.actor.code, m.actor.sector, m.kind)
        for m in gaz.find(text, on_date="2014-05-01")
        if m.actor is not None
    ]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_people_from_a_state_belong_to_it(gaz: Gazetteer) -> None:
    found = _found(gaz, "Exiled dissidents from Iran met officials from the Iraqi government.")
    assert [(code, sector) for _, code, sector, _ in found] == [("IRN", "OPP"), ("IRQ", "GOV")]
    found = _found(gaz, "They met activists from military-ruled Myanmar.")
    assert [(code, sector) for _, code, sector, _ in found] == [("MMR", "OPP")]


def test_from_after_a_verb_or_a_phrase_is_still_a_place(gaz: Gazetteer) -> None:
    assert _found(gaz, "Troops withdrew from Syria on Monday.") == [
        ("Syria", "SYR", None, "location")
    ]
    # "state of siege" is no state: "in Haiti" stays a place
    assert _found(gaz, "A state of siege in Haiti was declared.") == [
        ("Haiti", "HTI", None, "location")
    ]


def test_coordinated_state_names_share_the_group_noun(gaz: Gazetteer) -> None:
    found = _found(gaz, "US and British activists staged a protest.")
    assert [(code, sector) for _, code, sector, _ in found] == [("USA", "OPP"), ("GBR", "OPP")]


ACTORS = """GEORGIA_
+GEORGIAN_
\t[USRGEO <910409]
\t[GEO >911221]
ZURAB_TAMARIDZE_ [GEOGOV]
+PRESIDENT_TAMARIDZE_
KVEMO-MTA_ [GEOREB]
"""
AGENTS = """DEMONSTRATOR [~OPP]
MAYOR [~GOV]
NATIONAL_SECURITY_ADVISOR [~GOVMIL]
GOVERNMENT [~GOV]
OFFICIAL [~GOV]
MEDIA {} [~MED]
COURT [~JUD]
LAWMAKER [~LEG]
CONGRESS {} [~LEG]
ISLAMIC {} [~MUS]
"""


@pytest.fixture(scope="module")
def petrarch(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("dicts")
    (folder / "test.actors").write_text(ACTORS, encoding="utf-8")
    (folder / "test.agents").write_text(AGENTS, encoding="utf-8")
    return Gazetteer.from_files([folder / "test.actors", folder / "test.agents"])


def test_a_state_with_a_dated_past_is_a_state_not_a_person(petrarch: Gazetteer) -> None:
    # the entry's current code is a bare country code: "Georgian" joins a group noun
    assert _found(petrarch, "Georgian demonstrators gathered.") == [
        ("Georgian demonstrators", "GEO", "OPP", "state")
    ]


def test_composite_agent_codes_are_kept_whole(petrarch: Gazetteer) -> None:
    (found,) = _found(petrarch, "Georgia's national security advisor spoke.")
    assert (found[1], found[2]) == ("GEO", "GOVMIL")


def test_an_owner_after_of_may_carry_a_modifier(petrarch: Gazetteer) -> None:
    (found,) = _found(petrarch, "The mayor of the northern Georgia spoke.")
    assert (found[1], found[2]) == ("GEO", "GOV")



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Congress criticised the plan.", [("", "LEG")]),
        ("The government spoke.", [("", "GOV")]),
        ("Lawmakers met.", [("", "LEG")]),
        # a modifier, a compound, a title before a name: no actor of their own
        ("It was his first official visit.", []),
        ("They shelled a government-held town.", []),
        ("It joined an armed Islamic group.", []),  # a singular word modifying a noun
        ("An Islamic State unit fired.", []),  # part of a name
        ("The government agreed.", [("", "GOV")]),  # but not before a verb
    ],
)
def test_an_agent_without_a_country_is_petrarchs_dashes(
    petrarch: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(code, sector) for _, code, sector, _ in _found(petrarch, text)] == expected


def test_agents_take_the_country_of_their_phrase(petrarch: Gazetteer) -> None:
    found = _found(petrarch, "Georgian media and government reacted.")
    assert [(code, sector) for _, code, sector, _ in found] == [("GEO", "MED"), ("GEO", "GOV")]
    found = _found(petrarch, "Lawmakers and officials in Georgia reacted.")
    assert [(code, sector) for _, code, sector, _ in found] == [("GEO", "LEG"), ("GEO", "GOV")]
    found = _found(petrarch, "A court in Georgia ruled.")
    assert [(code, sector) for _, code, sector, _ in found] == [("GEO", "JUD")]


def test_package_sectors_alone_are_still_nobody(gaz: Gazetteer) -> None:
    # only a PETRARCH agents file asks for country-less actors
    assert _found(gaz, "The government spoke.") == []


def test_agents_files_add_to_the_package_words_or_replace_them(
    gaz: Gazetteer, petrarch: Gazetteer, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # the package calls a leader GOV; this agents file has no LEADER
    text = "The Georgian leader spoke."
    assert [(code, sector) for _, code, sector, _ in _found(gaz, text)] == [("GEO", "GOV")]
    assert [(code, sector) for _, code, sector, _ in _found(petrarch, text)] == [("GEO", "GOV")]
    folder = tmp_path_factory.mktemp("only")
    (folder / "test.actors").write_text(ACTORS, encoding="utf-8")
    (folder / "test.agents").write_text(AGENTS, encoding="utf-8")
    alone = Gazetteer.from_files(
        [folder / "test.actors", folder / "test.agents"], only_agents=True
    )
    assert [(code, sector) for _, code, sector, _ in _found(alone, text)] == [("GEO", None)]
    # its own agents still work, and words for the dyad are no agents and stay
    assert _found(alone, "Georgian demonstrators gathered.")[0][1:3] == ("GEO", "OPP")
    assert [m.kind for m in alone.find("Both countries agreed.")] == ["dyad_ref"]


def test_names_typed_with_slipped_capitals_are_found(petrarch: Gazetteer) -> None:
    # an inner capital after a small first letter, a small letter inside a name
    assert _found(petrarch, "gEorgia sent troops.") == [("gEorgia", "GEO", None, "state")]
    assert [(code, sector) for _, code, sector, _ in _found(
        petrarch, "President tamaridze met the mayor."
    )][:1] == [("GEO", "GOV")]
    # a hyphenated name written in capitals may be spelt either way
    assert [code for _, code, _, _ in _found(petrarch, "Kvemo-mta fighters left.")] == ["GEO"]
    # a word in small letters is no name of its own
    assert _found(petrarch, "georgia sent troops.") == []


def test_a_known_persons_name_runs_on_but_not_into_a_date(gaz: Gazetteer) -> None:
    """Family name first ("Kishida Fumio") is one name, so "X and Y" stays a pair of
    people; a weekday or month after the name is no part of it."""
    found = _found(gaz, "Prime Minister Kishida Fumio and President Yoon met.")
    assert [text for text, *_ in found] == ["Prime Minister Kishida Fumio", "President Yoon"]
    found = _found(gaz, "Prime Minister Kishida Tuesday met President Yoon.")
    assert [text for text, *_ in found] == ["Prime Minister Kishida", "President Yoon"]


def test_a_demonym_before_republic_describes_another_state(gaz: Gazetteer) -> None:
    found = _found(gaz, "Musharraf visited the former Soviet republic of Azerbaijan.")
    assert [code for _, code, _, _ in found] == ["PAK", "AZE"]
    assert _found(gaz, "Kazakhstan, a former Soviet republic, signed.") == [
        ("Kazakhstan", "KAZ", None, "state")
    ]
    assert [code for _, code, _, _ in _found(gaz, "Soviet troops withdrew.")] == ["SUN"]


def test_the_state_a_titled_name_is_given_outranks_a_namesake(gaz: Gazetteer) -> None:
    """A known person's surname can be another man's given or family name: the
    state the text puts before the title is the one that person serves."""
    found = _found(gaz, "Sudan's Interior Minister Yassin Ahmed spoke to reporters.")
    assert [code for _, code, _, _ in found] == ["SDN"]
    found = _found(gaz, "Chadian Prime Minister Yassin Oumar arrived.")
    assert [code for _, code, _, _ in found] == ["TCD"]
    # the title with no state of its own: the gazetteer's holder
    found = _found(gaz, "Prime Minister Muhyiddin Yassin arrived.")
    assert [code for _, code, _, _ in found] == ["MYS"]
    # the state given is the person's own: unchanged, with the person's sector
    found = _found(gaz, "Malaysian Prime Minister Muhyiddin Yassin arrived.")
    assert [code for _, code, _, _ in found] == ["MYS"]
