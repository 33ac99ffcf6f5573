"""Office holders of 2000-2025 named alone, as news names them: a foreign or defence
minister, head of state or government whom the gazetteer knows codes the act for their
state, though no state is named in the sentence; a surname that is a common word or
shared by other famous people is left to the full name."""

from __future__ import annotations

from coded_events import coded_in


def _s11ab_coded(text: str, date: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_s11ab_ministers_of_the_2000s_name_their_state() -> None:
    """Foreign and defence ministers of the 2000s ("Shaul Mofaz", "Jack Straw", "Vecdi
    Gonul"): their names alone tell the side of the act."""
    assert ("meeting", "ISR", "USA") in _s11ab_coded(
        "Shaul Mofaz met Donald Rumsfeld at the Pentagon on Tuesday.", "2004-05-12")
    assert ("meeting", "GBR", "IRN") in _s11ab_coded(
        "Jack Straw met Kamal Kharrazi in Tehran on Monday.", "2003-10-20")
    assert ("meeting", "YEM", "USA") in _s11ab_coded(
        "Abu Bakr al-Qirbi met Condoleezza Rice in Washington on Monday.", "2006-03-06")
    assert ("meeting", "DEU", "FRA") in _s11ab_coded(
        "Peter Struck met Michele Alliot-Marie in Paris on Friday.", "2004-02-13")


def test_s11ab_common_word_surnames_stay_full_name_only() -> None:
    """ "Straw", "Struck", "Fox", "Bono": capitalised at a sentence's start or naming
    someone else, these words name no minister alone."""
    assert not [c for c in _s11ab_coded(
        "Struck by the news, Iran protested to Russia.", "2003-10-20") if c[1] == "DEU"]
    assert not [c for c in _s11ab_coded(
        "Fox reported that Iran criticised Russia.", "2011-03-20") if c[1] == "GBR"]
