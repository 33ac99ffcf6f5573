"""Event patterns: a small, documented token-pattern language read from data files.

A pattern line (tab-separated) is ``kind  cameo  plover  domain  roles  pattern``:

- ``roles``: ``s>o`` (the subject acts on the object), ``o>s`` (the object acts on
  the subject: "X bought from Y" makes Y the supplier), ``sym`` (undirected), or
  ``mutual`` (each side does it to the other: "a prisoner swap between X and Y" is X
  releasing Y's people and Y releasing X's, one event each way; sides as for ``sym``).
- ``kind`` ``---``: the pattern codes nothing, but its words are taken ("in protest"
  is how something was done, not a protest).
- ``pattern``: space-separated elements matched against lower-cased tokens:
  ``word`` a literal; ``a|b`` alternatives (single words only: the line is split at
  spaces first, so ``water cannon|tear gas`` is the three elements ``water``,
  ``cannon|tear`` and ``gas``; give each phrase its own line); ``lemma~`` any inflection of a verb
  (sign, signs, signed, signing); ``noun+`` singular or plural; ``@CLASS`` a word
  class defined in the file as ``@CLASS = a|b|c``; ``...`` a gap of up to five
  tokens (``...N``: up to N); ``?elem`` an optional element; a leading ``!`` marks the element that
  anchors the event (default: the first element).
- the trap of optional tails: a line whose only required word is its anchor matches on
  the anchor alone, whatever optional elements follow it. ``!respect~ ?the ?ceasefire``
  fires on every "respected"; write the words that must be there as required elements
  (``!respect~ ...4 ceasefire``). A bare anchor with an optional tail is right only when
  the anchor alone is the act and the tail just takes its words along: ``!meet~ ?with``
  (event_patterns.tsv, the one such package line) codes "met" and "met with" alike.
  Parsing does not reject such lines, since that one is meant.
- actor slots: ``$`` matches an actor mention (or coordinated mentions, "X and Y")
  whose actor becomes actor1, ``+`` one whose actor becomes actor2, as in PETRARCH
  verb patterns: ``$ !accuse~ +`` or ``+ ?was !attack~|attacked by $``. A pattern
  with slots may start with one; sides it leaves unbound are found as usual.

Lines starting with ``#`` are comments. Users add their own pattern files with
``--dict``; their lines are tried before the package's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

from dyadscope.classify.tokens import Token
from dyadscope.errors import DictionaryError

GAP = 5
ROLES = ("s>o", "o>s", "sym", "mutual")
SLOTS = ("$", "+")  # actor1, actor2
_JOINERS = frozenset({"and", ",", "&"})

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "hold": ("held",),
    "meet": ("met",),
    "buy": ("bought",),
    "take": ("took", "taken"),
    "give": ("gave", "given"),
    "lead": ("led",),
    "begin": ("began", "begun"),
    "sell": ("sold",),
    "send": ("sent",),
    "seek": ("sought",),
    "make": ("made",),
    "undertake": ("undertook", "undertaken"),
    "fight": ("fought",),
    "withdraw": ("withdrew", "withdrawn"),
    "strike": ("struck",),  # "drought-stricken", "grief-stricken" strike no one
    "shoot": ("shot",),
    "say": ("said",),
    "tell": ("told",),
    "win": ("won",),
    "break": ("broke", "broken"),
    "come": ("came",),
    "go": ("went", "gone"),
    "pay": ("paid",),
    "lay": ("laid",),
    "run": ("ran",),
    "set": ("set",),
    "put": ("put",),
    "cut": ("cut",),
    "shut": ("shut",),
    "spend": ("spent",),
    "lend": ("lent",),
    "bring": ("brought",),
    "think": ("thought",),
    "teach": ("taught",),
    "keep": ("kept",),
    "leave": ("left",),
    "stand": ("stood",),
    "draw": ("drew", "drawn"),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"),
    "be": ("is", "are", "was", "were", "been", "being", "am"),
    "have": ("has", "had", "having"),
    "do": ("does", "did", "done"),
    "overrun": ("overran",),
    "rebuild": ("rebuilt",),
    "build": ("built",),
    "deal": ("dealt",),
    "feel": ("felt",),
    "sign": ("signed", "signing", "signs"),
    "shell": ("shelled", "shelling", "shells"),
}


def inflect(lemma: str) -> frozenset[str]:
    """The usual forms of an English verb; over-generation is harmless here."""
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    vowels = "aeiou"
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in vowels:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if (
            len(lemma) >= 3
            and lemma[-1] not in vowels + "wxy"
            and lemma[-2] in vowels
            and lemma[-3] not in vowels
        ):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return frozenset(forms)


def pluralise(noun: str) -> frozenset[str]:
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return frozenset({noun, noun[:-1] + "ies"})
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return frozenset({noun, noun + "es"})
    return frozenset({noun, noun + "s"})


@dataclass(frozen=True, slots=True)
class Element:
    words: frozenset[str]
    optional: bool = False
    gap: int = 0  # a gap element: the most tokens it may skip
    anchor: bool = False
    slot: str = ""  # "$" or "+": an actor mention bound to actor1 / actor2


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str
    cameo: str
    plover: str
    domain: str
    roles: str
    elements: tuple[Element, ...]
    source: str  # "file:line", to explain a coding
    # PETRARCH's conventions (verb dictionaries): one event per member of "X and Y",
    # both sides required, a compound subject acting on itself codes both ways
    dyadic: bool = False
    reverse_cameo: str = ""  # "[032:033]": the code of the target's side of the event
    package: bool = False  # one of dyadscope's own patterns (a user's win where they overlap)
    mutual: bool = False  # roles ``mutual``: found as ``sym``, coded once each way

    @property
    def anchor_index(self) -> int:
        return pattern_anchor(self.elements)

    @property
    def discard(self) -> bool:
        """A pattern coded ``---``: it matches, and so blocks others, but codes nothing."""
        return not self.kind


@dataclass(frozen=True, slots=True)
class Match:
    pattern: Pattern
    start: int  # token index of the first matched token
    end: int  # token index after the last matched token
    anchor: int  # token index of the anchor
    slots: tuple[tuple[str, tuple[int, ...]], ...] = ()  # slot -> first tokens of its mentions

    def bound(self, slot: str) -> tuple[int, ...]:
        """First-token indices of the actor mentions bound to ``slot`` ("$" or "+")."""
        return next((starts for name, starts in self.slots if name == slot), ())


def _element(spec: str, classes: dict[str, frozenset[str]], where: str) -> Element:
    anchor = spec.startswith("!")
    spec = spec.lstrip("!")
    optional = spec.startswith("?")
    spec = spec.lstrip("?")
    if spec in SLOTS:
        if anchor:
            raise DictionaryError(where, None, "an actor slot cannot anchor the event")
        return Element(frozenset(), optional=optional, slot=spec)
    if spec.startswith("..."):
        width = spec[3:]
        if width and not width.isdigit():
            raise DictionaryError(where, None, f"a gap is '...' or '...N', not '{spec}'")
        return Element(frozenset(), gap=int(width) if width else GAP)
    words: set[str] = set()
    for alt in spec.split("|"):
        if not alt:
            raise DictionaryError(where, None, f"empty alternative in '{spec}'")
        if alt.startswith("@"):
            if alt not in classes:
                raise DictionaryError(where, None, f"unknown word class {alt}")
            words |= classes[alt]
        elif alt.endswith("~"):
            words |= inflect(alt[:-1].lower())
        elif alt.endswith("+"):
            words |= pluralise(alt[:-1].lower())
        else:
            words.add(alt.lower())
    return Element(frozenset(words), optional=optional, anchor=anchor)


def parse_patterns(lines: Iterable[str], origin: str) -> list[Pattern]:
    """Parse pattern lines; errors name ``origin:line`` and what is wrong."""
    classes: dict[str, frozenset[str]] = {}
    patterns: list[Pattern] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@"):
            name, _, body = line.partition("=")
            words: set[str] = set()
            for alt in body.strip().split("|"):
                alt = alt.strip().lower()
                if " " in alt:
                    raise DictionaryError(
                        origin, number, f"word class alternatives are single words, not '{alt}'"
                    )
                if alt.endswith("+"):
                    words |= pluralise(alt[:-1])
                elif alt.endswith("~"):
                    words |= inflect(alt[:-1])
                elif alt:
                    words.add(alt)
            classes[name.strip()] = frozenset(words)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            raise DictionaryError(
                origin, number, f"expected 6 tab-separated columns, got {len(cols)}"
            )
        kind, cameo, plover, domain, roles, body = (c.strip() for c in cols)
        if kind == "---":
            kind = ""  # matches, so blocks weaker patterns, and codes nothing
        if roles not in ROLES:
            raise DictionaryError(origin, number, f"roles must be one of {', '.join(ROLES)}")
        where = f"{origin}:{number}"
        for specs in spelled_out(body.split()):
            try:
                elements = tuple(_element(spec, classes, origin) for spec in specs)
            except DictionaryError as exc:
                raise DictionaryError(origin, number, exc.reason) from exc
            if not any(not e.gap and not e.optional and not e.slot for e in elements):
                raise DictionaryError(origin, number, "a pattern needs at least one required word")
            if elements[0].gap or elements[-1].gap:
                raise DictionaryError(origin, number, "a pattern cannot start or end with '...'")
            if elements[pattern_anchor(elements)].slot:
                raise DictionaryError(origin, number, "an actor slot cannot anchor the event")
            patterns.append(
                Pattern(
                    kind, cameo, plover, domain, "sym" if roles == "mutual" else roles,
                    elements, where, mutual=roles == "mutual",
                )
            )
    return patterns


def spelled_out(specs: Sequence[str]) -> list[list[str]]:
    """The pattern as token sequences: text is tokenised with the hyphen as a token of
    its own, so an alternative "co-chair~" is the three elements ``co - chair~``. A
    pattern with hyphenated alternatives becomes one pattern per way of spelling it."""
    ways: list[list[str]] = [[]]
    for spec in specs:
        marks = spec[: len(spec) - len(spec.lstrip("!?"))]
        alternatives = spec[len(marks) :].split("|")
        hyphenated = [a for a in alternatives if "-" in a.strip("-") and not a.startswith("@")]
        if not hyphenated:
            ways = [[*way, spec] for way in ways]
            continue
        plain = [a for a in alternatives if a not in hyphenated]
        options = [[marks + "|".join(plain)]] if plain else []
        for alternative in hyphenated:
            parts = alternative.replace("-", " - ").split()
            optional = "?" if "?" in marks else ""
            options.append([marks + parts[0], *(optional + part for part in parts[1:])])
        ways = [way + option for way in ways for option in options]
    return ways


def pattern_anchor(elements: Sequence[Element]) -> int:
    """Index of the anchoring element: the ``!`` one, else the first word element."""
    for i, element in enumerate(elements):
        if element.anchor:
            return i
    return next(i for i, e in enumerate(elements) if not e.gap and not e.slot)


# a pattern with the word sets its required word elements need, smallest first
_Candidate = tuple[Pattern, tuple[frozenset[str], ...]]


def _required_words(pattern: Pattern) -> tuple[frozenset[str], ...]:
    """The word sets of the elements every match must take a token from (no gaps, slots
    or optional words), smallest first: a sentence lacking one of them cannot match,
    and most candidates fail on a rare word, so checking sets first saves the walk."""
    needed = {e.words for e in pattern.elements if not (e.gap or e.slot or e.optional)}
    return tuple(sorted(needed, key=len))


class PatternSet:
    """Patterns indexed by the words their first element can match."""

    def __init__(self, patterns: Sequence[Pattern]) -> None:
        self.patterns = tuple(patterns)
        self._by_first: dict[str, list[_Candidate]] = {}
        self._at_actor: list[_Candidate] = []  # patterns that start with an actor slot
        for pattern in self.patterns:
            candidate = (pattern, _required_words(pattern))
            first = pattern.elements[0]
            if first.slot:
                self._at_actor.append(candidate)
                if not first.optional:
                    continue
            for word in first.words:
                self._by_first.setdefault(word, []).append(candidate)
            if first.optional:
                second = pattern.elements[1]
                for word in second.words:
                    self._by_first.setdefault(word, []).append(candidate)

    @classmethod
    def from_files(cls, paths: Sequence[Path], *, include_default: bool = True) -> PatternSet:
        patterns: list[Pattern] = []
        for path in paths:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DictionaryError(str(path), None, f"cannot read pattern file ({exc})") from exc
            patterns += parse_patterns(text.splitlines(), str(path))
        if include_default:
            patterns += default_patterns().patterns
        return cls(patterns)

    def matches(
        self,
        tokens: Sequence[Token],
        actors: Sequence[tuple[int, int]] = (),
        words: AbstractSet[str] | None = None,
    ) -> list[Match]:
        """Every pattern occurrence; the caller resolves overlaps.

        ``actors`` are the (first, last) token spans of the sentence's actor
        mentions, which the ``$`` and ``+`` slots match; without them slot
        patterns never match. ``words``: the tokens' lower-cased words, where the
        caller has them already (a sentence's analysis keeps them).
        """
        spans = {first: last for first, last in sorted(actors)}
        found: list[Match] = []
        seen: set[tuple[int, int]] = set()
        if words is None:
            words = {token.low for token in tokens}
        for i, token in enumerate(tokens):
            candidates = self._by_first.get(token.low, [])
            if i in spans and self._at_actor:
                candidates = [*self._at_actor, *candidates]
            for pattern, needed in candidates:
                if any(map(words.isdisjoint, needed)):
                    continue  # a word it requires is nowhere in the sentence
                result = _match_from(pattern.elements, tokens, i, 0, spans)
                if result is None:
                    continue
                end, bindings = result
                anchor = _anchor_position(pattern, tokens, i, end)
                if (id(pattern), anchor) in seen:  # an optional first word matched too
                    continue
                seen.add((id(pattern), anchor))
                found.append(Match(pattern, i, end, anchor, _group_slots(bindings)))
        return found


_BREAKS = frozenset({";", ":", "(", ")"})


_Bindings = tuple[tuple[str, int], ...]


def _match_from(
    elements: Sequence[Element],
    tokens: Sequence[Token],
    pos: int,
    k: int,
    spans: dict[int, int],
) -> tuple[int, _Bindings] | None:
    """Token index after a match of ``elements[k:]`` starting at ``pos`` and the
    slot bindings made on the way, or None."""
    if k == len(elements):
        return pos, ()
    element = elements[k]
    if element.gap:
        at, skipped = pos, 0
        # a plain word after the gap: a position that is not one of its words cannot start
        # the rest (the same answer as trying it, without the call)
        following = elements[k + 1] if k + 1 < len(elements) else None
        plain = following is not None and not (
            following.gap or following.slot or following.optional
        )
        while skipped <= element.gap and at <= len(tokens):
            if (
                not plain
                or following is None
                or (at < len(tokens) and tokens[at].low in following.words)
            ):
                result = _match_from(elements, tokens, at, k + 1, spans)
                if result is not None:
                    return result
            if at == len(tokens):
                break
            if tokens[at].low == "(":  # an aside "(£6.6bn)" is skipped whole, uncounted
                close = _closing(tokens, at)
                if close is None:
                    break
                at = close + 1
                continue
            if tokens[at].low in _BREAKS or _new_clause(tokens, at):
                break
            if tokens[at].low in _RECEIVING:
                break  # "approved a bill to receive aid from X": the receiving verb's act
            if elements[0].anchor and tokens[at].low in elements[0].words:
                break  # "ordered X to return and Y ordered to leave": the nearer verb's
            if _hyphen_joined(tokens, at):
                at += 2  # "US-brokered", "much-anticipated": one word, counted at its end
                continue
            at += 1
            skipped += 1
        return None
    if element.slot:
        if pos in spans:
            starts = _coordinated(tokens, pos, spans)
            after = spans[starts[-1]] + 1
            result = _match_from(elements, tokens, after, k + 1, spans)
            if result is not None:
                bound = tuple((element.slot, start) for start in starts)
                return result[0], bound + result[1]
    elif pos < len(tokens) and tokens[pos].low in element.words:
        result = _match_from(elements, tokens, pos + 1, k + 1, spans)
        if result is not None:
            return result
    if element.optional:
        return _match_from(elements, tokens, pos, k + 1, spans)
    return None


# verbs of receiving: what follows them is given by another, so a pattern's gap from a
# verb before them does not reach across ("approved a bill to receive aid from Turkey")
_RECEIVING = frozenset(
    {"receive", "receives", "received", "receiving", "obtain", "obtains", "obtained",
     "obtaining"}
)


def _new_clause(tokens: Sequence[Token], at: int) -> bool:
    """Does a clause of its own begin at ``at`` (", and", ", but"), which a pattern's
    gap does not reach across ("this agreement expired soon after, and no agreement
    has been signed since")? Not in a list of names ("Defence, Military, Naval, and Air
    Advisor"): the words either side are lower-case."""
    return (
        tokens[at].low == ","
        and at > 0
        and at + 2 < len(tokens)
        and tokens[at + 1].low in ("and", "but", "while", "whereas")
        and tokens[at - 1].text.islower()
        and tokens[at + 2].text.islower()
    )


def _hyphen_joined(tokens: Sequence[Token], at: int) -> bool:
    """Is the token joined by a hyphen, with no space, to the next word?"""
    return (
        at + 2 < len(tokens)
        and tokens[at + 1].low == "-"
        and tokens[at].end == tokens[at + 1].start
        and tokens[at + 1].end == tokens[at + 2].start
    )


_ASIDE = 8  # tokens an aside in brackets may hold


def _closing(tokens: Sequence[Token], at: int) -> int | None:
    """Index of the ")" closing the "(" at ``at``, if the aside is short."""
    for i in range(at + 1, min(len(tokens), at + _ASIDE + 2)):
        if tokens[i].low == ")":
            return i
        if tokens[i].low == "(":
            return None
    return None


def _coordinated(tokens: Sequence[Token], first: int, spans: dict[int, int]) -> list[int]:
    """The mention at ``first`` and any coordinated with it ("X, Y and Z")."""
    starts = [first]
    at = spans[first] + 1
    while at < len(tokens) and tokens[at].low in _JOINERS:
        nxt = at + 1
        if nxt < len(tokens) and tokens[nxt].low == "and":  # "X, and Y"
            nxt += 1
        if nxt not in spans:
            break
        starts.append(nxt)
        at = spans[nxt] + 1
    return starts


def _group_slots(bindings: _Bindings) -> tuple[tuple[str, tuple[int, ...]], ...]:
    grouped: dict[str, list[int]] = {}
    for slot, start in bindings:
        grouped.setdefault(slot, []).append(start)
    return tuple((slot, tuple(starts)) for slot, starts in grouped.items())


def _anchor_position(pattern: Pattern, tokens: Sequence[Token], start: int, end: int) -> int:
    """Locate the anchor element's token inside a known match (first word it can be)."""
    anchor_words = pattern.elements[pattern.anchor_index].words
    for i in range(start, end):
        if tokens[i].low in anchor_words:
            return i
    return start


@cache
def default_patterns() -> PatternSet:
    text = resources.files("dyadscope.data").joinpath("event_patterns.tsv").read_text("utf-8")
    parsed = parse_patterns(text.splitlines(), "event_patterns.tsv")
    return PatternSet([replace(p, package=True) for p in parsed])
