"""Pronouns and whom they stand for, as the side of an act.

"It" and "they" after a sentence's own subject stand for that subject, "he" and "she"
for the person named first, "his visit" for its owner, ", which" for the actor before
it, and "them" for the last object. Kept apart from ``roles`` because each rule reads
the sentence around the pronoun, not the act's own clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.classify import syntax
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.groups import coordinated_after
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import DOUBLE_QUOTE_MARKS, Token
from dyadscope.model import ActorMention

# third-person subject pronouns, which stand for a side named before them
PERSONAL = frozenset({"he", "she", "they", "it"})
# a speaker's own words: a quotation whose speaker is the side
FIRST_PERSON = frozenset({"we", "i", "my", "our"})


_SUBJECT_STATES = frozenset({"it", "they"})




_OBLIGATION = frozenset({"should", "must", "ought"})


# words that put a noun phrase or a new clause between a pronoun and the trigger, so the
# pronoun is not the trigger's subject ("it will retaliate for an air strike")
_BREAKS = frozenset(
    {"for", "of", "in", "on", "at", "with", "by", "from", "to", "that", "which", "who",
     "against", "over", "about", "into", "after", "before", "when", "as"}
)


def subject_in_sentence(
    analysis: SentenceAnalysis, first_token: int, start: int
) -> list[ActorMention]:
    """Whom "it" or "they", the subject of the trigger at ``start``, stands for when the
    sentence has named a state or an organisation before it: the first such side of the
    sentence's main clause that agrees with it in number ("Moldovan authorities expelled
    three Russian diplomats after they accused ...": the authorities, not the diplomats
    named nearer; "X fired at a destroyer after it entered": not "forces"). A news outlet
    reports and is no referent; "it" is no person. Empty when the pronoun opens the
    sentence (it reaches back to the sentence before) or a quotation is open at it."""
    tokens = analysis.tokens
    at = next(
        (i for i in range(first_token, start) if tokens[i].low in _SUBJECT_STATES),
        None,
    )
    if at is None or at == 0 or any(
        t.low in _BREAKS or t.low in cues().determiners for t in tokens[at + 1 : start]
    ):
        return []
    if sum(1 for t in tokens[:at] if t.text in DOUBLE_QUOTE_MARKS) % 2:
        return []  # inside a quotation: its speaker's words
    plural = tokens[at].low == "they"
    speaker = speaker_right_before(analysis, at, plural)
    if speaker:
        return speaker
    if at >= 2 and tokens[at - 1].low == "that" and tokens[at + 1 : at + 2] and (
        tokens[at + 1].low in _OBLIGATION
    ):
        # "The US warned Serbia that it should not buy ...": what one is told one must
        # do is the addressee's, named right before "that"
        told = [m for _, last, m in analysis.actors_in_order
                if last == at - 2 and m.actor is not None and m.kind != "location"]  # fmt: skip
        if told:
            return told
    opening = syntax.main_clause_start(tokens, phrases=True)
    begin = opening if opening < at else 0
    for f, last, m in analysis.actors_in_order:
        if f < begin or m.kind == "location" or m.actor is None or m.actor.is_media:
            continue
        if last >= at or any(
            t.low in cues().reporting or (t.text.islower() and t.low.endswith("ed"))
            for t in tokens[begin:f]
        ):
            break  # past the subject: an object of the verb ("summoned X's envoy") is no referent
        if m.kind == "person" and not plural:
            continue
        group = _agreeing_group(analysis, m, last, plural)
        if group:
            return group
    return []


_SPEAKING = frozenset({"said", "says", "announced", "announces", "warned", "warns", "stated",
                       "declared", "declares", "insisted", "insists", "claimed", "claims",
                       "vowed", "vows", "threatened", "threatens", "signalled", "signaled"})


def speaker_right_before(
    analysis: SentenceAnalysis, at: int, plural: bool
) -> list[ActorMention]:
    """ "Australia expelled Fiji's envoy a day after Fiji said it would expel ...",
    "Moscow protested when Warsaw announced that it would close ...": "it" or "they" right
    after a side's verb of saying (and its "that") stands for that speaker, named just
    before the verb, not for the sentence's first subject."""
    tokens = analysis.tokens
    verb = at - 2 if at >= 2 and tokens[at - 1].low == "that" else at - 1
    if verb < 1 or tokens[verb].low not in _SPEAKING:
        return []
    for _, last, m in analysis.actors_in_order:
        if last != verb - 1 or m.actor is None or m.kind == "location" or m.actor.is_media:
            continue
        if m.kind == "person" and not plural:
            return []  # "he said it would": "it" is no person; left to the rules below
        return _agreeing_group(analysis, m, last, plural)
    return []


