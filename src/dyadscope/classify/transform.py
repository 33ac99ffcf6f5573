"""PETRARCH-2 verb-dictionary transformations: one event from a nested pair.

A verb dictionary's ``~`` lines turn "X said Y attacked Z" (an outer SAY event
whose complement is an inner ATTACK event) into one event, as its coders meant:
``~ a (b . ATTACK) SAY = a b 112`` makes it X accusing Y. The inner event's
binders are matched against the actors the sentence names: a letter already
used names the same actor ("they" after "X said" is X), a new letter binds any
other actor, ``.`` is any actor or none, ``_`` preferably none. Rules are tried
in file order, first with ``_`` meaning "no actor", then with ``_`` meaning
"any", so the most specific reading wins (PETRARCH prefers letters to ``_``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from dyadscope.classify import syntax
from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.domain import event_domain
from dyadscope.classify.patterns import Match, PatternSet
from dyadscope.classify.roles import find_roles
from dyadscope.classify.status import event_status
from dyadscope.codes.cameo import cameo as cameo_lookup
from dyadscope.model import UNKNOWN_DATE, Actor, ActorMention, DateRef, Event, stable_id

NULL_CODES = frozenset({"---", "+++"})
ANY, NONE_OR_ANY = ".", "_"
MAX_COMPLEMENT = 12  # tokens between the outer verb and the inner one
_SKIP = frozenset(
    {"to", "not", "n't", "never", "will", "would", "shall", "could", "can", "may", "might",
     "should", "must", "did", "does", "do", "be", "already", "just", "jointly", "soon"}
)  # fmt: skip
_BREAKS = frozenset({";", ":", ".", "!", "?", "(", ")", '"', "\u201c", "\u201d"})
_JOINERS = frozenset({"and", ","})


@dataclass(frozen=True, slots=True)
class VerbRef:
    """A verb named in a transformation (``SAY``), resolved to its dictionary code."""

    name: str
    code: str  # the verb's own code or its block's; "---" codes nothing
    forms: frozenset[str]  # the verb's word forms (used when the code is null)

    def covers(self, code: str) -> bool:
        """Does an event coded ``code`` count as this verb? ``190`` covers 19x and
        19xx, ``138`` covers 1381: the CAMEO hierarchy."""
        if self.code in NULL_CODES or not code or code in NULL_CODES:
            return False
        if code.startswith(self.code):
            return True
        root = self.code[:-1]
        return len(self.code) == 3 and self.code.endswith("0") and code.startswith(root)


@dataclass(frozen=True, slots=True)
class Transformation:
    """``~ a (b . ATTACK) SAY = a b 112``: outer source, inner triple, outer verb, result."""

    outer: VerbRef
    outer_source: str  # a letter
    inner_source: str  # a letter, "." or "_"
    inner_target: str
    inner: VerbRef | None  # None: any inner code, held in ``variable``
    variable: str  # the code variable ("Q") when ``inner`` is None
    result_source: str
    result_target: str
    result_code: str  # a CAMEO code, or the variable
    source: str  # "file:line"


@dataclass(frozen=True, slots=True)
class TransformRules:
    """One verb dictionary's transformations and what its verbs code."""

    rules: tuple[Transformation, ...]
    verb_codes: Mapping[str, str] = field(default_factory=dict)  # word form -> verb code
    outer_words: frozenset[str] = field(init=False)  # words some rule's outer verb can be

    def __post_init__(self) -> None:
        words = {
            w for w, c in self.verb_codes.items() if any(r.outer.covers(c) for r in self.rules)
        }
        words |= {w for r in self.rules if r.outer.code in NULL_CODES for w in r.outer.forms}
        object.__setattr__(self, "outer_words", frozenset(words))

    def outer_match(self, rule: Transformation, word: str) -> bool:
        if rule.outer.code in NULL_CODES:
            return word in rule.outer.forms
        code = self.verb_codes.get(word)
        return code is not None and rule.outer.covers(code)


_Side = tuple[Actor | None, ...]  # the actors one binder may take, None for "no actor"


