"""Several states told as one list: "Baku and Islamabad", "Azerbaijan, Turkey and Pakistan",
"the leaders of China and Russia".

Roles asks here which mentions are coordinated with one another, where the group before a
trigger begins, and which mentions fill a pattern's actor slots, so that a list stays one
side (or one group of parties) instead of its first and last member being read as the two."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from dyadscope.calendar_words import SMALL_NUMBERS
from dyadscope.classify import parties, syntax
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.patterns import Match
from dyadscope.model import Actor, ActorMention

Side = ActorMention | None


def with_slots(
    analysis: SentenceAnalysis,
    match: Match,
    first: Side,
    second: Side,
    rest: list[ActorMention],
) -> tuple[Side, Side, list[ActorMention], list[ActorMention], list[ActorMention]]:
    """Sides bound by the pattern's slots replace the found ones; also the
    members coordinated with each side (``X and Y``)."""
    one = mentions_at(analysis, match.bound("$"))
    two = mentions_at(analysis, match.bound("+"))
    if match.pattern.roles == "sym" and two:
        # "the Pakistan-Turkiye-Azerbaijan summit": the states hyphenated on after the
        # second slot take part too
        two += [m for m in coordinated_after(analysis, two[-1]) if not among(m, two)]
    if match.pattern.roles == "sym" and len(one) > 1 and not two:
        one, two = one[:1], one[1:]  # "brought together X, Y and Z": all of them take part
    taken = [*one, *two]
    if one:
        first = one[0]
    elif first is not None and among(first, taken):
        first = None if second is None or among(second, taken) else second
    if two:
        second = two[0]
    elif second is not None and among(second, taken):
        second = None
    group1 = one[1:] if one else [m for m in rest if coordinated_with(analysis, first, m)]
    group2 = two[1:] if two else coordinated_after(analysis, second)
    rest = [m for m in rest if not among(m, taken)] + one[1:] + two[1:]
    return first, second, rest, group1, group2


def among(mention: ActorMention, mentions: Sequence[ActorMention]) -> bool:
    return any(mention is m for m in mentions)


def mentions_at(analysis: SentenceAnalysis, starts: Sequence[int]) -> list[ActorMention]:
    by_start = {f: m for f, _, m in analysis.actor_at}
    return [by_start[i] for i in starts if i in by_start]


def coordinated_after(analysis: SentenceAnalysis, mention: Side) -> list[ActorMention]:
    """Mentions joined to ``mention`` by "and" or commas, after it."""
    span = analysis.span_of(mention) if mention is not None else None
    if span is None:
        return []
    by_start = {f: (last, m) for f, last, m in analysis.actor_at}
    tokens, at, out = analysis.tokens, span[1] + 1, []
    while at < len(tokens) and tokens[at].low in _JOINERS:
        nxt = at + 2 if at + 1 < len(tokens) and tokens[at + 1].low == "and" else at + 1
        joined_by_and = "and" in (tokens[at].low, tokens[nxt - 1].low)
        if joined_by_and and nxt + 1 in by_start and tokens[nxt].low == "the":
            nxt += 1  # "Qatar, and the United Arab Emirates"
        if nxt not in by_start:
            break
        last, found = by_start[nxt]
        out.append(found)
        at = last + 1
    return out


def coordinated_with(analysis: SentenceAnalysis, first: Side, mention: ActorMention) -> bool:
    """Is ``mention`` in the same "X and Y" group as ``first``?"""
    span = analysis.span_of(first) if first is not None else None
    other = analysis.span_of(mention)
    if span is None or other is None:
        return False
    low, high = sorted((span, other))
    gap = analysis.tokens[low[1] + 1 : high[0]]
    if _counterpart_link([t.low for t in gap]):
        return True
    last = len(gap) - 1
    return (
        bool(gap)
        and len(gap) <= 8
        and all(
            t.low in {"and", ",", "&"}
            or (t.low == "the" and i == last and analysis.tokens[high[0]].text[:1].isupper())
            or analysis.inside_actor(low[1] + 1 + i)
            for i, t in enumerate(gap)
        )
    )  # the article of a name counts ("X and the United States")


def _counterpart_link(gap: Sequence[str]) -> bool:
    """ "Iran's president and his Tajik counterpart", "the Iranian minister, together
    with his Omani counterpart,": a person joined by "and" or an additive link to one
    told as his own ("his", "her", "their") is one pair of doers."""
    words = [w for w in gap if w not in (",", "the")]
    if len(words) < 2 or words[-1] not in ("his", "her", "their"):
        return False
    link = tuple(words[:-1])
    return link == ("and",) or link in _ADDITIVE_LINKS


def first_group(
    analysis: SentenceAnalysis, start: int, first_token: int, people: frozenset[int]
) -> list[ActorMention]:
    """The clause's first actor group (its grammatical subject, as a rule), past a
    fronted adverbial clause or phrase."""
    main = syntax.main_clause_start(analysis.tokens, phrases=True)
    if main < start:
        first_token = max(first_token, main)
    candidates = [
        (f, last, m)
        for f, last, m in analysis.actors_in_order
        if first_token <= f and last < start and m.kind != "location"
    ]
    if not candidates:
        return []
    return group_before(analysis, candidates[0][1] + 1, first_token, people)


def group_opening(analysis: SentenceAnalysis, start: int) -> list[ActorMention]:
    """The actors that open the clause at ``start`` (after "the" and the like), with
    those coordinated with them."""
    for f, _, mention in analysis.actors_in_order:
        if f < start or mention.kind == "location":
            continue
        if any(t.low not in cues().determiners for t in analysis.tokens[start:f]):
            return []
        return [mention, *coordinated_after(analysis, mention)]
    return []


def group_before(
    analysis: SentenceAnalysis, start: int, first_token: int, people: frozenset[int] = frozenset()
) -> list[ActorMention]:
    depth = analysis.depth
    level = depth[start] if start < len(depth) else 0
    before = [
        (f, last, m)
        for f, last, m in analysis.actors_in_order
        if first_token <= f
        and last < start
        and not modifies(analysis, last)
        and (m.kind != "location" or f in people)
        and depth[f] <= level
    ]
    if not before:
        return []
    glue = cues().group_glue
    group = [before[-1]]
    gaps: list[list[str]] = []
    for item in reversed(before[:-1]):
        gap = [t.low for t in analysis.tokens[item[1] + 1 : group[0][0]]]
        if item[2].kind == "demonym" and [w for w in gap if w != ","] == ["counterpart"]:
            # "his Tajik counterpart Emomali Rahmon": the name is the counterpart's own,
            # one doer, told by his state
            group[0] = item
            continue
        if (
            gap == ["of"] and item[2].kind == "person" and group[0][2].kind != "person"
            and parties.same_state(item[2], group[0][2])
        ):  # fmt: skip
            # "President Ilham Aliyev of Azerbaijan and President Vladimir Putin of
            # Russia": the state after "of" is the person's own; the list goes on
            group[0] = item
            continue
        if len(gap) >= 2 and gap[-2] == "and" and gap[-1] in syntax.POSSESSIVE_PRONOUNS:
            gap = gap[:-1]  # "President Magufuli and his Rwandan counterpart"
        joined = any(w in _JOINERS for w in gap)
        added = _added_on(gap)
        if (gap and joined and all(w in glue for w in gap)) or added or _owner_joined(
            analysis.tokens[item[1]].low, gap, glue
        ):
            group.insert(0, item)
            gaps.append(["and"] if added else gap)
        else:
            break
    if gaps and not any(w in _CONJUNCTIONS for gap in gaps for w in gap):
        # commas alone make no list: "On the invitation of X, Y will ..." is Y, and
        # "President of Turkiye, Recep Tayyip Erdogan" names one person twice
        group = group[-1:]
    return [m for _, _, m in group]


_JOINERS = frozenset({"and", ",", "&", "-"})

# words that add further doers to a subject list: "X as well as Y", "X together with Y",
# "X and Y followed by Z", "X and their key allies including Y and Z"
_ADDITIVE_LINKS = (
    ("as", "well", "as"), ("together", "with"), ("followed", "by"), ("joined", "by"),
    ("along", "with"), ("alongside",),
)
_ALLY_NOUNS = frozenset({"allies", "ally", "partners", "partner"})
_ALLY_LINKS = frozenset({"including", "such", "as", "like", "namely"})


def _added_on(gap: Sequence[str]) -> bool:
    """Is the gap between two list members a link that adds the later one to the doers
    ("as well as", "together with", "followed by", "and its allies", "and their key
    partners including")? Commas and "the" around it do not count."""
    words = [w for w in gap if w not in (",", "the")]
    if tuple(words) in _ADDITIVE_LINKS:
        return True
    if len(words) < 3 or words[0] != "and" or words[1] not in syntax.POSSESSIVE_PRONOUNS:
        return False
    rest = words[2:]
    at = next((i for i, w in enumerate(rest) if w in _ALLY_NOUNS), None)
    if at is None or at > 2 or not all(w.isalpha() for w in rest[:at]):
        return False
    return all(w in _ALLY_LINKS for w in rest[at + 1 :])

_CONJUNCTIONS = frozenset({"and", "&", "-"})


def _owner_joined(last_word: str, gap: Sequence[str], glue: frozenset[str]) -> bool:
    """ "Afghanistan's Islamic Emirate and the government of Pakistan": a state owning
    a short noun phrase before "and" is in the group too (its people act)."""
    if not last_word.endswith(("'s", "’s")):
        return False
    cut = next((i for i, w in enumerate(gap) if w in _CONJUNCTIONS), None)
    if cut is None or not 1 <= cut <= 4:
        return False
    return all(w.isalpha() for w in gap[:cut]) and all(w in glue for w in gap[cut:])


_COMPOUND_HEADS = frozenset({"made", "built", "based", "born", "held"})


# "Iranian-launched drones", "Chinese-flagged vessels", "the Saudi-led coalition",
# "Pakistan-administered Kashmir", "the Taliban-run Defence Ministry", "the
# Taliban-appointed government", "Russian-installed officials": the thing is that side's,
# and acts (or is struck) as that side
_OWNING_HEADS = frozenset(
    {"launched", "fired", "operated", "controlled", "owned", "flagged", "registered", "led",
     "administered", "run", "ruled", "governed", "appointed", "installed"}
)


def modifies(analysis: SentenceAnalysis, last: int) -> bool:
    """Is the mention ending at token ``last`` the first half of a hyphenated modifier
    ("the Russian-dominated CSTO", "a Turkish-made drone", "US-backed forces")? It
    describes something else; it is not a party."""
    tokens = analysis.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].text != "-":
        return False
    head = tokens[last + 2]
    if tokens[last + 1].end != head.start or tokens[last].end != tokens[last + 1].start:
        return False
    if head.low in _OWNING_HEADS:
        return False
    return head.low.endswith("ed") or head.low in _COMPOUND_HEADS


