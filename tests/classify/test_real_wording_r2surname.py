"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): who a person is when the story names them again by surname alone,
after naming them once with their state's office. The stories below are about another
pair of states, so only the surname can tell whose act a sentence tells."""

from __future__ import annotations

from coded_events import coded_in


def test_r2surname_a_name_before_its_states_office_is_that_state_again() -> None:
    """ "Kenji Morita, Japan's ambassador to Iran, ... Morita urged Iran": a name set just
    before the state's office it holds (after a comma, with only office words between:
    "a spokesman for the", "the deputy head of the") is named again by its surname; a
    name written family name first ("Zhao Lirong") by its first word. A name followed by
    a verb before another state's mention ("Nikos Papadakis, filed a protest with the
    Turkish ambassador") is not that state's."""
    assert ("request", "JPN", "IRN") in coded_in(
        "Iran and the United States traded accusations on Monday over the seized tanker. "
        "Kenji Morita, Japan's ambassador to Iran, met officials in Tehran. "
        "Morita urged Iran to free the tanker.")
    assert ("request", "GBR", "ZWE") in coded_in(
        "Zimbabwe and South Africa clashed over the border on Monday. Martin Hollis, a "
        "spokesman for the British embassy, spoke to reporters. Hollis urged Zimbabwe to "
        "free the detained journalists.")
    assert ("request", "CHN", "PHL") in coded_in(
        "Vietnam and the Philippines protested on Monday. Zhao Lirong, a spokeswoman for "
        "the Chinese embassy, spoke to reporters. Zhao urged the Philippines to withdraw "
        "its vessels.")
    coded = coded_in(
        "Greece and Cyprus met on Monday. Nikos Papadakis, filed a strong protest with the "
        "Turkish ambassador. Papadakis urged Ankara to halt the flights.")
    assert not [c for c in coded if c[1] == "TUR"]


def test_r2surname_a_korean_given_name_is_hyphenated_so_the_first_word_is_the_family() -> None:
    """ "South Korean President Roh Moo-hyun ... Roh thanked Japan": a two-word name whose
    second word is a hyphenated given name is written family name first; the story names
    the person again by the first word."""
    assert ("support_statement", "KOR", "JPN") in coded_in(
        "Japan and North Korea held talks on Monday. South Korean President Roh Moo-hyun "
        "attended the summit. Roh thanked Japan for its role in the talks.")
