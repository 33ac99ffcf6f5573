"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): a state named once and then again by a description of it ("the tiny Pacific
island nation", "the oil-rich emirate", "the self-ruled island")."""

from __future__ import annotations

from coded_events import coded_in


def test_s17d_an_epithet_before_a_region_description_keeps_its_state() -> None:
    """ "the tiny Pacific island nation", "the oil-rich emirate", "the troubled West African
    country", "the self-ruled island": news sets everyday epithets (tiny, oil-rich,
    war-torn, landlocked) before the description of a state it named just before; the
    description still stands for the last named state it fits. A description that fits no
    state named before ("the emirate" after only Iraq and Iran) names nobody."""
    coded = coded_in(
        "China and Tuvalu established diplomatic relations on Monday, days after the tiny "
        "Pacific island nation cut ties with Taiwan.")
    assert ("sanction", "TUV", "TWN") in coded
    assert ("sanction", "CHN", "TWN") not in coded
    coded = coded_in(
        "Iran and Qatar held talks in Doha on Monday. Iraq's militias later fired rockets at "
        "the gas-rich emirate.")
    assert ("armed_clash", "IRQ", "QAT") in coded
    coded = coded_in(
        "Iran and Iraq held talks in Baghdad on Monday. Saudi militias later fired rockets at "
        "the oil-rich emirate.")
    assert not any(b in ("QAT", "KWT", "ARE") for _, _, b in coded)


def test_s17d_a_short_form_keeping_the_last_names_is_the_person_named_in_full() -> None:
    """ "Paraguayan president-elect Mario Abdo Benitez ... Abdo Benitez visits Taiwan":
    news names a person in full once, then by the last two of his names (Spanish and
    Portuguese double surnames, "Lopez Obrador", "da Silva"). The short form is the person
    named in full; a different first of the two names ("Ruiz Quintero") is someone else."""
    lead = ("Taiwanese President William Lai arrived in Asuncion on Monday, where he and "
            "Paraguayan President Santiago Pena Palacios agreed to expand trade. ")
    coded = coded_in(lead + "Lai and Pena Palacios agreed to focus on farming.")
    assert ("pledge", "PRY", "TWN") in coded
    coded = coded_in(lead + "Lai and Ruiz Palacios agreed to focus on farming.")
    assert ("pledge", "PRY", "TWN") not in coded
