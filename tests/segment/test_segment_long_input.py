"""Input with no sentence ends (one huge line, no full stops, one endless word) is cut
into sentences of at most ``MAX_SENTENCE`` characters that still index the document
and together cover it; real sentences below the cap are never cut. No timings here:
``benchmarks/pathological_input.py`` measures the speed."""

from __future__ import annotations

import random

from dyadscope.ingest import load_text
from dyadscope.model import Document, Sentence
from dyadscope.segment import segment
from dyadscope.segment.split import MAX_SENTENCE, chunk_span, clean

WORDS_TEXT = (
    "the minister said relations between both countries deepened since talks began on "
    "trade and defence cooperation with joint exercises Azerbaijan Pakistan Turkey Baku"
)
WORDS = WORDS_TEXT.split()


def _junk(size: int, seed: int = 3, comma_every: int = 0) -> str:
    """One line of words (and commas now and then), no full stop, about ``size`` long."""
    rng = random.Random(seed)
    words: list[str] = []
    total = 0
    while total < size:
        word = rng.choice(WORDS)
        if comma_every and len(words) % comma_every == comma_every - 1:
            word += ","
        words.append(word)
        total += len(word) + 1
    return " ".join(words)


def _assert_covers(doc: Document, sentences: tuple[Sentence, ...]) -> None:
    """Offsets index the text, in order, without overlap; only whitespace is left out."""
    text = doc.text
    pos = 0
    for sentence in sentences:
        assert pos <= sentence.start < sentence.end <= len(text)
        assert not text[pos:sentence.start].strip(), "text lost between sentences"
        assert sentence.text == clean(text[sentence.start:sentence.end])
        pos = sentence.end
    assert not text[pos:].strip()


def test_a_huge_line_with_no_full_stop_is_cut_under_the_cap() -> None:
    doc = load_text(_junk(400_000, comma_every=9))
    result = segment(doc)
    assert len(result.sentences) >= 400_000 // MAX_SENTENCE
    assert all(len(s.text) <= MAX_SENTENCE for s in result.sentences)
    assert all(s.end - s.start <= MAX_SENTENCE for s in result.sentences)
    _assert_covers(doc, result.sentences)
    # cut at clause ends where there are some: no word is split in two
    assert all(s.text.endswith(",") for s in result.sentences[:-1])


def test_words_with_no_punctuation_are_cut_between_words() -> None:
    doc = load_text(_junk(200_000).lower())
    result = segment(doc)
    assert all(s.end - s.start <= MAX_SENTENCE for s in result.sentences)
    assert all(doc.text[s.end].isspace() for s in result.sentences[:-1])
    assert all(len(s.text) > MAX_SENTENCE // 2 for s in result.sentences[:-1])
    _assert_covers(doc, result.sentences)


def test_an_enormous_token_does_not_stop_segmentation() -> None:
    text = (
        "Azerbaijan and Pakistan signed an agreement in May 2003. "
        + "x" * 300_000
        + " Turkey and Pakistan held talks in Ankara in June 2014. The talks went well."
    )
    doc = load_text(text)
    result = segment(doc)
    texts = [s.text for s in result.sentences]
    assert texts[0] == "Azerbaijan and Pakistan signed an agreement in May 2003."
    assert texts[-2:] == ["Turkey and Pakistan held talks in Ankara in June 2014.",
                          "The talks went well."]
    assert all(len(t) <= MAX_SENTENCE for t in texts)
    _assert_covers(doc, result.sentences)


def test_sentences_below_the_cap_are_not_cut() -> None:
    clause = "the parties agreed to cooperate on trade, energy and transport corridors"
    long = "Azerbaijan and Pakistan said " + ", and ".join([clause] * 20) + "."
    assert 1_000 < len(long) < MAX_SENTENCE
    result = segment(load_text(f"{long} Both sides met again in May 2004."))
    assert [s.text for s in result.sentences] == [long, "Both sides met again in May 2004."]


def test_cut_pieces_are_not_joined_back_past_the_cap() -> None:
    # a block ending on "of" and a lower-case continuation are joined, but not into a
    # sentence longer than the cap
    first = _junk(MAX_SENTENCE - 300).lower() + " of"
    second = "the " + _junk(1_000, seed=4).lower() + "."
    doc = load_text(f"{first}\n\n{second}")
    result = segment(doc)
    assert all(len(s.text) <= MAX_SENTENCE for s in result.sentences)
    _assert_covers(doc, result.sentences)
    joined = segment(load_text("Talks were held in the capital of\n\nthe country in May."))
    assert [s.text for s in joined.sentences] == [
        "Talks were held in the capital of the country in May."
    ]


def test_chunk_span_cuts() -> None:
    assert chunk_span("short text", 0, 10) == [(0, 10)]
    assert chunk_span("a" * 25, 0, 25, limit=10) == [(0, 10), (10, 20), (20, 25)]
    text = "aaaa bbbb, cccc dddd eeee"
    assert chunk_span(text, 0, len(text), limit=12) == [(0, 10), (11, 20), (21, 25)]
    # offsets inside a larger string, whitespace between chunks skipped
    text = "xx" + "word " * 10 + "yy"
    spans = chunk_span(text, 2, len(text) - 3, limit=12)
    assert all(text[a:b] == text[a:b].strip() and b - a <= 12 for a, b in spans)
    assert " ".join(text[a:b] for a, b in spans) == ("word " * 10).strip()


def test_many_notes_with_one_label_each_go_to_their_own_note() -> None:
    # chapters restart their numbering: a marker means the next note with its label
    chapters = [
        f"Chapter {i} says Baku agreed[1].\n\n[1] Source {i} (2001) Available at: "
        f"http://example.org/{i}."
        for i in range(50)
    ]
    result = segment(load_text("\n\n".join(chapters)))
    urls = [[c.url for c in s.citations] for s in result.sentences]
    assert urls == [[f"http://example.org/{i}"] for i in range(50)]
