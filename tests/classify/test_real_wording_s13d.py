"""Real news wording, a class at a time: dates of near misses, where the right act was
coded but the day taken was another thing's."""

from __future__ import annotations

from coded_events import events_in


def _s13d_days(text: str, kind: str, date: str = "2024-07-13") -> list[str | None]:
    return [e.date.start for e in events_in(text, date) if e.kind == kind]


def test_a_fronted_since_phrase_dates_the_thing_counted_from() -> None:
    """ "In his first trip since his victory last month, X met Y on Friday": a date in a
    fronted phrase that counts from another thing ("since his election win last month")
    is that thing's day, not the act's; the act keeps the day told for it. A span's own
    start ("since the 7th of this month") is not a thing counted from."""
    # 2024-07-13 is a Saturday: "Friday" is 2024-07-12
    days = _s13d_days(
        "On his first trip abroad since his election win last month, Kenyan President "
        "William Ruto met Tanzanian President Samia Suluhu Hassan in Dodoma on Friday.",
        "meeting")
    assert days and all(d == "2024-07-12" for d in days)
    assert _s13d_days(
        "Since his election win last month, Kenyan President William Ruto has met "
        "Tanzanian President Samia Suluhu Hassan twice.", "meeting") != ["2024-07-12"]
