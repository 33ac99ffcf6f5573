"""Wording of real conflict news, a class at a time: who does what to whom when a hostile
act is told as a noun that its target undergoes or disregards ("ignored warnings from X",
"faced criticism from X", "came under criticism from X")."""

from __future__ import annotations

from coded_events import coded_in, events_in


def _r6nounhost_criticism(text: str) -> list[tuple[str, str, str | None]]:
    return [c for c in coded_in(text) if c[0] == "criticism_hostility"]


def test_r6nounhost_undergone_act_noun_has_its_target_as_subject() -> None:
    """ "Serbia ignored warnings from Brussels", "Hungary faced sharp criticism from
    Germany", "Georgia came under fresh condemnation from the EU": the subject of a verb
    of undergoing, disregarding or facing is the target of the criticism or warning; the
    side after "from"/"by" is its doer (not the other way round, as the clause's subject
    would otherwise make it)."""
    assert ("criticism_hostility", "DEU", "HUN") in _r6nounhost_criticism(
        "Hungary faced sharp criticism from Germany over the new law on Tuesday.")
    assert ("criticism_hostility", "CHN", "LTU") in _r6nounhost_criticism(
        "Lithuania defied repeated warnings from China and opened the office.")
    assert ("criticism_hostility", "FRA", "ITA") in _r6nounhost_criticism(
        "Italy came under harsh criticism from France for turning the ship away.")
    threats = [e for e in events_in(
        "Armenia shrugged off threats from Azerbaijan on Wednesday.", "2024-03-14")
        if e.kind == "criticism_hostility"]
    assert [(e.actor1.code, e.actor2.code if e.actor2 else None, e.plover) for e in threats] \
        == [("AZE", "ARM", "THREATEN")]


def test_r6nounhost_disregarded_noun_with_no_doer_makes_no_critic() -> None:
    """ "Lithuania ignored numerous diplomatic reprimands": whoever reprimanded, the side
    that ignored the reprimands is not the critic, so nothing is coded from its subject;
    a criticism the subject itself voices ("Lithuania criticised China") still is."""
    assert not [c for c in _r6nounhost_criticism(
        "Lithuania, which ignored numerous diplomatic reprimands, opened the office in China.")
        if c[1] == "LTU"]
    assert ("criticism_hostility", "LTU", "CHN") in _r6nounhost_criticism(
        "Lithuania criticised China on Monday.")
    assert ("armed_clash", "RUS", "UKR") in coded_in(
        "Ukrainian troops came under attack from Russian forces near Bakhmut.")
