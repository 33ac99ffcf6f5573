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
from dyadscope.classify.patterns import Match, PatternSet, default_patterns
from dyadscope.classify.roles import find_roles
from dyadscope.classify.status import event_status
from dyadscope.codes.cameo import cameo as cameo_lookup
from dyadscope.model import (
    UNKNOWN_DATE,
    Actor,
    ActorMention,
    DateRef,
    Event,
    Quantity,
    Source,
    stable_id,
)

_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})


class EventCoder:
    """Turns sentence analyses into events. One instance serves a whole run."""

    def __init__(self, patterns: PatternSet | None = None) -> None:
        self.patterns = patterns or default_patterns()
        # event id -> (actor1 side, actor2 side) of a compound-splitting pattern's event
        self._compounds: dict[str, tuple[list[Actor], list[Actor | None]]] = {}

    def code(self, analysis: SentenceAnalysis, ctx: DocContext) -> list[Event]:
        events: list[Event] = []
        last_subject: tuple[ActorMention, ...] = ()
        previous: Match | None = None
        coded_at: dict[int, Event] = {}  # anchor token -> its event
        for match in self._select(analysis):
            promised: str | None = None
            if events and syntax.is_infinitive(analysis, match):
                pledge = coded_at.get(previous.anchor) if previous else None
                if pledge is None or pledge.kind != "pledge":
                    continue  # "began a hunger strike to demand ...": the purpose, not an event
                # "agreed to sell howitzers": the promised act, with the promise's status
                events = [e for e in events if e is not pledge]
                promised = "negated" if pledge.status == "negated" else "intent"
            if previous is not None and syntax.is_object_of(analysis, previous, match):
                if previous.pattern.kind != "pledge":
                    continue  # "condemned the Indian air strikes": the strikes are its object
                # "agreed on a ceasefire": what was agreed is the event
                agreed = coded_at.pop(previous.anchor, None)
                events = [e for e in events if e is not agreed]
            previous = match
            coded = self._event(match, analysis, ctx, last_subject, promised)
            if coded is None:
                continue
            event, last_subject = coded
            if _subsumed(event, events):
                continue
            events = [e for e in events if not _subsumed(e, [event])]
            events.append(event)
            coded_at[match.anchor] = event
        return [split for event in events for split in self._split(event)]

    def _split(self, event: Event) -> list[Event]:
        """PETRARCH codes "X and Y attacked Z" as X->Z and Y->Z: a pattern from a
        verb dictionary asks for one event per member of a compound side."""
        compounds = self._compounds.pop(event.id, None)
        if compounds is None:
            return [event]
        ones, twos = compounds
        out = []
        for one in ones:
            for two in twos:
                if two is not None and one.code == two.code:
                    continue
                pair_id = (
                    event.id
                    if (one, two) == (ones[0], twos[0])
                    else stable_id(event.id, one.code, two.code if two else None)
                )
                others = tuple(a for a in event.others if a not in ones and a not in twos)
                out.append(replace(event, id=pair_id, actor1=one, actor2=two, others=others))
        return out or [event]

    def _select(self, analysis: SentenceAnalysis) -> list[Match]:
        """One match per anchor token, first pattern wins; a match anchored
        inside an earlier one ("interest in purchasing ...") adds nothing."""
        chosen: list[Match] = []
        taken: set[int] = set()
        spans = [(first, last) for first, last, _ in analysis.actor_at]
        for match in self.patterns.matches(analysis.tokens, spans):
            if match.anchor in taken or analysis.inside_actor(match.anchor):
                continue
            if any(m.start <= match.anchor < m.end for m in chosen):
                continue
            taken.add(match.anchor)
            chosen.append(match)
        chosen.sort(key=lambda m: m.anchor)
        return chosen

    def _event(
        self,
        match: Match,
        analysis: SentenceAnalysis,
        ctx: DocContext,
        last_subject: tuple[ActorMention, ...],
        promised: str | None = None,
    ) -> tuple[Event, tuple[ActorMention, ...]] | None:
        tokens = analysis.tokens
        pattern = match.pattern
        if pattern.discard:
            return None  # a "---" pattern: matched, so nothing weaker codes it
        first = syntax.clause_start(analysis, match.start)
        end = syntax.clause_end(analysis, match.end)
        status = promised or event_status(tokens, first, match.start, match.end)
        if status is None:
            return None
        domain = event_domain(pattern.domain, tokens, match.start, match.end)
        kind, plover, cameo = pattern.kind, pattern.plover, pattern.cameo
        if kind == "recognition" and status == "negated":
            kind, plover, cameo, status = "non_recognition", "REJECT", "120", "actual"
        if kind == "arms_interest" and status != "negated":
            status = "intent"
        if status in ("intent", "planned") and plover in _COOPERATIVE:
            # a promise or plan to cooperate is itself an AGREE (CAMEO 03x)
            plover, cameo = "AGREE", _intent_code(plover, domain)
        roles = find_roles(match, kind, analysis, ctx, (first, end), last_subject)
        if roles is None:
            return None
        split = pattern.split_compounds and (roles.compound1 or roles.compound2)
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
            source=Source(
                doc=ctx.doc_id,
                title=ctx.title,
                sentence=sentence.text,
                start=sentence.start,
                end=sentence.end,
                citations=sentence.citations,
            ),
            confidence=confidence,
            extra={"trigger": trigger, "pattern": pattern.source},
        )
        if split:
            self._compounds[event.id] = (
                [roles.actor1, *roles.compound1],
                [roles.actor2, *roles.compound2],
            )
        return event, roles.subject


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
