"""Code events in one sentence: pattern matches plus actor roles, status, domain, date.

For each pattern match the coder finds the clause around it, decides the status
(actual, negated, planned, intent, or mere musing that yields nothing), asks
``roles`` for the actors, and picks the nearest date and the amounts of the
clause. A sentence with no recognisable pattern, or with no actor, yields no
event: there is no fallback code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadscope.classify import syntax
from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.domain import event_domain
from dyadscope.classify.patterns import Match, Pattern, PatternSet, default_patterns
from dyadscope.classify.roles import Roles, find_roles
from dyadscope.classify.status import event_status
from dyadscope.classify.transform import TransformRules, transform_events
from dyadscope.codes.cameo import cameo as cameo_lookup
from dyadscope.codes.cameo import rejection_of
from dyadscope.model import (
    UNKNOWN_DATE,
    ActorMention,
    DateRef,
    Event,
    Quantity,
    stable_id,
)

_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})


class EventCoder:
    """Turns sentence analyses into events. One instance serves a whole run."""

    def __init__(
        self, patterns: PatternSet | None = None, transformations: Sequence[TransformRules] = ()
    ) -> None:
        self.patterns = patterns or default_patterns()
        # verb dictionaries' "X said Y attacked Z" rules (PETRARCH-2 transformations)
        self.transformations = tuple(transformations)
        # event id -> roles and pattern of a dyadic (verb-dictionary) pattern's event
        self._dyadic: dict[str, tuple[Roles, Pattern]] = {}

    def code(self, analysis: SentenceAnalysis, ctx: DocContext) -> list[Event]:
        events: list[Event] = []
        last_subject: tuple[ActorMention, ...] = ()
        previous: Match | None = None
        coded_at: dict[int, Event] = {}  # anchor token -> its event
        selected = self._select(analysis)
        for index, match in enumerate(selected):
            if match.pattern.discard:
                continue  # it took its anchor from weaker patterns; it codes nothing
            promised: str | None = None
            if events and syntax.is_infinitive(analysis, match):
                pledge = coded_at.get(previous.anchor) if previous else None
                # a verb dictionary's verb with no target ("agreed to lift sanctions on
                # Iran") leaves the coding to its complement, as PETRARCH does
                untargeted = (
                    pledge is not None
                    and pledge.actor2 is None
                    and previous is not None
                    and previous.pattern.dyadic
                    and match.pattern.dyadic
                    and previous.end + 1 == match.start  # only "to" between
                )
                if pledge is None or (pledge.kind != "pledge" and not untargeted):
                    continue  # "began a hunger strike to demand ...": the purpose, not an event
                # "agreed to sell howitzers": the promised act, with the promise's status
                events = [e for e in events if e is not pledge]
                promised = "negated" if pledge.status == "negated" else "intent"
            if (
                previous is not None
                and not (match.pattern.dyadic and syntax.is_infinitive(analysis, match))
                and syntax.is_object_of(analysis, previous, match)
            ):
                if previous.pattern.kind != "pledge":
                    continue  # "condemned the Indian air strikes": the strikes are its object
                # "agreed on a ceasefire": what was agreed is the event
                agreed = coded_at.pop(previous.anchor, None)
                events = [e for e in events if e is not agreed]
            previous = match
            following = selected[index + 1].anchor if index + 1 < len(selected) else None
            coded = self._event(match, analysis, ctx, last_subject, promised, following)
            if coded is None:
                continue
            event, last_subject = coded
            if _subsumed(event, events):
                continue
            events = [e for e in events if not _subsumed(e, [event])]
            events.append(event)
            coded_at[match.anchor] = event
        if self.transformations:
            events = transform_events(
                self.transformations, self.patterns, analysis, ctx, events, coded_at
            )
        out = [split for event in events for split in self._dyadic_events(event)]
        self._dyadic.clear()
        return out

    def _dyadic_events(self, event: Event) -> list[Event]:
        """A verb dictionary's event the way PETRARCH codes it: "X and Y attacked Z"
        is X->Z and Y->Z; an event needs a source and a target; "X and Y renewed
        ties" is X->Y and Y->X; ``[032:033]`` adds the target's side (Y->X, 033)."""
        held = self._dyadic.get(event.id)
        if held is None:
            return [event]
        roles, pattern = held
        twos = [a for a in (event.actor2, *roles.compound2) if a is not None]
        ones = [a for a in (event.actor1, *roles.compound1) if a is not None]
        pairs = [(a, b) for a in ones for b in twos]
        pairs = [(a, b) for a, b in pairs if (a.code, a.sector) != (b.code, b.sector)]
        forward = event.cameo or ""  # "" for "[:030]": only the target's side is coded
        coded = [(a, b, forward) for a, b in pairs] if forward else []
        if roles.reciprocal and forward:
            coded += [(b, a, forward) for a, b in pairs]
        # a place does not host or receive; a refused act has no other side
        if pattern.reverse_cameo and not roles.place2 and event.cameo == pattern.cameo:
            coded += [(b, a, pattern.reverse_cameo) for a, b in pairs]
        out: list[Event] = []
        seen: set[tuple[str, str | None, str, str | None, str | None]] = set()
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
                    # directions are the dictionary's: no reverse event is implied
                    extra={**event.extra, "directed": True},
                )
            )
        return out

    def _select(self, analysis: SentenceAnalysis) -> list[Match]:
        """One match per anchor token, first pattern wins; a match anchored
        inside an earlier one ("interest in purchasing ...") adds nothing."""
        spans = [(first, last) for first, last, _ in analysis.actor_at]
        found = self.patterns.matches(analysis.tokens, spans)
        chosen = _first_per_anchor(found, analysis)
        # a verb dictionary's pattern stays in its verb's phrase: "said he would not
        # provide support" is no SAY ... SUPPORT; "provide support" codes it
        for _ in range(4):  # a rejected match's variants (plurals) may be next in line
            overlong = [m for m in chosen if _spans_another_verb(m, found, analysis)]
            if not overlong:
                break
            found = [m for m in found if m not in overlong]
            chosen = _first_per_anchor(found, analysis)
        return chosen

    def _event(
        self,
        match: Match,
        analysis: SentenceAnalysis,
        ctx: DocContext,
        last_subject: tuple[ActorMention, ...],
        promised: str | None = None,
        following: int | None = None,
    ) -> tuple[Event, tuple[ActorMention, ...]] | None:
        tokens = analysis.tokens
        pattern = match.pattern
        if pattern.dyadic and (
            syntax.is_noun_head(tokens, match.anchor)
            or syntax.in_compound(tokens, match.anchor)
            or syntax.is_gerund_object(tokens, match.anchor)
            or syntax.in_name(tokens, match.anchor)
        ):
            # a verb dictionary codes verbs: "a surprise visit", "Al Qaeda-linked",
            # "jailed for helping" and "Islamic State" are none
            return None
        if pattern.dyadic and syntax.in_attribution(tokens, match.anchor):
            return None  # "..., the U.S. Central Command said on Monday": the source only
        first = syntax.clause_start(analysis, match.start)
        end = syntax.clause_end(analysis, match.end)
        if pattern.dyadic:
            end = _verb_phrase_end(analysis, match, end, following)
        status = promised or event_status(tokens, first, match.start, match.end)
        if status is None and pattern.dyadic:
            status = "intent"  # a verb dictionary codes modal wording too ("would act")
        if status is None:
            return None
        domain = event_domain(pattern.domain, tokens, match.start, match.end)
        kind, plover, cameo = pattern.kind, pattern.plover, pattern.cameo
        # a verb dictionary's code is its coder's decision and is kept as written
        if kind == "recognition" and status == "negated" and not pattern.dyadic:
            kind, plover, cameo, status = "non_recognition", "REJECT", "120", "actual"
        refusal = rejection_of(cameo) if pattern.dyadic and status == "negated" else None
        if refusal is not None:  # "would not give permission": a refusal to yield (124)
            info = cameo_lookup(refusal)
            kind, plover, cameo, status = (
                info.kind if info else "other", (info.plover or "") if info else "", refusal,
                "actual",
            )
        if kind == "arms_interest" and status != "negated":
            status = "intent"
        if kind == "pledge" and status == "intent":
            status = "actual"  # "pledged to double trade": the pledge itself happened
        if status in ("intent", "planned") and plover in _COOPERATIVE and not pattern.dyadic:
            # a promise or plan to cooperate is itself an AGREE (CAMEO 03x)
            plover, cameo = "AGREE", _intent_code(plover, domain)
        roles = find_roles(match, kind, analysis, ctx, (first, end), last_subject)
        if roles is None:
            return None
        info = cameo_lookup(cameo)
        sentence = analysis.sentence
        confidence = 0.9 - (0.25 if roles.inferred else 0.0) - (0.1 if roles.via_dyad_ref else 0.0)
        if roles.from_context:
            confidence = 0.4
        trigger = sentence.text[tokens[match.start].start : tokens[match.end - 1].end]
        event = Event(
            id=stable_id(ctx.doc_id, sentence.start, kind, tokens[match.anchor].start),
            kind=kind,
            plover=plover,
            cameo=cameo,
            goldstein=info.goldstein if info else None,
            domain=domain,
            status=status,
            actor1=roles.actor1,
            actor2=roles.actor2,
            others=roles.others,
            date=_date(analysis, match.anchor, first, end),
            quantities=_quantities(kind, analysis, first, end),
            source=analysis.source(ctx),
            confidence=confidence,
            extra={"trigger": trigger, "pattern": pattern.source},
        )
        if pattern.dyadic:
            self._dyadic[event.id] = (roles, pattern)
        return event, roles.subject


