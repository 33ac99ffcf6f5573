"""From blocks to sentences: split, repair layout breaks, mark repeats.

A block that ends without terminal punctuation ("...right after the") waits
for its continuation: the next block, or a later one past footnotes, pull
quotes (short-line blocks or repeats of earlier text) and restated copies of
the fragment. The continuation starts lower-case or with a digit, or follows
a fragment that cannot end a sentence ("Memorandum of" + "Understanding"), or
completes a truncated word ("None" + "Nonetheless"). Sentences are emitted in
order of their start offset; repeats point at the earlier sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from dyadscope.model import Citation, Document, Sentence
from dyadscope.segment.blocks import Part, layout
from dyadscope.segment.markers import Marker, find_markers, mask
from dyadscope.segment.repeats import RepeatIndex, shingles
from dyadscope.segment.split import MAX_SENTENCE, chunk_span, clean, split_spans, tokens


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_CLOSERS = "\"”’')]"
_STOPS = ".!?…"
_FUNCTION_END = _words(
    "of the a an to in on at by for from with and or but nor as than that which who whose "
    "whom between among into onto upon via its their his her our your this these those "
    "is are was were be been being has have had will would shall should can could may "
    "might must not no per about against under over during including such both either "
    "neither each every"
)
_LOOKAHEAD_PARTS = 12
_MAX_SKIPPED = 2
_MAX_CHAIN = 8


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    terminal: bool
    lower_start: bool  # starts with a lower-case letter
    digit_start: bool
    cut: bool = False  # cut short at MAX_SENTENCE: the next unit goes on with its text


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    spans: list[tuple[int, int]] = field(default_factory=list)


def _head(text: str) -> str:
    return text.lstrip("\"“‘'([«")[:1]


def _ends_open(text: str) -> bool:
    """The fragment cannot end a sentence: trailing function word or comma/dash."""
    if text[-1:] in ",;:(–—-/&":
        return True
    last = text.rsplit(" ", 1)[-1].lower()
    return last in _FUNCTION_END


def _truncated_word(fragment: str, following: str) -> bool:
    """"None" + "Nonetheless": the fragment's last word is cut off."""
    last = fragment.rsplit(" ", 1)[-1]
    first = following.split(" ", 1)[0]
    return len(last) >= 2 and last.isalpha() and len(first) > len(last) and first.startswith(last)


