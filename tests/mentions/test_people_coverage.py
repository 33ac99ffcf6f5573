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
