"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): sanctions, coercion, rejections and requests, and the structure
around them (where a report was filed is no side of what it reports)."""

from __future__ import annotations

from coded_events import events_in, sides_of
from dyadscope.classify import syntax
from dyadscope.classify.tokens import tokenize


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


def test_r1coerce_a_be_verb_before_a_comma_makes_no_passive() -> None:
    """ "X said the step was unlawful, demanded the ship be released and ...": the "was"
    belongs to the reported clause, which ends at the comma; the participle-looking verb
    after it is the speaker's next act, told in the active (a demand of the other side).
    A list of participles after one auxiliary ("were beaten, detained") stays passive."""
    story = " Manila and Beijing have quarrelled for years. Manila and Beijing are rivals."
    events = events_in(
        "Manila said Beijing's blockade was unlawful, demanded the supply boats be let "
        "through, and sent more patrols." + story, "2024-05-10")
    assert sides_of(events, "request") == ("PHL", "CHN")
    tokens = tokenize("Two Filipino fishermen were beaten, detained and fined.")
    at = next(i for i, t in enumerate(tokens) if t.low == "detained")
    assert syntax.is_passive(tokens, at)
