"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): the dates that a sentence's acts take from the story."""

from __future__ import annotations

from coded_events import events_in


def _s13h_dates(text: str, kind: str, date: str = "2024-03-14") -> list[str | None]:
    return [e.date.start for e in events_in(text, date) if e.kind == kind]


def test_s13h_a_span_in_an_aside_leaves_the_act_its_day() -> None:
    """ "Turkey, which has long had friendly ties with X, condemned ...", "The president,
    often accused by X of ..., denounced Y": a stretch of time told inside an aside set off
    by commas belongs to the aside's clause; the main act after it is news of the story's
    day. A span that opens the sentence ("For years, X has accused Y") still tells a
    stretch of time and leaves the act undated."""
    assert "2024-03-14" in _s13h_dates(
        "Greece, which has long had close ties with Serbia, condemned Albania over the "
        "arrest of its citizens.", "criticism_hostility")
    assert "2024-03-14" in _s13h_dates(
        "Kenya's president, often criticised by Somalia for meddling in its politics, "
        "accused Somalia of harbouring militants.", "criticism_hostility")
    assert _s13h_dates(
        "For years, Kenya has accused Somalia of harbouring militants.",
        "criticism_hostility") == [None]


def test_s13h_a_span_in_what_is_charged_leaves_the_charge_its_day() -> None:
    """ "accusing Iran of not taking threats seriously in the past", "blamed X for
    repeatedly violating the truce": a stretch of time after the verb of a charge tells
    what is charged, not when the charge was made, which is the story's news. A span
    in a deed's own clause ("X shelled Y's positions throughout the night") still leaves
    it undated."""
    assert "2024-03-14" in _s13h_dates(
        "Armenia's Foreign Ministry accused Azerbaijan of ignoring its complaints in the "
        "past.", "criticism_hostility")
    assert "2024-03-14" in _s13h_dates(
        "Seoul blamed Pyongyang for repeatedly violating the military agreement.",
        "criticism_hostility")
    assert _s13h_dates(
        "Azerbaijani forces shelled Armenian positions throughout the winter.",
        "armed_clash") == [None]


def test_s13h_an_arrival_for_a_visit_dates_the_visit_not_the_talks() -> None:
    """ "X has arrived in Y's capital for talks with Z. X arrived on Tuesday for a state
    visit.": the day of arrival, told with the visit noun after the arrival verb, opens
    the visit; the talks told as the story's news keep the story's day. A day given to
    the talks themselves still dates them."""
    text = ("Turkish President Recep Tayyip Erdogan has arrived in Budapest for talks with "
            "Hungarian Prime Minister Viktor Orban. Erdogan arrived on Tuesday for a "
            "two-day state visit.")
    assert "2024-03-14" in _s13h_dates(text, "negotiation")
    assert "2024-03-12" in _s13h_dates(text, "visit")
    dated = ("Erdogan held talks with Hungarian Prime Minister Viktor Orban on Tuesday.")
    assert _s13h_dates(dated, "negotiation") == ["2024-03-12"]
