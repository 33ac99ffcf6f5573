"""Sentence boundaries inside one block of text, and the cleaning of a span.

Splitting is deliberately permissive before lower-case words (the flow stage
joins false splits back); it holds back after titles, initials, dotted
acronyms, "e.g."-style abbreviations, "No. 5", and inside short quotations.
"""

from __future__ import annotations

import re
import string

from dyadscope.quotes import open_quote
from dyadscope.segment.markers import MASK


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# one terminal character (the last of a run) and a few closers: no backtracking on
# hostile runs of dots or quotes
# a reference marker after the stop ("... recognised it.[3] On December 25, ...") ends the
# sentence with it, whether or not the page kept its notes
_REFERENCE = r"\[\d{1,3}(?:[ \t]*[,–-][ \t]*\d{1,3}){0,5}\]"
# a full stop with no space after it, between a lower-case word and a capitalised one
# ("earlier in the day.The Joint Chiefs said"), as pages pasted together lose it; not a
# site's name ("News.Az", "Caliber.Az") nor a web address (".Com")
_GLUED = (
    r"(?<=[a-z][a-z])\.(?=(?:[A-Z][a-z]{2,}|In|On|At|As|By|He|We|It|If|An|So)\b)"
    r"(?!(?:Com|Net|Org|Info|Gov|Edu)\b)"
)
_BOUNDARY = re.compile(
    r"[.!?…][\x01\"”’')\]]{0,8}(?:" + _REFERENCE + r"){0,3}(?=\s)|" + _GLUED
)
_TRAILING_REFERENCE = re.compile(r"(?:" + _REFERENCE + r")+$")
_TITLES = _words(
    "mr mrs ms messrs dr prof gen brig col lt maj capt cpt sgt adm cmdr cdr gov sen rep "
    "st rev hon amb pres sec supt insp"
)
_ALWAYS = _words("e.g i.e cf vs viz approx ca al eg ie resp")
_BEFORE_NUMBER = _words(
    "no nos vol vols pp p art arts ch sec para fig figs nr op jan feb mar apr jun jul aug "
    "sep sept oct nov dec"
)
_STARTERS = _words(
    "the this that these those it its in on at as a an but however he she they we i "
    "there then thus yet after before since when while meanwhile moreover"
)
_INITIAL_OR_ACRONYM = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]$")
_MAX_QUOTED = 600  # longer "sentences" are split inside quotes too
# Longest sentence, in characters of the document. Text with no sentence ends (a
# table, a list, a file on one line with no full stops) is cut into chunks of at
# most this size, so that every later stage, several of which compare each word
# of a sentence with every other, costs the same per MB on any input. Real
# sentences stay far below it: the longest in our gold texts has about 500.
MAX_SENTENCE = 2_000
_CLAUSE_END = re.compile(r"[;:,)\]](?=\s)")
_SPACE = re.compile(r"\s+")
_OPENERS = "\"“‘'([«"
_SPACE_BEFORE_MASK = re.compile(r"[ \t]+(?=\x01+(?:[.,;:!?]|$))")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])")
_ESCAPE = re.compile(r"\\([$%&#_*{}])")
_WORD = re.compile(r"\w+")
_PUNCTUATION = str.maketrans(dict.fromkeys(string.punctuation + "“”‘’«»–—…\x01", " "))


