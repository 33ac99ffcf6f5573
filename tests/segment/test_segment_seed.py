"""The seed paper: notes, markers, layout breaks and pull quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.ingest import load_path
from dyadscope.model import Sentence
from dyadscope.segment import Segmentation, segment


@pytest.fixture(scope="module")
def result(seed_paper: Path) -> Segmentation:
    return segment(load_path(seed_paper))


def _one(result: Segmentation, fragment: str, *, live: bool = True) -> Sentence:
    found = [
        s for s in result.sentences if fragment in s.text and (s.repeat_of is None or not live)
    ]
    assert len(found) == 1, [s.text for s in found]
    return found[0]


def test_notes_1_to_20_with_urls(result: Segmentation) -> None:
    numbered = {c.label: c for c in result.citations if c.label.isdigit()}
    assert sorted(numbered, key=int) == [str(n) for n in range(1, 21)]
    for citation in numbered.values():
        assert citation.url is not None and citation.url.startswith("http"), citation
        assert not citation.url.endswith((".", ",", "'", ")", "<")), citation.url
        assert "<" not in citation.url and " " not in citation.url
    assert (
        numbered["3"].url == "https://www.hudson.org/research/9952-islamism-and-the-pakistani-state"
    )
    assert numbered["9"].url is not None and numbered["9"].url.endswith("Abdul_Hamid.htm")
    assert "\\" not in numbered["3"].text and "$" not in numbered["3"].text
    assert numbered["3"].text.startswith("Hussain Haqqani (2013)")


def test_note_6_on_the_defence_agreement(result: Segmentation) -> None:
    sentence = _one(result, "defence agreement in May 2003")
    assert [c.label for c in sentence.citations] == ["6"]
    assert sentence.citations[0].url is not None and "thediplomat.com" in sentence.citations[0].url


def test_note_2_glued_to_a_year_range(result: Segmentation) -> None:
    sentence = _one(result, "$18.735 million")
    assert sentence.text.endswith("$18.735 million in 2014-2015.")
    assert [c.label for c in sentence.citations] == ["2"]
    assert "\\$" not in sentence.text


def test_markers_after_quotes_and_full_stops(result: Segmentation) -> None:
    assert [c.label for c in _one(result, "Qwadar seaport").citations] == ["17"]
    assert [c.label for c in _one(result, "10 Super Mushshak").citations] == ["12"]
    assert _one(result, "AMAN-2013, the biggest").citations == ()


def test_no_note_text_in_sentences(result: Segmentation) -> None:
    for sentence in result.sentences:
        assert "Available at" not in sentence.text
        assert "Accessed" not in sentence.text
        assert "http" not in sentence.text


def test_offsets_point_into_the_original(result: Segmentation, seed_paper: Path) -> None:
    text = load_path(seed_paper).text
    last = -1
    for sentence in result.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert sentence.start > last
        last = sentence.start
        first_word = sentence.text.split()[0]
        assert first_word in text[sentence.start : sentence.end]


@pytest.mark.parametrize(
    "fragment",
    [
        "Despite obvious differences in ruling methods",
        "Pakistan National Armed Forces has always been",
        "Although, Azerbaijan's defence industry maintains",
        "Successful bilateral cooperation depends on",
        "It is necessary to underline that",
        "The bilateral military cooperation between Baku and Islamabad entered",
        "As mentioned previously, while Pakistan and Azerbaijan",
    ],
)
def test_pull_quotes_appear_once(result: Segmentation, fragment: str) -> None:
    live = [s for s in result.sentences if fragment in s.text and s.repeat_of is None]
    repeats = [s for s in result.sentences if fragment in s.text and s.repeat_of is not None]
    assert len(live) == 1
    assert repeats, "the repeated copy is kept, marked as a repeat"
    for repeat in repeats:
        assert repeat.repeat_of == live[0].index


@pytest.mark.parametrize(
    ("fragment", "whole"),
    [
        ("collapse of the USSR", "right after the collapse of the USSR."),
        ("modern Pakistan", 'In the case of modern Pakistan, "Islamic elements" seem'),
        ("built up an effective", "In addition, Pakistan has built up an effective military"),
        ("Understanding (MoU)", "signed a Memorandum of Understanding (MoU), which"),
        ("aircraft, no formal", "the purchase of the newly-produced aircraft, no formal"),
        (
            "was signed in October 1995",
            "In fact, the first Trade and Economic Cooperation "
            "Agreement between Pakistan and Azerbaijan was signed in October 1995.",
        ),
        ("foundations, namely", "Accordingly, Azerbaijani foundations, namely Heydar"),
        ("cooperation. The most", None),
        ("Nonetheless, more needs", "Nonetheless, more needs to be done"),
    ],
)
def test_layout_breaks_are_rejoined(result: Segmentation, fragment: str, whole: str | None) -> None:
    hits = [s for s in result.sentences if fragment in s.text]
    if whole is None:
        assert hits == []
        return
    assert len(hits) == 1
    assert whole in hits[0].text
    assert not hits[0].text.startswith("None ")


def test_expressed_interest_sentence_is_whole(result: Segmentation) -> None:
    sentence = _one(result, "expressed its interest in purchasing JF-17")
    assert sentence.text.startswith("The bilateral military cooperation between Baku")
    assert sentence.text.endswith("jointly developed by Pakistan and China.")


def test_headings_stand_alone(result: Segmentation) -> None:
    texts = [s.text for s in result.sentences]
    for heading in (
        "Introduction",
        "Conclusion",
        "Towards a Diverse Economic Cooperation",
        "Building up Strong Azerbaijan – Pakistan Military Cooperation",
    ):
        assert heading in texts
