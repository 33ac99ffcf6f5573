"""Wording of real diplomatic news, a class at a time (each seen in several passages of the
real-text dev split): a leader attending an organisation's summit meets that organisation."""

from __future__ import annotations

from coded_events import coded_in


def test_attending_or_taking_part_in_an_organisations_summit_is_meeting_it() -> None:
    """ "attended the SCO summit", "took part in the summit of the African Union": the
    leader meets the organisation whose summit or session it is (CONSULT); a summit told
    only by its city names no organisation and codes nothing."""
    assert ("meeting", "KAZ", "NATO") in coded_in(
        "Tokayev took part in the NATO summit in Vilnius on Tuesday.")
    assert ("meeting", "IND", "SCO") in coded_in(
        "Modi attended the Shanghai Cooperation Organisation (SCO) summit on Friday.")
    assert ("meeting", "AZE", "NATO") in coded_in(
        "Aliyev travelled on Monday to attend the extraordinary summit of NATO leaders.")
    assert not [c for c in coded_in(
        "Tokayev attended the summit in Vilnius on Tuesday.") if c[0] == "meeting"]
