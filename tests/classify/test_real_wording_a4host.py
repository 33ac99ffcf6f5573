"""Audit of the hostile-words area (criticism, threats, rejections, protest notes) in the
harder forms real reporting uses: long subjects with appositions, wire datelines,
"according to" attributions, acts in subordinate clauses, headline grammar, and dates as
"on March 3" or "last Tuesday". The sentences are written for the test, not taken from
gold."""

from __future__ import annotations

from coded_events import NEWS_DAY, events_in


def _a4host_area(text: str) -> set[tuple[str, str, str | None, str | None]]:
    """(kind, actor1, actor2, PLOVER type) of every event of the area in ``text``."""
    return {(e.kind, e.actor1.code if e.actor1 else "", e.actor2.code if e.actor2 else None,
             e.plover)
            for e in events_in(text, NEWS_DAY)
            if e.kind in ("criticism_hostility", "reject", "protest")}


def test_hard_forms_of_hostile_words_are_coded() -> None:
    """Criticism, threats and rejections told with an apposition, a dateline, an
    attribution, a subordinate clause or headline grammar keep their two sides."""
    cases = [
        ("Iran's foreign minister, Abbas Araghchi, who arrived in Baku on Monday, "
         "condemned Israel's strikes on Syria.", ("criticism_hostility", "IRN", "ISR")),
        ("ANKARA, Turkey (AP) — Turkey on Tuesday condemned Greece for what it called "
         "provocative military flights over the Aegean.", ("criticism_hostility", "TUR", "GRC")),
        ("According to the state news agency, Algeria accused Morocco of spying on its "
         "officials.", ("criticism_hostility", "DZA", "MAR")),
        ("Beijing slams Washington over Taiwan arms sale", ("criticism_hostility", "CHN", "USA")),
        ("Citing the violence at the border, Kyrgyzstan blamed Tajikistan for the clashes.",
         ("criticism_hostility", "KGZ", "TJK")),
        ("Moscow deplored the expulsion of its diplomats by Estonia.",
         ("criticism_hostility", "RUS", "EST")),
        ("China threatens Lithuania with consequences over Taiwan office",
         ("criticism_hostility", "CHN", "LTU")),
        ("Azerbaijan issued an ultimatum to Armenia last week.",
         ("criticism_hostility", "AZE", "ARM")),
        ("Israel's foreign ministry, according to a statement, rejected Turkey's demand for "
         "a ceasefire.", ("reject", "ISR", "TUR")),
        ("Rwanda denied accusations by Congo that it backs the M23 rebels.",
         ("reject", "RWA", "COD")),
        ("Tehran turns down Washington's offer of talks", ("reject", "IRN", "USA")),
        ("Citing the incursion, Greece lodged a demarche with Turkey.",
         ("criticism_hostility", "GRC", "TUR")),
    ]
    for text, (kind, actor1, actor2) in cases:
        coded = {(k, a1, a2) for k, a1, a2, _ in _a4host_area(text)}
        assert (kind, actor1, actor2) in coded, text


def test_a_threat_told_under_a_modal_was_not_made() -> None:
    """ "China could threaten Taiwan", "Moscow may yet warn Riga": the threatening verb
    itself is only a possibility, so no threat was made (a threat told with "will ... if"
    holds out what would follow and is one). Before, every threatening pattern was set to
    a made threat whatever modal stood before its verb."""
    for text in ("Analysts fear China could threaten Taiwan over the vote.",
                 "Russia may yet warn Latvia about the new language law.",
                 "Observers say Serbia might threaten Kosovo with a response."):
        assert not [e for e in events_in(text, NEWS_DAY) if e.status == "actual"], text
    assert ("criticism_hostility", "CHN", "TWN", "THREATEN") in _a4host_area(
        "China threatened Taiwan over the vote.")
    assert ("criticism_hostility", "IRN", "ISR", "THREATEN") in _a4host_area(
        "Iran warned Israel it would face a crushing response if it attacked.")


def test_a_verdict_with_an_intensifier_is_a_criticism() -> None:
    """ "said X's actions were a grave provocation", "said the flights were a serious
    violation of its airspace", "a flagrant breach of international law": news puts an
    intensifying adjective before the verdict noun, and a violation or breach is a verdict
    as "illegal" is. A positive noun after the same adjectives ("a serious step forward")
    is no criticism."""
    assert ("criticism_hostility", "CHN", "PHL", "ACCUSE") in _a4host_area(
        "Beijing said the Philippines' manoeuvres near the shoal were a grave provocation.")
    assert ("criticism_hostility", "JPN", "CHN", "ACCUSE") in _a4host_area(
        "Tokyo said the flights by Chinese aircraft were a serious violation of its airspace.")
    assert ("criticism_hostility", "IND", "PAK", "ACCUSE") in _a4host_area(
        "New Delhi said the shelling by Pakistan was a blatant breach of the truce.")
    assert not _a4host_area("Japan said the accord with South Korea was a serious step forward.")


def test_a_denial_of_the_other_sides_charges_told_as_a_noun_is_a_rejection() -> None:
    """ "Pakistan's denial of India's charges", "Beijing's dismissal of the Philippine
    claims", "Moscow's rebuttal of Kyiv's allegations": the side's act of saying no told as
    a noun, as "Israel's rejection of ..." already was. A denial of entry or of visas
    rejects no charge and is no rejection."""
    assert ("reject", "PAK", "IND", "REJECT") in _a4host_area(
        "Pakistan's denial of India's charges followed last Tuesday.")
    assert ("reject", "CHN", "PHL", "REJECT") in _a4host_area(
        "Beijing's swift dismissal of the Philippine allegations angered Manila.")
    assert ("reject", "RUS", "UKR", "REJECT") in _a4host_area(
        "Moscow's rebuttal of Kyiv's accusations came in a long statement.")
    assert not [a for a in _a4host_area("Iran's denial of visas to British reporters.")
                if a[0] == "reject"]


def test_firing_back_in_words_is_no_attack() -> None:
    """ "Manila fired back at Beijing, saying its claims were false", "Tehran shot back at
    Washington, accusing it of hypocrisy": a side that fires back and then says, calls or
    accuses answers in words, not with guns. Fire returned at troops or ships stays an
    attack."""
    for text in ("Manila fired back at Beijing, saying its claims were false.",
                 "Tehran shot back at Washington on Tuesday, accusing it of hypocrisy."):
        assert not [e for e in events_in(text, NEWS_DAY) if e.kind == "armed_clash"], text
    assert [e for e in events_in("Ukrainian troops fired back at Russian positions.", NEWS_DAY)
            if e.kind == "armed_clash"]
