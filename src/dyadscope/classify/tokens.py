"""Word tokens with character offsets: the unit the event patterns match on."""

from __future__ import annotations

import re
from dataclasses import dataclass

# a model designation ("S-400", "JF-17", "Su-30MKI", "F-16s") is one word, so that a
# pattern's gap counts it once
_DESIGNATION = r"[A-Z][A-Za-z]{0,3}-\d+[A-Za-z]*\b"
# a lower-case word after a prefix that reverses or negates it ("de-escalation",
# "counter-terrorism", "non-interference", "anti-corruption") is one word: its head alone
# ("escalation", "terrorism") would read as the thing a side is charged with
_NEGATED_COMPOUND = r"(?:[Dd]e|[Nn]on|[Aa]nti|[Cc]ounter)-[a-z]+\b"
_TOKEN = re.compile(
    _DESIGNATION
    + "|"
    + _NEGATED_COMPOUND
    + r"|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]"
)


@dataclass(frozen=True, slots=True)
class Token:
    """One token; ``low`` is the lower-cased surface used for matching."""

    text: str
    low: str
    start: int
    end: int


# quote marks, one set for every stage that reads them: all of them; the double ones,
# whose count tells whether a word stands inside a quotation (single ones are also
# apostrophes); and those that open or close one ("“" also closes in some texts)
QUOTE_MARKS = frozenset(
    {'"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u201e", "\u00ab", "\u00bb"}
)
DOUBLE_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"})
OPENING_QUOTE_MARKS = frozenset({'"', "\u201c", "\u2018", "'", "\u201e", "\u00ab"})
CLOSING_QUOTE_MARKS = frozenset({'"', "\u201d", "\u2019", "\u201c", "\u00bb"})
_SCARE_WIDTH = 2  # words inside quotes that are scare quotes, not a quotation


def tokenize(text: str) -> list[Token]:
    tokens = [
        Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)
    ]
    if "ll" in text:
        tokens = _contracted_will(tokens)
    if "n't" in text or "n\u2019t" in text:
        tokens = _contracted_not(tokens)
    return _without_scare_quotes(tokens)


_WILL = re.compile(r"(?i)['’]ll$")
_NOT = re.compile(r"(?i)n['’]t$")
# the auxiliary a contraction clips ("won't", "can't", "shan't") read as its full word
_CLIPPED_AUX = {"wo": "will", "ca": "can", "sha": "shall"}


def _contracted_will(tokens: list[Token]) -> list[Token]:
    """ "He'll meet", "they’ll sign": the subject and "will" are two words, so the
    pronoun stands for its side and the act is told as planned."""
    return _split_clitic(tokens, _WILL, "'ll", {})


def _contracted_not(tokens: list[Token]) -> list[Token]:
    """ "didn't sign", "hasn’t supported", "won't deliver": the auxiliary and "n't"
    are two words, so the act reads as negated (or, for "won't", as negated and planned)
    just as with "did not", "has not", "will not"."""
    return _split_clitic(tokens, _NOT, "n't", _CLIPPED_AUX)


def _split_clitic(
    tokens: list[Token], clitic: re.Pattern[str], clitic_low: str, full_heads: dict[str, str]
) -> list[Token]:
    """Each token ending in ``clitic`` as two: its head (read as ``full_heads`` gives it,
    where the contraction clipped it) and the clitic, read as ``clitic_low``."""
    out: list[Token] = []
    for token in tokens:
        found = clitic.search(token.text)
        if found is None or found.start() == 0:
            out.append(token)
            continue
        cut = token.start + found.start()
        head = token.low[: found.start()]
        out.append(Token(token.text[: found.start()], full_heads.get(head, head), token.start, cut))
        out.append(Token(found.group(), clitic_low, cut, token.end))
    return out


def _without_scare_quotes(tokens: list[Token]) -> list[Token]:
    """Drop the quote marks around one or two words ('China "summoned" the envoy',
    'has \u201cfrozen\u201d its participation'): the words read as if unquoted."""
    drop: set[int] = set()
    for i, token in enumerate(tokens):
        if token.text not in QUOTE_MARKS or i in drop:
            continue
        for j in range(i + 2, min(len(tokens), i + 2 + _SCARE_WIDTH)):
            if tokens[j].text in QUOTE_MARKS:
                inner = tokens[i + 1 : j]
                if all(t.text[:1].isalpha() for t in inner):
                    drop |= {i, j}
                break
    if not drop:
        return tokens
    return [t for i, t in enumerate(tokens) if i not in drop]


def token_index_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token that ends after ``offset`` (binary search)."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo
