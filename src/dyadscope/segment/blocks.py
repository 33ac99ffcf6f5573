"""A document's layout: blocks of non-blank lines, split into text and notes.

Blocks are the unit of layout repair: a sentence broken by a blank line, a
page break, a pull quote or a run of footnotes is rejoined across blocks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Literal

from dyadscope.model import Citation
from dyadscope.segment.notes import NOTES_HEADING, make_citation, note_start

PartKind = Literal["text", "note", "skip"]
_PAGE_NUMBER = re.compile(
    r"\s*(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?\s*|\s*(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*",
    re.I,
)
SHORT_LINE = 40


@dataclass(slots=True)
class Part:
    """A run of lines that is either body text, one note, or ignorable (page numbers)."""

    kind: PartKind
    start: int
    end: int
    short_lines: bool = False  # three or more short lines: pull-quote layout


@dataclass(slots=True)
class Layout:
    parts: list[Part]
    citations: list[Citation]
    notes: dict[str, list[tuple[int, Citation]]]  # label -> (offset, note) in order

    def note_for(self, label: str, offset: int) -> Citation:
        """The note a marker at ``offset`` means: the first with that label after it
        (notes follow their markers; chapters may restart numbering), else the last.
        A binary search: a document may hold thousands of notes with one label."""
        candidates = self.notes[label]  # in document order
        i = bisect.bisect_right(candidates, offset, key=itemgetter(0))
        return candidates[min(i, len(candidates) - 1)][1]


_OPEN_END = re.compile(
    r"(?:[,;:(–—/&-]|\b(?:of|the|a|an|to|in|on|at|by|for|from|with|and|or|as|that|is|was))$",
    re.I,
)


def _heading_line(lines: list[str]) -> bool:
    """A short title-like first line over a block of much longer lines ("Background\nThe
    talks began ..."): it is a heading, not the start of the paragraph."""
    if len(lines) < 2:
        return False
    first = lines[0].strip()
    widest = max(len(line.strip()) for line in lines[1:])
    return (
        0 < len(first) <= 80
        and len(first) <= 0.6 * widest
        and first[:1].isupper()
        and lines[1].strip()[:1].isupper()
        and first[-1:] not in ".!?…\"”’)]"
        and not _OPEN_END.search(first)
        and len(first.split()) <= 12
    )


def _text_parts(text: str, start: int, end: int) -> list[Part]:
    lines = text[start:end].split("\n")
    parts: list[Part] = []
    if _heading_line(lines):
        cut = start + len(lines[0])
        parts.append(Part("text", start, cut))
        start, lines = cut + 1, lines[1:]
    short = len(lines) >= 3 and max(len(line.strip()) for line in lines) <= SHORT_LINE
    parts.append(Part("text", start, end, short_lines=short))
    return parts


def blocks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of non-blank lines; one pass, no regex backtracking."""
    start = -1
    prev_end = 0
    pos = 0
    size = len(text)
    while pos <= size:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = size
        blank = text[pos:nl].isspace() or pos == nl
        if blank:
            if start >= 0:
                yield start, prev_end
                start = -1
        else:
            if start < 0:
                start = pos
            prev_end = nl
        pos = nl + 1
    if start >= 0:
        yield start, prev_end


def layout(text: str) -> Layout:
    """Text parts, note parts (parsed into citations) and skipped parts, in order."""
    parts: list[Part] = []
    citations: list[Citation] = []
    notes: dict[str, list[tuple[int, Citation]]] = {}
    in_notes = False

    def add_note(label: str, start: int, text_start: int, end: int) -> None:
        citation = make_citation(label, text[text_start:end])
        citations.append(citation)
        notes.setdefault(label, []).append((start, citation))
        parts.append(Part("note", start, end))

    for bstart, bend in blocks(text):
        body = text[bstart:bend]
        if _PAGE_NUMBER.fullmatch(body):
            parts.append(Part("skip", bstart, bend))
            continue
        if "\n" not in body and NOTES_HEADING.match(body):
            in_notes = True
            parts.append(Part("skip", bstart, bend))
            continue
        pos = bstart
        text_from = bstart
        note: tuple[str, int, int] | None = None  # label, line start, text start
        for line in body.split("\n"):
            found = note_start(line, in_notes_section=in_notes, block_start=pos == bstart)
            if found is not None:
                if note is not None:
                    add_note(note[0], note[1], note[2], pos - 1)
                elif pos > text_from:
                    parts.extend(_text_parts(text, text_from, pos - 1))
                note = (found.label, pos, pos + found.text_start)
            pos += len(line) + 1
        if note is not None:
            add_note(note[0], note[1], note[2], bend)
        elif bend > text_from:
            parts.extend(_text_parts(text, text_from, bend))
    return Layout(parts=parts, citations=citations, notes=notes)
