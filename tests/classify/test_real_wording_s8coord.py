"""Wording of real news whose sides came out reversed (the right act and parties, the
wrong direction), a structural class at a time, each seen in several passages of the
real-text dev split: whom a pronoun stands for, whose a coordinated verb is."""

from __future__ import annotations

from coded_events import coded_in


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_he_or_she_stands_for_the_last_person_named_not_a_state() -> None:
    """ "Maduro shut a crossing. He also deported ... Colombian migrants. He later closed
    another": "he" is a person, so where the sentence before named a state or a people
    first (the Colombians he deported), he is still the last person named, not them. A
    ministry named as the speaker ("..., the Iranian foreign ministry said. He invited
    ...") speaks through its own head and stays whom "he" stands for."""
    assert ("request", "IND", "CHN") in _coded(
        "Indian Prime Minister Narendra Modi spoke in Parliament on Friday. He said Chinese "
        "troops had built posts on Indian soil. He urged Beijing to pull them back.")
    assert ("criticism_hostility", "VEN", "COL") in _coded(
        "Venezuelan President Nicolas Maduro spoke on state television on Monday. He said "
        "Colombian gangs had killed three soldiers. He accused Bogota of sheltering them.")
    assert ("criticism_hostility", "AZE", "ARM") in _coded(
        "President Ilham Aliyev met the press on Monday. Armenian troops had shelled villages "
        "overnight. He accused Yerevan of provocation.")
    coded = _coded("Sultan Haitham received Iran's foreign minister, the Iranian foreign "
                   "ministry said. He invited the sultan of Oman to visit Tehran.")
    assert ("invitation", "IRN", "OMN") in coded
    assert ("invitation", "OMN", "IRN") not in coded


def test_a_second_verb_keeps_its_clauses_own_subject() -> None:
    """ "Vietnam said China's decision was illegal, demanded that the rig be withdrawn",
    "X said Ankara expects a recovery in its ties with Russia but warned ...": a past verb
    of speech after a reported clause, with no subject of its own, goes on with whoever
    spoke, not with the state the report was about; "He introduced visas for Algerians
    and began a campaign to expel ...": a clause opened by a pronoun shares what the
    pronoun stands for, not the first state named after it. Force told after a report
    ("Pakistan said Indian troops crossed ... and killed ...") stays with the troops."""
    assert ("request", "JPN", "CHN") in _coded(
        "Tokyo said Chinese ships had entered its waters, urged that the ships leave at once "
        "and lodged a protest.")
    coded = _coded("Athens said Turkey's survey ship had no right to be there, but warned that "
                   "it would respond with force if needed.")
    assert ("criticism_hostility", "GRC", "TUR") in coded
    assert ("criticism_hostility", "TUR", "GRC") not in coded
    assert ("coerce", "IRN", "AFG") in _coded(
        "Iranian Interior Minister Ahmad Vahidi spoke to reporters on Monday. He tightened "
        "rules for Afghans and began a drive to deport Afghans living in Iran without papers.")
    assert ("armed_clash", "IND", "PAK") in _coded(
        "Pakistan said Indian troops crossed the Line of Control, fired on a post and killed "
        "two soldiers.")


def test_reports_as_a_noun_is_no_reporting_verb() -> None:
    """ "Costa Rica said that after receiving reports of Nicaraguan soldiers on its soil, it
    ... complained": "reports of", "media reports" name what was heard, not who speaks,
    so "it" later in the sentence is still the one that said so, not the soldiers the
    reports were about; "Xinhua reports that ..." stays a reporting verb."""
    coded = _coded("Thailand said that after getting reports of Cambodian troops near the "
                   "temple, it moved extra units to the area on Monday, a day after it formally "
                   "complained to Cambodia's ambassador.")
    assert ("criticism_hostility", "THA", "KHM") in coded
    assert ("criticism_hostility", "KHM", "THA") not in coded
    assert ("criticism_hostility", "GRC", "TUR") in _coded(
        "Greece said that amid media reports of Turkish survey ships near Crete, it would send "
        "frigates, a day after it lodged a protest with Turkey's ambassador.")
    assert ("criticism_hostility", "CHN", "JPN") in _coded(
        "Xinhua reports that China protested to Japan's ambassador on Monday.")
