"""The conventions of verb-dictionary (PETRARCH/TABARI) patterns, as their authors wrote
them for a coder that reads a parse: only verbs code, a verb's object is in its own
phrase, one event per member of "X and Y", both sides required, a refusal is coded as
such. ``EventCoder`` asks these questions of a match whose pattern is ``dyadic``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadscope.classify import syntax
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.patterns import Match, Pattern
from dyadscope.classify.roles import Roles
from dyadscope.codes.cameo import MODE_ROOTS, in_mode, mode_of, rejection_of
from dyadscope.codes.cameo import cameo as cameo_lookup
from dyadscope.model import Event, stable_id

# words before a coded word that make it a verb ("they attacked", "to attack")
VERB_CUES = frozenset(
    {"he", "she", "it", "they", "we", "i", "who", "which", "to", "will", "would", "could",
     "should", "may", "might", "can", "must", "has", "have", "had", "is", "are", "was",
     "were", "be", "been", "did", "does", "do", "not", "also", "and"}
)  # fmt: skip


def is_verb_use(analysis: SentenceAnalysis, anchor: int) -> bool:
    """Is the matched word used as a verb? Not a noun ("a surprise visit"), part of a
    compound ("Qaeda-linked") or a name ("Islamic State"), an ``-ing`` form after a
    preposition or a comma ("jailed for helping", ", killing eight"), a participle
    describing a noun ("warrants for two men sought in ..."), or the reporting verb of
    a trailing attribution (", officials said")."""
    tokens = analysis.tokens
    return not (
        (syntax.is_noun_head(tokens, anchor) and not _after_name(analysis, anchor))
        or syntax.is_reduced_relative(analysis, anchor)
        or syntax.in_compound(tokens, anchor)
        or syntax.is_gerund_object(tokens, anchor)
        or syntax.in_name(tokens, anchor)
        or syntax.in_attribution(tokens, anchor)
    )


def is_main_verb(analysis: SentenceAnalysis, anchor: int) -> bool:
    """``is_verb_use``, and no auxiliary ("has" in "has again appealed")."""
    return analysis.tokens[anchor].low not in VERB_CUES and is_verb_use(analysis, anchor)


def _after_name(analysis: SentenceAnalysis, anchor: int) -> bool:
    """Does a name end right before the word ("the Secretary of State wants")? Its
    last word is no noun marker, even where the same word is one ("a state visit")."""
    before = analysis.tokens[anchor - 1] if anchor else None
    return (
        before is not None
        and not before.low.endswith(("'s", "’s"))
        and analysis.inside_actor(anchor - 1)
    )


def first_per_anchor(found: Sequence[Match], analysis: SentenceAnalysis) -> list[Match]:
    """One match per anchor token, first pattern wins, a user's pattern before the
    package's; a match anchored inside an earlier one ("interest in purchasing ...")
    adds nothing. Sorted by anchor."""
    chosen: list[Match] = []
    taken: set[int] = set()
    for match in sorted(found, key=lambda m: m.pattern.package):  # stable
        if match.anchor in taken or analysis.inside_actor(match.anchor):
            continue
        if any(m.start <= match.anchor < m.end for m in chosen):
            continue
        taken.add(match.anchor)
        chosen.append(match)
    chosen.sort(key=lambda m: m.anchor)
    return chosen


def select(found: Sequence[Match], analysis: SentenceAnalysis) -> list[Match]:
    """``first_per_anchor``, but a verb dictionary's pattern stays in its verb's phrase:
    "said he would not provide support" is no SAY ... SUPPORT; "provide support" codes it."""
    chosen = first_per_anchor(found, analysis)
    for _ in range(4):  # a rejected match's variants (plurals) may be next in line
        overlong = [m for m in chosen if _spans_another_verb(m, found, analysis)]
        if not overlong:
            break
        found = [m for m in found if m not in overlong]
        chosen = first_per_anchor(found, analysis)
    return chosen


def _spans_another_verb(match: Match, found: Sequence[Match], analysis: SentenceAnalysis) -> bool:
    """Does a verb-dictionary match skip, in a gap, another dictionary verb that is
    used as a verb ("would not provide", "to provide"), or, for an appeal, intent or
    demand, take an infinitive for its noun ("WANT * HELP" is "wants help"; "wants to
    help Y" is the intent to help, from "want" and "help")?"""
    if not match.pattern.dyadic:
        return False
    tokens = analysis.tokens
    words = frozenset().union(*(e.words for e in match.pattern.elements))
    if match.pattern.cameo[:2] in MODE_ROOTS and "to" not in words and any(
        tokens[i - 1].low == "to" and tokens[i].low in words
        for i in range(match.anchor + 2, match.end)
    ):
        return True
    return any(
        other.pattern.dyadic
        and match.anchor < other.anchor < match.end
        and tokens[other.anchor].low not in words
        and (tokens[other.anchor - 1].low in VERB_CUES or _finite(analysis, other.anchor))
        for other in found
    )


def _finite(analysis: SentenceAnalysis, index: int) -> bool:
    """A past tense after a noun, the verb of a clause of its own ("said the step
    enjoyed support": no SAY ... SUPPORT)."""
    tokens = analysis.tokens
    before = tokens[index - 1]
    return (
        tokens[index].low.endswith("ed")
        and before.text.isalpha()
        and before.low not in cues().determiners
        and is_verb_use(analysis, index)
    )


def phrase_end(
    analysis: SentenceAnalysis, match: Match, end: int, following: Sequence[int] = ()
) -> int:
    """Where the verb's own phrase ends, the place its target is taken from: in "X said
    Y attacked Z" Z is not the target of "said". It ends at a complement clause ("says
    it has evidence ..."), at a participle clause (", widening its strikes"), or at a
    later coded word (``following``: anchors) used as a verb (after a subject, an
    auxiliary, "to", or a past tense after a noun), not at a noun ("fired shells")."""
    tokens = analysis.tokens
    for i in range(match.end, end):
        if tokens[i].low in syntax.SUBJECT_PRONOUNS and not analysis.inside_actor(i):
            end = i
            break
        if tokens[i].low == "," and i + 1 < end and tokens[i + 1].low.endswith("ing"):
            end = i  # ", widening its strikes against ...": a participle clause of its own
            break
    for anchor in following:
        if not match.end <= anchor < end:
            continue
        before = anchor - 1
        if (
            tokens[before].low in VERB_CUES
            or analysis.inside_actor(before)
            or _finite(analysis, anchor)
        ):
            return anchor
    return end


def refusal(cameo: str) -> tuple[str, str, str] | None:
    """(kind, PLOVER, code) of refusing the act ``cameo`` stands for ("would not give
    permission": 080 -> 124), or None where CAMEO has no such code."""
    code = rejection_of(cameo)
    if code is None:
        return None
    info = cameo_lookup(code)
    return (info.kind, info.plover or "", code) if info else ("other", "", code)


def governed(governing: Pattern, act: str | None) -> str | None:
    """The code of a generic appeal, intent or demand made specific by the act it
    governs: "asked Y to provide aid" (020 + 070) is an appeal for aid (023), "wants to
    help Y" (030 + 070) an intent to provide aid (033). None where ``governing`` is no
    generic mode or CAMEO has no such code (so "want to investigate" stays 090)."""
    mode = mode_of(governing.cameo) if governing.dyadic else None
    return in_mode(mode, act) if mode else None


def dyadic_events(event: Event, roles: Roles, pattern: Pattern) -> list[Event]:
    """A verb dictionary's event the way PETRARCH codes it: "X and Y attacked Z" is
    X->Z and Y->Z; an event needs a source and a target; "X and Y renewed ties" is
    X->Y and Y->X; ``[032:033]`` adds the target's side (Y->X, 033), unless the target
    is a venue or the act was refused; ``[:030]`` codes only the target's side."""
    twos = [a for a in (event.actor2, *roles.compound2) if a is not None]
    ones = [a for a in (event.actor1, *roles.compound1) if a is not None]
    pairs = [(a, b) for a in ones for b in twos]
    pairs = [(a, b) for a, b in pairs if (a.code, a.sector) != (b.code, b.sector)]
    forward = event.cameo or ""
    coded = [(a, b, forward) for a, b in pairs] if forward else []
    if roles.reciprocal and forward:
        coded += [(b, a, forward) for a, b in pairs]
    if pattern.reverse_cameo and not roles.place2 and event.cameo == pattern.cameo:
        coded += [(b, a, pattern.reverse_cameo) for a, b in pairs]
    out: list[Event] = []
    seen: set[tuple[str, str | None, str, str | None, str]] = set()
    for one, two, code in coded:
        key = (one.code, one.sector, two.code, two.sector, code)
        if key in seen:
            continue
        seen.add(key)
        info = cameo_lookup(code)
        kind, plover = (info.kind, info.plover) if info else ("other", None)
        if code == event.cameo:
            kind, plover = event.kind, event.plover
        others = tuple(a for a in event.others if a is not one and a is not two)
        out.append(
            replace(
                event,
                id=event.id if not out else stable_id(event.id, *key),
                actor1=one,
                actor2=two,
                others=others,
                cameo=code,
                kind=kind,
                plover=plover,
                goldstein=info.goldstein if info else None,
                # the directions are the dictionary's: no reverse event is implied
                extra={**event.extra, "directed": True},
            )
        )
    return out
