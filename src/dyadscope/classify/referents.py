"""Who a referring word in a sentence stands for: "we" inside a quotation (whoever the
reporting clause after it names), "the former" and "the latter", and a government body
named without its state ("the ministry said"): the last such body named with its state,
else the last sentence's actor."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.tokens import CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS, Token
from dyadscope.model import Actor, ActorMention

# quotation marks: double, single ("‘we delivered tanks,’ Scholz said") and low ("„I am
# leaving,“"); a lone "’" closes a quotation only once one was opened
_SPEAKER_REACH = 12  # tokens after the closing quote that may hold "X said"
# a government body named without its country ("the ministry", "the authorities"):
# news names the country once and then the body alone
_BODIES = frozenset(
    {"ministry", "government", "authorities", "officials", "spokesman", "spokesperson",
     "spokeswoman", "embassy", "statement", "communique", "communiqué", "committee", "council",
     "agency", "service", "presidency", "office", "commission", "administration"}
)
_BODY_WORDS = frozenset({"foreign", "defence", "defense", "interior", "external", "affairs"})


# an international organisation named by its kind alone ("the bloc", "the alliance",
# "the 27-nation bloc", "the organization") or by its head ("the Secretary-General"):
# news names the organisation once and then these
_ORGANISATION_NOUNS = frozenset(
    {"bloc", "alliance", "organization", "organisation", "grouping", "union", "body"}
)
_ORGANISATION = "organisation"  # the key the last organisation named is kept under
# "the Secretary-General" with no organisation named is the UN's
_UN = Actor(code="UN", name="United Nations", sector="IGO", text="")


def body_named(mention: ActorMention) -> str | None:
    """The body a mention names with its country ("the Russian Foreign Ministry":
    "ministry"), which a later bare "the ministry" refers back to; an international
    organisation, which a later "the bloc" or "the Secretary-General" refers back to."""
    if mention.actor is not None and mention.kind == "organisation":
        return _ORGANISATION
    if mention.actor is None or mention.kind != "institution":
        return None
    return next((w for w in mention.text.lower().split() if w in _BODIES), None)


def body_referent(analysis: SentenceAnalysis, first: int, end: int) -> ActorMention | None:
    """Who a subject at tokens ``first:end`` naming a bare body ("The ministry said")
    stands for: the last such body named with its country, earlier in this sentence or
    in the sentences before it, else the last sentence's actor. None if the subject
    names no bare body."""
    organisation = _organisation_referent(analysis, first, end)
    if organisation is not None:
        return organisation
    body = bare_body(analysis.tokens[first:end])
    if body is None:
        return None
    here = [m for f, _, m in analysis.actors_in_order if f < first and body_named(m) == body]
    return here[-1] if here else analysis.bodies.get(body) or analysis.antecedent


def _organisation_referent(
    analysis: SentenceAnalysis, first: int, end: int
) -> ActorMention | None:
    """Who "The Secretary-General said", "the 27-nation bloc agreed" stands for: the
    organisation named last, in this sentence or the ones before; for the
    Secretary-General or the Security Council with none named, the UN."""
    words = analysis.tokens[first:end]
    if len(words) < 2 or words[0].low != "the":
        return None
    head = [t.low for t in words[1:]]
    if head[-3:] == ["secretary", "-", "general"] or head[-2:] == ["secretary", "general"]:
        rest = head[:-3] if head[-2] == "-" else head[:-2]
        noun = "secretary-general"
    elif head[-2:] == ["security", "council"]:
        rest, noun = head[:-2], "security council"
    elif head[-1] in _ORGANISATION_NOUNS:
        rest, noun = head[:-1], head[-1]
    else:
        return None
    # before the noun only lower-case words, figures and hyphens ("the 27-nation",
    # "the Western", "the Deputy"); a possessive ("the party's Secretary-General") is a
    # body of its own
    if not all(w.isalnum() or w == "-" for w in rest) or any("'" in w or "’" in w for w in rest):
        return None
    here = [m for f, _, m in analysis.actors_in_order if f < first and m.kind == "organisation"]
    named = here[-1] if here and here[-1].actor else analysis.bodies.get(_ORGANISATION)
    if named is not None:
        return named
    if noun in ("secretary-general", "security council"):
        start = words[0].start
        return ActorMention(start, words[-1].end, analysis.sentence.text[start:words[-1].end],
                            _UN, kind="organisation")
    return None


# "the Secretary-General", "the 27-nation bloc", "the Western alliance", "the world
# body" in any place in a sentence; not a possessive's ("the party's Secretary-General")
# nor one told with its own organisation after it ("the Secretary-General of the OIC")
_BARE_ORGANISATION = re.compile(
    r"\b[Tt]he (?:Deputy |(?:\d+-\w+|[a-z]+) )?"
    r"(Secretary[- ]General|bloc|alliance|organi[sz]ation|grouping|world body)\b"
    r"(?!\s+(?:of|for)\b)(?![-\w])"
)


def organisation_mentions(
    text: str, mentions: Sequence[ActorMention], last: ActorMention | None
) -> list[ActorMention]:
    """The organisation a sentence names by its head or kind alone: the one named last
    before it in the sentence, else ``last`` (named in an earlier sentence); the
    Secretary-General with none named is the UN's."""
    found = []
    for match in _BARE_ORGANISATION.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue  # already a name ("the North Atlantic Alliance")
        before = [m for m in mentions if m.end <= start and m.kind == "organisation"
                  and m.actor is not None]
        named = before[-1].actor if before else last.actor if last is not None else None
        if named is None and match.group(1).lower().startswith("secretary"):
            named = _UN
        if named is not None:
            found.append(ActorMention(start, end, match.group(0), named, kind="organisation"))
    return found