def transform_events(
    rule_sets: Sequence[TransformRules],
    patterns: PatternSet,
    analysis: SentenceAnalysis,
    ctx: DocContext,
    events: list[Event],
    coded_at: Mapping[int, Event],
) -> list[Event]:
    """``events`` with each outer/inner pair a transformation applies to replaced
    by the event(s) it makes; ``coded_at`` maps anchor tokens to their events."""
    words = analysis.word_set
    if not any(words & s.outer_words for s in rule_sets):
        return events  # no statement verb a rule starts from: nothing to match
    firsts = _matches_by_anchor(patterns, analysis)
    used: set[int] = set()
    out = list(events)
    for outer in firsts:
        if outer.anchor in used or not outer.pattern.dyadic:
            continue
        word = analysis.tokens[outer.anchor].low
        candidates = [r for s in rule_sets for r in s.rules if s.outer_match(r, word)]
        inner = _inner_event(firsts, outer, analysis) if candidates else None
        if inner is None:
            continue
        made = _apply(candidates, outer, inner, analysis, ctx)
        if not made:
            continue
        used |= {outer.anchor, inner.anchor}
        gone = {id(coded_at[a]) for a in (outer.anchor, inner.anchor) if a in coded_at}
        at = next((i for i, e in enumerate(out) if id(e) in gone), len(out))
        out = (
            [e for e in out[:at] if id(e) not in gone]
            + made
            + [e for e in out[at:] if id(e) not in gone]
        )
    return out


def _matches_by_anchor(patterns: PatternSet, analysis: SentenceAnalysis) -> list[Match]:
    """The first match at each anchor token (as the coder picks), outside actor names.
    Unlike the coder's selection, a verb inside another match's words is kept:
    "said they will attack" may be one SAY pattern, and "attack" is the inner event."""
    spans = [(first, last) for first, last, _ in analysis.actor_at]
    chosen: dict[int, Match] = {}
    for match in patterns.matches(analysis.tokens, spans, analysis.word_set):
        if match.anchor not in chosen and not analysis.inside_actor(match.anchor):
            chosen[match.anchor] = match
    return [chosen[a] for a in sorted(chosen)]


def _inner_event(firsts: Sequence[Match], outer: Match, analysis: SentenceAnalysis) -> Match | None:
    """The verb-dictionary event in the outer verb's complement: the next coded
    verb after it in the same clause ("said that Y had attacked", "wants Y to attack")."""
    following = [m for m in firsts if m.anchor > outer.anchor]
    if not following:
        return None
    inner = following[0]
    if not inner.pattern.dyadic or inner.pattern.discard:
        return None
    if inner.anchor - outer.anchor - 1 > MAX_COMPLEMENT:
        return None
    stops = _BREAKS | frozenset(cues().right_breaks)
    between = range(outer.anchor + 1, inner.anchor)
    if any(analysis.tokens[i].low in stops and not analysis.inside_actor(i) for i in between):
        return None
    return inner if _verb_use(analysis, outer, inner) else None


def _verb_use(analysis: SentenceAnalysis, outer: Match, inner: Match) -> bool:
    """Is the inner trigger a verb with its own subject, auxiliary or "to"
    ("Y had attacked", "they will attack", "Y to attack"), not a noun ("men
    sought in the slaying of ...")?"""
    if inner.bound("$"):
        return True
    before = inner.start - 1
    if before <= outer.anchor:
        return False
    word = analysis.tokens[before].low
    verbal = _SKIP | syntax.SUBJECT_PRONOUNS | frozenset(cues().auxiliaries)
    return word in verbal or analysis.inside_actor(before)


