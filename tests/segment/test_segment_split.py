"""Sentence boundaries: abbreviations, initials, decimals, URLs, quotes, headings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadscope.segment import Segmentation


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Khan met Dr. Aliyev and Gen. Aman in Baku.",
        "The U.S. and the U.N. issued statements on the talks.",
        "Resolution No. 5 was adopted, e.g. by Turkey, i.e. a close ally.",
        "Talks began on Jan. 5 and ended in Feb. 2017 without a deal.",
        "The report by F. Shahbazov was cited by J. R. Smith yesterday.",
        "Trade rose to $18.735 million, up 3.5 percent, see www.example.org/trade.html today.",
        "Exports of cotton, rice, wheat etc. rose sharply last year.",
        'He said "we will sign. Then we will ratify." and left the room.',
        "Smith et al. reported the figures in 2016.",
    ],
)
def test_one_sentence_stays_whole(live: Callable[[str], list[str]], sentence: str) -> None:
    assert live(sentence) == [sentence]


def test_boundaries(live: Callable[[str], list[str]]) -> None:
    text = (
        "Baku hosted the talks. Islamabad sent a delegation! Was it useful? "
        "Officials in the U.S. The end came soon. Trade grew in 2015. 2016 was slower."
    )
    assert live(text) == [
        "Baku hosted the talks.",
        "Islamabad sent a delegation!",
        "Was it useful?",
        "Officials in the U.S.",
        "The end came soon.",
        "Trade grew in 2015.",
        "2016 was slower.",
    ]


def test_closing_quote_belongs_to_the_sentence(live: Callable[[str], list[str]]) -> None:
    text = 'The minister said "Azerbaijan will buy the aircraft." The deal followed.'
    assert live(text) == [
        'The minister said "Azerbaijan will buy the aircraft."',
        "The deal followed.",
    ]


def test_unknown_abbreviation_before_lower_case_is_not_a_boundary(
    live: Callable[[str], list[str]],
) -> None:
    text = "They sold approx. five aircraft in total. Prices rose."
    assert live(text) == ["They sold approx. five aircraft in total.", "Prices rose."]


def test_headings_are_their_own_unit(live: Callable[[str], list[str]]) -> None:
    text = (
        "Military Cooperation\n\nThe two countries signed an agreement.\n\nConclusion\n\nIt helped."
    )
    assert live(text) == [
        "Military Cooperation",
        "The two countries signed an agreement.",
        "Conclusion",
        "It helped.",
    ]


def test_lines_hyphenation_and_escapes_are_cleaned(
    seg: Callable[[str], Segmentation],
) -> None:
    text = "Trade be-\ntween the two coun-\ntries reached \\$37.45 mil-\nlion in\n2013-14."
    result = seg(text)
    assert [s.text for s in result.sentences] == [
        "Trade between the two countries reached $37.45 million in 2013-14."
    ]
    sentence = result.sentences[0]
    assert (sentence.start, sentence.end) == (0, len(text))


def test_offsets_are_into_the_document(seg: Callable[[str], Segmentation]) -> None:
    text = "  First one.   Second one here.\n\nThird."
    result = seg(text)
    spans = [text[s.start : s.end] for s in result.sentences]
    assert spans == ["First one.", "Second one here.", "Third."]
    assert [s.index for s in result.sentences] == [0, 1, 2]


def test_heading_line_above_a_paragraph(live: Callable[[str], list[str]]) -> None:
    text = (
        "Economic Cooperation\n"
        "The volume of trade between the two countries grew from a low base in 2011 and\n"
        "reached a record in 2014.\n\n"
        "Trade and the economy\nremained weak."
    )
    assert live(text) == [
        "Economic Cooperation",
        "The volume of trade between the two countries grew from a low base in 2011 and "
        "reached a record in 2014.",
        "Trade and the economy remained weak.",
    ]


def test_a_reference_marker_after_the_stop_ends_the_sentence(
    live: Callable[[str], list[str]],
) -> None:
    """Text copied from an encyclopaedia keeps its reference markers after the full stop
    ("recognised it.[3] On ..."): the next sentence starts after them, even where the page
    kept none of its notes, so that one sentence's date does not become the other's."""
    text = ("Turkey recognised Azerbaijan in November 1991.[3] On December 25, 1991, Israel "
            "followed.[4][5] Relations grew.")
    sentences = live(text)
    assert len(sentences) == 3
    assert sentences[1].startswith("On December 25, 1991")
    assert sentences[2] == "Relations grew."
