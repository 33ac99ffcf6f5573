"""Code events in one sentence: pattern matches plus actor roles, status, domain, date.

The coder reasons over token positions. For each pattern match it finds the
clause around it, the subject group to the left (coordinated actors such as
"Baku and Islamabad" stay together), the object to the right (preferring the
preposition a kind expects: "from" for a purchase's supplier, "to" for a
visit's host), handles passives ("was signed by X") and agent phrases ("a visit
by X"), then resolves "both countries" to the document's dyad. A sentence with
no recognisable pattern, or with no actor, yields no event: there is no
fallback code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.domain import event_domain
from dyadscope.classify.patterns import Match, PatternSet, default_patterns
from dyadscope.classify.status import event_status
from dyadscope.classify.tokens import Token
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

# Clause ends for the object search (a subject search also stops at cues' breaks).
_RIGHT_BREAKS = frozenset(
    {
        ";",
        ":",
        "which",
        "who",
        "while",
        "whereas",
        "but",
        "although",
        "though",
        "however",
        "when",
        "because",
        "after",
        "before",
    }
)
_GROUP_GLUE = frozenset({"and", ",", "&", "the", "as", "well", "both"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})
_AGENT_PREPS = frozenset({"by"})
_NOUN_AGENT_PREPS = frozenset({"by", "of"})
# Words before a trigger that show it is a noun ("the visit of X"), whose "of" names the agent.
_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "several",
        "official",
        "recent",
        "numerous",
        "many",
        "first",
        "last",
        "latest",
        "two",
        "state",
        "high-level",
        "this",
        "that",
        "these",
        "those",
        "further",
    }
)

# Prepositions that introduce the second actor of each kind, best first.
_OBJECT_PREPS: dict[str, tuple[str, ...]] = {
    "arms_transfer": ("from", "to"),
    "arms_interest": ("from",),
    "visit": ("to", "in", "at"),
    "aid_project": ("to", "in", "for"),
    "military_training": ("in", "to", "of"),
    "recognition": ("of",),
    "non_recognition": ("of",),
    "support_statement": ("of", "for", "to", "with"),
    "criticism_hostility": ("towards", "toward", "against", "of", "on"),
    "meeting": ("with", "between"),
    "negotiation": ("with", "between"),
    "agreement_signed": ("with", "between"),
}
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
_NAMED_YEAR = re.compile(r"[A-Z][A-Za-z]*-(\d{4})")
_ALL_PREPS = frozenset(
    {p for preps in _OBJECT_PREPS.values() for p in preps}
    | {"by", "in", "at", "from", "with", "under", "within", "among"}
)
# Bilateral kinds: when a sentence of a dyad's document names one side, the
# other side is the dyad's other member. Statements and conflict are excluded:
# their target is often not a state at all ("laud the potential of the CPEC").
_PARTNER_KINDS = frozenset(
    {
        "agreement_signed",
        "negotiation",
        "meeting",
        "visit",
        "military_exercise",
        "military_training",
        "arms_transfer",
        "arms_interest",
        "invitation",
        "aid_project",
        "economic_cooperation",
        "recognition",
        "non_recognition",
    }
)
_QUANTITY_KINDS = frozenset(
    {
        "arms_transfer",
        "arms_interest",
        "aid_project",
        "economic_cooperation",
        "agreement_signed",
        "military_exercise",
        "military_training",
        "armed_clash",
        "other",
    }
)


@dataclass(frozen=True, slots=True)
class _Roles:
    actor1: Actor | None
    actor2: Actor | None
    others: tuple[Actor, ...]
    inferred: bool
    via_dyad_ref: bool
    subject: tuple[ActorMention, ...] = ()
    from_context: bool = False


class EventCoder:
    """Turns sentence analyses into events. One instance serves a whole run."""

    def __init__(self, patterns: PatternSet | None = None) -> None:
        self.patterns = patterns or default_patterns()
        self._cues = cues()

    def code(self, analysis: SentenceAnalysis, ctx: DocContext) -> list[Event]:
        events: list[Event] = []
        last_subject: tuple[ActorMention, ...] = ()
        previous: Match | None = None
        coded_at: dict[int, Event] = {}  # anchor token -> its event
        for match in self._select(analysis):
            if events and _is_infinitive(analysis, match):
                continue  # "began a hunger strike to demand ...": the purpose, not an event
            if previous is not None and _is_object_of(analysis, previous, match):
                if previous.pattern.kind != "pledge":
                    continue  # "condemned the Indian air strikes": the strikes are its object
                # "agreed on a ceasefire": what was agreed is the event
                agreed = coded_at.pop(previous.anchor, None)
                events = [e for e in events if e is not agreed]
            previous = match
            coded = self._event(match, analysis, ctx, last_subject)
            if coded is None:
                continue
            event, last_subject = coded
            if _subsumed(event, events):
                continue
            events = [e for e in events if not _subsumed(e, [event])]
            events.append(event)
            coded_at[match.anchor] = event
        return events

    # --- choosing matches ------------------------------------------------------

    def _select(self, analysis: SentenceAnalysis) -> list[Match]:
        """One match per anchor token, first pattern wins; a match anchored
        inside an earlier one ("interest in purchasing ...") adds nothing."""
        chosen: list[Match] = []
        taken: set[int] = set()
        for match in self.patterns.matches(analysis.tokens):
            if match.anchor in taken or analysis.inside_actor(match.anchor):
                continue
            if any(m.start <= match.anchor < m.end for m in chosen):
                continue
            taken.add(match.anchor)
            chosen.append(match)
        chosen.sort(key=lambda m: m.anchor)
        return chosen

    # --- one event -------------------------------------------------------------

    def _event(
        self,
        match: Match,
        analysis: SentenceAnalysis,
        ctx: DocContext,
        last_subject: tuple[ActorMention, ...],
    ) -> tuple[Event, tuple[ActorMention, ...]] | None:
        tokens = analysis.tokens
        pattern = match.pattern
        clause_start = self._clause_start(analysis, match.start)
        clause_end = self._clause_end(analysis, match.end)
        status = event_status(tokens, clause_start, match.start, match.end)
        if status is None:
            return None
        kind, plover, cameo = pattern.kind, pattern.plover, pattern.cameo
        if kind == "recognition" and status == "negated":
            kind, plover, cameo, status = "non_recognition", "REJECT", "120", "actual"
        if kind == "arms_interest" and status != "negated":
            status = "intent"
        if status in ("intent", "planned") and plover in _COOPERATIVE:
            # a promise or plan to cooperate is itself an AGREE (CAMEO 03x)
            plover, cameo = (
                "AGREE",
                _intent_code(plover, event_domain(pattern.domain, tokens, match.start, match.end)),
            )
        roles = self._roles(match, kind, analysis, ctx, clause_start, clause_end, last_subject)
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
            domain=event_domain(pattern.domain, tokens, match.start, match.end),
            status=status,
            actor1=roles.actor1,
            actor2=roles.actor2,
            others=roles.others,
            date=self._date(analysis, match.anchor, clause_start, clause_end),
            quantities=self._quantities(kind, analysis, clause_start, clause_end),
            source=Source(
                doc=ctx.doc_id,
                title=ctx.title,
                sentence=sentence.text,
                start=sentence.start,
                end=sentence.end,
                citations=sentence.citations,
            ),
            confidence=max(confidence, 0.1),
            extra={"trigger": trigger, "pattern": pattern.source},
        )
        return event, roles.subject

    # --- clauses ---------------------------------------------------------------

    def _clause_start(self, analysis: SentenceAnalysis, start: int) -> int:
        breaks = self._cues.clause_breaks
        for i in range(start - 1, -1, -1):
            if analysis.tokens[i].low in breaks and not analysis.inside_actor(i):
                return i + 1
        return 0

    def _clause_end(self, analysis: SentenceAnalysis, end: int) -> int:
        limit = _attribution_start(analysis.tokens)
        for i in range(end, limit):
            if analysis.tokens[i].low in _RIGHT_BREAKS and not analysis.inside_actor(i):
                return i
        return max(limit, end)

    # --- roles -----------------------------------------------------------------

    def _roles(
        self,
        match: Match,
        kind: str,
        analysis: SentenceAnalysis,
        ctx: DocContext,
        clause_start: int,
        clause_end: int,
        last_subject: tuple[ActorMention, ...],
    ) -> _Roles | None:
        tokens = analysis.tokens
        subject = self._subject_group(analysis, match.start, clause_start)
        # ", expressing its support": a participle clause shares the main subject
        if (
            last_subject
            and tokens[match.anchor].low.endswith("ing")
            and match.start > 0
            and tokens[match.start - 1].low == ","
        ):
            subject = list(last_subject)
        agent = self._agent(analysis, match, clause_end)
        between = self._between(analysis, clause_start, clause_end)
        obj = self._object(analysis, match, kind, clause_end, exclude=subject + agent)
        passive = bool(agent) and _is_participle(tokens, match.anchor)

        lone_dyad_ref = len(subject) == 1 and subject[0].kind == "dyad_ref" and ctx.dyad
        if match.pattern.roles == "sym" and lone_dyad_ref:
            # "the two countries signed ...": the dyad, whatever else the clause names
            subject, obj, between, agent = subject, None, [], []
        if match.pattern.roles == "sym":
            group = subject or agent or between
            participants = group + ([obj] if obj else [])
            if not subject and between and obj is None:
                participants = between
            first, second, rest = _split(participants)
        elif agent:  # "a visit by X to Y", "was recognised by X"
            first_list = agent
            second_src = subject if passive else ([obj] if obj else subject)
            first, _, rest_a = _split(first_list)
            second = second_src[0] if second_src else None
            rest = rest_a
        elif match.pattern.roles == "o>s":
            first = obj
            second, _, rest = _split(subject)
            if second is None and between:
                second = between[0]
        else:
            first, extra_subject, rest = _split(subject)
            second = obj
            if first is None and between:
                first, second, rest = _split(between)
            elif extra_subject is not None:
                rest = [extra_subject, *rest]
                if second is None and match.pattern.roles == "s>o":
                    second, rest = rest[0], rest[1:]
        actor1, dyad1 = _resolve(first, ctx)
        actor2, dyad2 = _resolve(second, ctx)
        via_dyad_ref = dyad1 or dyad2
        # "both countries" as a lone subject stands for both members of the dyad
        if first is not None and first.kind == "dyad_ref" and ctx.dyad and second is None:
            actor1, actor2 = (
                _with_text(ctx.dyad[0], first.text),
                _with_text(ctx.dyad[1], first.text),
            )
        others = tuple(a for a in (_resolve(m, ctx)[0] for m in rest) if a is not None)
        inferred = False
        if actor1 is not None and actor2 is not None and actor1.code == actor2.code:
            actor2 = None
        if actor1 is None and actor2 is None:
            # a sentence naming nobody ("no formal agreement has been signed yet")
            # is about the document's dyad, with low confidence
            if ctx.dyad is None or analysis.actors or not _is_full_sentence(analysis):
                return None
            return _Roles(ctx.dyad[0], ctx.dyad[1], (), True, False, (), from_context=True)
        if actor2 is None and actor1 is not None and match.pattern.roles != "sym":
            actor2 = self._domestic_target(analysis, match, clause_end, actor1)
        if kind in _PARTNER_KINDS:
            if actor1 is None and match.pattern.roles == "o>s" and actor2 is not None:
                actor1 = _partner(actor2, ctx)
                inferred = actor1 is not None
            elif actor2 is None and actor1 is not None:
                actor2 = _partner(actor1, ctx)
                inferred = actor2 is not None
        if actor1 is None:
            return None
        return _Roles(actor1, actor2, others, inferred, via_dyad_ref, tuple(subject))

    def _domestic_target(
        self, analysis: SentenceAnalysis, match: Match, clause_end: int, actor1: Actor
    ) -> Actor | None:
        """A group target named without a state ("dispersed demonstrators") is
        taken to be the acting state's own people."""
        groups = self._cues.domestic_groups
        for i in range(match.anchor + 1, min(clause_end, match.anchor + 8)):
            token = analysis.tokens[i]
            if analysis.inside_actor(i):
                return None
            sector = groups.get(token.low)
            if sector is not None:
                return Actor(code=actor1.code, name=actor1.name, sector=sector, text=token.text)
        return None

    def _subject_group(
        self, analysis: SentenceAnalysis, start: int, clause_start: int
    ) -> list[ActorMention]:
        """Actors ending nearest before ``start`` in the clause, with any actors
        coordinated with them; one clause further left if the clause has none.
        An appositive ("Pakistan, a key U.S. ally, has refused") is skipped."""
        appositive = _appositive_start(analysis.tokens, start, clause_start)
        if appositive is not None:
            group = self._group_before(analysis, appositive, clause_start)
            if group:
                return group
        group = self._group_before(analysis, start, clause_start)
        if group or clause_start == 0:
            return group
        previous = self._clause_start(analysis, clause_start - 1)
        return self._group_before(analysis, clause_start - 1, previous)

    def _group_before(
        self, analysis: SentenceAnalysis, start: int, clause_start: int
    ) -> list[ActorMention]:
        depth = _bracket_depth(analysis.tokens)
        anchor_depth = depth[start] if start < len(depth) else 0
        before = [
            (f, last, m)
            for f, last, m in analysis.actor_at
            if clause_start <= f
            and last < start
            and m.kind != "location"
            and depth[f] <= anchor_depth
        ]
        if not before:
            return []
        before.sort(key=lambda item: item[0])
        group = [before[-1]]
        for item in reversed(before[:-1]):
            gap = analysis.tokens[item[1] + 1 : group[0][0]]
            if (
                gap
                and all(t.low in _GROUP_GLUE for t in gap)
                and any(t.low in {"and", ",", "&"} for t in gap)
            ):
                group.insert(0, item)
            else:
                break
        return [m for _, _, m in group]

    def _agent(
        self, analysis: SentenceAnalysis, match: Match, clause_end: int
    ) -> list[ActorMention]:
        """The actor after "by" (passive or noun trigger) or "of" (noun trigger)."""
        tokens = analysis.tokens
        anchor = match.anchor
        noun_like = anchor > 0 and (
            tokens[anchor - 1].low in _DETERMINERS or tokens[anchor - 1].low.endswith(("'s", "’s"))
        )
        preps = _NOUN_AGENT_PREPS if noun_like else _AGENT_PREPS
        for i in range(anchor + 1, min(anchor + 4, clause_end)):
            if tokens[i].low in preps:
                following = [
                    m for f, _, m in analysis.actor_at if i < f <= i + 3 and m.kind != "location"
                ]
                if following:
                    return following[:1]
                return []
        return []

    def _between(
        self, analysis: SentenceAnalysis, clause_start: int, clause_end: int
    ) -> list[ActorMention]:
        tokens = analysis.tokens
        for i in range(clause_start, clause_end):
            if tokens[i].low == "between":
                found = [
                    m
                    for f, _, m in sorted(analysis.actor_at, key=lambda x: x[0])
                    if i < f <= i + 12 and f < clause_end
                ]
                if len(found) >= 2:
                    return found[:2]
                if len(found) == 1 and found[0].kind == "dyad_ref":
                    return found
        return []

    def _object(
        self,
        analysis: SentenceAnalysis,
        match: Match,
        kind: str,
        clause_end: int,
        exclude: Sequence[ActorMention],
    ) -> ActorMention | None:
        tokens = analysis.tokens
        excluded = {m.actor.code for m in exclude if m.actor is not None}
        # a directed event's target may be named as a place ("sold drones to
        # Azerbaijan", "trained units in Azerbaijan"); a meeting's place is not a party
        places_ok = match.pattern.roles != "sym"
        candidates = []
        for first, _, mention in sorted(analysis.actor_at, key=lambda x: x[0]):
            if first <= match.anchor or first >= clause_end:
                continue
            if mention in exclude or (mention.actor is not None and mention.actor.code in excluded):
                continue
            if mention.kind == "location" and not places_ok:
                continue
            prep = _preposition_before(tokens, first)
            candidates.append((first, prep, mention))
        if not candidates:
            return None
        for first, prep, mention in candidates:
            # inside the matched words or right after them: the direct object
            if first < match.end or (first == match.end and prep not in _ALL_PREPS):
                return mention
        for wanted in _OBJECT_PREPS.get(kind, ()):
            for _, prep, mention in candidates:
                if prep == wanted:
                    return mention
        for _, _, mention in candidates:
            if mention.kind != "location":
                return mention
        return candidates[0][2]

    # --- date and quantities -----------------------------------------------------

    def _date(
        self, analysis: SentenceAnalysis, anchor: int, clause_start: int, clause_end: int
    ) -> DateRef:
        best: tuple[int, DateRef] | None = None
        for index, mention in analysis.date_at:
            if analysis.inside_actor(index) or (
                mention.date.start is None and not mention.date.text
            ):
                continue
            distance = index - anchor if index > anchor else (anchor - index) + 2
            if not clause_start <= index < clause_end:
                distance += 20
            if best is None or distance < best[0]:
                best = (distance, mention.date)
        if best is not None:
            return best[1]
        return _year_in_name(analysis, clause_start, clause_end) or UNKNOWN_DATE

    def _quantities(
        self, kind: str, analysis: SentenceAnalysis, clause_start: int, clause_end: int
    ) -> tuple[Quantity, ...]:
        if kind not in _QUANTITY_KINDS:
            return ()
        return tuple(
            q.quantity
            for index, q in analysis.quantity_at
            if clause_start <= index < clause_end + 12
        )


