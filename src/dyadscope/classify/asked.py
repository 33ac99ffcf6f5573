"""Acts a request lists after the first one are asked for too, not done.

"urged Russia to halt the attacks and return to talks", "called on Georgia to drop the
law, reaffirm its commitment to reforms and ...": every verb of the list is what the side
asked wants, so none of them is coded as the act of the side asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.patterns import Match
from dyadscope.model import Event

# what ends the acts a request lists: another clause, a quote's end, a speaker
_ASKED_LIST_ENDS = frozenset({
    ".", ";", ":", "\"", "”", "said", "says", "saying", "added", "adding", "but", "while",
    "which", "who", "whom", "after", "before", "because", "as", "when", "although",
    "though", "whereas", "since",
})
# what joins one act asked for to the next: "to halt the attacks, withdraw and ..."
_ASKED_LIST_JOINS = frozenset({"and", "or", ","})


def asked_along(
    analysis: SentenceAnalysis,
    match: Match,
    earlier: Sequence[Match],
    coded_at: dict[int, Event],
) -> bool:
    """Is ``match`` one more act a request asks for, listed after the first one: "urged
    Russia to halt the attacks and return to talks", "called on Georgia to drop the law,
    reaffirm its commitment to reforms and ...", "asked China to release the sailors
    and apologise"? What is asked for is part of the request, not done; a verb in the
    past ("asked China to ... and condemned the seizure") is the asker's own next act."""
    tokens = analysis.tokens
    start = match.start
    if match.anchor != start or start < 2 or match.pattern.kind == "criticism_hostility":
        # ("called on the world to react and condemn Serbia": the asker's own charge)
        return False
    if tokens[start].low.endswith(("ed", "ing")) or tokens[start].low in ("was", "were"):
        return False
    joined = start - 1
    if tokens[joined].low == "to":
        joined -= 1  # "... and to agree to a truce"
    if tokens[joined].low not in _ASKED_LIST_JOINS:
        return False
    # the last request before it, coded or not ("We call on the Georgian authorities
    # to ...", its speaker told later or not at all): what it lists is asked for still
    asks = [m for m in earlier if m.pattern.kind == "request" and not m.pattern.discard]
    if not asks:
        return False
    anchor = asks[-1].anchor
    asked = coded_at.get(anchor)
    if asked is not None and asked.status != "actual":
        return False
    between = [t.low for t in tokens[anchor + 1 : joined]]
    if "to" not in between and "that" not in between:
        return False  # "called for talks and ...": no act listed as asked for
    return len(between) <= 30 and not any(word in _ASKED_LIST_ENDS for word in between)
