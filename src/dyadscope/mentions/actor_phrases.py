"""The rules that join lexicon pieces into one actor phrase, and pick dated roles.

Kept apart from ``actors.py`` (the ``Gazetteer`` API and the matching loop) so each
module stays small; see ``actors.py`` for the rules in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dyadscope.calendar_words import WEEKDAYS
from dyadscope.mentions.actor_lexicon import OPEN_END, Entry, Lexicon, Role, day_bounds
from dyadscope.model import Actor, ActorMention

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
    {"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Sheikh", "Ayatollah", "Imam", "Mir",
     # titles news shortens or that the sector table does not list, before a known surname
     # ("PM Modi", "FM Bilawal", "Gen Musharraf", "EAM Jaishankar", "Chancellor Scholz")
     "PM", "FM", "EAM", "DPM", "COAS", "Pres", "Gen", "Lt", "Maj", "Brig", "Col", "Adm",
     "Chancellor", "Prince", "Princess", "Excellency", "HE", "Shri", "Sri", "Comrade",
     "Chairman", "Senator", "Sen"}
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
    posted_to: Entry | None = None  # "ambassador to Azerbaijan": where the envoy serves
    country_ref: bool = False
    standalone: bool = False  # headed by a PETRARCH agent: an actor without a country
    possessive: bool = False
    last: str = ""  # kind or sector role of the last piece
    pieces: list[Entry] = field(default_factory=list)


ROLE_KINDS = frozenset({"title", "envoy", "body", "group"})


def owner_after(words: list[str], pos: int, at: dict[int, Piece]) -> Piece | None:
    """The piece that owns a phrase after "of"/"from" at ``pos``, past "the" and up to
    three modifiers ("from military-ruled Myanmar", "of northern Iraq")."""
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
        if word in STOP_CAPITALS or word.lower() in WEEKDAYS:
            # a weekday ends a name: "expelled the Moroccan ambassador Sunday" dates the
            # act, and no one is called "Ambassador Sunday"
            break
        run += 1
    return run


def paragraph_breaks(text: str, matches: list[re.Match[str]]) -> frozenset[int]:
    """Token indices preceded by a blank line: a phrase never runs across one."""
    return frozenset(
        i for i in range(1, len(matches))
        if text.count("\n", matches[i - 1].end(), matches[i].start()) >= 2
    )


_ARTICLES = frozenset({"al", "el"})


def inside_name(words: list[str], i: int, pieces: list[Piece]) -> bool:
    """A one-word person alias ("Aliyev") right after another capitalised name word
    ("Kamal-Makili Aliyev") is someone else's surname."""
    prev = words[i - 1] if i else ""
    if prev == "-":
        # "Al-Sisi", "el-Sisi": an Arabic article, not another name, before the hyphen
        return i < 2 or words[i - 2].lower() not in _ARTICLES
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


def whole_phrase(words: list[str], group: Group) -> bool:
    """Is the agent a noun phrase of its own ("the government", "Congress", "insurgents",
    "media and government"), not a modifier ("his first official visit"), part of a
    compound ("government-held", "non-Muslims") or a title before a name ("President obama")?"""
    before = words[group.start - 1] if group.start else ""
    after = words[group.end] if group.end < len(words) else ""
    if "-" in (before, after) or (group.title and after.isalpha()):
        return False
    head = words[group.end - 1]
    plural = head.endswith("s")
    if after[:1].isupper() or (
        # a capitalised singular word before a lower-case one is an adjective ("an armed
        # Islamic group") unless that word reads as a verb ("Congress is asking")
        head[:1].isupper() and not plural and after.isalpha()
        and after not in _VERBISH and not after.endswith(("ed", "s"))
    ):
        return False
    return (
        not before
        or before.lower() in ("the", "a", "an", "and", ",")
        or head[:1].isupper()
        or plural
    )


_VERBISH = frozenset(
    {"is", "was", "has", "had", "have", "will", "would", "could", "can", "may", "might",
     "must", "should", "did", "does", "do", "also", "said", "says"}
)  # fmt: skip


_OBJECT_OPENERS = frozenset({"its", "their", "the", "a", "an", "his", "her"})


def _opens_clause(words: list[str], end: int) -> bool:
    """Is the state before ``end`` the subject of a clause of its own, a past verb and its
    object right after it ("opened in Baku and Azerbaijan established its mission")? Then
    it is no second place of the "in" before."""
    return (
        end + 1 < len(words)
        and words[end].endswith("ed")
        and words[end].islower()
        and words[end + 1].lower() in _OBJECT_OPENERS
    )


def coordinate(
    out: list[ActorMention],
    placed: list[tuple[int, int]],
    mention: ActorMention,
    group: Group,
    words: list[str],
) -> ActorMention:
    """Coordinated actors share what the phrase says of them: "in Pakistan and
    Azerbaijan" (both places), "Turkish, Azerbaijani and Pakistani officials" (all
    GOV). Earlier mentions in ``out`` may be rewritten."""
    actor = mention.actor

    def joined(index: int, start: int) -> bool:
        end = placed[index][1]
        return end == start - 1 and words[end] in ("and", "or", ",")

    if actor is None or not out or not joined(len(out) - 1, group.start):
        return mention
    bare = len(group.pieces) == 1 and not group.possessive
    if (out[-1].kind == "location" and bare and mention.kind in ("state", "capital")
            and not _opens_clause(words, group.end)):  # fmt: skip
        place = Actor(actor.code, actor.name, None, mention.text)
        return ActorMention(mention.start, mention.end, mention.text, place, "location")
    neighbour = out[-1].actor
    if neighbour is not None and neighbour.sector and (
        (actor.code == "") != (neighbour.code == "")
    ):
        # agents without a country share their neighbour's: "Danish media and
        # government", "lawmakers and officials in Fornost"
        if actor.code == "":
            shared = Actor(neighbour.code, neighbour.name, actor.sector, mention.text)
            return ActorMention(mention.start, mention.end, mention.text, shared, mention.kind)
        earlier = out[-1]
        owned = Actor(actor.code, actor.name, neighbour.sector, earlier.text)
        out[-1] = ActorMention(earlier.start, earlier.end, earlier.text, owned, earlier.kind)
        return mention
    if group.owner_kind not in ("demonym", "state") or actor.sector is None:
        return mention  # (PETRARCH dictionaries list demonyms as states)
    index, start = len(out) - 1, group.start
    while index >= 0 and joined(index, start):
        prev = out[index]
        # "US and British activists": a bare state name works as an adjective here
        if prev.actor is None or prev.kind not in ("demonym", "state") or prev.actor.sector:
            break
        shared = Actor(prev.actor.code, prev.actor.name, actor.sector, prev.text)
        out[index] = ActorMention(prev.start, prev.end, prev.text, shared, mention.kind)
        index, start = index - 1, placed[index][0]
    return mention
