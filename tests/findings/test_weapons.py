"""Weapon families: designations and aliases that name one design."""

from __future__ import annotations

import pytest

from dyadscope.analyse.findings.weapons import designation_family, families_in, names


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("10 Super Mushshak trainer aircrafts", "MFI-17 Mushshak"),
        ("MFI-17 Supporter", "MFI-17 Mushshak"),
        ("8 JF-17C Block III fighter jets", "JF-17 Thunder"),
        ("the FC-1 Xiaolong", "JF-17 Thunder"),
        ("jf 17 thunder", "JF-17 Thunder"),
        ("F-16C Block-50/52", "F-16 Fighting Falcon"),
        ("Su-30MKI", "Su-30"),
        ("Mirage-2000-5", "Mirage 2000"),
        ("two Bayraktar TB2s", "Bayraktar TB2"),
    ],
)
def test_aliases_and_versions_find_their_family(text: str, family: str) -> None:
    assert families_in(text) == {family}


@pytest.mark.parametrize(
    "text",
    ["a strong supporter of Azerbaijan", "a spike in trade", "the PAF-7 squadron", "F-160"],
)
def test_ordinary_words_and_other_numbers_name_no_weapon(text: str) -> None:
    assert families_in(text) == frozenset()


def test_a_designation_the_table_lacks_is_found_by_its_own_name() -> None:
    assert designation_family("Searcher") == "Searcher"
    assert names("Israel sold five Searcher drones to Azerbaijan.", "Searcher")
    assert not names("a searcher of truth", "Searcher")
    assert designation_family("MFI-17 Supporter") == "MFI-17 Mushshak"
