"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): which day a news lede told with no date of its own takes from the sentences
after it. A later sentence's day dates the lede's act when it retells that act; when it
is the day of the incident the lede's act answers (a protest over a clash, rebukes over
an arrest), the lede keeps the publication day."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s10lede_events(text: str, date: str = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s10lede_days(events: list[Event], kind: str) -> set[str | None]:
    return {e.date.start for e in events if e.kind == kind}


def test_the_day_of_the_incident_a_protest_answers_is_not_the_protests() -> None:
    """ "X has lodged a protest over the ramming of its boat. The collision happened on
    Tuesday.", "... over the arrest of its citizen, who was detained on Monday": the later
    day is the incident's (told by an incident noun or as a detention); the protest told
    over it in the lede is news of the publication day. The incident's own act, told in
    the lede, still takes that day; a sentence telling when the news was announced still
    dates the lede."""
    events = _s10lede_events(
        "Norway has protested to Russia over the seizure of a Norwegian trawler in the "
        "Barents Sea. The tense standoff between Norwegian and Russian coast guard ships took "
        "place on Tuesday near Svalbard.")
    assert _s10lede_days(events, "criticism_hostility") == {"2024-03-14"}
    events = _s10lede_events(
        "Beijing and Canberra traded sharp rebukes over the detention of an Australian "
        "writer. China confirmed that Yang, who was detained in Beijing on Monday, was held "
        "for espionage, the foreign ministry said on Wednesday.")
    assert _s10lede_days(events, "criticism_hostility") == {"2024-03-14"}
    assert "2024-03-11" in _s10lede_days(events, "coerce")
    # near miss: the day of the announcement is the lede's, whatever incident it follows
    events = _s10lede_events(
        "Peru has broken off diplomatic relations with Bolivia after Bolivian police "
        "raided the Peruvian consulate in La Paz. President Boluarte made the announcement "
        "on Tuesday evening, following the police raid that saw officers detain two "
        "Peruvian diplomats.")
    assert _s10lede_days(events, "sanction") == {"2024-03-12"}


def test_a_later_day_of_another_act_does_not_date_a_present_perfect_lede() -> None:
    """ "Ghana has recalled its ambassador ... Accra condemned Lome's move in a statement
    on Saturday", "X and Y have restored ties ... The new envoy was received on Sunday":
    the present perfect tells the news as of the publication day; a later sentence's day
    for another act of the story (what led to it, what followed) is not its day. The same
    act retold, an announcement of the news or "Earlier on Wednesday" still date it."""
    events = _s10lede_events(
        "Ghana has recalled its ambassador to Togo in protest against Lome's decision to "
        "close the border. Ghana condemned Togo's move, saying in an official statement on "
        "Tuesday that it broke regional trade rules.")
    assert _s10lede_days(events, "sanction") == {"2024-03-14"}
    events = _s10lede_events(
        "Chile and Bolivia have restored full diplomatic relations after a long rupture. The "
        "new Bolivian ambassador was received in Santiago by Chile's foreign minister on "
        "Tuesday.")
    assert _s10lede_days(events, "other") == {"2024-03-14"}
    # near misses: the same act retold, or the day tied to the lede's by "earlier"
    events = _s10lede_events(
        "Ghana has recalled its ambassador to Togo. Ghana recalled the envoy on Tuesday, "
        "its foreign ministry said.")
    assert _s10lede_days(events, "sanction") == {"2024-03-12"}
    events = _s10lede_events(
        "Ghana has recalled its ambassador to Togo for consultations. Earlier on Tuesday, "
        "Ghana's foreign ministry strongly condemned Togo over the border closure.")
    assert _s10lede_days(events, "sanction") == {"2024-03-12"}


def test_a_later_sentence_telling_a_plan_gives_the_lede_no_day() -> None:
    """ "The minister's visit to Hanoi is at the invitation of ... He will fly home on
    Tuesday after giving a press briefing": a sentence that tells what is planned names a
    day ahead (a weekday read as the one past), not the day the lede's act happened; it
    dates no undated lede, whether or not an act is coded in it, as a sentence with no
    act already did not. A sentence telling what happened still does."""
    events = _s10lede_events(
        "The Thai prime minister's first official visit to Laos is at the invitation of "
        "the Lao president. He will fly back to Bangkok on Tuesday morning after holding a "
        "press conference with Thai reporters.")
    assert _s10lede_days(events, "visit") == {"2024-03-14"}
    events = _s10lede_events(
        "The Thai prime minister has paid an official visit to Laos. He held a press "
        "conference with Thai reporters in Vientiane on Tuesday.")
    assert _s10lede_days(events, "visit") == {"2024-03-12"}