def _agreeing_group(
    analysis: SentenceAnalysis, mention: ActorMention, last: int, plural: bool
) -> list[ActorMention]:
    """The mention with the sides listed after it, when the list agrees in number with
    "it" or "they" (``plural``); else empty."""
    group = [mention, *(c for c in coordinated_after(analysis, mention) if c.kind != "location")]
    return group if (len(group) > 1 or _plural_head(analysis, mention, last)) == plural else []


def _plural_head(analysis: SentenceAnalysis, mention: ActorMention, last: int) -> bool:
    """Does a mention name a plural body ("Russian forces", "Moldovan authorities",
    "the diplomats")? A state's or a person's name is singular, whatever its spelling."""
    if mention.kind in ("state", "capital", "person", "organisation"):
        return False
    words = mention.text.split()
    head = words[-1].lower() if words else ""
    if mention.kind == "demonym" and len(words) == 1 and last + 1 < len(analysis.tokens):
        after = analysis.tokens[last + 1]
        if after.text.isalpha() and after.text.islower():
            head = after.low
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def paired_person(
    analysis: SentenceAnalysis, group: Sequence[ActorMention]
) -> ActorMention | None:
    """ "Kishida said he and President Marcos had agreed ...", "Just now he and President
    Tokayev held talks": the person "he" or "she" stands for, joined by "and" to the
    group that opens the subject, acts with it."""
    span = analysis.span_of(group[0]) if group else None
    tokens = analysis.tokens
    if span is None or span[0] < 2 or tokens[span[0] - 1].low != "and":
        return None
    if tokens[span[0] - 2].low not in ("he", "she"):
        return None
    person = person_before(analysis, span[0] - 2)
    if person is None and analysis.antecedent is not None and analysis.antecedent.kind == "person":
        person = analysis.antecedent
    if person is None or any(person is m for m in group):
        return None
    return person


def person_before(analysis: SentenceAnalysis, index: int) -> ActorMention | None:
    """The first person the sentence names before token ``index``: whom "he" or "she"
    stands for there."""
    return next(
        (m for f, _, m in analysis.actors_in_order if f < index and m.kind == "person"), None
    )


def right_before(analysis: SentenceAnalysis, start: int) -> int | None:
    """Where "it" or "they" stands right before the trigger as its subject ("what it
    called", "which they described as"), with no name between them."""
    tokens = analysis.tokens
    for i in range(start - 1, max(-1, start - 3), -1):
        if tokens[i].low in PERSONAL:
            return i
        if not tokens[i].text.isalpha() or not tokens[i].text.islower():
            return None
    return None


def owned_noun(tokens: Sequence[Token], match: Match) -> bool:
    """Is the trigger a noun owned by a pronoun ("his state visit", "their talks")?"""
    i = match.anchor - 1
    while i >= 0 and i >= match.anchor - 3 and tokens[i].low not in syntax.POSSESSIVE_PRONOUNS:
        if not tokens[i].text.isalpha() or not tokens[i].text.islower():
            return False
        i -= 1
    return i >= 0 and tokens[i].low in syntax.POSSESSIVE_PRONOUNS and i >= match.anchor - 3


def owned_by_person(tokens: Sequence[Token], match: Match) -> bool:
    """Is the trigger a noun owned by "his" or "her" ("his official visit", "her
    talks")?"""
    return owned_noun(tokens, match) and any(
        t.low in ("his", "her") for t in tokens[max(0, match.anchor - 3) : match.anchor]
    )


_RELATIVES = frozenset({"which", "who"})


_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it"})


def own_possession(tokens: Sequence[Token], match: Match) -> bool:
    """Is the trigger a noun of an act on the actor's own thing ("the closure of its
    airspace", "the recall of their envoys")? (Not for force: in "the violation of its
    airspace" the owner is the victim.)"""
    return syntax.is_noun_head(tokens, match.anchor) and any(
        tokens[i].low == "of" and tokens[i + 1].low in ("its", "their")
        for i in range(match.anchor, min(match.end, len(tokens) - 1))
    )


def object_after(tokens: Sequence[Token], match: Match) -> bool:
    """Is the trigger's object a pronoun ("accusing them of"), to take up the last target?"""
    return match.anchor + 1 < len(tokens) and tokens[match.anchor + 1].low in _OBJECT_PRONOUNS


def relative_antecedent(analysis: SentenceAnalysis, first_token: int) -> ActorMention | None:
    """For a clause opened by ", which" or ", who" whose next word is no noun phrase
    (a subject relative: "Armenia, which insisted ..."), the actor it describes."""
    tokens = analysis.tokens
    if first_token < 3 or tokens[first_token - 1].low not in _RELATIVES:
        return None
    if tokens[first_token - 2].low != ",":
        return None
    if first_token < len(tokens) and (
        analysis.inside_actor(first_token) or tokens[first_token].low in cues().determiners
    ):
        return None  # "X, which Pakistan supplied": an object relative
    return next((m for _, last, m in analysis.actor_at if last == first_token - 3), None)
