"""Footnote and endnote blocks: where they are, their labels, text and URL.

A note starts a line with a label: a Unicode superscript (``¹²``), a caret
(``^{3}``, also inside LaTeX ``$^{3}...$``), a bracket (``[12]``), or a plain
number followed by reference-like text (a year in brackets, "Available at", a
URL). In a Notes/References/Endnotes section a plain number is enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyadscope.model import Citation

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

_STRONG_LABEL = re.compile(
    r"[ \t]*(?:"
    r"(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
    r"|\$?\^(?:\{[ \t]*(?P<caret>[\w*†‡-]{1,20})[ \t]*\\?\}|(?P<caret2>\d{1,3}))"
    r"|\[(?P<bracket>\d{1,3})\]"
    r")[ \t]*(?=\S)"
)
_PLAIN_LABEL = re.compile(r"[ \t]*(?P<plain>\d{1,3})(?:[.)]|[ \t])[ \t]*(?=[A-Z\"'‘“(])")
_REFERENCE_LIKE = re.compile(
    r"\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)|https?://|www\.|\b(?:Ibid|ibid|Available at|"
    r"Available from|Accessed|Retrieved|op\.\s*cit|doi:|pp?\.\s*\d)"
)
NOTES_HEADING = re.compile(
    r"[ \t]*(?:notes|endnotes|footnotes|references|bibliography|works cited|sources)"
    r"[ \t]*:?[ \t]*$",
    re.I,
)
_URL = re.compile(r"https?://[^\s<>\"'{}|\\^`\[\]]+")
_LATEX_WRAP = re.compile(r"\\[A-Za-z]+\{([^{}]*)\}")
_LATEX_SPACE = re.compile(r"\\(?:[,;:! ]|q?quad\b)|\\?\bq?quad\b")
_LATEX_ESCAPE = re.compile(r"\\([$%&#_{}*])")
_LATEX_CMD = re.compile(r"\\[A-Za-z]+")
_TAGS = re.compile(r"</?[A-Za-z][^<>]*>")
_OPEN_LINK = re.compile(r"<a\s+href=[\"']?")
_URL_TRAIL = ".,;:!?'\"’”>*"


@dataclass(frozen=True, slots=True)
class NoteStart:
    """A note label at the start of a line: its label and where the note text begins."""

    label: str
    text_start: int


def note_start(line: str, *, in_notes_section: bool, block_start: bool) -> NoteStart | None:
    """The note label opening ``line``, if the line starts a note."""
    if not line:
        return None
    first = line.lstrip()[:1]
    if not first or not (first in SUPERSCRIPTS or first in "^$[" or first.isdigit()):
        return None
    strong = _STRONG_LABEL.match(line)
    if strong:
        label = (
            strong.group("sup") or strong.group("caret") or strong.group("caret2")
            or strong.group("bracket") or ""
        )
        label = label.translate(_SUP_TO_DIGIT)
        rest = line[strong.end():]
        if block_start or in_notes_section or _REFERENCE_LIKE.search(rest):
            return NoteStart(label=label, text_start=strong.end())
        return None
    plain = _PLAIN_LABEL.match(line)
    if plain and (in_notes_section or _REFERENCE_LIKE.search(line, plain.end())):
        return NoteStart(label=plain.group("plain"), text_start=plain.end())
    return None


def clean_url(raw: str) -> str:
    """A URL without trailing punctuation, quotes or unbalanced closing brackets."""
    url = raw
    while url:
        last = url[-1]
        if last in _URL_TRAIL or (last == ")" and url.count("(") < url.count(")")):
            url = url[:-1]
        else:
            break
    return url


def first_url(text: str) -> str | None:
    """The first http(s) URL in a note, cleaned; markup around it is ignored."""
    match = _URL.search(text)
    if not match:
        return None
    url = clean_url(match.group(0))
    return url if len(url) > len("https://") else None


def clean_note_text(raw: str) -> str:
    """Note text on one line, LaTeX and HTML debris removed."""
    text = raw.strip()
    if text.endswith("$") and text.count("$") % 2 == 1:
        text = text[:-1]
    if "\\" in text or "quad" in text:
        text = _LATEX_WRAP.sub(r"\1", text)
        text = _LATEX_SPACE.sub(" ", text)
        text = _LATEX_ESCAPE.sub(r"\1", text)
        text = _LATEX_CMD.sub(" ", text)
    if "<" in text:
        text = _OPEN_LINK.sub(" ", _TAGS.sub(" ", text))
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    return " ".join(text.split())


def make_citation(label: str, raw: str) -> Citation:
    text = clean_note_text(raw)
    return Citation(label=label, text=text, url=first_url(raw) or first_url(text))
