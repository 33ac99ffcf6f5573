"""Wording of sanctions, coercion, retreats, concessions and truces seen in real reporting.

Each case is a class of wording found in several passages of the real-text gold set
(tests/golden/real/dev), written here in sentences of our own: the event's kind, its
sides in order and its date.
"""

from __future__ import annotations

import pytest

import dyadscope
from dyadscope.model import Event


def _events(text: str, date: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (r.kind, r.actor1.code, r.actor2.code if r.actor2 else None, r.date.start)
        for r in dyadscope.extract(text, date=date)
        if isinstance(r, Event)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the envoy's own state recalls him, whatever place the clause names
        (
            "The Peruvian ambassador to Chile was recalled to Lima for consultations on "
            "Tuesday.",
            ("sanction", "PER", "CHL", "2024-03-05"),
        ),
        # "recalled from <capital>": the capital is where he served
        (
            "Peru's foreign ministry said on Tuesday that the ambassador was recalled from "
            "Santiago for consultations.",
            ("sanction", "PER", "CHL", "2024-03-05"),
        ),
        # "summoned back", "called home ... for consultations": a recall, not a summons
        (
            "Brazil's ambassador to Argentina has been summoned back to Brasilia for "
            "consultations.",
            ("sanction", "BRA", "ARG", "2024-03-08"),
        ),
        (
            "Hungary's envoy to Poland was called home to Budapest for consultations on "
            "Friday.",
            ("sanction", "HUN", "POL", "2024-03-08"),
        ),
    ],
)
def test_envoy_recalled_in_the_passive(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert expected in _events(text, "2024-03-08")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada's 25 per cent tariffs on Mexican steel remain in place.",
            ("sanction", "CAN", "MEX", "2024-03-08"),
        ),
        (
            "The talks did not touch Indian tariffs of 50 per cent on Chinese electronics.",
            ("sanction", "IND", "CHN", "2024-03-08"),
        ),
    ],
)
def test_tariffs_named_by_their_owner(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    """ "X's tariffs on Y's goods": a sanction in place, told as a noun."""
    assert expected in _events(text, "2024-03-08")


@pytest.mark.parametrize(
    "text",
    [
        "A prisoner swap between Armenia and Azerbaijan took place on Tuesday.",
        "Armenia and Azerbaijan exchanged 90 prisoners of war on Tuesday.",
        "Armenia and Azerbaijan traded captives at their border on Tuesday.",
    ],
)
def test_prisoner_swap_is_a_release_each_way(text: str) -> None:
    """A swap is each side releasing the other's people: two retreats, one each way."""
    events = _events(text, "2024-03-08")
    assert ("retreat", "ARM", "AZE", "2024-03-05") in events
    assert ("retreat", "AZE", "ARM", "2024-03-05") in events


def test_agreed_prisoner_swap_is_a_pledge() -> None:
    """ "agreed on a prisoner exchange": the promise, not yet the exchange."""
    events = _events("Sudan and South Sudan agreed on a prisoner exchange on Monday.", "2024-03-08")
    assert [e[0] for e in events] == ["pledge"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act a protest is "over" or "regarding" was done: coercion, as a noun; done
        # before the summons, on a day the sentence does not tell (the summons' month)
        (
            "Russia summoned Latvia's ambassador on Monday over the detention of Russian "
            "journalists in Riga.",
            ("coerce", "LVA", "RUS", "2024-03"),
        ),
        (
            "Moscow lodged a protest with Tallinn on Monday regarding the recent detention "
            "of Russian sailors.",
            ("coerce", "EST", "RUS", "2024-03-04"),
        ),
        (
            "Kabul on Tuesday criticised the forced deportation of Afghan refugees from Iran.",
            ("coerce", "IRN", "AFG", "2024-03-05"),
        ),
    ],
)
def test_detention_and_deportation_told_as_nouns(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert expected in _events(text, "2024-03-08")


def test_apology_by_an_official_the_gazetteer_does_not_know() -> None:
    """An apology made towards one side of the document's pair by an unnamed side's
    official is the other side's, as a visit or a deal would be."""
    text = (
        "Indonesia and Malaysia signed a border treaty in 1995. In 2004, Cabinet "
        "Secretary Harun Karimuddin made an apology towards Indonesia."
    )
    assert ("concede", "MYS", "IDN", "2004") in _events(text, "2024-03-08")


@pytest.mark.parametrize(
    "text",
    [
        "India urged Pakistan on Monday to respect the 2003 ceasefire along the border.",
        "Armenia called on Azerbaijan on Monday to abide by the truce agreement of 1994.",
        "Moscow and Ankara opened a joint centre in Azerbaijan for monitoring the ceasefire.",
    ],
)
def test_truce_in_force_is_no_truce_agreed(text: str) -> None:
    """A truce a side is told to respect, abide by or monitor was agreed before."""
    assert "ceasefire" not in [e[0] for e in _events(text, "2024-03-08")]