def listed_group(analysis: SentenceAnalysis) -> tuple[Actor, ...] | None:
    """The last list of three or more states the sentence names as one ("Azerbaijan,
    Turkey and Pakistan", "the Azerbaijani, Turkish and Pakistani special forces"), in
    its order; else None."""
    tokens = analysis.tokens
    found: tuple[Actor, ...] | None = None
    run: list[Actor] = []
    last_end = -2
    for first, last, mention in analysis.actors_in_order:
        actor = mention.actor
        if actor is None or len(actor.code) != 3:
            continue
        gap = [t.low for t in tokens[last_end + 1 : first]]
        if not (gap and all(w in _LIST_GAP for w in gap) and any(w in _JOINERS for w in gap)):
            run = []
        if all(a.code != actor.code for a in run):
            run.append(Actor(actor.code, actor.name, None, ""))
        if len(run) >= 3:
            found = tuple(run)
        last_end = last
    return found


_LIST_GAP = _JOINERS | {"the"}


def mentions_between(
    analysis: SentenceAnalysis, first_token: int, end_token: int
) -> list[ActorMention]:
    """The actors of "between X and Y" ("between A, B, C and D") in the clause."""
    for i in range(first_token, end_token):
        if analysis.tokens[i].low == "between":
            found = [
                m
                for f, _, m in analysis.actors_in_order
                if i < f <= i + 12 and f < end_token
            ]
            if len(found) >= 2:
                group = [found[0], *coordinated_after(analysis, found[0])]
                return group if len(group) > 2 else found[:2]
            if len(found) == 1 and found[0].kind == "dyad_ref":
                return found
    return []


