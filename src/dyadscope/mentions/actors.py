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
- ``dissidents from Egypt``, ``the governor of northern Iraq``: a group noun's
  state after ``from``/``of``, past up to three modifiers.

Coordinated actors share the phrase's head: "Azerbaijani and Pakistani officials"
(both GOV), "in Pakistan and Azerbaijan" (both places). A one-word surname alias
right after another capitalised name word is someone else's ("Kamal-Makili Aliyev"),
and no phrase runs across a blank line.

A bare state or capital right after in/to/at/from/into/across/throughout (or the
same followed by "the") is a ``location``. A bare capital elsewhere stands for
the state's government ("official Baku"). Sector words with no resolvable
country yield nothing, except agents from a PETRARCH agents file heading a noun phrase
of their own ("Congress", "the government"): an actor with an empty code, PETRARCH's
``---``; next to an actor with a country ("Danish media and government") they take its
country. Organisations get their type (IGO/NGO) as sector unless
sector words follow ("NATO troops" -> MIL).

Kinds: ``person`` (a known person, or a title with a name), ``institution`` (a
named institution, or a title/body phrase: "Pakistan Air Force"), ``organisation``,
``demonym`` (a demonym alone or with group nouns: "Pakistani delegation"),
``state``, ``capital``, ``location``, ``dyad_ref`` (actor None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from importlib import resources
from pathlib import Path

from dyadscope.dictionaries.petrarch import (
    is_petrarch_file,
    load_petrarch_actors,
    load_petrarch_agents,
)
from dyadscope.dictionaries.tables import read_table, table_kind
from dyadscope.errors import DictionaryError
from dyadscope.mentions.actor_lexicon import (
    TOKEN,
    Entry,
    Lexicon,
    LexiconBuilder,
    Role,
)
from dyadscope.mentions.actor_phrases import (
    CAPS_AMBIGUOUS,
    MODIFIERS,
    NAME_ROLES,
    OWNER_KINDS,
    ROLE_KINDS,
    STOP_CAPITALS,
    Group,
    Piece,
    after_preposition,
    capitalised_run,
    coordinate,
    date_bounds,
    inside_name,
    nearest_state,
    owner_after,
    paragraph_breaks,
    pick_role,
    whole_phrase,
)
from dyadscope.mentions.numbers import MONTHS, WEEKDAYS, currency_forms
from dyadscope.model import Actor, ActorMention, MentionKind, Rejection

PACKAGE_TABLES = (
    "countries.tsv",
    "organisations.tsv",
    "people.tsv",
    "institutions.tsv",
    "sectors.tsv",
    "places.tsv",
)


_DATELINE = re.compile(
    r"\s*(?:\(\w[\w ]*\))?\s*(?:[-\u2013\u2014:]|,\s+[A-Z][a-z]{2,8}\.?\s+\d"
    # "KIGALI, Rwanda (AA) -": the filing city, then its country
    r"|,\s+[A-Z][A-Za-z.']+(?:\s[A-Z][A-Za-z.']+){0,2}\s*(?:\(\w[\w ]*\))?\s*[-\u2013\u2014:]\s)"
)
_DATELINE_KINDS = frozenset({"capital", "state", "location"})


def _describes_a_republic(piece: Piece, group: Group, words: list[str]) -> bool:
    """A lone demonym before "republic(s)" ("a former Soviet republic", "the Yugoslav
    republics") describes another state: it names no actor of its own."""
    after = words[group.end].lower() if group.end < len(words) else ""
    return (piece.entry.kind == "demonym" and group.start == piece.start
            and group.end == piece.end and after in ("republic", "republics")
            and words[group.end][:1].islower())  # fmt: skip


_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")


def _names_money(mention: ActorMention, text: str) -> bool:
    """Is the mention part of a currency ("US$4.8 million", "5 million Canadian dollars"),
    which names an amount, not a side?"""
    if text[mention.end : mention.end + 1] == "$":
        return True
    if mention.kind not in ("demonym", "state"):
        return False
    word = _WORD_AFTER.match(text, mention.end)
    form = currency_forms().get(word.group(1).lower()) if word else None
    return form is not None and form[0] == "name"


@cache
def _combining() -> tuple[dict[str, str], re.Pattern[str]]:
    """The combining forms of state names (``gazetteer/combining_forms.tsv``: form ->
    ISO3) and the pattern that finds them next to a hyphen."""
    text = resources.files("dyadscope.data").joinpath("gazetteer/combining_forms.tsv")
    codes = dict(
        line.split("\t")[:2]
        for line in text.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    forms = "|".join(codes)
    pattern = re.compile(
        rf"(?<![\w-])({forms})(?=[-\u2013][A-Z])|(?<=[-\u2013])({forms})\b"
    )
    return codes, pattern


def _dateline(mention: ActorMention, text: str) -> ActorMention:
    """A place that opens a report ("ISLAMABAD -", "December 6, Nairobi —", "BAKU:")
    says where it was filed, not who acted."""
    if mention.kind not in _DATELINE_KINDS or mention.start > 24:
        return mention
    opening = text[: mention.start]
    if (
        any(ch.isalpha() for ch in opening)
        and not _DATE_OPENING.fullmatch(opening)
        and not _CITY_OPENING.fullmatch(opening)
    ):
        return mention
    if not _DATELINE.match(text, mention.end):
        return mention
    actor = mention.actor
    place = Actor(actor.code, actor.name, None, actor.text) if actor is not None else None
    return ActorMention(mention.start, mention.end, mention.text, place, "location")


_DATE_OPENING = re.compile(r"\s*[A-Z][a-z]+\.? \d{1,2},?\s*")
# the filing city in capitals before the country's name: "KIGALI, Rwanda (AA) -",
# "QUITO, Ecuador (AP) —": the country too says where the report was filed
_CITY_OPENING = re.compile(r"\s*[A-Z][A-Z.' -]{2,},\s*")


class Gazetteer:
    """Resolves names in text to actors; built once, shared by a whole run."""

    def __init__(self, builder: LexiconBuilder, rejections: Sequence[Rejection] = ()) -> None:
        self._builder = builder
        self._lex: Lexicon = builder.build()
        self._places: frozenset[str] | None = None
        #: malformed parts of PETRARCH dictionaries that were skipped, for the quarantine
        self.rejections: tuple[Rejection, ...] = tuple(rejections)

    @classmethod
    def default(cls) -> Gazetteer:
        """The package lexicon, loaded once per process."""
        return _default()

    @classmethod
    def from_files(
        cls, paths: Sequence[Path], base: Gazetteer | None = None, *, only_agents: bool = False
    ) -> Gazetteer:
        """The ``base`` (default: package) lexicon extended by users' files, in order.
        ``only_agents``: the files' agents replace the package's sector words (coding as
        PETRARCH does with a full agents dictionary).

        TSV files are told apart by their header line; PETRARCH dictionaries by a
        name ending in ``.actors``/``.agents`` or containing "actors"/"agents".
        A malformed TSV line raises ``DictionaryError``; malformed code blocks of a
        PETRARCH file (real ones have a few) are skipped and kept in ``rejections``.
        """
        start = base or cls.default()
        builder = start._builder.copy()
        builder.sector_words = not only_agents
        if only_agents:
            # a full set of dictionaries names the groups and bodies itself: the package
            # keeps only its states, capitals and people
            builder.institutions = {}
        rejections: list[Rejection] = list(start.rejections)
        for path in paths:
            path = Path(path)
            if not path.is_file():
                raise DictionaryError(str(path), None, "no such file")
            kind = None if _looks_like_table(path) else is_petrarch_file(path)
            if kind == "actors":
                builder.add_petrarch_actors(load_petrarch_actors(path, rejections))
            elif kind == "agents":
                builder.add_petrarch_agents(load_petrarch_agents(path, rejections))
            else:
                builder.add_table(read_table(path))
        return cls(builder, rejections)

    def titles(self) -> frozenset[str]:
        """Lower-cased titles of office ("prime minister", "crown prince", "ambassador")."""
        return frozenset(
            phrase for phrase, row in self._builder.sectors.items()
            if row.role in ("title", "envoy") and row.sector is not None
        )  # fmt: skip

    def country(self, code: str) -> Actor | None:
        """The state (or organisation) with this code as an actor, or None if unknown."""
        code = code.upper()
        name = self._lex.country_names.get(code) or self._lex.org_names.get(code)
        return Actor(code=code, name=name, sector=None, text=name) if name else None

    def is_place(self, name: str) -> bool:
        """Is ``name`` a place inside a state ("Gaza", "Crimea", "Kharkiv"), not a state?"""
        if self._places is None:
            self._places = frozenset(
                surface for row in self._builder.places.values()
                for surface in (row.place, *row.aliases)
            )  # fmt: skip
        return name.replace("’", "'") in self._places

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
            return self._combining_forms([], text)
        when = date_bounds(on_date) if on_date else None
        at = {p.start: p for p in pieces}
        breaks = paragraph_breaks(norm, matches) if "\n" in norm else frozenset()
        out: list[ActorMention] = []
        placed: list[tuple[int, int]] = []  # token start and end of each mention in out
        k = 0
        while k < len(pieces):
            piece = pieces[k]
            if piece.entry.kind == "dyad":
                s, e = matches[piece.start].start(), matches[piece.end - 1].end()
                out.append(ActorMention(s, e, text[s:e], None, "dyad_ref"))
                placed.append((piece.start, piece.end))
                k += 1
                continue
            if piece.entry.kind == "feature":
                k += 1  # "the Sea of Japan" is water, not Japan
                continue
            if _claims_region(piece, at, words):
                k += 1  # "China's Taiwan region": Taiwan is meant, China claims it
                continue
            group = self._grow(piece, at, words, breaks)
            if _describes_a_republic(piece, group, words):
                k += 1  # "the former Soviet republic of Azerbaijan": Azerbaijan is meant
                continue
            mention = self._mention(group, words, matches, text, out, when)
            if mention is not None:
                mention = coordinate(out, placed, mention, group, words)
                out.append(mention)
                placed.append((group.start, group.text_end))
            k += 1
            while k < len(pieces) and pieces[k].start < group.end:
                k += 1
        out = self._combining_forms(out, text)
        return [_dateline(m, text) for m in out if not _names_money(m, text)]

    def _combining_forms(self, out: list[ActorMention], text: str) -> list[ActorMention]:
        """States named by their combining form in a hyphenated pair ("Sino-Indian",
        "Indo-Pak", "Pak-Afghan forces", "Franco-German"): only next to another state
        across the hyphen, so "Indo-Pacific" and "Anglo-Saxon" name none."""
        if "-" not in text and "\u2013" not in text:
            return out
        codes, pattern = _combining()
        found = [(m.start(), m.end(), m.group(m.lastindex or 0)) for m in pattern.finditer(text)]
        if not found:
            return out
        starts = {m.start for m in out}
        ends = {m.end for m in out}
        forms = {(s, e) for s, e, _ in found}
        added: list[ActorMention] = []
        for start, end, word in found:
            if any(m.start <= start < m.end for m in out):
                continue
            after = end + 1  # past the hyphen
            before = start - 1
            joined = (
                after in starts or any(s == after for s, _ in forms)
                or (before in ends and text[before] in "-\u2013")
                or any(e == before for _, e in forms)
            )
            actor = self.country(codes[word]) if joined else None
            if actor is not None:
                actor = Actor(actor.code, actor.name, None, word)
                added.append(ActorMention(start, end, word, actor, "demonym"))
        return sorted([*out, *added], key=lambda m: m.start) if added else out

    def _pieces(self, words: list[str], caps: bool) -> list[Piece]:
        first_get = self._lex.first.get
        pieces: list[Piece] = []
        n = len(words)
        skip = 0
        for i, word in enumerate(words):
            if i < skip:
                continue
            hit = first_get(word)
            if hit is None and (slipped := _recased(word)):
                hit = first_get(slipped)
            if hit is None:
                continue
            first, first_word = hit
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
                        or (entry.kind == "person" and inside_name(words, i, pieces))
                    )
                ):
                    best, size = entry, j - i
                if j >= n:
                    break
                found = node.get(words[j])
                if found is None and (words[j - 1][:1].isupper() or words[j - 1] == "-"):
                    # a small letter after a capital or a hyphen inside a name is a slip,
                    # or the name's own spelling: "President obama", "Guinea-bissau"
                    slipped = _recased(words[j], capitalise=True)
                    found = node.get(slipped) if slipped else None
                node = found
                j += 1
            node = first_word
            j = i + 1
            while node is not None:
                entry = node.get("")
                if entry is not None and j - i > size and (
                    not entry.exact or all(w[:1].isupper() for w in words[i:j] if w.isalpha())
                ) and not (entry.kind == "dyad" and j < n and words[j].lower() == "of"):
                    # "the leaders of Chile and Argentina" names its sides itself
                    best, size = entry, j - i
                if j >= n:
                    break
                node = node.get(words[j].lower())
                j += 1
            if best is not None:
                pieces.append(Piece(i, i + size, best))
                skip = i + size
        return pieces

    def _grow(
        self, piece: Piece, at: dict[int, Piece], words: list[str], breaks: frozenset[int]
    ) -> Group:
        group = Group(start=piece.start)
        self._take(group, piece)
        n = len(words)
        pos = piece.end
        while pos < n and pos not in breaks:
            # possessive: "Azerbaijan's", "Pakistan's"
            if (
                pos + 1 < n
                and words[pos] == "'"
                and words[pos + 1] in ("s", "S")
                and group.last in OWNER_KINDS | {"person"}
            ):
                pos += 2
                group.possessive = True
                if pos >= n:
                    break
            nxt = at.get(pos)
            last = group.last
            if nxt is not None:
                kind = nxt.entry.kind
                if kind == "sector" and (last in OWNER_KINDS or last in ROLE_KINDS
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
            if last in OWNER_KINDS or last == "country_ref":
                step = self._modifiers(words, pos, at)
                if step:
                    target = at[pos + step]
                    self._take(group, target)
                    pos = target.end
                    continue
            word = words[pos]
            if word == "in" and group.standalone and group.owner is None:
                owner = at.get(pos + 1)  # PETRARCH's "a court in Peru": PERJUD
                if owner is not None and owner.entry.kind == "state":
                    self._take(group, owner)
                    pos = owner.end
                    continue
            if (
                word == "from"
                and last in ("group", "title")
                and group.owner is None
                and not _owned_by_pronoun(words, group.start)
            ):
                # "ministers from the Georgian government", "dissidents from Egypt";
                # "its troops from Mali" are someone else's, leaving Mali
                owner = owner_after(words, pos + 1, at)
                if owner is not None and owner.entry.kind in ("state", "demonym"):
                    self._take(group, owner)
                    pos = owner.end
                    continue
            if (
                word == "in"
                and last in ("group", "body")
                and group.owner is None
                and group.sector == "GOV"
                and not _owned_by_pronoun(words, group.start)
            ):
                # "the authorities in Kinshasa", "officials in Kabul": that state's own
                q = pos + 2 if pos + 1 < n and words[pos + 1].lower() == "the" else pos + 1
                owner = at.get(q)
                if owner is not None and owner.entry.kind in ("state", "capital"):
                    self._take(group, owner)
                    pos = owner.end
                    continue
            if word == "of" and last in ROLE_KINDS:
                q = pos + 1
                if q < n and words[q].lower() == "the":
                    q += 1
                owner = at.get(q)
                if owner is None and group.owner is None:  # "governor of northern Iraq"
                    found = owner_after(words, pos + 1, at)
                    owner = found if found and found.entry.kind == "state" else None
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
                    run = capitalised_run(words, q, at, breaks, limit=5)
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
                    group.posted_to = dest.entry
                    continue
            titled = self._lex.titled_surnames.get(word) if nxt is not None else None
            if (
                titled is not None
                and group.title
                and last in NAME_ROLES
                and group.person is None
                and nxt is not None
                and nxt.end == pos + 1
            ):
                # "President Lagos", "Prime Minister Muscat": after a title, the surname
                # is the person's, not the place's
                self._take(group, Piece(pos, pos + 1, titled))
                pos += 1
                continue
            if (
                group.title
                and last in (*NAME_ROLES, "state", "destination", "demonym")
                and group.person is None
                and not group.named
            ):
                run = capitalised_run(words, pos, at, breaks, limit=4)
                if run:
                    group.named = True
                    group.end = group.text_end = pos + run
                    break
            if last == "person" and group.person is not None and not group.named:
                # the rest of a known person's name: "Kishida Fumio" (family name
                # first), "Yoon Suk Yeol"
                run = capitalised_run(words, pos, at, breaks, limit=2)
                rest = words[pos : pos + run]
                calendar = any(w.lower() in MONTHS or w.lower() in WEEKDAYS for w in rest)
                # in text set in capitals ("QUEEN ALVA SPOKE") a capital marks no name
                if run and not calendar and all(w[1:].islower() for w in rest):
                    group.named = True
                    group.end = group.text_end = pos + run
            break
        return group

    def _take(self, group: Group, piece: Piece) -> None:
        entry = piece.entry
        kind = entry.kind
        group.pieces.append(entry)
        group.end = group.text_end = piece.end
        if kind == "sector":
            role = entry.role
            if not group.has_sector:
                group.sector = entry.roles[0].sector if entry.roles else None
                group.has_sector = True
                group.standalone = entry.standalone
            group.title = group.title or role in NAME_ROLES
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

    def _modifiers(self, words: list[str], pos: int, at: dict[int, Piece]) -> int:
        """Tokens (1-2) of modifiers before a sector noun; 0 if there is no such noun."""
        for step in (1, 2):
            q = pos + step - 1
            if q >= len(words) or q in at:
                return 0
            word = words[q]
            if not word.isalpha():
                return 0
            capital = word[:1].isupper() and word not in STOP_CAPITALS
            if not capital and word.lower() not in MODIFIERS:
                return 0
            target = at.get(pos + step)
            if target is not None and target.entry.kind == "sector":
                return step
        return 0

    def _mention(
        self,
        group: Group,
        words: list[str],
        matches: list[re.Match[str]],
        text: str,
        found: list[ActorMention],
        when: tuple[int, int] | None,
    ) -> ActorMention | None:
        start, end = matches[group.start].start(), matches[group.text_end - 1].end()
        surface = text[start:end]
        mention = self._phrase_mention(group, words, start, end, surface, found, when)
        if mention is None or group.posted_to is None:
            return mention
        code = pick_role(group.posted_to.roles, when).code
        return replace(mention, posted_to=Actor(code=code, name=self.name_of(code), text=""))

    def _phrase_mention(
        self,
        group: Group,
        words: list[str],
        start: int,
        end: int,
        surface: str,
        found: list[ActorMention],
        when: tuple[int, int] | None,
    ) -> ActorMention | None:
        kind: MentionKind
        if group.person is not None:
            roles = group.person.roles
            if group.title and len(roles) > 1:  # "General Musharraf": his military role
                fitting = tuple(r for r in roles if r.sector == group.sector)
                if fitting and not _held_then(fitting, when) and _held_then(roles, when):
                    # "Commission President Ursula von der Leyen" in 2022: the office she
                    # held then, not an earlier one whose sector the title fits
                    fitting = ()
                roles = fitting or roles
            role = pick_role(roles, when)
            owner = self._stated_state(group, when)
            if owner is not None and all(r.code != owner for r in group.person.roles):
                # "Sudan's Defense Minister Yassin Ibrahim": the state the text gives
                # outranks a namesake in the gazetteer (Malaysia's Muhyiddin Yassin)
                return self._actor_mention(start, end, surface, owner, group.sector, "person")
            return self._actor_mention(start, end, surface, role.code, role.sector, "person")
        code: str | None = None
        if group.owner is not None:
            code = pick_role(group.owner.roles, when).code  # dated in PETRARCH entries
        elif group.country_ref and group.has_sector:
            code = nearest_state(found, self._lex)
        if code is None and group.standalone and whole_phrase(words, group):
            # PETRARCH's "---GOV": the agent is coded, its country left unknown
            return self._actor_mention(start, end, surface, "", group.sector, "institution")
        if code is None:
            return None
        sector = group.sector
        if group.named:
            kind = "person"
        elif group.institution is not None:
            kind = "institution"
            role = pick_role(group.institution.roles, when)
            sector = role.sector
            if group.owner is None or group.owner_kind not in ("state", "demonym"):
                code = role.code  # "Sri Lanka's Ministry of External Affairs" stays LKA
        elif group.owner_kind == "place":
            kind, sector = "location", None  # "Kharkiv", "in Karachi": where, never who
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
            if after_preposition(words, group.start):
                kind = "location"
                sector = None
            elif kind == "capital":
                sector = "GOV"
        else:
            kind = "state"
        return self._actor_mention(start, end, surface, code, sector, kind)

    @staticmethod
    def _stated_state(group: Group, when: tuple[int, int] | None) -> str | None:
        """The state a titled name is given in its own words ("Sudan's Defense
        Minister", "Egyptian Foreign Minister"), if any."""
        if not group.title or group.owner is None or group.owner_kind not in (
            "state", "demonym"
        ):
            return None
        return pick_role(group.owner.roles, when).code

    def _actor_mention(
        self, start: int, end: int, surface: str, code: str, sector: str | None,
        kind: MentionKind,
    ) -> ActorMention:
        actor = Actor(code=code, name=self.name_of(code), sector=sector, text=surface)
        return ActorMention(start, end, surface, actor, kind)


def _looks_like_table(path: Path) -> bool:
    """A ``.tsv`` name, or a first content line that is one of our table headers."""
    if path.name.lower().endswith(".tsv"):
        return True
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.strip() and not line.lstrip().startswith("#"):
                    return table_kind([c.strip() for c in line.split("\t")]) is not None
    except OSError:
        return False
    return False


@cache
def _default() -> Gazetteer:
    builder = LexiconBuilder()
    folder = resources.files("dyadscope.data").joinpath("gazetteer")
    for name in PACKAGE_TABLES:
        text = folder.joinpath(name).read_text("utf-8")
        builder.add_table(read_table(f"dyadscope/data/gazetteer/{name}", text))
    common = folder.joinpath("common_surnames.txt").read_text("utf-8").splitlines()
    builder.common_surnames = frozenset(
        line.strip() for line in common if line.strip() and not line.startswith("#")
    )
    return Gazetteer(builder)


# nouns that make "X's Y <noun>" a part of X that Y names ("China's Taiwan region")
_REGION_NOUNS = frozenset({"region", "province", "territory", "island", "area"})


def _claims_region(piece: Piece, at: dict[int, Piece], words: list[str]) -> bool:
    """Is ``piece`` a state that owns another state's name as its region ("China's
    Taiwan region", "Serbia's Kosovo province")? The region's name is who is meant."""
    end = piece.end
    if piece.entry.kind != "state" or end + 2 >= len(words):
        return False
    if words[end] != "'" or words[end + 1] not in ("s", "S"):
        return False
    region = at.get(end + 2)
    return (
        region is not None
        and region.entry.kind == "state"
        and region.end < len(words)
        and words[region.end].lower() in _REGION_NOUNS
    )


def _held_then(roles: tuple[Role, ...], when: tuple[int, int] | None) -> bool:
    """Is one of ``roles`` held during ``when`` (a mention with no date: yes)?"""
    if when is None:
        return True
    return any(r.lo <= when[1] and r.hi >= when[0] for r in roles)


def _recased(word: str, *, capitalise: bool = False) -> str | None:
    """``word`` as a name is written where its capitals are a typing slip: "iSrael"
    (an inner capital after a small first letter) or, with ``capitalise``, a
    lower-case word inside a name ("obama" after "President"); None where it is no
    such slip, so the caller looks nothing up twice."""
    if word[:1].islower() and (capitalise or not word.islower()):
        return word[:1].upper() + word[1:].lower()
    return None


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


def _owned_by_pronoun(words: list[str], start: int) -> bool:
    """Is the group introduced by a possessive pronoun ("its troops")?"""
    return start > 0 and words[start - 1].lower() in _POSSESSIVE_PRONOUNS
