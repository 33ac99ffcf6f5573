"""Wording of real diplomatic news, a class at a time (each seen several times in the
real-text dev split): who voices concern to whom."""

from __future__ import annotations

import dyadscope
from dyadscope.model import Event


def _events(text: str, date: str | None = "2023-11-17") -> list[Event]:
    return [r for r in dyadscope.extract(text, date=date) if isinstance(r, Event)]


def test_concerns_raised_or_expressed_to_someone_are_an_accusation() -> None:
    """ "raised concerns with China", "expressed to President Xi his concerns": the
    recipient may stand between the verb and the concern; a report that raises concern
    among people names no target and codes nothing."""
    (raised,) = _events("Germany raised concerns with China about its trade practices.")
    assert (raised.kind, raised.actor1.code, raised.actor2.code) == (
        "criticism_hostility", "DEU", "CHN")
    (told,) = _events("Japan's prime minister expressed to President Xi Jinping his "
                      "serious concerns about Chinese military activity.")
    assert (told.actor1.code, told.actor2.code) == ("JPN", "CHN")
    assert _events("The report raised concerns among investors in India.") == []


def test_we_in_a_quotation_is_its_speaker() -> None:
    """ "“We call on Rwanda to ...,” the French foreign ministry said": the speaker of
    the reporting clause after the quote is the one acting; outside a quotation "we"
    names nobody."""
    (call,) = _events("“We call on Rwanda to withdraw from Congolese territory,” the French "
                      "foreign ministry said.")
    assert (call.kind, call.actor1.code, call.actor2.code) == ("request", "FRA", "RWA")
    (said,) = _events("“I will visit Baku next month,” said Pakistan's prime minister.")
    assert (said.actor1.code, said.status) == ("PAK", "planned")
    assert all(e.kind != "request" for e in _events("We call on Rwanda to withdraw."))


def test_a_visit_at_someones_invitation_tells_the_invitation() -> None:
    """ "X arrived in Baku at the invitation of President Aliyev": Aliyev invited X, and
    the invitation was taken up (actual); one merely extended stays an intent."""
    found = {e.kind: e for e in _events(
        "Pakistan's prime minister arrived in Baku at the invitation of President Aliyev.")}
    invitation = found["invitation"]
    assert (invitation.actor1.code, invitation.actor2.code, invitation.status) == (
        "AZE", "PAK", "actual")
    assert found["visit"].actor1.code == "PAK"
    (extended,) = _events("Pakistan extended an invitation to Azerbaijan's president.")
    assert extended.status == "intent"


def test_a_quoted_condition_threatens_its_subject() -> None:
    """ "“If the Philippines continues ..., China will take resolute measures,” the
    ministry said": China threatens; the quote mark does not hide the "if" clause."""
    (threat,) = _events("“If the Philippines continues to act unilaterally, China will take "
                        "resolute measures,” China's foreign ministry said.")
    assert (threat.plover, threat.actor1.code, threat.actor2.code) == ("THREATEN", "CHN", "PHL")
