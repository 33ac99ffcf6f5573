"""Places in real news, a class at a time: the provinces, cities and border districts that
news names as the ground of an act ("shelled Yeonpyeong Island", "rockets hit Si Sa Ket")
name the state they lie in as its target, never as a party acting; and a place named in
the trailing attribution of a report ("..., the chancellor said in Rotterdam") is where
the report was made, not a state the act involves."""

from __future__ import annotations

from coded_events import coded_in


def test_s11q_provinces_and_cities_struck_name_their_state_as_target() -> None:
    """East and Southeast Asia's provinces, islands and border districts, like Europe's
    and the Americas' cities and regions, lie in one state: force on them is force on it.
    Written from general knowledge; names shared by several states or that are everyday
    words or persons' names are left out."""
    assert ("armed_clash", "PRK", "KOR") in coded_in(
        "North Korean artillery shelled Yeonpyeong Island on Tuesday.")
    assert ("armed_clash", "THA", "KHM") in coded_in(
        "Thai troops shelled positions in Oddar Meanchey on Monday.")
    assert ("armed_clash", "KHM", "THA") in coded_in(
        "Cambodian rockets hit Si Sa Ket on Thursday.")


def test_s11q_a_place_is_never_a_party() -> None:
    """A meeting held in a city names no party of the city's state: "met in Kyoto" is no
    meeting with Japan."""
    coded = coded_in("Chinese and Indian officials met in Kyoto on Monday.")
    assert ("meeting", "CHN", "IND") in coded
    assert not [c for c in coded if "JPN" in c]


def test_s11q_a_place_in_the_attribution_is_where_it_was_said() -> None:
    """ "'We delivered the tanks,' the chancellor said in Rotterdam": the Netherlands is
    where the report was made; the act keeps the document's sides (Germany's tanks went
    to Ukraine), as it would with no place named."""
    coded = coded_in(
        "Germany and Ukraine signed a defence pact in March. \"We delivered the tanks as "
        "we announced,\" Chancellor Olaf Scholz said in Rotterdam.")
    assert ("arms_transfer", "DEU", "UKR") in coded
    assert not [c for c in coded if "NLD" in c]
