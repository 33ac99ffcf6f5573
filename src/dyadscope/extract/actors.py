"""Finding actors in a sentence: states, capitals, demonym phrases, institutions,
officials, organisations and references to "both countries".

Two passes. First every lexicon entry is looked up token by token (longest match
first, names case-sensitive, sector nouns in any case). Then adjacent pieces are
joined into one mention the way titles are written in English:

- ``Pakistan Air Force``, ``Azerbaijani naval personnel``, ``Azerbaijan's Ministry
  of Defence``: a state, demonym or capital followed by sector words (up to two
  modifiers between: "Pakistani defence officials", "Azerbaijan's Economy Minister").
- ``the Defence Ministry of Azerbaijan``, ``the Deputy Minister of Economic Development
  of Azerbaijan``: a sector phrase followed by ``of`` [``the``] and the owner.
- ``Ambassador of Pakistan to Azerbaijan``: ``to <state>`` after an envoy title is
  part of the title, not a second actor.
- ``President Ilham Aliyev``, ``Commerce Secretary Mohammad Younus Dagha``: a title
  followed by a known person or by capitalised words (an unknown name).
- ``the country's <sector>``: the country is the nearest state named before.

A bare state or capital right after in/to/at/from/into/across/throughout (or the
same followed by "the") is a ``location``. A bare capital elsewhere stands for
the state's government ("official Baku"). Sector words with no resolvable
country yield nothing. Organisations get their type (IGO/NGO) as sector unless
sector words follow ("NATO troops" -> MIL).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from dyadscope.dictionaries.petrarch import (
    is_petrarch_file,
    load_petrarch_actors,
    load_petrarch_agents,
)
from dyadscope.dictionaries.tables import read_table
from dyadscope.errors import DictionaryError
from dyadscope.extract.actor_lexicon import (
    OPEN_END,
    TOKEN,
    Entry,
    Lexicon,
    LexiconBuilder,
    Role,
    day_bounds,
)
from dyadscope.model import Actor, ActorMention, MentionKind, Rejection

PACKAGE_TABLES = (
    "countries.tsv",
    "organisations.tsv",
    "people.tsv",
    "institutions.tsv",
    "sectors.tsv",
)
PREPOSITIONS = frozenset({"in", "to", "at", "from", "into", "across", "throughout"})
# all-caps words that are also ordinary English: ignored in all-caps text ("LET US")
CAPS_AMBIGUOUS = frozenset({"US", "WHO", "AI", "ROC"})
# lower-case words that may stand between an owner and its sector noun
_MODIFIER_WORDS = """defence defense foreign economic economy trade commerce energy business
    security health education culture cultural interior finance oil gas senior top local federal
    regional provincial naval air border deputy former acting chief ruling private
    state-owned state national military civilian high-ranking high-level ranking visiting
    official religious young leading major"""
MODIFIERS = frozenset(_MODIFIER_WORDS.split())
_STOP_CAPITALS = frozenset({"The", "A", "An", "And", "Of", "In", "On", "At", "To", "For", "By"})
_OWNER_KINDS = frozenset({"state", "capital", "demonym", "organisation", "institution"})
_NAME_ROLES = frozenset({"title", "envoy"})


@dataclass(slots=True)
class _Piece:
    start: int  # token index
    end: int  # token index, exclusive
    entry: Entry


@dataclass(slots=True)
class _Group:
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
    possessive: bool = False
    last: str = ""  # kind or sector role of the last piece
    pieces: list[Entry] = field(default_factory=list)


class Gazetteer:
    """Resolves names in text to actors; built once, shared by a whole run."""

    def __init__(self, builder: LexiconBuilder, rejections: Sequence[Rejection] = ()) -> None:
        self._builder = builder
        self._lex: Lexicon = builder.build()
        #: malformed parts of PETRARCH dictionaries that were skipped, for the quarantine
        self.rejections: tuple[Rejection, ...] = tuple(rejections)

    @classmethod
    def default(cls) -> Gazetteer:
        """The package lexicon, loaded once per process."""
        return _default()

    @classmethod
    def from_files(cls, paths: Sequence[Path], base: Gazetteer | None = None) -> Gazetteer:
        """The ``base`` (default: package) lexicon extended by users' files, in order.

        TSV files are told apart by their header line; PETRARCH dictionaries by a
        name ending in ``.actors``/``.agents`` or containing "actors"/"agents".
        A malformed TSV line raises ``DictionaryError``; malformed code blocks of a
        PETRARCH file (real ones have a few) are skipped and kept in ``rejections``.
        """
        start = base or cls.default()
        builder = start._builder.copy()
        rejections: list[Rejection] = list(start.rejections)
        for path in paths:
            path = Path(path)
            if not path.is_file():
                raise DictionaryError(str(path), None, "no such file")
            kind = is_petrarch_file(path) if not path.name.endswith(".tsv") else None
            if kind == "actors":
                builder.add_petrarch_actors(load_petrarch_actors(path, rejections))
            elif kind == "agents":
                builder.add_petrarch_agents(load_petrarch_agents(path, rejections))
            else:
                builder.add_table(read_table(path))
        return cls(builder, rejections)

    def country(self, code: str) -> Actor | None:
        """The state (or organisation) with this code as an actor, or None if unknown."""
        code = code.upper()
        name = self._lex.country_names.get(code) or self._lex.org_names.get(code)
        return Actor(code=code, name=name, sector=None, text=name) if name else None

    def name_of(self, code: str) -> str:
        """Canonical name of a state or organisation code; the code itself if unknown."""
        return self._lex.country_names.get(code) or self._lex.org_names.get(code) or code

    def is_historical(self, code: str) -> bool:
        return self._lex.statuses.get(code) == "historical"

    # --- finding ---------------------------------------------------------------

    def find(self, text: str, *, on_date: str | None = None) -> list[ActorMention]:
        """Actor mentions in ``text``: longest first, non-overlapping, sorted by start."""
        norm = text.replace("’", "'")
        matches = list(TOKEN.finditer(norm))
        words = [m.group() for m in matches]
        pieces = self._pieces(words, norm.isupper())
        if not pieces:
            return []
        when = _bounds(on_date) if on_date else None
        at = {p.start: p for p in pieces}
        breaks = _paragraph_breaks(norm, matches) if "\n" in norm else frozenset()
        out: list[ActorMention] = []
        last_end, last_kind = -1, ""
        k = 0
        while k < len(pieces):
            piece = pieces[k]
            if piece.entry.kind == "dyad":
                s, e = matches[piece.start].start(), matches[piece.end - 1].end()
                out.append(ActorMention(s, e, text[s:e], None, "dyad_ref"))
                k += 1
                continue
            group = self._grow(piece, at, words, breaks)
            mention = self._mention(group, words, matches, text, out, when)
            if mention is not None:
                if (
                    last_kind == "location"
                    and mention.kind in ("state", "capital")
                    and mention.actor is not None
                    and mention.actor.sector in (None, "GOV")
                    and len(group.pieces) == 1
                    and not group.possessive
                    and last_end == group.start - 1
                    and words[last_end] in ("and", "or", ",")
                ):  # "in Pakistan and Azerbaijan": both are places
                    actor = Actor(mention.actor.code, mention.actor.name, None, mention.text)
                    mention = ActorMention(mention.start, mention.end, mention.text, actor,
                                           "location")
                out.append(mention)
                last_end, last_kind = group.text_end, mention.kind
            k += 1
            while k < len(pieces) and pieces[k].start < group.end:
                k += 1
        return out

    def _pieces(self, words: list[str], caps: bool) -> list[_Piece]:
        names, lexwords = self._lex.names, self._lex.words
        lowers = [w.lower() for w in words]
        names_get, words_get = names.get, lexwords.get
        pieces: list[_Piece] = []
        n = len(words)
        skip = 0
        for i, word in enumerate(words):
            if i < skip:
                continue
            first = names_get(word)
            first_word = words_get(lowers[i])
            if first is None and first_word is None:
                continue
            best: Entry | None = None
            size = 0
            node = first
            j = i + 1
            while node is not None:
                entry = node.get("")
                if entry is not None and not (
                    j == i + 1
                    and (
                        (caps and word in CAPS_AMBIGUOUS)
                        or (entry.kind == "person" and _inside_name(words, i, pieces))
                    )
                ):
                    best, size = entry, j - i
                if j >= n:
                    break
                node = node.get(words[j])
                j += 1
            node = first_word
            j = i + 1
            while node is not None:
                entry = node.get("")
                if entry is not None and j - i > size and (
                    not entry.exact or all(w[:1].isupper() for w in words[i:j] if w.isalpha())
                ):
                    best, size = entry, j - i
                if j >= n:
                    break
                node = node.get(lowers[j])
                j += 1
            if best is not None:
                pieces.append(_Piece(i, i + size, best))
                skip = i + size
        return pieces

    def _grow(
        self, piece: _Piece, at: dict[int, _Piece], words: list[str], breaks: frozenset[int]
    ) -> _Group:
        group = _Group(start=piece.start)
        self._take(group, piece)
        n = len(words)
        pos = piece.end
        while pos < n and pos not in breaks:
            # possessive: "Azerbaijan's", "Pakistan's"
            if (
                pos + 1 < n
                and words[pos] == "'"
                and words[pos + 1] in ("s", "S")
                and group.last in _OWNER_KINDS | {"person"}
            ):
                pos += 2
                group.possessive = True
                if pos >= n:
                    break
            nxt = at.get(pos)
            last = group.last
            if nxt is not None:
                kind = nxt.entry.kind
                if kind == "sector" and (last in _OWNER_KINDS or last in _ROLE_KINDS
                                         or last == "country_ref"):
                    self._take(group, nxt)
                    pos = nxt.end
                    continue
                if kind == "person" and (
                    group.title or (last in ("state", "demonym") and group.has_sector)
                ):
                    self._take(group, nxt)
                    pos = nxt.end
                    continue
                if kind == "institution" and last in ("state", "demonym") and not group.has_sector:
                    self._take(group, nxt)
                    pos = nxt.end
                    continue
            if last in _OWNER_KINDS or last == "country_ref":
                step = self._modifiers(words, pos, at)
                if step:
                    target = at[pos + step]
                    self._take(group, target)
                    pos = target.end
                    continue
            word = words[pos]
            if word == "of" and last in _ROLE_KINDS:
                q = pos + 1
                if q < n and words[q].lower() == "the":
                    q += 1
                owner = at.get(q)
                if owner is not None and group.owner is None and owner.entry.kind in (
                    "state", "demonym", "institution", "organisation", "capital"
                ):
                    self._take(group, owner)
                    pos = owner.end
                    continue
                if owner is not None and owner.entry.kind == "sector" and (
                    owner.entry.role == "body"
                ):
                    self._take(group, owner)
                    pos = owner.end
                    continue
                if owner is None and last in ("title", "body", "envoy"):
                    run = _capitalised_run(words, q, at, breaks, limit=5)
                    if run:
                        pos = q + run
                        group.end = group.text_end = pos
                        continue
            if word == "to" and group.envoy and group.owner is not None:
                q = pos + 1
                if q < n and words[q].lower() == "the":
                    q += 1
                dest = at.get(q)
                if dest is not None and dest.entry.kind in ("state", "capital", "organisation"):
                    pos = group.end = group.text_end = dest.end
                    group.last = "destination"
                    continue
            if (
                group.title
                and last in (*_NAME_ROLES, "state", "destination", "demonym")
                and group.person is None
                and not group.named
            ):
                run = _capitalised_run(words, pos, at, breaks, limit=4)
                if run:
                    group.named = True
                    group.end = group.text_end = pos + run
                    break
            break
        return group

    def _take(self, group: _Group, piece: _Piece) -> None:
        entry = piece.entry
        kind = entry.kind
        group.pieces.append(entry)
        group.end = group.text_end = piece.end
        if kind == "sector":
            role = entry.role
            if not group.has_sector:
                group.sector = entry.roles[0].sector if entry.roles else None
                group.has_sector = True
            group.title = group.title or role in _NAME_ROLES
            group.body = group.body or role != "group"
            group.envoy = group.envoy or role == "envoy"
            group.last = role
            return
        group.last = kind
        if kind == "country_ref":
            group.country_ref = True
            return
        if kind == "person":
            group.person = entry
            return
        if kind == "institution" and group.institution is None:
            group.institution = entry
        if group.owner is None:
            group.owner, group.owner_kind = entry, kind

    def _modifiers(self, words: list[str], pos: int, at: dict[int, _Piece]) -> int:
        """Tokens (1-2) of modifiers before a sector noun; 0 if there is no such noun."""
        for step in (1, 2):
            q = pos + step - 1
            if q >= len(words) or q in at:
                return 0
            word = words[q]
            if not word.isalpha():
                return 0
            capital = word[:1].isupper() and word not in _STOP_CAPITALS
            if not capital and word.lower() not in MODIFIERS:
                return 0
            target = at.get(pos + step)
            if target is not None and target.entry.kind == "sector":
                return step
        return 0

    def _mention(
        self,
        group: _Group,
        words: list[str],
        matches: list[re.Match[str]],
        text: str,
        found: list[ActorMention],
        when: tuple[int, int] | None,
    ) -> ActorMention | None:
        start, end = matches[group.start].start(), matches[group.text_end - 1].end()
        surface = text[start:end]
        kind: MentionKind
        if group.person is not None:
            roles = group.person.roles
            if group.title and len(roles) > 1:  # "General Musharraf": his military role
                fitting = tuple(r for r in roles if r.sector == group.sector)
                roles = fitting or roles
            role = _pick(roles, when)
            return self._actor_mention(start, end, surface, role.code, role.sector, "person")
        code: str | None = None
        if group.owner is not None:
            code = group.owner.roles[0].code
            if group.owner.kind == "person":  # PETRARCH dated entries
                code = _pick(group.owner.roles, when).code
        elif group.country_ref and group.has_sector:
            code = _nearest_state(found, self._lex)
        if code is None:
            return None
        sector = group.sector
        if group.named:
            kind = "person"
        elif group.institution is not None:
            kind = "institution"
            role = _pick(group.institution.roles, when)
            code, sector = role.code, role.sector
        elif group.owner_kind == "organisation":
            kind = "organisation"
            if not group.has_sector:
                sector = group.owner.roles[0].sector if group.owner else None
        elif group.body:
            kind = "institution"
        elif group.has_sector:
            kind = "demonym" if group.owner_kind == "demonym" else (
                "capital" if group.owner_kind == "capital" else "state"
            )
        elif group.owner_kind == "demonym":
            kind = "demonym"
        elif group.owner_kind in ("state", "capital"):
            kind = "capital" if group.owner_kind == "capital" else "state"
            if _after_preposition(words, group.start):
                kind = "location"
                sector = None
            elif kind == "capital":
                sector = "GOV"
        else:
            kind = "state"
        return self._actor_mention(start, end, surface, code, sector, kind)

    def _actor_mention(
        self, start: int, end: int, surface: str, code: str, sector: str | None,
        kind: MentionKind,
    ) -> ActorMention:
        actor = Actor(code=code, name=self.name_of(code), sector=sector, text=surface)
        return ActorMention(start, end, surface, actor, kind)


_ROLE_KINDS = frozenset({"title", "envoy", "body", "group"})


def _capitalised_run(
    words: list[str], pos: int, at: dict[int, _Piece], breaks: frozenset[int], limit: int
) -> int:
    """How many capitalised words (a name, "Economic Development") start at ``pos``."""
    run = 0
    while pos + run < len(words) and run < limit:
        word = words[pos + run]
        if (pos + run) in at or not word[:1].isupper() or not word.isalpha():
            break
        if (pos + run) in breaks:
            break
        if word in _STOP_CAPITALS:
            break
        run += 1
    return run


def _paragraph_breaks(text: str, matches: list[re.Match[str]]) -> frozenset[int]:
    """Token indices preceded by a blank line: a phrase never runs across one."""
    return frozenset(
        i for i in range(1, len(matches))
        if text.count("\n", matches[i - 1].end(), matches[i].start()) >= 2
    )


def _inside_name(words: list[str], i: int, pieces: list[_Piece]) -> bool:
    """A one-word person alias ("Aliyev") right after another capitalised name word
    ("Kamal-Makili Aliyev") is someone else's surname."""
    prev = words[i - 1] if i else ""
    if prev == "-":
        return True
    if pieces and pieces[-1].end == i:
        return False
    return (i > 1 and prev.isalpha() and prev[:1].isupper() and prev not in _STOP_CAPITALS)


def _after_preposition(words: list[str], start: int) -> bool:
    before = start - 1
    if before >= 0 and words[before].lower() == "the":
        before -= 1
    return before >= 0 and words[before].lower() in PREPOSITIONS


def _nearest_state(found: list[ActorMention], lex: Lexicon) -> str | None:
    for mention in reversed(found):
        if mention.actor is not None and mention.actor.code in lex.country_names:
            return mention.actor.code
    return None


def _pick(roles: tuple[Role, ...], when: tuple[int, int] | None) -> Role:
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
def _bounds(value: str) -> tuple[int, int] | None:
    """Day bounds of the mention date; None when it is not an ISO date."""
    try:
        return day_bounds(value.strip())
    except (ValueError, IndexError):
        return None


@cache
def _default() -> Gazetteer:
    builder = LexiconBuilder()
    folder = resources.files("dyadscope.data").joinpath("gazetteer")
    for name in PACKAGE_TABLES:
        text = folder.joinpath(name).read_text("utf-8")
        builder.add_table(read_table(f"dyadscope/data/gazetteer/{name}", text))
    return Gazetteer(builder)
