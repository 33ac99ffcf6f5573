"""Wording of real news that tells an event by its noun rather than its verb, a class at a
time (each seen in several passages of the real-text dev split)."""

from __future__ import annotations

from coded_events import coded_in


def _nouns_coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_fighting_told_by_its_ing_noun_after_of_or_in_is_a_fight() -> None:
    """ "a truce after four days of fighting along the border", "soldiers killed in fighting
    between X and Y": "fighting", "shelling" after "of" or "in" is the noun of a fight that
    took place, not the content of a charge as in "accused X of shelling villages"; the
    fight is coded between its sides (the sentence's, or those after "between")."""
    assert ("armed_clash", "KGZ", "TJK") in _nouns_coded(
        "Kyrgyzstan and Tajikistan agreed on Friday to a truce after four days of fighting "
        "along their disputed border.")
    assert ("armed_clash", "IND", "PAK") in _nouns_coded(
        "Two villagers were killed in shelling between Indian and Pakistani troops in "
        "Kashmir on Sunday.")
    assert ("armed_clash", "ARM", "AZE") in _nouns_coded(
        "Several soldiers died in fighting between Armenian and Azerbaijani forces on "
        "Tuesday.")
    # a charge's content stays the charge's: one fight, told by the accused's act
    charged = _nouns_coded("Armenia accused Azerbaijan of shelling its border villages.")
    assert [c for c in charged if c[0] == "armed_clash"] == [("armed_clash", "AZE", "ARM")]
    # a role in a fight against crime or terrorism is no armed clash
    assert not [c for c in _nouns_coded(
        "Washington praised Islamabad's role in fighting terrorist networks on Monday.")
        if c[0] == "armed_clash"]


def test_a_forum_named_by_its_two_sides_is_their_meeting() -> None:
    """ "attended the Pakistan-Azerbaijan Business Forum alongside Aliyev", "will attend the
    Russian-Uzbek forum": a forum named by the compound of its two sides is a meeting of
    those sides, as a "Japan-Vietnam summit" is; a forum of one country is none."""
    assert ("meeting", "KAZ", "TUR") in _nouns_coded(
        "On Monday, Prime Minister Smailov attended the Kazakhstan-Turkey Business Forum in "
        "Almaty alongside President Erdogan.")
    assert ("meeting", "RUS", "UZB") in _nouns_coded(
        "Presidents Mirziyoyev and Putin will attend the Russian-Uzbek forum on interregional "
        "cooperation on Friday.")
    assert not [c for c in _nouns_coded(
        "Prime Minister Sharif addressed the Pakistan Business Forum in Lahore on Monday.")
        if c[0] == "meeting"]
