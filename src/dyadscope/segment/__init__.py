"""Segment: a Document's text into clean sentences with their footnotes.

``segment(doc)`` returns the sentences (``start``/``end`` index the original
``Document.text``; ``text`` is cleaned) and every note found in the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyadscope.model import Citation, Document, Sentence
from dyadscope.segment.flow import run


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Sentences in document order and the document's notes (footnotes, endnotes)."""

    sentences: tuple[Sentence, ...]
    citations: tuple[Citation, ...]


def segment(doc: Document) -> Segmentation:
    """Sentences and notes of ``doc``; linear in the length of the text."""
    sentences, citations = run(doc)
    return Segmentation(sentences=tuple(sentences), citations=tuple(citations))


__all__ = ["Segmentation", "segment"]
