"""People in real news, a class at a time: office holders named by a shortened title or
known only to the reader ("PM Modi", "FM Bilawal"), who must act for their own state and
not for the state named next to them."""

from __future__ import annotations

from coded_events import coded_in


def test_a_shortened_title_before_a_known_surname_names_that_person() -> None:
    """ "FM Bilawal thanked ...", "PM Modi praised ...", "Gen Musharraf condemned ...":
    news shortens titles to capitals or abbreviations; such a word before a surname the
    gazetteer knows is a title, not the first name of someone else. A first name before
    the surname still makes it another person's ("Ramiz Aliyev")."""
    assert ("support_statement", "PAK", "SAU") in coded_in(
        "After the call, FM Bilawal thanked Saudi Arabia for its generous help.", "2022-10-10")
    assert ("support_statement", "IND", "JPN") in coded_in(
        "At the summit, PM Modi praised Japan for its help.", "2023-05-10")
    assert ("criticism_hostility", "PAK", "IND") in coded_in(
        "In Tashkent, Gen Musharraf condemned India for the attack.", "2004-05-10")
    assert not coded_in("In Baku, Ramiz Aliyev condemned Armenia for the attack.", "2010-05-10")