def _is_boundary(text: str, stop_start: int, stop: str, nxt: int, block_end: int) -> bool:
    """Whether the terminal punctuation ``stop`` at ``stop_start`` ends a sentence."""
    after = text[nxt]
    next_lower = after.islower()
    if "!" in stop or "?" in stop:
        return not next_lower
    if stop in ("…", "...") or stop.startswith(".."):
        return after.isupper() or after in _OPENERS
    # a single full stop: look at the word before it
    low = max(0, stop_start - 40)  # bounded look-back keeps long spaceless runs linear
    ws = max(text.rfind(" ", low, stop_start), text.rfind("\n", low, stop_start), low - 1)
    word = text[ws + 1:stop_start].lstrip(_OPENERS).replace(MASK, "")
    lower = word.lower()
    if lower in _TITLES or lower in _ALWAYS:
        return False
    if lower == "etc":
        return not next_lower
    if lower in _BEFORE_NUMBER and after.isdigit():
        return False
    if (len(word) == 1 or "." in word) and _INITIAL_OR_ACRONYM.fullmatch(word):
        if len(word) == 1:
            return not word.isupper() or not after.isupper()
        # U.S. / U.N.: a sentence ends only if a typical sentence opener follows
        m = _WORD.match(text, nxt)
        return bool(m and m.group(0).lower() in _STARTERS and after.isupper())
    return True


def _in_quote(text: str, start: int, pos: int, block_end: int) -> bool:
    """Inside a short quotation that closes later in the same block."""
    close = open_quote(text[start:pos])
    return close is not None and close in text[pos:min(block_end, pos + 400)]


def split_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (start, end) inside ``text[start:end]``; ``text`` is masked."""
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end and text[pos].isspace():
        pos += 1
    has_quotes = '"' in text[start:end] or "“" in text[start:end]
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end()
        nxt = cut
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        stop_end = cut
        reference = _TRAILING_REFERENCE.search(text, max(start, cut - 60), cut)
        if reference is not None:
            stop_end = reference.start()
        while text[stop_end - 1] in "\x01\"”’')]":
            stop_end -= 1
        stop_start = stop_end
        while stop_start > start and text[stop_start - 1] in ".!?…":
            stop_start -= 1
        if not _is_boundary(text, stop_start, text[stop_start:stop_end], nxt, end):
            continue
        if has_quotes and cut - pos < _MAX_QUOTED and _in_quote(text, pos, cut, end):
            continue
        spans.append((pos, cut))
        pos = nxt
    tail_end = end
    while tail_end > pos and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > pos:
        spans.append((pos, tail_end))
    return spans


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]`` (one forward pass)."""
    found = None
    for match in pattern.finditer(text, start, end):
        found = match
    return found


def chunk_span(
    text: str, start: int, end: int, limit: int = MAX_SENTENCE
) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into spans of at most ``limit`` characters.

    Each cut falls at the last clause end (``,;:`` or a closing bracket before a
    space) in the second half of the window, else at its last whitespace, else (one
    enormous token) at the limit itself. Spans index ``text`` and, with the
    whitespace between them, cover all of it; one pass, so linear in its length.
    """
    spans: list[tuple[int, int]] = []
    while end - start > limit:
        hi = start + limit
        lo = start + limit // 2
        clause = _last(_CLAUSE_END, text, lo, hi)
        if clause is not None:
            cut = nxt = clause.end()
        else:
            space = _last(_SPACE, text, lo, hi + 1)  # a space just past the limit will do
            if space is not None:
                cut, nxt = space.start(), space.end()
            else:
                cut = nxt = hi
        while cut > start and text[cut - 1].isspace():
            cut -= 1
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if cut > start:
            spans.append((start, cut))
        start = nxt
    if end > start:
        spans.append((start, end))
    return spans


def clean(raw: str) -> str:
    """Sentence text for analysis: markers out, hyphenation and layout breaks joined."""
    if MASK in raw:  # "joined [3]." -> "joined."
        raw = _SPACE_BEFORE_MASK.sub("", raw).replace(MASK, "")
    if "\n" in raw:
        raw = _HYPHEN_BREAK.sub("", raw)
    if "\\" in raw:
        raw = _ESCAPE.sub(r"\1", raw)
    return " ".join(raw.split())


def tokens(cleaned: str) -> tuple[str, ...]:
    """Lower-case word tokens, the unit of repeat detection (punctuation dropped)."""
    return tuple(cleaned.lower().translate(_PUNCTUATION).split())