def _is_full_sentence(analysis: SentenceAnalysis) -> bool:
    """A sentence, not a heading or caption: long enough and properly ended."""
    text = analysis.sentence.text.rstrip()
    return len(analysis.tokens) >= 6 and text.endswith((".", "!", "?", '"', "”"))


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


def _year_in_name(analysis: SentenceAnalysis, start: int, end: int) -> DateRef | None:
    """A year that is part of a name, as exercises are named ("AMAN-2013")."""
    text = analysis.sentence.text
    for token in analysis.tokens[start:end]:
        match = _NAMED_YEAR.fullmatch(token.text)
        if (
            match is None
            and token.low.isdigit()
            and token.start > 0
            and text[token.start - 1] == "-"
        ):
            name_start = text.rfind(" ", 0, token.start) + 1
            if text[name_start : name_start + 1].isupper():
                match = re.fullmatch(r"(\d{4})", token.text)
        if match is not None and 1950 <= int(match.group(1)) <= 2040:
            return DateRef(start=match.group(1), end=None, precision="year", text=token.text)
    return None


_NP_WORDS = frozenset(
    {
        "on",
        "upon",
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "of",
        "recent",
        "latest",
        "alleged",
        "deadly",
        "cross-border",
        "air",
        "military",
        "artillery",
    }
)