def _apply(
    rules: Sequence[Transformation],
    outer: Match,
    inner: Match,
    analysis: SentenceAnalysis,
    ctx: DocContext,
) -> list[Event]:
    """One event per outer subject member (and per inner member) a rule applies to."""
    start = syntax.clause_start(analysis, outer.start)
    roles = find_roles(outer, outer.pattern.kind, analysis, ctx, (start, outer.anchor + 1), ())
    if roles is None:
        return []
    # "X and Y said ...": each member speaks (find_roles may make Y the target)
    said_by = _mentions_at(analysis, outer.bound("$")) or list(roles.subject)
    subjects = _actors(said_by) or (roles.actor1,)
    inner_code = inner.pattern.cameo
    sources = _inner_sources(analysis, outer, inner)
    targets = _inner_targets(analysis, inner)
    status = _status(analysis, outer, inner)
    if status == "negated":
        return []  # "X said Y did not attack": a denial, not what the rules code
    made: list[Event] = []
    seen: set[tuple[str, str | None, str, str | None, str]] = set()
    for subject in subjects:
        for source in sources if sources is not None else (subject,):
            for target in targets:
                result = _first_rule(rules, subject, source, target, inner_code)
                if result is None:
                    continue
                one, two, code, rule = result
                key = (one.code, one.sector, two.code, two.sector, code)
                if key in seen or (one.code, one.sector) == (two.code, two.sector):
                    continue
                seen.add(key)
                made.append(_event(analysis, ctx, outer, inner, one, two, code, status, rule))
    return made


def _first_rule(
    rules: Sequence[Transformation],
    subject: Actor,
    source: Actor | None,
    target: Actor | None,
    inner_code: str,
) -> tuple[Actor, Actor, str, Transformation] | None:
    for loose in (False, True):
        for rule in rules:
            result = _bind(rule, subject, source, target, inner_code, loose)
            if result is not None:
                return result
    return None


def _bind(
    rule: Transformation,
    subject: Actor,
    source: Actor | None,
    target: Actor | None,
    inner_code: str,
    loose: bool,
) -> tuple[Actor, Actor, str, Transformation] | None:
    """The rule's result when it fits the pair, else None."""
    if rule.inner is not None and not rule.inner.covers(inner_code):
        return None
    if rule.inner is None and (not inner_code or inner_code in NULL_CODES):
        return None
    bound: dict[str, Actor] = {rule.outer_source: subject}
    for binder, actor in ((rule.inner_source, source), (rule.inner_target, target)):
        if binder == ANY:
            continue
        if binder == NONE_OR_ANY:
            if actor is not None and not loose:
                return None
            continue
        if actor is None:
            return None
        if binder in bound:
            if not _same(bound[binder], actor):
                return None
        elif any(_same(other, actor) for other in bound.values()):
            return None  # a new letter is a different actor
        else:
            bound[binder] = actor
    one, two = bound.get(rule.result_source), bound.get(rule.result_target)
    if one is None or two is None:
        return None
    copied = rule.inner is None and rule.result_code == rule.variable
    code = inner_code if copied else rule.result_code
    return one, two, code, rule


def _same(a: Actor, b: Actor) -> bool:
    return (a.code, a.sector) == (b.code, b.sector)


def _inner_sources(analysis: SentenceAnalysis, outer: Match, inner: Match) -> _Side | None:
    """Who acts in the complement; None: a pronoun, the outer subject itself;
    ``(None,)``: nobody named ("wants to attack")."""
    bound = inner.bound("$")
    if bound:
        return _actors(_mentions_at(analysis, bound))
    i = inner.anchor - 1
    while i > outer.anchor and analysis.tokens[i].low in _SKIP | frozenset(cues().auxiliaries):
        i -= 1
    if i <= outer.anchor or i >= inner.anchor:
        return (None,)
    if analysis.inside_actor(i):
        return _actors(_group_ending_at(analysis, i)) or (None,)
    if analysis.tokens[i].low in syntax.SUBJECT_PRONOUNS:
        return None
    return (None,)


def _inner_targets(analysis: SentenceAnalysis, inner: Match) -> _Side:
    """The inner event's target: its ``+`` slot, else the first actors after it."""
    bound = inner.bound("+")
    if bound:
        return _actors(_mentions_at(analysis, bound)) or (None,)
    end = syntax.clause_end(analysis, inner.end)
    for i in range(inner.end, min(end, inner.end + 6)):
        if analysis.tokens[i].low in _BREAKS:
            break
        group = _starting_at(analysis, i)
        if group:
            return _actors(group) or (None,)
    return (None,)


