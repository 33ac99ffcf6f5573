"""Audit s15d, sentences written for the audit (not taken from gold): a state's stand
against another's act told by "oppose" is an accusation; commentators who speak for no
state (critics, analysts, activists, scholars) are no side of what they say."""

from __future__ import annotations

from coded_events import coded_in


def _s15d_kinds(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_opposing_another_sides_act_is_an_accusation() -> None:
    """ "China firmly opposes the US arms sales to Taiwan", "resolutely opposed Japan's
    release of wastewater", "expressed strong opposition to Tokyo's plan": an objection to
    the other side's act (ACCUSE), as "objected to" is. Only an act owned by a side named
    right after "oppose" counts: "opposed the resolution" or "oppose any foreign investment"
    names no one's act."""
    positives = [
        ("China said it firmly opposed the US arms sale to Taiwan.", "CHN", "USA"),
        ("China resolutely opposed Japan's release of wastewater.", "CHN", "JPN"),
        ("India firmly opposed Pakistan's decision.", "IND", "PAK"),
        ("Beijing strongly opposed Washington's decision to send troops to the region.",
         "CHN", "USA"),
        ("Iran opposes Azerbaijan's plan to build a corridor.", "IRN", "AZE"),
        ("Turkey vehemently opposed Greece's move to extend its territorial waters.",
         "TUR", "GRC"),
        ("Pakistan strongly opposes India's revocation of Kashmir's special status.",
         "PAK", "IND"),
        ("Seoul expressed strong opposition to Japan's release of treated water.",
         "KOR", "JPN"),
        ("Russia voiced its opposition to Finland's accession last week.", "RUS", "FIN"),
        ("Armenia is opposed to Azerbaijan's blockade of the corridor.", "ARM", "AZE"),
        ("China is firmly opposed to the US decision to sell arms to Taiwan.", "CHN", "USA"),
        ("China firmly opposes the Philippine actions in the South China Sea.", "CHN", "PHL"),
        ("Tehran opposed Baku's military drills near the border.", "IRN", "AZE"),
    ]
    for text, one, two in positives:
        assert ("criticism_hostility", one, two) in _s15d_kinds(text), text
    for text in (
        "Separatists oppose any foreign investment in Pakistan.",
        "China opposed the resolution at the United Nations.",
        "China opposes all forms of terrorism.",
        "Armenia and Azerbaijan remain opposed on the border question.",
    ):
        assert not [k for k, *_ in _s15d_kinds(text) if k == "criticism_hostility"], text