def _first_per_anchor(found: list[Match], analysis: SentenceAnalysis) -> list[Match]:
    """One match per anchor; a user's pattern before the package's where they overlap."""
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


def _spans_another_verb(match: Match, found: list[Match], analysis: SentenceAnalysis) -> bool:
    """Does a verb-dictionary match skip, in a gap, another dictionary verb that is
    used as a verb ("would not provide", "to provide")?"""
    if not match.pattern.dyadic:
        return False
    tokens = analysis.tokens
    words = frozenset().union(*(e.words for e in match.pattern.elements))
    return any(
        other.pattern.dyadic
        and match.anchor < other.anchor < match.end
        and tokens[other.anchor].low not in words
        and tokens[other.anchor - 1].low in _VERB_CUES
        for other in found
    )


_VERB_CUES = frozenset(
    {"he", "she", "it", "they", "we", "i", "who", "which", "to", "will", "would", "could",
     "should", "may", "might", "can", "must", "has", "have", "had", "is", "are", "was",
     "were", "be", "been", "did", "does", "do", "not", "also", "and"}
)  # fmt: skip


_CLAUSE_OPENERS = frozenset({"he", "she", "it", "they", "we", "i"})


def _verb_phrase_end(
    analysis: SentenceAnalysis, match: Match, end: int, following: int | None
) -> int:
    """PETRARCH takes a verb's target from its own phrase: in "X said Y attacked Z"
    Z is not the target of "said". The phrase ends at the next coded word that is
    used as a verb (after a subject, an auxiliary, "to"), not a noun ("fired shells")."""
    tokens = analysis.tokens
    for i in range(match.end, end):  # "says it has evidence ...": a clause of its own
        if tokens[i].low in _CLAUSE_OPENERS and not analysis.inside_actor(i):
            end = i  # a complement clause is not the verb's object
            break
    if following is None or not match.end <= following < end:
        return end
    before = following - 1
    if analysis.tokens[before].low in _VERB_CUES or analysis.inside_actor(before):
        return following
    return end


