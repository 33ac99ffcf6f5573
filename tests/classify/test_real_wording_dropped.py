"""Wording of real news whose act the coder found and then lost on the way (a status
filter, a fold of later mentions), a class at a time (each seen in several passages of
the real-text dev split)."""

from __future__ import annotations

from coded_events import coded_in, events_in


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_an_irregular_past_verb_after_a_title_and_name_opens_its_own_clause() -> None:
    """ "Commissioner for Energy Kadri Simson met with ...", "Minister for Foreign Affairs
    X held a meeting with ...": a title with "for" in it ends in the name of the one who
    acts, and the past verb right after the name is his act, not the topic of "for".
    Regular pasts ("summoned") were read so already; irregular ones ("met", "held") were
    lost as a topic. A noun after "about"/"for" stays what is talked about."""
    assert ("meeting", "PHL", "CHN") in _coded(
        "Secretary for Foreign Affairs Enrique Manalo met with Chinese Foreign Minister "
        "Wang Yi in Beijing on Monday.")
    assert ("meeting", "AUS", "IDN") in _coded(
        "Minister for Foreign Affairs Penny Wong met Indonesian Foreign Minister Retno "
        "Marsudi in Jakarta on Monday.")
    assert not _coded("Turkey asked Pakistan about the Ankara Meeting.")


def test_the_act_answered_in_retaliation_for_was_done() -> None:
    """ "in retaliation for Israel's bombing of ...", "in revenge for Riga's expulsion of
    ...": what a side strikes back for is an act that took place, the answering side's
    grievance, not a topic after "for"; "talks about the expulsion" keep theirs a topic."""
    assert ("armed_clash", "ISR", "LBN") in _coded(
        "Hezbollah fired rockets at northern Israel on Monday in retaliation for Israel's "
        "bombing of a village in southern Lebanon.")
    assert ("sanction", "LVA", "RUS") in _coded(
        "Moscow ordered two Latvian diplomats to leave on Friday in revenge for Riga's "
        "expulsion of a Russian attache.")
    assert _coded("India and Pakistan held talks on Monday about the expulsion of "
                  "diplomats.") == [("negotiation", "IND", "PAK")]


def test_a_lede_act_told_again_with_only_a_month_or_year_is_another_act() -> None:
    """ "China has accused Japan ... In January, Beijing also accused Tokyo ...", "has
    demanded ... has since demanded his release several times in 2023": the news of the
    day (dated by the document) and the same act dated only to a month or a year are two
    acts, the earlier one background. A lede retold with its day ("has detained ...
    detained them on Monday") stays one act, dated that day."""
    dated = [(e.kind, e.date.start) for e in events_in(
        "China has accused Japan of provoking tensions in the East China Sea. In January, "
        "Beijing also accused Tokyo of militarising the region.", "2024-03-14")]
    assert dated == [("criticism_hostility", "2024-03-14"), ("criticism_hostility", "2024-01")]
    dated = [(e.kind, e.date.start) for e in events_in(
        "Russia has demanded that Georgia release a Russian journalist. Moscow has since "
        "demanded his release several times in 2023.", "2024-03-14")]
    assert dated == [("request", "2024-03-14"), ("request", "2023")]
    dated = [(e.kind, e.date.start) for e in events_in(
        "China has detained two Canadian citizens. Beijing detained the two Canadian men on "
        "Monday, the foreign ministry said.", "2024-03-14")]
    assert dated == [("coerce", "2024-03-11")]


def test_a_summons_told_after_a_word_of_blame_is_an_act_of_its_own() -> None:
    """ "blamed Iran for the attack ... The foreign ministry also summoned the Iranian
    ambassador": the "the" of the summoned envoy does not make the summons a retelling of
    the blame; both are the state's acts. A summons told again ("summoned the ambassador
    on Friday. The ministry summoned the ambassador to protest ...") stays one."""
    charges = [e for e in events_in(
        "Azerbaijan blamed Iran for the attack on its embassy. The foreign ministry also "
        "summoned the Iranian ambassador to demand an investigation.", "2024-03-14")
        if e.kind == "criticism_hostility"]
    assert [(e.actor1.code, e.actor2.code) for e in charges] == [("AZE", "IRN")] * 2
    assert _coded("Azerbaijan summoned the Iranian ambassador on Friday. The ministry "
                  "summoned the ambassador to protest against the attack.") == [
        ("criticism_hostility", "AZE", "IRN")]
