"""Office holders named by name alone ("Akufo-Addo visited Osinbajo", "Sall", "Barrow")
resolve to their state on a date inside their term. The gazetteer's people.tsv was
widened to the heads of state, heads of government and foreign ministers of every UN
member state from 1990; these sentences are written for the tests, not taken from news.
Surnames that are also English words, first names or other people's names are guarded
(common_surnames.txt) and must not name a state alone."""

from __future__ import annotations

import pytest

from dyadscope.mentions.actors import Gazetteer


def _codes(text: str, on_date: str) -> list[str | None]:
    return [m.actor.code if m.actor else None
            for m in Gazetteer.default().find(text, on_date=on_date)]


def _person(text: str, on_date: str) -> tuple[str | None, str | None]:
    """The state and sector of the one person named in ``text``."""
    people = [m for m in Gazetteer.default().find(text, on_date=on_date) if m.kind == "person"]
    assert len(people) == 1, [(m.text, m.kind) for m in people]
    actor = people[0].actor
    return (actor.code, actor.sector) if actor else (None, None)


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Akufo-Addo flew home on Tuesday.", "2019-06-04", "GHA"),
        ("Sall said the talks would resume.", "2016-02-10", "SEN"),
        ("Barrow thanked the regional bloc.", "2018-07-01", "GMB"),
        ("Ndayishimiye spoke to reporters.", "2021-09-15", "BDI"),
        ("Mugabe denounced the sanctions.", "2003-08-20", "ZWE"),
        ("Museveni ordered the troops home.", "1999-11-02", "UGA"),
        ("Ouattara called for calm.", "2015-10-25", "CIV"),
        ("Kaunda arrived in the capital.", "1990-05-03", "ZMB"),
        ("Nkurunziza named a new cabinet.", "2010-09-01", "BDI"),
        ("Tchiani received the envoy.", "2024-02-14", "NER"),
    ],
)
def test_african_leaders_by_surname(text: str, date: str, code: str) -> None:
    """Heads of state of Africa named by surname alone name their state."""
    assert _person(text, date)[0] == code


def test_a_holder_of_two_offices_takes_the_one_held_then() -> None:
    """Moussa Faki was Chad's foreign minister before he chaired the AU Commission;
    Jean Ping was Gabon's foreign minister before he did."""
    assert _person("Moussa Faki spoke first.", "2012-03-01") == ("TCD", "GOV")
    assert _person("Moussa Faki spoke first.", "2020-03-01") == ("AU", "IGO")
    assert _person("Jean Ping spoke first.", "2004-03-01") == ("GAB", "GOV")
    assert _person("Jean Ping spoke first.", "2010-03-01") == ("AU", "IGO")


def test_guarded_african_surnames_name_no_state() -> None:
    """Surnames that are English words or other people's first names ("Wade", "Fall",
    "Mills", "Faure", "Boko", "Chapo") name no one alone; the full name still does."""
    for text in ("Wade said the river was too deep.", "Fall is the best season.",
                 "Mills said he would resign.", "Faure said so.", "Chapo was extradited."):
        assert [m for m in Gazetteer.default().find(text, on_date="2010-01-01")
                if m.kind == "person"] == [], text
    assert _person("Abdoulaye Wade left Dakar.", "2005-01-01") == ("SEN", "GOV")
    assert _person("Daniel Chapo left Maputo.", "2025-06-01") == ("MOZ", "GOV")


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Bukele flew to Washington.", "2019-12-03", "SLV"),
        ("Noboa declared a state of emergency.", "2024-01-09", "ECU"),
        ("Mujica planted a tree.", "2012-04-01", "URY"),
        ("Menem signed the decree.", "1995-06-01", "ARG"),
        ("Mottley addressed the summit.", "2021-11-01", "BRB"),
        ("Gonsalves called the result a loss.", "2010-01-01", "VCT"),
        ("Aristide returned from exile.", "1994-10-15", "HTI"),
        ("Zelaya was flown out of the country.", "2009-06-28", "HND"),
        ("Evo Morales nationalised the gas fields.", "2006-05-01", "BOL"),
    ],
)
def test_latin_american_and_caribbean_leaders_by_name(text: str, date: str, code: str) -> None:
    """Heads of state and government of Latin America and the Caribbean named alone."""
    assert _person(text, date)[0] == code


