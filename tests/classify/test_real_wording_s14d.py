"""Audit of everyday news wording for meetings, talks, pledges, recognition, rejection and
statements of support, written from general English news language (not from gold):
the classes the audit found coded wrongly, one test each."""

from __future__ import annotations

from coded_events import coded_in


def test_s14d_welcoming_a_sides_stance_or_step_is_support_not_a_meeting() -> None:
    """ "welcomed Uzbekistan's reforms", "welcomed the Iranian position", "welcomed the US
    recognition of ...": what a side welcomes is another side's stance, policy or step
    (the whole family of such nouns), a statement of support; only a guest welcomed (an
    official, a delegation) is a meeting."""
    assert ("support_statement", "KAZ", "UZB") in coded_in(
        "Astana welcomed Uzbekistan's economic reforms on Tuesday.")
    assert ("support_statement", "ARM", "IRN") in coded_in(
        "Yerevan welcomed the Iranian stance on the transit route.")
    assert ("support_statement", "QAT", "EGY") in coded_in(
        "Doha welcomed Egypt's mediation between the warring factions.")
    for text in ("Kazakhstan welcomed Uzbekistan's reforms.",
                 "Armenia welcomed the Iranian position on the corridor."):
        assert not [k for k, *_ in coded_in(text) if k == "meeting"]
    assert ("meeting", "TUR", "AZE") in coded_in(
        "Turkey welcomed the Azerbaijani president in Ankara on Tuesday.")


def test_s14d_meeting_another_sides_demand_or_needs_is_no_meeting() -> None:
    """ "exports met Jordan's demand for gas", "met Hungary's needs":
    "meet" a need, demand or target that a side's name qualifies is satisfying it, not a
    meeting with that side; meeting the side's officials still is."""
    for text in ("Qatari shipments met Pakistan's demand for gas last winter.",
                 "Russian grain met Egypt's needs in 2023."):
        assert not [k for k, *_ in coded_in(text) if k == "meeting"]
    assert ("meeting", "SAU", "PAK") in coded_in(
        "The Saudi crown prince met Pakistan's prime minister in Jeddah.")


def test_s14d_recognition_told_in_the_passive_is_the_recognisers() -> None:
    """ "Palestine was recognised by Armenia", "the independence of Bangladesh was
    recognised by Pakistan": a state recognised by another, told in the passive, is the
    recognition by the side after "by"; a person "recognised by" a body is no event."""
    assert ("recognition", "SVN", "PSE") in coded_in(
        "Palestine was formally recognised by Slovenia on Tuesday.")
    assert ("recognition", "PAK", "BGD") in coded_in(
        "The independence of Bangladesh was recognized by Pakistan in 1974.")
    assert not coded_in("The Turkish athlete was recognized by the Greek federation.")
