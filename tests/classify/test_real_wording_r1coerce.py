"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): sanctions, coercion, rejections and requests, and the structure
around them (where a report was filed is no side of what it reports)."""

from __future__ import annotations

from coded_events import events_in, sides_of


def test_r1coerce_a_dateline_city_and_its_country_are_no_side() -> None:
    """ "NAIROBI, Kenya (AP) -", "HANOI, Vietnam —": a filing city in capitals, then its
    country, then the agency and a dash, say where the story was written. Neither the
    capital nor the country acts in it; the side that does is named after the dash."""
    events = events_in(
        "NAIROBI, Kenya (AFP) - Somalia on Monday said it had cut diplomatic ties with "
        "neighbouring Kenya.", "2024-05-06")
    assert sides_of(events, "sanction") == ("SOM", "KEN")
    events = events_in(
        "HANOI, Vietnam — Cambodia on Friday expelled Vietnam's ambassador.", "2024-05-10")
    assert sides_of(events, "sanction") == ("KHM", "VNM")
    # a sentence that opens with two states is no dateline: the first still acts
    events = events_in(
        "Russia, China - and a dozen others - voted against it, while Ukraine expelled "
        "Russia's ambassador.", "2024-05-10")
    assert sides_of(events, "sanction") == ("UKR", "RUS")