def test_a_shared_surname_keeps_the_name_it_had() -> None:
    """Honduras's Xiomara Castro does not take "Castro" from the Castros of Cuba, nor
    Belize's Dean Barrow "Barrow" from The Gambia's president; full names name each."""
    assert _person("Castro spoke for an hour.", "2023-03-01") == ("CUB", "GOV")
    assert _person("Xiomara Castro spoke for an hour.", "2023-03-01") == ("HND", "GOV")
    assert _person("Dean Barrow spoke for an hour.", "2015-03-01") == ("BLZ", "GOV")
    assert _person("Barrow spoke for an hour.", "2019-03-01") == ("GMB", "GOV")


def test_guarded_american_surnames_name_no_state() -> None:
    """Spanish words, weekdays and first names ("Mesa", "Lobo", "Friday", "Henry",
    "Morales", "Lasso") are no one's name alone."""
    for text in ("Mesa said it would appeal.", "Lobo was seen near the border.",
                 "Friday is the deadline.", "Henry said he would go.", "Morales said so.",
                 "Lasso said it was over."):
        assert [m for m in Gazetteer.default().find(text, on_date="2015-01-01")
                if m.kind == "person"] == [], text


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Qian Qichen arrived in Washington.", "1995-04-01", "CHN"),
        ("Ramos-Horta welcomed the decision.", "2008-01-10", "TLS"),
        ("Sogavare switched recognition to Beijing.", "2019-09-16", "SLB"),
        ("Bainimarama dissolved the council.", "2012-03-01", "FJI"),
        ("Marape opened the session.", "2023-05-01", "PNG"),
        ("Habibie offered East Timor a vote.", "1999-01-27", "IDN"),
        ("Alatas met his Australian counterpart.", "1995-12-01", "IDN"),
        ("Hassanal Bolkiah hosted the summit.", "2013-10-09", "BRN"),
        ("Pope Francis visited Baghdad.", "2021-03-05", "VAT"),
        ("Boutros-Ghali asked for more troops.", "1993-06-01", "UN"),
    ],
)
def test_asian_pacific_and_international_office_holders(text: str, date: str, code: str) -> None:
    """Holders in Asia and the Pacific, popes and the UN's and the Commission's heads."""
    assert _person(text, date)[0] == code


def test_a_second_office_is_held_by_date() -> None:
    """Jacques Santer led Luxembourg, then the European Commission; Pérez de Cuéllar led
    the UN, then Peru's government."""
    assert _person("Jacques Santer spoke first.", "1992-01-01") == ("LUX", "GOV")
    assert _person("Jacques Santer spoke first.", "1997-01-01") == ("EU", "IGO")
    assert _person("Pérez de Cuéllar spoke first.", "1990-01-01") == ("UN", "IGO")
    assert _person("Pérez de Cuéllar spoke first.", "2001-03-01") == ("PER", "GOV")


def test_guarded_asian_surnames_and_first_names_name_no_state() -> None:
    """"Francis" and "Paul" (the popes' names), "Skate", "Palmer", "Ramos" and "Chan" name
    no one alone; Ernesto Araújo keeps "Araújo" though Timor-Leste's Rui Araújo shares it."""
    for text in ("Francis said he was tired.", "Paul said it was over.", "Skate parks opened.",
                 "Palmer scored twice.", "Ramos scored twice.", "Chan said so."):
        assert [m for m in Gazetteer.default().find(text, on_date="2016-01-01")
                if m.kind == "person"] == [], text
    assert _person("Araújo said so.", "2020-01-01") == ("BRA", "GOV")
