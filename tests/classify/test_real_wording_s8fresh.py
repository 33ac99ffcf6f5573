"""Wording of real news that the newest, blindly collected dev batches showed the coder
missing, a class at a time (each a general English structure, not one sentence's words)."""

from __future__ import annotations

from coded_events import events_in, sides_of
from dyadscope.model import Document
from dyadscope.segment import segment


def test_s8fresh_leaving_one_place_for_another_is_a_trip_there() -> None:
    """ "left Kabul for Tehran", "departed from Islamabad for Beijing": the place left
    stands between the verb and "for"; the trip goes to the side named after "for", by
    whoever left (not by the place left). Leaving room for something is no trip."""
    events = events_in("The Kenyan foreign minister left Nairobi for Addis Ababa on Monday "
                       "for consultations.", "2024-03-14")
    assert sides_of(events, "visit") == ("KEN", "ETH")
    events = events_in("A Chilean trade delegation departed from Santiago for Lima on "
                       "Tuesday.", "2024-03-14")
    assert sides_of(events, "visit") == ("CHL", "PER")
    events = events_in("A Polish delegation left Berlin for Vilnius on Tuesday.", "2024-03-14")
    assert sides_of(events, "visit") == ("POL", "LTU")
    assert not [e for e in events_in("The wording of the treaty left room for different "
                                     "readings in Belgrade.", "2024-03-14")
                if e.kind == "visit"]


def test_s8fresh_a_full_stop_with_no_space_after_it_still_ends_a_sentence() -> None:
    """ "... earlier in the day.The Joint Chiefs of Staff said": pages pasted together lose
    the space after a full stop; the next sentence is still a sentence of its own, with its
    own day and sides. A site's name ("News.Az") or a title ("Gen.Qamar") is no end."""
    (protest,) = [e for e in events_in(
        "Chinese coast guard ships entered Japanese waters near the islands on Sunday.Tokyo "
        "lodged a protest with Beijing on Monday.", "2024-03-14")
        if e.kind == "criticism_hostility"]
    assert (protest.actor1.code, protest.date.start) == ("JPN", "2024-03-11")
    (summons,) = [e for e in events_in(
        "Turkish jets struck targets in northern Iraq on Friday.Baghdad summoned the Turkish "
        "ambassador on Saturday.", "2024-03-14") if e.kind == "criticism_hostility"]
    assert summons.date.start == "2024-03-09"
    texts = [s.text for s in segment(Document(
        id="s8fresh", text="Gen.Qamar met the Azerbaijani minister, Trend.Az reports.")).sentences]
    assert len(texts) == 1