def bare_body(words: Sequence[Token]) -> str | None:
    """The body a definite subject names with no country ("The foreign ministry said":
    "ministry"; "The Foreign Ministry's spokesman"), else None. Before the body only
    "the", lower-case words and the capitalised words of a ministry's name may come."""
    if not words or words[0].low != "the":
        return None
    for token in words[1:]:
        if token.low in _BODIES:
            return token.low
        if not token.text.isalpha() or not (token.text.islower() or token.low in _BODY_WORDS):
            return None
    return None


def quote_speaker(analysis: SentenceAnalysis, start: int) -> ActorMention | None:
    """Who speaks a quotation the trigger at ``start`` stands in: the actor of the
    reporting clause right after the closing quote ("..., ” the ministry said")."""
    tokens = analysis.tokens
    if not any(t.text in OPENING_QUOTE_MARKS for t in tokens[:start]):
        return None  # not inside a quotation
    close = next(
        (i for i in range(start, len(tokens)) if tokens[i].text in CLOSING_QUOTE_MARKS), None
    )
    if close is None:
        # a quotation going on from the sentence before ("The minister said ... “We are
        # ready to support Azerbaijan."): the speaker of that sentence
        return analysis.antecedent
    reach = tokens[close + 1 : close + 1 + _SPEAKER_REACH]
    say = next((close + 1 + k for k, t in enumerate(reach) if t.low in cues().reporting), None)
    if say is None:
        return None
    for first, last, mention in analysis.actors_in_order:
        if close < first and (last < say or first == say + 1) and mention.actor is not None:
            return mention  # "the French foreign ministry said", "said Pakistan's FO"
    return None


_ATTRIBUTION_BREAKS = frozenset({",", "-", "–", "—", "--"})


def unquoted_speaker(analysis: SentenceAnalysis, start: int) -> ActorMention | None:
    """Who speaks a first-person sentence printed without quote marks and closed by its
    attribution ("We call on Rwanda to withdraw, the French ministry said", "We call on
    the authorities to withdraw the law - said Josep Borrell, head of the EU foreign
    policy service"): the actor of that attribution, before its verb or right after it."""
    tokens = analysis.tokens
    if any(t.text in OPENING_QUOTE_MARKS for t in tokens):
        return None
    reporting = cues().reporting
    n = len(tokens)
    say = next(
        (i for i in range(n - 1, max(start, n - 14), -1) if tokens[i].low in reporting), None
    )
    if say is None:
        return None
    brk = next((j for j in range(say - 1, max(start, say - 10), -1)
                if tokens[j].text in _ATTRIBUTION_BREAKS), None)  # fmt: skip
    if brk is None:
        return None
    for first, last, mention in analysis.actors_in_order:
        if mention.actor is None or mention.kind == "location":
            continue
        if brk < first and (last < say or say < first <= say + _SPEAKER_REACH):
            return mention
    return None


def former_or_latter(
    analysis: SentenceAnalysis, first_token: int, start: int
) -> ActorMention | None:
    """ "a meeting between X and Y during the former's visit": "the former" is the
    first of the last two sides named before, "the latter" the second."""
    tokens = analysis.tokens
    at = next(
        (i for i, t in enumerate(tokens[first_token:start], first_token)
         if t.low.rstrip("s").rstrip("'’") in ("former", "latter")
         and i > 0 and tokens[i - 1].low == "the"),
        None,
    )  # fmt: skip
    if at is None:
        return None
    which = tokens[at].low[:6]
    sides: list[ActorMention] = []  # one entry per side, "his Iranian counterpart X" once
    for f, _, m in analysis.actors_in_order:
        if f >= at or m.kind == "location" or m.actor is None:
            continue
        if sides and sides[-1].actor is not None and sides[-1].actor.code == m.actor.code:
            continue
        sides.append(m)
    if len(sides) < 2:
        return None
    return sides[-2] if which == "former" else sides[-1]
