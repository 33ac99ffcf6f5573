"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): who the sides of an event are, and a state's own bodies meeting at home."""

from __future__ import annotations

from coded_events import coded_in


def _s8sides_coded(text: str, date: str | None = "2023-03-15") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_a_home_body_meeting_to_discuss_the_other_side_is_no_meeting_with_it() -> None:
    """ "X chaired an emergency meeting of ministers to discuss the response", "the crisis
    committee is meeting in the capital to discuss the incident": one state's own body talks
    about the other side; the talk ("to discuss") is the home meeting's aim, not a meeting
    with the state discussed. Talks with the other side, or in a joint body, still are."""
    coded = _s8sides_coded(
        "Chinese coast guard ships entered Japanese waters near the Senkaku islands on Monday. "
        "Japanese Prime Minister Fumio Kishida chaired an emergency session of the cabinet on "
        "Tuesday to discuss the response.")
    assert not [c for c in coded if c[0] in ("meeting", "negotiation")]
    coded = _s8sides_coded(
        "Chinese coast guard ships entered Japanese waters near the Senkaku islands on Monday. "
        "Tokyo's crisis committee is meeting in the capital to discuss the incursion.")
    assert not [c for c in coded if c[0] in ("meeting", "negotiation")]
    assert ("meeting", "JPN", "CHN") in _s8sides_coded(
        "Chinese coast guard ships entered Japanese waters near the Senkaku islands on Monday. "
        "Japanese Prime Minister Fumio Kishida met Chinese Premier Li Qiang in Beijing on "
        "Tuesday to discuss the dispute.")
    assert ("meeting", "JPN", "CHN") in _s8sides_coded(
        "Chinese coast guard ships entered Japanese waters on Monday. Japan and China held a "
        "session of their joint maritime committee on Tuesday to discuss the dispute.")


def test_a_surname_a_place_shadows_is_the_persons_after_a_title() -> None:
    """ "President Lagos paid a visit to China", "Prime Minister Muscat travelled to Rome":
    a gazetteer person's surname that is also a place's name ("Lagos", "Muscat") names the
    place alone, but the person right after a title, for the state he served then."""
    assert ("visit", "CHL", "CHN") in _s8sides_coded(
        "Last October President Lagos paid a state visit to China.", "2002-03-01")
    assert ("visit", "MLT", "ITA") in _s8sides_coded(
        "Prime Minister Muscat travelled to Italy on Monday for talks.", "2016-05-04")
    assert ("visit", "CHL", "NGA") in _s8sides_coded(
        "Chilean Foreign Minister Soledad Alvear paid a visit to Lagos on Monday.", "2002-03-01")


def test_a_state_named_as_anothers_region_is_itself() -> None:
    """ "arms sales to China's Taiwan region", "Serbia's Kosovo province": a claimant's
    wording for a place another state's name names; the place's own state is the side, the
    claimant is not a party for it. A place that is no state ("Russia's Kursk region") is
    its owner's, so the owner stays the side."""
    assert ("arms_transfer", "USA", "TWN") in _s8sides_coded(
        "Beijing protested on Tuesday against new US arms sales to China's Taiwan region.")
    assert ("armed_clash", "UKR", "RUS") in _s8sides_coded(
        "Ukrainian drones struck an oil depot in Russia's Kursk region on Monday.")


def test_a_passive_transfer_goes_to_the_state_after_to() -> None:
    """ "the rocket launchers have been supplied to Armenia", "the frigates were delivered to
    Greece": a transfer told in the passive names its recipient after "to"; the supplier
    is unnamed, so it is the story's other side, never the recipient itself. An agent
    after "by" still names the supplier."""
    coded = _s8sides_coded(
        "France signed a deal with Greece for frigates in 2021. The first two frigates were "
        "delivered to Greece on Monday, officials said.", "2024-11-24")
    assert ("arms_transfer", "FRA", "GRC") in coded
    assert ("arms_transfer", "GRC", "FRA") not in coded
    coded = _s8sides_coded(
        "Turkey sold drones to Azerbaijan in 2020. A new batch of Bayraktar drones has been "
        "supplied to Azerbaijan, officials said.", "2024-11-24")
    assert ("arms_transfer", "AZE", "TUR") not in coded
    assert ("arms_transfer", "FRA", "GRC") in _s8sides_coded(
        "The first two frigates were delivered to Greece by France on Monday.")
