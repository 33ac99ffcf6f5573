"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): whom "it" and "they" stand for. A pronoun after the sentence's own subject
stands for that subject; only a pronoun opening the sentence reaches back to the
sentence before."""

from __future__ import annotations

from coded_events import coded_in


def _coded(text: str, date: str | None = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_pronoun_after_the_sentences_subject_is_that_subject() -> None:
    """ "X pulled back after it accused Y", "X expelled Z's diplomats after they accused
    ...": the subject of the later clause is the sentence's subject (agreeing in number),
    not the side the sentence before named first, nor a side named nearer; "the US warned
    Serbia that it should not ..." is the addressee's duty."""
    coded = _coded(
        "The European Union asked both governments for restraint. Ghana recalled its "
        "ambassador from Lome on Monday after it accused Togo of harbouring rebels.")
    assert ("criticism_hostility", "GHA", "TGO") in coded
    assert not any(c[0] == "criticism_hostility" and c[1] == "EU" for c in coded)
    coded = _coded(
        "The European Union asked both governments for restraint. Peruvian authorities "
        "expelled two Chilean diplomats after they accused Santiago of espionage.")
    assert ("criticism_hostility", "PER", "CHL") in coded
    assert ("arms_transfer", "CHN", "SRB") in _coded(
        "Washington warned Belgrade that it should not buy the Chinese missiles. China "
        "delivered the missiles to Serbia in April.")


def test_pronoun_opening_the_sentence_reaches_back() -> None:
    """A pronoun that opens the sentence stands for the sentence before's side, and an
    object of the verb ("summoned Moldova's ambassador ... what it called") is no
    referent of a later "it"."""
    coded = _coded(
        "Ghana recalled its ambassador from Lome on Monday. It accused Togo of harbouring "
        "rebels.")
    assert ("criticism_hostility", "GHA", "TGO") in coded
    coded = _coded(
        "The ministry said it had summoned Moldova's ambassador in Moscow to protest "
        "against what it called unfriendly steps.")
    assert not any(c[1] == "MDA" for c in coded)
