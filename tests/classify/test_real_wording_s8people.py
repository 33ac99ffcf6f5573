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


def test_office_holders_are_known_by_the_names_news_gives_them() -> None:
    """News names a leader by the form its readers know, not the gazetteer's full name:
    "Sheikh Hasina", "Sudani", "King Abdullah" (Jordan's after 1999, Saudi Arabia's
    2005-2015), "Anwar Haq Kakar"; and ministries speak through spokespeople and deputies
    named without their state ("Spokesperson Mao Ning"). Each acts for the state he serves.
    A guarded name that many people bear ("Faisal") names no one alone."""
    assert ("request", "PAK", "SAU") in coded_in(
        "Caretaker Prime Minister Anwar Haq Kakar wrote to Saudi Arabia asking for a rollover "
        "of the deposit.", "2023-12-10")
    assert ("support_statement", "IRQ", "TUR") in coded_in(
        "In Ankara, Sudani praised Turkey for its help with the water crisis.", "2024-03-10")
    assert ("support_statement", "JOR", "USA") in coded_in(
        "King Abdullah thanked the United States for its generous support.", "2018-03-10")
    assert ("criticism_hostility", "BGD", "MMR") in coded_in(
        "Sheikh Hasina condemned Myanmar for the attacks on the Rohingya.", "2018-03-10")
    assert ("criticism_hostility", "CHN", "JPN") in coded_in(
        "Spokesperson Mao Ning condemned Japan for the remarks.", "2023-03-10")
    assert not [e for e in coded_in("Prince Faisal condemned Iran for the attack.", "2023-03-10")
                if e[1] == "PAK"]


def test_leaders_of_1945_to_1999_act_for_the_state_they_led() -> None:
    """Histories of a relationship ("Sadat flew to Jerusalem", "Deng Xiaoping visited
    Japan", "Zhou Enlai welcomed Richard Nixon") name the leaders of the cold-war decades,
    most often by their surnames; each acts for the state he led then, whenever the
    story is published. Names that are also things stay things: a Molotov cocktail is no
    Soviet foreign minister, Nasser Hospital in Gaza is no Egyptian president."""
    assert ("meeting", "CHN", "USA") in coded_in(
        "In 1972 Zhou Enlai welcomed Richard Nixon to Beijing.", "2012-02-21")
    assert ("visit", "EGY", "ISR") in coded_in(
        "Sadat flew to Jerusalem in November 1977 for a historic visit.", "2017-11-19")
    assert ("visit", "CHN", "JPN") in coded_in(
        "In 1978 Deng Xiaoping visited Japan and signed a peace treaty.", "2018-10-23")
    assert ("criticism_hostility", "LBY", "EGY") in coded_in(
        "Gaddafi condemned Egypt for the peace deal.", "1979-04-01")
    assert not [e for e in coded_in(
        "Protesters threw Molotov cocktails at the Russian embassy in Kyiv.", "2022-03-01")
        if "SUN" in e]
    assert not [e for e in coded_in(
        "Doctors at Nasser Hospital in Khan Younis said Israeli strikes killed ten people.",
        "2024-02-01") if "EGY" in e]


def test_a_press_release_releases_no_one() -> None:
    """ "According to an official press release, Prime Minister Khan met ...": a press,
    news or media release is a statement; once the leader after it is known, it must not
    read as his release of the other side's people. A release of people still is one."""
    coded = coded_in("According to an official press release, Prime Minister Khan met the "
                     "Qatari emir at his palace.", "2019-01-22")
    assert not [e for e in coded if e[0] == "retreat"]
    assert ("retreat", "AZE", "ARM") in coded_in(
        "Azerbaijan released five Armenian soldiers on Tuesday.", "2021-06-10")
