"""In-text note markers: which characters point to which note.

Superscripts, ``^{3}`` and ``[12]`` count when the note exists. Plain digits
glued to a word, a closing quote, a full stop or a year ("2014-20152." is
"2014-2015" + note 2) count only when the note exists and the number fits the
running sequence of markers, so data such as "AMAN-2013" stays data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dyadscope.segment.notes import SUPERSCRIPTS

MASK = "\x01"
_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
_MARKER = re.compile(
    r"(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
    r"|(?P<caret>\$?\^\{[ \t]*(?P<cl>[\w*†‡-]{1,20})[ \t]*\}\$?)"
    r"|(?P<bracket>\[(?P<bl>\d{1,3}(?:[ \t]*[,–-][ \t]*\d{1,3}){0,5})\])"
    r"|(?<=[a-z]{3})(?P<word>\d{1,3})(?=[\s.,;:!?)\]\"”’]|$)"
    r"|(?<=[”\"’')\]])(?P<quote>\d{1,3})(?=[\s.,;:!?]|$)"
    r"|(?<=[a-z][.!?])(?P<stop>\d{1,3})(?=\s|$)"
    r"|(?<![\d.,$£€])(?:1[89]|20)\d\d(?P<year>\d{1,2})(?=[.,;:)\]\"”’])"
    r"|(?<=[a-z])(?P<star>\*)(?=[\s.,;:)]|$)"
)
_SEQUENCE_WINDOW = 3


@dataclass(frozen=True, slots=True)
class Marker:
    start: int
    end: int
    labels: tuple[str, ...]


def _bracket_labels(spec: str) -> list[str]:
    labels: list[str] = []
    for part in re.split(r"[ \t]*,[ \t]*", spec):
        if re.fullmatch(r"\d{1,3}[ \t]*[–-][ \t]*\d{1,3}", part):
            lo, hi = (int(x) for x in re.split(r"[ \t]*[–-][ \t]*", part))
            if 0 <= hi - lo <= 20:
                labels.extend(str(n) for n in range(lo, hi + 1))
        elif part:
            labels.append(part)
    return labels


def find_markers(
    text: str, spans: Iterable[tuple[int, int]], notes: Mapping[str, object]
) -> list[Marker]:
    """Markers inside the given (text-block) spans, in document order."""
    if not notes:
        return []
    found: list[Marker] = []
    last = 0
    for start, end in spans:
        for match in _MARKER.finditer(text, start, end):
            kind = match.lastgroup
            if kind in ("cl", "bl"):  # inner groups never end a match
                kind = "caret" if match.group("caret") else "bracket"
            if kind == "sup":
                labels = [match.group("sup").translate(_SUP_TO_DIGIT)]
                span = match.span()
            elif kind == "caret":
                labels = [match.group("cl")]
                span = match.span()
            elif kind == "bracket":
                labels = _bracket_labels(match.group("bl"))
                span = match.span()
            else:
                assert kind is not None
                label = match.group(kind)
                span = match.span(kind)
                if label not in notes:
                    continue
                if label.isdigit() and not last < int(label) <= last + _SEQUENCE_WINDOW:
                    continue
                labels = [label]
            labels = [lab for lab in labels if lab in notes]
            if not labels:
                continue
            numbers = [int(lab) for lab in labels if lab.isdigit()]
            if numbers:
                last = max(last, *numbers)
            found.append(Marker(start=span[0], end=span[1], labels=tuple(labels)))
    return found


def mask(text: str, markers: Iterable[Marker]) -> str:
    """``text`` with every marker character replaced by MASK (offsets unchanged)."""
    pieces: list[str] = []
    pos = 0
    for marker in markers:
        pieces.append(text[pos:marker.start])
        pieces.append(MASK * (marker.end - marker.start))
        pos = marker.end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)
