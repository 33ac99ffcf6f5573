"""Wording of real diplomatic news about meetings, talks and visits, a class at a time
(each seen in several passages of the real-text dev split)."""

from __future__ import annotations

from coded_events import coded_in


def _s8consult_coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def _s8consult_kinds(text: str) -> list[str]:
    return [kind for kind, *_ in _s8consult_coded(text)]


def test_a_meeting_with_an_envoy_at_which_a_protest_is_lodged_is_the_summons() -> None:
    """ "met the Chinese ambassador to lodge a protest", "registered its objection in a
    meeting with Ambassador X", "went to the ministry to meet the secretary" after a
    summons: a side meeting the other's envoy to hand over a protest summons him (a
    rebuke, coded as such); annotators code no talks for it. A meeting with an envoy told
    with no protest, or a meeting near a recall of one's own envoy, stays a meeting."""
    protest = ("Dutch Foreign Minister Anna Kluiver met the Russian ambassador, Oleg Bragin, "
               "to lodge a protest over the detention of two Dutch sailors.")
    assert "meeting" not in _s8consult_kinds(protest)
    objection = ("Canberra registered its strong objection in a meeting with Ambassador Li "
                 "Ming of China on Tuesday.")
    assert "meeting" not in _s8consult_kinds(objection)
    summoned = ("Hungary summoned the Romanian ambassador on Monday over the remarks. The "
                "Romanian ambassador went to the foreign ministry in Budapest to meet the "
                "state secretary.")
    assert "meeting" not in _s8consult_kinds(summoned)
    # a courtesy call by an envoy, with no protest, is a meeting
    assert "meeting" in _s8consult_kinds(
        "Kenyan Foreign Minister Musalia Mudavadi met the Japanese ambassador on Tuesday to "
        "discuss trade and investment.")
    # "protesters" are people, not a protest handed to the envoy
    assert "meeting" in _s8consult_kinds(
        "Spain is recalling its ambassador to Italy after Italy's deputy prime minister met "
        "with Spanish farm protesters last week.")