class Flow:
    """One document's segmentation run."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        lay = layout(doc.text)
        self.parts = lay.parts
        self.citations = lay.citations
        self.layout = lay
        self.notes = lay.notes
        text_spans = [(p.start, p.end) for p in self.parts if p.kind == "text"]
        self.markers = find_markers(doc.text, text_spans, self.notes)
        self.marker_starts = [m.start for m in self.markers]
        self.masked = mask(doc.text, self.markers)
        self._units: dict[int, list[Unit]] = {}
        self.consumed: set[tuple[int, int]] = set()
        self.index = RepeatIndex()
        self.sentences: list[Sentence] = []
        self.pages = bool(doc.pages)

    # --- units ---------------------------------------------------------------------
    def units(self, pi: int) -> list[Unit]:
        cached = self._units.get(pi)
        if cached is not None:
            return cached
        part = self.parts[pi]
        out: list[Unit] = []
        for span in split_spans(self.masked, part.start, part.end):
            chunks = chunk_span(self.masked, *span)
            for ci, (start, end) in enumerate(chunks):
                text = clean(self.masked[start:end])
                if not text:
                    continue
                head = _head(text)
                terminal = text.rstrip(_CLOSERS)[-1:] in _STOPS or text.endswith("...")
                out.append(Unit(start, end, text, tokens(text), terminal,
                                head.islower(), head.isdigit(), cut=ci < len(chunks) - 1))
        self._units[pi] = out
        return out

    # --- continuation search ----------------------------------------------------------
    def _part_complete(self, pi: int) -> bool:
        units = self.units(pi)
        return bool(units) and units[-1].terminal

    def _restates(self, pi: int, fragment: Unit) -> bool:
        units = self.units(pi)
        if not units or len(fragment.tokens) < 3:
            return False
        first = units[0].tokens
        return first[: len(fragment.tokens)] == fragment.tokens

    def continuation(self, pi: int, fragment: Unit) -> tuple[int, int, bool] | None:
        """(part, unit, truncated) of the text that continues ``fragment``."""
        skipped = 0
        last = min(len(self.parts), pi + 1 + _LOOKAHEAD_PARTS)
        for pj in range(pi + 1, last):
            part = self.parts[pj]
            if part.kind != "text":
                continue
            units = self.units(pj)
            m = 0
            while m < len(units) and self.index.find(units[m].tokens) is not None:
                m += 1
            if m < len(units) and (pj, m) not in self.consumed:
                cand = units[m]
                if cand.lower_start or cand.digit_start:
                    return pj, m, False
                if _truncated_word(fragment.text, cand.text):
                    return pj, m, True
                if m == 0 and skipped == 0 and _ends_open(fragment.text):
                    return pj, m, False
            # running heads and pull quotes repeat earlier text; restated copies of the
            # fragment and short-line blocks are pull quotes of text still to come
            skippable = m == len(units) or (
                self._part_complete(pj) and (part.short_lines or self._restates(pj, fragment))
            )
            if not skippable:
                return None
            skipped += 1
            if skipped > _MAX_SKIPPED:
                return None
        return None

    # --- emission ------------------------------------------------------------------
    def _citations(self, spans: list[tuple[int, int]]) -> tuple[Citation, ...]:
        if not self.markers:
            return ()
        found: list[Citation] = []
        for start, end in spans:
            i = bisect.bisect_left(self.marker_starts, start)
            while i < len(self.markers) and self.markers[i].start < end:
                marker: Marker = self.markers[i]
                for label in marker.labels:
                    citation = self.layout.note_for(label, marker.start)
                    if citation not in found:
                        found.append(citation)
                i += 1
        return tuple(found)

    def emit(self, draft: Draft) -> None:
        index = len(self.sentences)
        grams = shingles(draft.tokens)
        repeat_of = self.index.find(draft.tokens, grams)
        if repeat_of is None:
            self.index.add(draft.tokens, index, grams)
        self.sentences.append(
            Sentence(
                doc_id=self.doc.id,
                index=index,
                start=draft.start,
                end=draft.end,
                text=draft.text,
                citations=self._citations(draft.spans),
                repeat_of=repeat_of,
                page=self.doc.page_at(draft.start) if self.pages else None,
            )
        )

    def _groups(self, pi: int) -> list[list[int]]:
        """Units of a part, false splits before a lower-case word joined back, unless
        the joined sentence would pass MAX_SENTENCE or the split was such a cut."""
        units = self.units(pi)
        groups: list[list[int]] = []
        size = 0  # characters of the last group's text
        for ui, unit in enumerate(units):
            if (pi, ui) in self.consumed:
                continue
            prev = groups[-1] if groups else None
            if (
                prev is not None
                and unit.lower_start
                and prev[-1] == ui - 1
                and not units[ui - 1].cut
                and size + 1 + len(unit.text) <= MAX_SENTENCE
                and not (len(prev) == 1 and self.index.find(units[prev[0]].tokens) is not None)
            ):
                prev.append(ui)
                size += 1 + len(unit.text)
            else:
                groups.append([ui])
                size = len(unit.text)
        return groups

    def _extend(self, draft: Draft, pi: int, tail: Unit) -> Draft:
        """Join a block-final fragment with its continuation, and that with its own
        when it too breaks off at the end of its block ("in\n\nOctober of\n\n1995")."""
        for _ in range(_MAX_CHAIN):
            if tail.terminal:
                break
            found = self.continuation(pi, tail)
            if found is None:
                break
            pj, cj, truncated = found
            cont_units = self.units(pj)
            cont = cont_units[cj]
            head, head_tokens = draft.text, draft.tokens
            if truncated:
                head = head.rsplit(" ", 1)[0] if " " in head else ""
                head_tokens = head_tokens[:-1]
            if len(head) + 1 + len(cont.text) > MAX_SENTENCE:
                break  # the continuation stays a sentence of its own
            self.consumed.add((pj, cj))
            draft = Draft(
                start=draft.start,
                end=cont.end,
                text=f"{head} {cont.text}".strip(),
                tokens=head_tokens + cont.tokens,
                spans=[*draft.spans, (cont.start, cont.end)],
            )
            if cj != len(cont_units) - 1:
                break
            pi, tail = pj, cont
        return draft

    def run(self) -> list[Sentence]:
        for pi, part in enumerate(self.parts):
            if part.kind != "text":
                continue
            units = self.units(pi)
            groups = self._groups(pi)
            for gi, group in enumerate(groups):
                members = [units[ui] for ui in group]
                if len(members) == 1:
                    one = members[0]
                    draft = Draft(one.start, one.end, one.text, one.tokens, [(one.start, one.end)])
                else:
                    draft = Draft(
                        start=members[0].start,
                        end=members[-1].end,
                        text=" ".join(u.text for u in members),
                        tokens=tuple(t for u in members for t in u.tokens),
                        spans=[(u.start, u.end) for u in members],
                    )
                if gi == len(groups) - 1 and group[-1] == len(units) - 1:
                    draft = self._extend(draft, pi, members[-1])
                self.emit(draft)
        return self.sentences


def run(doc: Document) -> tuple[list[Sentence], list[Citation]]:
    flow = Flow(doc)
    return flow.run(), flow.citations


__all__ = ["Flow", "Part", "run"]
