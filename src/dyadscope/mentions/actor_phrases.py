"""The rules that join lexicon pieces into one actor phrase, and pick dated roles.

Kept apart from ``actors.py`` (the ``Gazetteer`` API and the matching loop) so each
module stays small; see ``actors.py`` for the rules in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dyadscope.mentions.actor_lexicon import OPEN_END, Entry, Lexicon, Role, day_bounds
from dyadscope.model import ActorMention

PREPOSITIONS = frozenset({"in", "to", "at", "from", "into", "across", "throughout"})
# all-caps words that are also ordinary English: ignored in all-caps text ("LET US")
CAPS_AMBIGUOUS = frozenset({"US", "WHO", "AI", "ROC"})
# lower-case words that may stand between an owner and its sector noun
MODIFIER_WORDS = """defence defense foreign economic economy trade commerce energy business
    security health education culture cultural interior finance oil gas senior top local federal
    regional provincial naval air border deputy former acting chief ruling private
    state-owned state national military civilian high-ranking high-level ranking visiting
    official religious young leading major"""
MODIFIERS = frozenset(MODIFIER_WORDS.split())
STOP_CAPITALS = frozenset({"The", "A", "An", "And", "Of", "In", "On", "At", "To", "For", "By"})
HONORIFICS = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Sheikh", "Ayatollah", "Imam", "Mir"}
)
OWNER_KINDS = frozenset({"state", "capital", "demonym", "organisation", "institution"})
NAME_ROLES = frozenset({"title", "envoy"})


@dataclass(slots=True)
class Piece:
    start: int  # token index
    end: int  # token index, exclusive
    entry: Entry


@dataclass(slots=True)
class Group:
    """A phrase being assembled from pieces."""

    start: int
    end: int = 0
    text_end: int = 0  # end without a trailing possessive
    owner: Entry | None = None
    owner_kind: str = ""
    sector: str | None = None
    has_sector: bool = False
    institution: Entry | None = None
    person: Entry | None = None
    named: bool = False
    title: bool = False
    body: bool = False  # a title, envoy or body noun: the phrase names an institution
    envoy: bool = False
    country_ref: bool = False
    standalone: bool = False  # headed by a PETRARCH agent: an actor without a country
    possessive: bool = False
    last: str = ""  # kind or sector role of the last piece
    pieces: list[Entry] = field(default_factory=list)


ROLE_KINDS = frozenset({"title", "envoy", "body", "group"})


def owner_after(words: list[str], pos: int, at: dict[int, Piece]) -> Piece | None:
    """The piece that owns a phrase after "of"/"from" at ``pos``, past "the" and up to
    three modifiers ("from military-ruled Myanmar", "of the northern West Bank")."""
    n = len(words)
    if pos < n and words[pos].lower() == "the":
        pos += 1
    skip = 0
    while skip < 3 and pos + skip < n:
        piece = at.get(pos + skip)
        word = words[pos + skip]
        if (piece is not None and piece.entry.kind != "sector") or not _modifier(word):
            break
        skip += 1
    return at.get(pos + skip)


def _modifier(word: str) -> bool:
    """A lower-case word that can qualify a place: "northern", "military-ruled"."""
    return word == "-" or word in MODIFIERS or (
        word.isalpha() and word.islower() and word.endswith(("ern", "ed", "al", "ic", "ist"))
    )


def capitalised_run(
    words: list[str], pos: int, at: dict[int, Piece], breaks: frozenset[int], limit: int
) -> int:
    """How many capitalised words (a name, "Economic Development") start at ``pos``."""
    run = 0
    while pos + run < len(words) and run < limit:
        word = words[pos + run]
        if (pos + run) in at or not word[:1].isupper() or not word.isalpha():
            break
        if (pos + run) in breaks:
            break
        if word in STOP_CAPITALS:
            break
        run += 1
    return run


def paragraph_breaks(text: str, matches: list[re.Match[str]]) -> frozenset[int]:
    """Token indices preceded by a blank line: a phrase never runs across one."""
    return frozenset(
        i for i in range(1, len(matches))
        if text.count("\n", matches[i - 1].end(), matches[i].start()) >= 2
    )


def inside_name(words: list[str], i: int, pieces: list[Piece]) -> bool:
    """A one-word person alias ("Aliyev") right after another capitalised name word
    ("Kamal-Makili Aliyev") is someone else's surname."""
    prev = words[i - 1] if i else ""
    if prev == "-":
        return True
    if pieces and pieces[-1].end == i:
        return False
    return (
        i > 1
        and prev.isalpha()
        and prev[:1].isupper()
        and prev not in STOP_CAPITALS
        and prev not in HONORIFICS
    )


def after_preposition(words: list[str], start: int) -> bool:
    before = start - 1
    if before >= 0 and words[before].lower() == "the":
        before -= 1
    return before >= 0 and words[before].lower() in PREPOSITIONS


def nearest_state(found: list[ActorMention], lex: Lexicon) -> str | None:
    for mention in reversed(found):
        if mention.actor is not None and mention.actor.code in lex.country_names:
            return mention.actor.code
    return None


def pick_role(roles: tuple[Role, ...], when: tuple[int, int] | None) -> Role:
    """The role valid at ``when`` (latest start wins), else the nearest one; without a
    date the undated role if any, else the most recent."""
    if len(roles) == 1:
        return roles[0]
    if when is None:
        undated = [r for r in roles if not r.dated]
        return undated[0] if undated else max(roles, key=lambda r: (r.lo, -r.hi))
    lo, hi = when
    valid = [r for r in roles if r.lo <= hi and r.hi >= lo]
    if valid:
        return max(valid, key=lambda r: (r.lo, -r.hi))

    def distance(role: Role) -> int:
        if role.hi < lo:
            return lo - role.hi
        return role.lo - hi if role.hi != OPEN_END or role.lo > hi else 0

    return min(roles, key=distance)


@lru_cache(maxsize=256)
def date_bounds(value: str) -> tuple[int, int] | None:
    """Day bounds of the mention date; None when it is not an ISO date."""
    try:
        return day_bounds(value.strip())
    except (ValueError, IndexError):
        return None