def group_ending(analysis: SentenceAnalysis, mention: ActorMention) -> list[ActorMention]:
    """``mention`` and the mentions joined to it before by "and" or commas."""
    group = [mention]
    by_end = {last: m for _, last, m in analysis.actor_at}
    span = analysis.span_of(mention)
    at = span[0] - 1 if span else -1
    while at >= 1 and analysis.tokens[at].low in _JOINERS and at - 1 in by_end:
        found = by_end[at - 1]
        group.insert(0, found)
        span = analysis.span_of(found)
        at = span[0] - 1 if span else -1
    return group


# the marks that join states into one compound ("Russian-Belarusian", "Armenia–Iran")
DASHES = frozenset({"-", "–", "—"})


def hyphenated_inside(analysis: SentenceAnalysis, match: Match) -> list[ActorMention]:
    """States joined by hyphens inside the matched words ("joint Russian-Belarusian
    drills"): the longest such run."""
    tokens = analysis.tokens
    inside = [(f, last, m) for f, last, m in analysis.actors_in_order
              if match.start <= f and last < match.end and m.actor is not None]  # fmt: skip
    best: list[ActorMention] = []
    run: list[ActorMention] = []
    previous_last = None
    for f, last, mention in inside:
        joined = previous_last is not None and f == previous_last + 2 and (
            tokens[previous_last + 1].text in DASHES
        )
        run = [*run, mention] if joined else [mention]
        if len(run) > len(best):
            best = run
        previous_last = last
    return best if len(best) >= 2 else []


