"""Wording of real diplomatic news, a class at a time (each seen in several passages of the
real-text dev split): a leader attending an organisation's summit meets that organisation."""

from __future__ import annotations

from coded_events import coded_in


def _s14g_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_attending_or_taking_part_in_an_organisations_summit_is_meeting_it() -> None:
    """ "attended the SCO summit", "took part in the summit of the African Union": the
    leader meets the organisation whose summit or session it is (CONSULT); a summit told
    only by its city names no organisation and codes nothing."""
    assert ("meeting", "KAZ", "NATO") in _s14g_coded(
        "Tokayev took part in the NATO summit in Vilnius on Tuesday.")
    assert ("meeting", "IND", "SCO") in _s14g_coded(
        "Modi attended the Shanghai Cooperation Organisation (SCO) summit on Friday.")
    assert ("meeting", "AZE", "NATO") in _s14g_coded(
        "Aliyev travelled on Monday to attend the extraordinary summit of NATO leaders.")
    assert not [c for c in _s14g_coded(
        "Tokayev attended the summit in Vilnius on Tuesday.") if c[0] == "meeting"]
