"""What the classify stage knows about one sentence and its document."""

from __future__ import annotations

from dataclasses import dataclass, field

from dyadscope.classify.tokens import Token, token_index_at, tokenize
from dyadscope.model import (
    Actor,
    ActorMention,
    ClashMention,
    DateMention,
    DateRef,
    QuantityMention,
    Sentence,
    Source,
)


@dataclass(frozen=True, slots=True)
class DocContext:
    """Document-level facts every sentence's coding may need."""

    doc_id: str
    title: str | None
    date: str | None
    dyad: tuple[Actor, Actor] | None = None
    fiscal_country: str | None = None

    def partner_of(self, actor: Actor) -> Actor | None:
        """The other member of the document's dyad, for a bilateral event whose
        sentence names only one side (the text is about that relationship)."""
        if self.dyad is None:
            return None
        a, b = self.dyad
        if actor.code == a.code:
            return Actor(code=b.code, name=b.name, sector=None, text="")
        if actor.code == b.code:
            return Actor(code=a.code, name=a.name, sector=None, text="")
        return None


@dataclass(slots=True)
class SentenceAnalysis:
    """A sentence with its tokens and the mentions the extract stage found in it.

    ``*_at`` maps each mention to the index of its first token, so the coder can
    reason in token positions (clauses, distances) rather than characters.
    """

    sentence: Sentence
    actors: list[ActorMention]
    dates: list[DateMention]
    quantities: list[QuantityMention]
    # who "he", "she" or "they" at the start of this sentence most likely is: the
    # previous sentence's first actor (set by the pipeline)
    antecedent: ActorMention | None = None
    # the states the sentence before named together ("A and B"), for whom "they" stands
    they_group: tuple[ActorMention, ...] = ()
    # the last government body each earlier sentence named with its country, by its
    # noun ("ministry" -> "the Russian Foreign Ministry"): what a bare "the ministry" is
    bodies: dict[str, ActorMention] = field(default_factory=dict)
    clashes: list[ClashMention] = field(default_factory=list)  # wars named, not told
    tokens: list[Token] = field(init=False)
    actor_at: list[tuple[int, int, ActorMention]] = field(init=False)
    # the same, left to right (first token, then last): who is "named before" whom
    actors_in_order: list[tuple[int, int, ActorMention]] = field(init=False)
    date_at: list[tuple[int, DateMention]] = field(init=False)
    quantity_at: list[tuple[int, QuantityMention]] = field(init=False)
    depth: list[int] = field(init=False)  # round-bracket nesting per token: asides
    # the tokens' lower-cased words, in order and as a set: made once, as many rules
    # first ask whether a cue word is in the sentence at all before scanning for it
    words: list[str] = field(init=False)
    word_set: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = tokenize(self.sentence.text)
        self.actor_at = [
            (
                token_index_at(self.tokens, m.start),
                token_index_at(self.tokens, max(m.end - 1, m.start)),
                m,
            )
            for m in self.actors
        ]
        self.actors_in_order = sorted(self.actor_at, key=lambda item: (item[0], item[1]))
        self.date_at = [(token_index_at(self.tokens, d.start), d) for d in self.dates]
        self.quantity_at = [(token_index_at(self.tokens, q.start), q) for q in self.quantities]
        self.depth = _bracket_depth(self.tokens)
        self.words = [t.low for t in self.tokens]
        self.word_set = frozenset(self.words)

    def source(self, ctx: DocContext) -> Source:
        """Where a record coded from this sentence comes from."""
        s = self.sentence
        return Source(
            doc=ctx.doc_id,
            title=ctx.title,
            sentence=s.text,
            start=s.start,
            end=s.end,
            citations=s.citations,
        )

    def span_of(self, mention: ActorMention) -> tuple[int, int] | None:
        """First and last token of ``mention`` (this very mention, not an equal one)."""
        return next(((f, last) for f, last, m in self.actor_at if m is mention), None)

    def inside_actor(self, token_index: int) -> bool:
        return any(first <= token_index <= last for first, last, _ in self.actor_at)

    def dates_between(self, after: int, before: int) -> list[DateRef]:
        """The dates written strictly between two tokens, outside any actor's name
        ("over the downing of its jet on November 24", not "the 2020 Group")."""
        return [
            m.date for i, m in self.date_at
            if after < i < before and m.date.start is not None and not self.inside_actor(i)
        ]  # fmt: skip


def _bracket_depth(tokens: list[Token]) -> list[int]:
    depth, out = 0, []
    for token in tokens:
        if token.low == ")":
            depth = max(0, depth - 1)
        out.append(depth)
        if token.low == "(":
            depth += 1
    return out
