"""Wording of real news, a class at a time: requests, demands and appeals (REQUEST)."""

from __future__ import annotations

from coded_events import coded_in


def test_a_side_that_must_or_should_act_is_asked_to_by_the_speaker() -> None:
    """ "“Russia must withdraw its troops,” the French minister said": a side that a
    speaker says must or should do a thing is asked to do it by that speaker, whether
    the speech is quoted with a trailing attribution or reported; the speaker's own
    side ("We must defend ourselves") and a side the modal does not precede ask no
    one."""
    assert ("request", "FRA", "RUS") in coded_in(
        "“Moscow must pull its soldiers back from the border,” France's foreign minister "
        "said on Thursday.")
    assert ("request", "GBR", "IRN") in coded_in(
        "“Tehran should free the seized tanker and its sailors at once,” a spokesman for "
        "the British government told reporters.")
    assert ("request", "TUR", "ISR") in coded_in(
        "Turkey's foreign ministry said Israel should halt its offensive immediately.")
    assert not [c for c in coded_in(
        "“We must defend our people,” the Israeli prime minister said.")
        if c[0] == "request"]


def test_we_in_an_unquoted_statement_is_the_side_of_its_trailing_attribution() -> None:
    """ "We call on X to ... - said J. Smith, head of the EU foreign policy service": a
    statement printed without quote marks and closed by its attribution, after a comma
    or a dash, is spoken by the side of that attribution, who is the "we" that asks;
    a first-person sentence with no attribution names no asker."""
    assert ("request", "DEU", "SRB") in coded_in(
        "We call on Serbia to release the detained officers without delay - said Anna "
        "Weber, spokeswoman of the German foreign ministry.")
    assert ("request", "JPN", "PRK") in coded_in(
        "We urge North Korea to stop its missile launches, Japan's defence ministry said.")
    assert not [c for c in coded_in(
        "We urge North Korea to stop its missile launches.") if c[0] == "request"]


def test_whoever_has_a_named_sides_counterpart_is_the_storys_other_side() -> None:
    """ "Officials received the aid and thanked their Chinese counterparts": a doer the
    sentence leaves unnamed whose counterparts are of one side of the story's pair is
    the pair's other side; a counterpart that is not possessed ("the Chinese
    counterparts") tells nothing of the doer."""
    assert ("support_statement", "KGZ", "TUR") in coded_in(
        "Turkey delivered a shipment of medical supplies to Kyrgyzstan on Monday. Health "
        "ministry staff unloaded the cargo and thanked their Turkish counterparts for the "
        "help.")
    assert ("support_statement", "KGZ", "TUR") not in coded_in(
        "Turkey delivered a shipment of medical supplies to Kyrgyzstan on Monday. Health "
        "ministry staff unloaded the cargo and thanked the Turkish counterparts for the "
        "help.")


def test_viewing_another_side_as_an_important_partner_backs_it() -> None:
    """ "Pakistan views Azerbaijan as an important country": a side that says it views,
    sees or regards another as an important, key or reliable country, partner or friend
    backs it (SUPPORT); seeing a side as a threat does not."""
    assert ("support_statement", "KAZ", "CHN") in coded_in(
        "Kazakhstan sees China as a key trading partner, the Kazakh foreign minister said.")
    assert ("support_statement", "IND", "JPN") in coded_in(
        "India regards Japan as a trusted friend in Asia.")
    assert not [c for c in coded_in(
        "India regards Pakistan as a serious threat.") if c[0] == "support_statement"]