def _is_object_of(analysis: SentenceAnalysis, previous: Match, match: Match) -> bool:
    """Is ``match`` a noun phrase right after ``previous``'s verb, i.e. its object?"""
    if not 0 <= match.start - previous.end <= 5:
        return False
    for i in range(previous.end, match.anchor):
        token = analysis.tokens[i]
        if token.low not in _NP_WORDS and not analysis.inside_actor(i):
            return False
    return True


_REPORTING = frozenset(
    {
        "said",
        "says",
        "reported",
        "reports",
        "announced",
        "told",
        "added",
        "quoted",
        "according",
        "stated",
        "claimed",
        "noted",
        "wrote",
    }
)


def _attribution_start(tokens: Sequence[Token]) -> int:
    """Where a trailing attribution (", Belgrade radio said.") begins, else the end.

    The source of a report is not a party to the event it reports.
    """
    n = len(tokens)
    for i in range(n - 1, max(-1, n - 14), -1):
        if tokens[i].low in _REPORTING:
            for j in range(i - 1, max(-1, i - 10), -1):
                if tokens[j].low == ",":
                    return j
            return n
    return n


_AUXILIARIES = frozenset(
    {
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "also",
        "again",
        "then",
        "on",
        "today",
        "been",
    }
)


def _appositive_start(tokens: Sequence[Token], start: int, clause_start: int) -> int | None:
    """For "X, <apposition>, VERB": the index of the comma that opens the apposition."""
    i = start - 1
    while i > clause_start and tokens[i].low in _AUXILIARIES:
        i -= 1
    if i <= clause_start or tokens[i].low != ",":
        return None
    for j in range(i - 1, max(clause_start - 1, i - 15), -1):
        if tokens[j].low == ",":
            return j
    return None