def _actors(mentions: Iterable[ActorMention]) -> tuple[Actor, ...]:
    return tuple(m.actor for m in mentions if m.actor is not None)


def _mentions_at(analysis: SentenceAnalysis, starts: Sequence[int]) -> list[ActorMention]:
    return [m for s in starts for m in _starting_at(analysis, s)[:1]]


def _starting_at(analysis: SentenceAnalysis, index: int) -> list[ActorMention]:
    """The mention starting at ``index`` and those coordinated after it ("X and Y")."""
    by_first = {first: (last, m) for first, last, m in analysis.actor_at}
    out: list[ActorMention] = []
    while index in by_first:
        last, mention = by_first[index]
        out.append(mention)
        index = last + 1
        while index < len(analysis.tokens) and analysis.tokens[index].low in _JOINERS:
            index += 1
    return out


def _group_ending_at(analysis: SentenceAnalysis, index: int) -> list[ActorMention]:
    """The mention covering ``index`` and those coordinated before it ("X and Y will")."""
    by_last = {last: (first, m) for first, last, m in analysis.actor_at}
    at = next((last for first, last, _ in analysis.actor_at if first <= index <= last), None)
    out: list[ActorMention] = []
    while at is not None and at in by_last:
        first, mention = by_last[at]
        out.insert(0, mention)
        at = first - 1
        while at >= 0 and analysis.tokens[at].low in _JOINERS:
            at -= 1
        if at == first - 1:
            break
    return out


def _status(analysis: SentenceAnalysis, outer: Match, inner: Match) -> str:
    """The inner event's status where it states intent or negation ("they will
    attack"), else the outer statement's."""
    tokens = analysis.tokens
    said = event_status(tokens, outer.anchor + 1, inner.anchor, inner.anchor + 1)
    if said is None:
        return "intent"  # modal wording ("could attack"), coded as verb dictionaries do
    if said != "actual":
        return said
    start = syntax.clause_start(analysis, outer.start)
    return event_status(tokens, start, outer.start, outer.anchor + 1) or "intent"


def _event(
    analysis: SentenceAnalysis,
    ctx: DocContext,
    outer: Match,
    inner: Match,
    one: Actor,
    two: Actor,
    code: str,
    status: str,
    rule: Transformation,
) -> Event:
    tokens = analysis.tokens
    key = (one.code, one.sector, two.code, two.sector)
    info = cameo_lookup(code)
    kind, plover = (info.kind, info.plover) if info else ("other", None)
    domain = event_domain(info.domain if info else "auto", tokens, outer.start, inner.end)
    sentence = analysis.sentence
    trigger = sentence.text[tokens[outer.start].start : tokens[outer.end - 1].end]
    return Event(
        id=stable_id(ctx.doc_id, sentence.start, tokens[outer.anchor].start, key, code),
        kind=kind,
        plover=plover,
        cameo=code,
        goldstein=info.goldstein if info else None,
        domain=domain,
        status=status,
        actor1=one,
        actor2=two,
        date=_date(analysis, outer.anchor),
        source=analysis.source(ctx),
        confidence=0.8,
        extra={
            "trigger": trigger,
            "pattern": outer.pattern.source,
            "transformation": rule.source,
            "directed": True,
        },
    )


def _date(analysis: SentenceAnalysis, anchor: int) -> DateRef:
    """The date mention nearest the outer verb (the sentence says when it was said)."""
    dated = [
        (abs(index - anchor), mention.date)
        for index, mention in analysis.date_at
        if not analysis.inside_actor(index) and (mention.date.start or mention.date.text)
    ]
    if dated:
        return min(dated, key=lambda item: item[0])[1]
    return syntax.year_in_name(analysis, 0, len(analysis.tokens)) or UNKNOWN_DATE
