"""Wording of force and retreat news, written for an audit of the wording itself rather
than from single dev sentences (branch s15c): withdrawals told from the forces' own name,
shooting "at" someone, and releases."""

from __future__ import annotations

from coded_events import coded_in


def _s15c_kinds(text: str, kind: str) -> list[tuple[str, str, str | None]]:
    return [c for c in coded_in(text) if c[0] == kind]


def test_forces_leaving_the_other_sides_place_withdraw() -> None:
    """ "Russian troops left Kherson", "Armenian troops were pulled back from the border
    with Azerbaijan": a withdrawal told from the forces' own name ("Russian troops") is
    that state's; a city or region the gazetteer places in another state names that state
    as the other side, and forces "pulled back" or "withdrawn" in the passive are withdrawn
    by their own side. Setting out for somewhere ("left Paris for Mali") is no withdrawal,
    nor is leaving one's own city."""
    assert ("retreat", "RUS", "UKR") in coded_in("Russian troops left Kherson.")
    assert ("retreat", "FRA", "MLI") in coded_in("French troops left Mali on Monday.")
    assert ("retreat", "FRA", "MLI") in coded_in("French troops left Bamako on Monday.")
    assert ("retreat", "USA", "IRQ") in coded_in("American troops left Baghdad.")
    assert ("retreat", "ISR", "PSE") in coded_in("Israeli troops left Rafah on Tuesday.")
    assert ("retreat", "ARM", "AZE") in coded_in(
        "Armenian troops were pulled back from the border with Azerbaijan.")
    assert ("retreat", "ARM", "AZE") in coded_in(
        "Armenian troops were withdrawn from the border with Azerbaijan on Tuesday.")
    assert ("retreat", "RUS", "UKR") in coded_in("Russian forces have been withdrawn from Kherson.")
    assert not _s15c_kinds("French troops left Paris for Mali.", "retreat")
    assert not _s15c_kinds("Ukrainian troops left Kyiv for the front.", "retreat")
    assert not _s15c_kinds("Russian tourists left Antalya on Monday.", "retreat")
    assert not _s15c_kinds(
        "Vietnam said China's decision was illegal and demanded that the rig be withdrawn.",
        "retreat")


def test_shot_at_is_the_clauses_own_verb_unless_another_verb_follows() -> None:
    """ "Venezuelan soldiers shot at Colombian farmers": "shot at" is the active verb of
    shooting at someone, not a participle describing the soldiers; it describes them
    ("soldiers shot at the border were flown home") only when another verb of the clause
    follows it. Read as a reduced passive, the shooters became the ones shot at, or the
    sentence coded nothing."""
    assert ("armed_clash", "VEN", "COL") in coded_in(
        "Venezuelan soldiers shot at Colombian farmers on Tuesday.")
    assert ("armed_clash", "PAK", "IND") in coded_in(
        "Pakistani troops shot at Indian soldiers along the Line of Control.")
    assert ("armed_clash", "GRC", "TUR") in coded_in(
        "Greek coast guards shot at a Turkish boat on Tuesday.")
    russian = coded_in("Russian forces shot at Ukrainian troops near Bakhmut.")
    assert ("armed_clash", "RUS", "UKR") in russian
    assert ("armed_clash", "UKR", "RUS") not in russian
    assert not _s15c_kinds("Venezuelan soldiers shot at the border were flown home.",
                           "armed_clash")
    assert not _s15c_kinds("Venezuelan soldiers shot at targets during a drill.", "armed_clash")


def test_people_freed_told_by_number_and_nationality_alone() -> None:
    """ "China released the two Canadians", "Tehran released all five Americans": the
    people freed are often told by a determiner, their number and a demonym alone, two
    words the release lines' one-word gap did not reach, so no pattern matched and nothing
    was coded. A thing published ("released a Canadian report", "the Chinese data") frees
    no one."""
    assert ("retreat", "CHN", "CAN") in coded_in("China released the two Canadians.")
    assert ("retreat", "CHN", "CAN") in coded_in("China freed the two Canadians last week.")
    assert ("retreat", "IRN", "USA") in coded_in("Tehran released all five Americans on Monday.")
    assert ("retreat", "PRK", "JPN") in coded_in(
        "North Korea released the three Japanese abductees.")
    assert not _s15c_kinds("China released a Canadian report on trade.", "retreat")
    assert not _s15c_kinds("Canada released the Chinese data on Tuesday.", "retreat")
    assert not _s15c_kinds("Canada released the two Chinese reports.", "retreat")
