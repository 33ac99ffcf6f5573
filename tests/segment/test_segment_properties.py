"""Properties that hold for any text: no crash, offsets inside the text, order,
repeats pointing backwards, notes never inside sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dyadscope.ingest import load_text
from dyadscope.model import Document
from dyadscope.segment import segment

PIECES = st.sampled_from([
    "Baku", "signed", "the", "agreement", ".", ". ", "! ", "? ", "\n", "\n\n", " ", "Mr.",
    "U.S.", "2014-20152", "¹", "²", "^{3}", "[4]", "\"", "“", "”", "(", ")", "-\n", "e.g.",
    "\\$", "1 Source (2017) Available at: http://x.example/a.", "\n¹ Note (2001) http://n.ex/1",
    "None", "Nonetheless,", "collapse", "of", "\x0c", "…", "$", "*",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=60))
def test_segmentation_invariants(pieces: list[str]) -> None:
    text = "".join(pieces)
    if not text.strip():
        return
    doc = load_text(text)
    result = segment(doc)
    previous = -1
    for i, sentence in enumerate(result.sentences):
        assert sentence.index == i
        assert 0 <= sentence.start < sentence.end <= len(doc.text)
        assert sentence.start > previous
        previous = sentence.start
        assert sentence.text == sentence.text.strip() and sentence.text
        assert "\n" not in sentence.text
        if sentence.repeat_of is not None:
            assert 0 <= sentence.repeat_of < i
            assert result.sentences[sentence.repeat_of].repeat_of is None
        for citation in sentence.citations:
            assert citation in result.citations


def test_hostile_runs_finish() -> None:
    for text in ("." * 200_000, " " * 200_000 + "x", '"' * 100_000 + ". A", "a." * 100_000,
                 "\n" * 100_000 + "End.", "word " * 50_000):
        result = segment(Document(id="d", text=text))
        assert all(0 <= s.start < s.end <= len(text) for s in result.sentences)