def _is_infinitive(analysis: SentenceAnalysis, match: Match) -> bool:
    """Does the match start with a "to"-infinitive ("invited X to join", "to demand")?"""
    start = match.start
    return start > 0 and analysis.tokens[start - 1].low == "to" and match.anchor == start


def _is_participle(toks: Sequence[Token], index: int) -> bool:
    """A past participle after a form of "be"/"have" within three tokens."""
    word = toks[index].low
    if not (
        word.endswith(("ed", "en", "wn"))
        or word in {"held", "met", "bought", "sold", "sent", "built", "made", "led", "signed"}
    ):
        return False
    return any(t.low in _BE for t in toks[max(0, index - 3) : index])


def _preposition_before(toks: Sequence[Token], index: int) -> str | None:
    i = index - 1
    while i >= 0 and toks[i].low in {"the", "a", "an", "its", "their", "official"}:
        i -= 1
    return toks[i].low if i >= 0 else None


def _bracket_depth(tokens: Sequence[Token]) -> list[int]:
    """Nesting depth of each token in round brackets: asides are not subjects."""
    depth, out = 0, []
    for token in tokens:
        if token.low == ")":
            depth = max(0, depth - 1)
        out.append(depth)
        if token.low == "(":
            depth += 1
    return out


def _split(
    mentions: Sequence[ActorMention],
) -> tuple[ActorMention | None, ActorMention | None, list[ActorMention]]:
    items = list(mentions)
    first = items[0] if items else None
    second = items[1] if len(items) > 1 else None
    return first, second, items[2:]


def _with_text(actor: Actor, text: str) -> Actor:
    return Actor(code=actor.code, name=actor.name, sector=actor.sector, text=text)


def _resolve(mention: ActorMention | None, ctx: DocContext) -> tuple[Actor | None, bool]:
    """The mention's actor; a dyad reference stands for the dyad's first member."""
    if mention is None:
        return None, False
    if mention.actor is not None:
        return mention.actor, False
    if mention.kind == "dyad_ref" and ctx.dyad:
        return _with_text(ctx.dyad[0], mention.text), True
    return None, False


def _partner(actor: Actor, ctx: DocContext) -> Actor | None:
    """The other member of the document's dyad, for a bilateral event whose
    sentence names only one side (the text is about that relationship)."""
    if ctx.dyad is None:
        return None
    a, b = ctx.dyad
    if actor.code == a.code:
        return Actor(code=b.code, name=b.name, sector=None, text="")
    if actor.code == b.code:
        return Actor(code=a.code, name=a.name, sector=None, text="")
    return None
