"""Wording of real news, a class at a time: a meeting, summit, press conference or
session that is only where someone spoke. Its other side is one named with it ("at a
meeting with X", "at talks between X and Y"), never a state from what was said or from
the place it was held."""

from __future__ import annotations

from coded_events import coded_in


def _s11v_meetings(text: str) -> list[tuple[str, str, str | None]]:
    return [c for c in coded_in(text, "2024-03-14") if c[0] in ("meeting", "negotiation")]


def test_a_gathering_spoken_at_takes_no_partner_from_the_speech() -> None:
    """ "said at a meeting in Lisbon that Moscow ...", "told reporters at a gathering of EU
    ministers that Iran ...", "“...,” X said during a joint press conference": the noun
    after at/during is the venue of the speech; a state named in the reported clause, in
    the quote, or as the place is no one met there."""
    assert _s11v_meetings(
        "The Spanish foreign minister said at a meeting in Lisbon that Moscow must pull its "
        "forces back.") == []
    assert _s11v_meetings(
        "The German chancellor told reporters at a gathering of EU ministers that Iran would "
        "face new measures.") == []
    assert _s11v_meetings(
        "Turkey's president said during a joint press conference that Greece was arming the "
        "islands.") == []
    assert _s11v_meetings(
        "“China remains our partner,” the Brazilian president said at the session.") == []


def test_a_partner_named_with_the_gathering_is_kept() -> None:
    """The near misses: a partner named with the meeting noun ("at a meeting with his
    Turkish counterpart", "at a joint news conference with X"), a meeting told by its verb
    ("met X at a summit") and a meeting that is itself what was said ("said that, at
    today's meeting, he and Y would ...") stay meetings."""
    assert ("meeting", "TUR", "GRC") in _s11v_meetings(
        "At a meeting with his Turkish counterpart, the Greek foreign minister said Athens "
        "wanted calm waters.")
    assert ("meeting", "PAK", "UZB") in _s11v_meetings(
        "Sharif said at a joint news conference with Mirziyoyev in Tashkent that the railway "
        "would change the region.")
    assert ("meeting", "USA", "CHN") in _s11v_meetings(
        "Biden met Xi at a summit in Bali on Monday.")


def test_an_organisations_own_session_as_setting_is_no_meeting_with_it() -> None:
    """ "during an OPEC meeting in Vienna, X and Y agreed ...", "met Z on the sidelines at
    the annual meeting of the SCO": the body's own session is the setting of another act;
    no state met the body there. A meeting held with the body ("held a meeting with the
    OPEC secretary general") stays one."""
    assert not any(
        "OPEC" in (c[1], c[2]) for c in _s11v_meetings(
            "In 1980, during an OPEC meeting in Vienna, Saudi Arabia and Kuwait signed a "
            "pipeline accord."))
    coded = _s11v_meetings(
        "Modi met Xi on the sidelines at the annual meeting of the Shanghai Cooperation "
        "Organization in Astana.")
    assert ("meeting", "IND", "CHN") in coded
    assert not any("SCO" in (c[1], c[2]) for c in coded)
    assert ("meeting", "IRN", "OPEC") in _s11v_meetings(
        "The Iranian oil minister held a meeting with the OPEC secretary general in Vienna.")
