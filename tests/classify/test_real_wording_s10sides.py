"""Who the sides are in real news wording, a structure at a time (s10sides): events
produced with the right kind and date but the wrong parties."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s10sides_parties(text: str, kind: str) -> list[tuple[str, str | None, list[str]]]:
    """(actor1, actor2, others) of every event of ``kind`` in ``text``."""
    events: list[Event] = events_in(text, "2024-03-14")
    return [(e.actor1.code, e.actor2.code if e.actor2 else None, [o.code for o in e.others])
            for e in events if e.kind == kind]


def test_a_listed_speaker_acts_whole_in_the_participle_after_its_report() -> None:
    """ "X, Y and Z said they had ..., accusing W of ...": the act of speech after a
    report is the speaker's, and when the speaker is a list of states the whole list
    speaks, not only its last member (the one nearest the reporting verb)."""
    assert ("GIN", "SEN", ["GNB", "GMB"]) in _s10sides_parties(
        "Guinea, Guinea-Bissau and Gambia said on Monday they had closed their consulates, "
        "accusing Senegal of harbouring rebels.", "criticism_hostility")
    assert ("SWE", "RUS", ["NOR"]) in _s10sides_parties(
        "Sweden and Norway announced that they would expel diplomats, accusing Russia "
        "of spying.", "criticism_hostility")
    # a lone speaker stays alone; the states told inside its report are not it
    assert ("KEN", "SOM", []) in _s10sides_parties(
        "Kenya said that Uganda and Tanzania had closed the border, accusing Somalia of "
        "smuggling.", "criticism_hostility")


def test_an_agent_told_as_a_proxy_acts_for_its_patron() -> None:
    """ "an attack by militias linked to X", "shelling by gunmen backed by X": the agent
    after "by" is a group the gazetteer does not know, told as another state's proxy;
    the attack is that patron's, on the side that suffered it, not the other way round."""
    coded = _s10sides_parties(
        "Chad said four soldiers had been killed in an ambush by rebels backed by Sudan "
        "near the border.", "armed_clash")
    assert ("SDN", "TCD", []) in coded
    coded = _s10sides_parties(
        "Kenya's army said two of its posts were overrun in an attack by gunmen loyal to "
        "the Somali government.", "armed_clash")
    assert ("SOM", "KEN", []) in coded
    # a place after the agent is no patron
    coded = _s10sides_parties(
        "Chad said four soldiers had been killed in an ambush by rebels in a region "
        "bordering Sudan.", "armed_clash")
    assert all(a1 != "SDN" for a1, _, _ in coded)
