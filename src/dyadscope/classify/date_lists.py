"""An act told once with a list of dates happened at each: "agreements were signed in
1936, 1946, 1966 and 1991", "signed a boundary agreement in April 1994, a supplementary
agreement in September 1997 and ...". The coder copies the event to each date listed.
A signing that lists further documents ("signed a trade agreement, a civil aviation
agreement and a textile agreement") is one signing of each: the coder copies it once per
further document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token, token_index_at
from dyadscope.model import Actor, DateRef, Event

_LIST_GLUE = frozenset({",", "and"})


def listed_after(analysis: SentenceAnalysis, event: Event) -> list[DateRef]:
    """Further dates of the same act in one coordination: years listed bare ("in 1936,
    1946, 1966 and 1991", "in 2000 and 2006"), or any dates that each come with another
    ``thing`` of the kind just told ("signed a boundary agreement in April 1994, a
    supplementary agreement in September 1997 and ..."). Not bare days or months:
    "shelled the city on Sunday and Monday" is one attack over two days."""
    date, thing = event.date, _document_noun(event)
    at = next((i for i, (_, m) in enumerate(analysis.date_at)
               if m.date == date or (m.date.text == date.text and m.date.start)), None)  # fmt: skip
    if at is None:
        return []
    listed: list[DateRef] = []
    previous = analysis.date_at[at][1]
    for index, mention in analysis.date_at[at + 1 :]:
        first = token_index_at(analysis.tokens, previous.end - 1) + 1
        glue = analysis.tokens[first:index]
        if not mention.date.start or mention.date.start == date.start:
            break
        bare = bool(glue) and all(t.low in _LIST_GLUE for t in glue)
        if not (bare and date.precision == mention.date.precision == "year") and not (
            thing is not None and _another(glue, thing)
        ):
            break
        listed.append(replace(mention.date, basis=date.basis))
        previous = mention
    return listed


def _document_noun(event: Event) -> str | None:
    """The document an agreement's trigger ends on ("signed their first boundary
    agreement": "agreement"), which a list of further documents repeats."""
    words = str(event.extra.get("trigger", "")).lower().split()
    return words[-1] if event.kind == "agreement_signed" and words else None


def _another(glue: Sequence[Token], thing: str) -> bool:
    """Is ``glue`` ", (and) a supplementary agreement in": a further ``thing`` of the
    list, bringing its own date?"""
    return (
        len(glue) > 2
        and glue[0].low == ","
        and glue[-1].low in ("in", "on")
        and any(t.low.rstrip("s") == thing.rstrip("s") for t in glue[1:-1])
        and not any(t.low.endswith("ed") for t in glue[1:-1])  # no verb of its own
    )


# what else a signing may list beside its first document ("and a comprehensive program")
_PAPERS = frozenset(
    {"program", "programme", "plan", "facility", "statement", "letter", "document"}
)  # fmt: skip
_ARTICLES = frozenset({"a", "an", "another"})
_ITEM_REACH = 6  # words from an item's article to its document noun
_LIST_REACH = 40  # tokens after the first document that a list may run on
_LIST_ENDS = frozenset({";", ":", ".", "which", "that", "who", "while", "after", "before"})


def documents_listed(analysis: SentenceAnalysis, match: Match) -> list[int]:
    """The further documents a signing names after its first, each brought in by "and",
    a comma or "as well as" and its own "a"/"an" ("signed a Declaration on ... as well
    as a Comprehensive program for ...", "signed a swap agreement worth USD 400 million
    and a separate 30 billion facility"), one signed document each: where each one's
    document noun is. A signing of a set ("signed thirteen documents including a joint
    statement, an agreement on trade, ...") is one act: what the list names are the set's
    members, not further signings."""
    tokens = analysis.tokens
    if _names_a_set(tokens[match.end - 1]):
        return []
    nouns = match.pattern.elements[-1].words | _PAPERS
    found: list[int] = []
    at = match.end
    last = min(len(tokens), match.end + _LIST_REACH)
    while at < last and tokens[at].low not in _LIST_ENDS:
        glued = tokens[at - 1].low in (",", "and") or (
            at >= 3 and [t.low for t in tokens[at - 3 : at]] == ["as", "well", "as"]
        )
        if glued and tokens[at].low in _ARTICLES:
            noun = next(
                (i for i in range(at + 1, min(last, at + _ITEM_REACH + 2))
                 if tokens[i].low in nouns),
                None,
            )  # fmt: skip
            if noun is not None and not any(
                t.low in _LIST_ENDS or t.low == "," for t in tokens[at + 1 : noun]
            ):
                found.append(noun)
                at = noun
        at += 1
    return found


def _names_a_set(head: Token) -> bool:
    """Does a signing end on a plural document ("documents", "agreements", "memoranda",
    "MoUs"): a set of papers signed at once?"""
    low = head.low
    return low == "memoranda" or (
        low.endswith("s") and not low.endswith(("ss", "us", "is"))
    )


def partner_after(analysis: SentenceAnalysis, noun: int) -> Actor | None:
    """The side a listed document is signed with, when the item names it ("and a trade
    deal with Bolivia")."""
    tokens = analysis.tokens
    for first, _, mention in analysis.actor_at:
        if noun < first <= noun + 3 and tokens[first - 1].low == "with":
            return mention.actor
    return None


# the papers whose topic a phrase after them may be ("an agreement on mutual recognition
# of diplomas", "memoranda in the fields of training and civil defence")
_TOPIC_PAPERS = frozenset(
    {"agreement", "agreements", "memorandum", "memoranda", "mou", "mous", "treaty",
     "treaties", "accord", "accords", "protocol", "protocols", "convention", "conventions",
     "pact", "pacts", "document", "documents", "understanding"}
)  # fmt: skip
_TOPIC_LINKS = frozenset({"on", "in", "about", "regarding", "concerning"})
_TOPIC_REACH = 12  # tokens from the topic's preposition to the act word
# what ends a document's topic: a clause of its own
_TOPIC_ENDS = frozenset(
    {".", ";", ":", "which", "that", "who", "while", "after", "before", "when", "as", "but",
     "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "to",
     "during", "at", "following", "amid"}
)  # fmt: skip


def in_document_topic(tokens: Sequence[Token], start: int) -> bool:
    """Is the word at ``start`` part of what a document is about ("signed an agreement on
    mutual recognition of diplomas", "agreements on legal assistance, extradition and
    ..."; "cooperation in the field of civil defence")? A paper's topic names no act of
    its own: the signing is the act."""
    for at in range(start - 1, max(-1, start - 1 - _TOPIC_REACH), -1):
        low = tokens[at].low
        if low in _TOPIC_ENDS or (low.endswith("ed") and len(low) > 4):
            return False
        if low in _TOPIC_LINKS and at > 0 and tokens[at - 1].low in _TOPIC_PAPERS:
            return True
    return False
