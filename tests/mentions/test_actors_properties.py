"""Properties of Gazetteer.find on arbitrary text built from names, titles and noise."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from dyadscope.mentions.actors import Gazetteer

PARTS = [
    "Azerbaijan", "Pakistan's", "Pakistani", "Baku", "in", "to", "of", "the", "Air Force",
    "Ministry of Defence", "President", "Ilham Aliyev", "Sharif", "both countries",
    "the country's", "Commerce Secretary", "Ambassador", "OIC", "US", "us", "TURKEY", "’s",
    "delegation", "naval personnel", "Heydar Aliyev Foundation", ",", ".", "(", ")", "-",
    "Xi", "\n", "  ", "é", "\u0000", "Türkiye", "Yerevan", "Saeed Khan",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PARTS), max_size=30),
    st.sampled_from([None, "2005", "2017-11", "1999-03-04", "bogus"]),
    st.booleans(),
)
def test_mentions_are_sorted_disjoint_and_point_into_the_text(
    parts: list[str], on_date: str | None, spaced: bool
) -> None:
    text = (" " if spaced else "").join(parts)
    mentions = Gazetteer.default().find(text, on_date=on_date)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.text == m.text.strip()
        if m.kind == "dyad_ref":
            assert m.actor is None
        else:
            assert m.actor is not None and m.actor.code
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start


def test_degenerate_inputs_yield_nothing() -> None:
    gaz = Gazetteer.default()
    for text in ("", "   ", "\u0000\u0001", "....", "the of to in", "’’’s"):
        assert gaz.find(text) == []


def test_long_text_is_handled_in_one_call() -> None:
    sentence = "Pakistan and Azerbaijan signed a deal in Baku. "
    mentions = Gazetteer.default().find(sentence * 5000)
    assert len(mentions) == 15000
    assert mentions[-1].text == "Baku"