def _date(analysis: SentenceAnalysis, anchor: int, first: int, end: int) -> DateRef:
    """The date nearest the trigger, preferring its own clause and what follows it."""
    best: tuple[int, DateRef] | None = None
    for index, mention in analysis.date_at:
        if analysis.inside_actor(index) or (mention.date.start is None and not mention.date.text):
            continue
        distance = index - anchor if index > anchor else (anchor - index) + 2
        if not first <= index < end:
            distance += 20
        if best is None or distance < best[0]:
            best = (distance, mention.date)
    if best is not None:
        return best[1]
    return syntax.year_in_name(analysis, first, end) or UNKNOWN_DATE


def _quantities(
    kind: str, analysis: SentenceAnalysis, first: int, end: int
) -> tuple[Quantity, ...]:
    """Amounts stated in the event's clause ("bought 10 Super Mushshak aircraft")."""
    if kind not in cues().quantity_kinds:
        return ()
    return tuple(q.quantity for index, q in analysis.quantity_at if first <= index < end + 12)


def _intent_code(plover: str, domain: str) -> str:
    """The CAMEO "express intent to ..." code for a planned cooperative act."""
    if plover == "CONSULT":
        return "036"  # intent to meet or negotiate
    if plover == "AID":
        return "033"  # intent to provide material aid
    if domain == "military":
        return "0312"
    if domain == "economic":
        return "0311"
    return "030"


def _subsumed(event: Event, others: Sequence[Event]) -> bool:
    """Does another event of the same kind already say this, with at least these
    actors? ("arrived in Baku ... for an official visit": one visit, not two)"""
    codes = {a.code for a in (event.actor1, event.actor2) if a}
    for other in others:
        if other is event or other.kind != event.kind:
            continue
        other_codes = {a.code for a in (other.actor1, other.actor2) if a}
        if codes <= other_codes and (codes != other_codes or other.status == event.status):
            return True
    return False