# the line two states share ("the Uganda–South Sudan border", "the frontier between X and Y")
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "boundaries"})


def border_pair(
    analysis: SentenceAnalysis, first_token: int, end_token: int
) -> list[ActorMention]:
    """The two states a border in the clause is named by: "the Kyrgyz-Tajik border",
    "the border between Ethiopia and Eritrea"; none where no such border is named."""
    tokens = analysis.tokens
    inside = [(f, last, m) for f, last, m in analysis.actors_in_order
              if first_token <= f and last < end_token and m.actor is not None]  # fmt: skip
    for (f1, last1, m1), (f2, last2, m2) in pairwise(inside):
        if m1.actor is None or m2.actor is None or m1.actor.code == m2.actor.code:
            continue
        joined = f2 == last1 + 2 and tokens[last1 + 1].text in DASHES
        ground = last2 + 1 < len(tokens) and tokens[last2 + 1].low in _BORDER_WORDS
        if joined and ground:
            return [m1, m2]  # "the Armenia-Azerbaijan border"
        between = (
            f2 == last1 + 2 and tokens[last1 + 1].low == "and"
            and any(t.low == "between" for t in tokens[max(0, f1 - 2) : f1])
            and any(t.low in _BORDER_WORDS for t in tokens[max(0, f1 - 5) : f1])
        )
        if between:
            return [m1, m2]  # "the frontier between Tajikistan and Kyrgyzstan"
    return []


_GROUP_NOUNS = frozenset(
    {"countries", "states", "nations", "governments", "neighbours", "neighbors", "allies"}
)
_GROUP_OPENERS = frozenset({"the", "these", "those", "all"})


def group_mention(analysis: SentenceAnalysis, group: Sequence[Actor]) -> ActorMention | None:
    """ "The three European countries have condemned ...", "the four Middle Eastern
    nations", "The three countries pulled their ambassadors": the group the text named
    before as one list, where the count fits it, as a mention of its first member (the
    act's others are its other members); None where the sentence has no such words or
    they fall inside a name."""
    tokens = analysis.tokens
    for i, token in enumerate(tokens[:-2]):
        if token.low not in _GROUP_OPENERS or SMALL_NUMBERS.get(tokens[i + 1].low) != len(group):
            continue
        for end in range(i + 2, min(i + 5, len(tokens))):
            if tokens[end].low in _GROUP_NOUNS:
                if any(analysis.inside_actor(k) for k in range(i, end + 1)):
                    return None
                if end + 1 < len(tokens) and tokens[end + 1].text in ("'", "’", "'s", "’s"):
                    return None  # "the three countries' parliaments": theirs, not them
                first = group[0]
                start, stop = tokens[i].start, tokens[end].end
                return ActorMention(
                    start, stop, analysis.sentence.text[start:stop],
                    Actor(first.code, first.name, None, analysis.sentence.text[start:stop]),
                )
            if not tokens[end].text.isalpha() and "-" not in tokens[end].text:
                break
    return None
