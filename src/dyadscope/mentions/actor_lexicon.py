"""The actor lexicon: every name, title and sector noun, indexed by first token.

``LexiconBuilder`` gathers rows (package tables, then user tables and PETRARCH
dictionaries, later ones overriding earlier ones); ``build()`` freezes them into
a ``Lexicon`` whose lookups are one dict access per token, so finding actors
stays fast however many names there are (no giant regex alternation).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dyadscope.codes.countries import cameo_organisation
from dyadscope.dictionaries.petrarch import PetrarchActor, PetrarchAgent
from dyadscope.dictionaries.tables import (
    NO_STATE,
    CountryRow,
    InstitutionRow,
    OrganisationRow,
    PersonRow,
    PlaceRow,
    SectorRow,
    Table,
)
from dyadscope.periods import parse_partial_date

TOKEN = re.compile(r"[^\W_]+|\S")
OPEN_END = date.max.toordinal()
# CAMEO prefixes of non-state actor codes kept whole ("IGOUNO" is not state "IGO").
NONSTATE_PREFIXES = ("IGO", "NGO", "NGM", "IMG", "MNC", "ISM", "UIS", "UAF")


def tokens(text: str) -> tuple[str, ...]:
    """Words and punctuation marks, with ’ read as ' (the matcher does the same)."""
    return tuple(TOKEN.findall(text.replace("’", "'")))


def day_bounds(value: str) -> tuple[int, int]:
    """First and last day (ordinals) an ISO date, possibly truncated, covers."""
    when = parse_partial_date(value)
    return when.first_day().toordinal(), when.last_day().toordinal()


@dataclass(frozen=True, slots=True)
class Role:
    """What a name stands for during a period: a code and a sector."""

    code: str
    sector: str | None
    lo: int = 0  # first day (ordinal); 0 = open
    hi: int = OPEN_END  # last day (ordinal)

    @property
    def dated(self) -> bool:
        return self.lo != 0 or self.hi != OPEN_END


@dataclass(frozen=True, slots=True)
class Entry:
    """A lexicon entry. ``kind``: state, capital, demonym, organisation, institution,
    person, place, feature (names: a feature is water in no state); sector, dyad,
    country_ref (words). ``role`` is the sector role
    (title, envoy, body, group); ``exact`` words must be capitalised in the text."""

    kind: str
    roles: tuple[Role, ...] = ()
    role: str = ""
    exact: bool = False
    # a PETRARCH agent is an actor even with no country named ("Congress": ---LEG)
    standalone: bool = False


# A token trie: each node maps a token to the next node; key "" holds the entry that
# ends there ("" is never a token).
Trie = dict[str, Any]


@dataclass(slots=True)
class Lexicon:
    """Frozen lookup tables: names by exact first token, words by lower-cased first token."""

    names: Trie
    words: Trie
    # token as written -> (names node, words node): one lookup per token finds both
    first: dict[str, tuple[Trie | None, Trie | None]]
    country_names: dict[str, str]
    org_names: dict[str, str]
    statuses: dict[str, str]
    # surnames another name shadows ("Lagos" the city, "Muscat" the capital): a person's
    # only after a title ("President Lagos", "Prime Minister Muscat")
    titled_surnames: dict[str, Entry] = field(default_factory=dict)


def split_code(code: str, states: Container[str] = ()) -> tuple[str, str | None]:
    """A PETRARCH composite code -> (actor code, sector): "USAGOV" -> ("USA", "GOV");
    CAMEO organisation codes become ours: "IGOUNOMIL" -> ("UN", "MIL").

    A second part that is itself a state code ("USRAZE": Soviet Azerbaijan) is a
    region, not a sector: the sector is then None.
    """
    code = code.upper().split("/")[0]
    organisation = cameo_organisation(code)  # "IGOUNOMIL" -> ("UN", "MIL")
    if organisation is not None:
        return organisation[0], organisation[1] or None
    if code.startswith(NONSTATE_PREFIXES) or len(code) < 6:
        return code, None
    rest = code[3:]  # the agents in full, as PETRARCH composes them: "PSEREBHMS"
    return code[:3], (None if rest[:3] in states else rest)


@dataclass
class LexiconBuilder:
    """Mutable collection of lexicon rows; later additions override earlier ones."""

    countries: dict[str, CountryRow] = field(default_factory=dict)
    organisations: dict[str, OrganisationRow] = field(default_factory=dict)  # by name
    people: dict[str, list[PersonRow]] = field(default_factory=dict)  # by name
    institutions: dict[str, InstitutionRow] = field(default_factory=dict)
    sectors: dict[str, SectorRow] = field(default_factory=dict)  # by lower-cased phrase
    places: dict[str, PlaceRow] = field(default_factory=dict)  # by name
    extra_names: list[tuple[str, Entry]] = field(default_factory=list)
    extra_words: list[tuple[str, Entry]] = field(default_factory=list)
    # surnames too common or too like words to name one person alone ("Khan", "May")
    common_surnames: frozenset[str] = frozenset()
    # False: the table's sector words only lend their roles (title, body ...) to users'
    # agents and name no sector themselves; "both countries", "the country's" stay
    sector_words: bool = True

    def copy(self) -> LexiconBuilder:
        return copy.deepcopy(self)

    def add_table(self, table: Table) -> None:
        """Add a parsed table; a user's row for a known key replaces or extends it."""
        replaced: set[str] = set()
        for row in table.rows:
            if isinstance(row, CountryRow):
                self._add_country(row)
            elif isinstance(row, OrganisationRow):
                self.organisations[row.name] = row
            elif isinstance(row, PersonRow):
                if row.name not in replaced:  # a file's rows for a person replace older ones
                    self.people[row.name] = []
                    replaced.add(row.name)
                self.people[row.name].append(row)
            elif isinstance(row, InstitutionRow):
                self.institutions[row.name] = row
            elif isinstance(row, SectorRow):
                self.sectors[row.phrase.lower()] = row
            elif isinstance(row, PlaceRow):
                self.places[row.place] = row

    def _add_country(self, row: CountryRow) -> None:
        old = self.countries.get(row.iso3)
        if old is None:
            self.countries[row.iso3] = row
            return
        merged = CountryRow(
            iso3=row.iso3,
            name=row.name,
            aliases=_union(old.aliases + ((old.name,) if old.name != row.name else ()),
                           row.aliases),
            capitals=_union(old.capitals, row.capitals),
            demonyms=_union(old.demonyms, row.demonyms),
            status=row.status,
        )
        self.countries[row.iso3] = merged

    def add_petrarch_actors(self, actors: Iterable[PetrarchActor]) -> None:
        for actor in actors:
            roles = tuple(
                _petrarch_role(c.code, c.start, c.end, self.countries) for c in actor.codes
            )
            code, sector = roles[0].code, roles[0].sector
            bare_state = any(not r.sector and r.code in self.countries for r in roles)
            if any(r.dated for r in roles) and any(r.sector for r in roles) and not bare_state:
                # a dated office holder: "[AZEGOV 031031-]"; a state with a dated past
                # ("GEORGIA [USRGEO <910409] [GEO >911221]") stays a state
                kind = "person"
            elif code.startswith(NONSTATE_PREFIXES) or (
                code in {r.code for r in self.organisations.values()}
            ):
                kind = "organisation"
            elif sector:
                kind = "institution"
            else:
                kind = "state"
            entry = Entry(kind, roles)
            for phrase in actor.phrases:
                for surface in _petrarch_surfaces(phrase):
                    self.extra_names.append((surface, entry))

    def add_petrarch_agents(self, agents: Iterable[PetrarchAgent]) -> None:
        for agent in agents:
            sector = agent.code  # full code, as PETRARCH composes it: "GOVMIL"
            for phrase in agent.phrases:
                last = phrase.split()[-1].lower()
                known = self.sectors.get(last)
                plain = known is not None and known.role not in ("dyad", "country_ref")
                role = known.role if known is not None and plain else "group"
                entry = Entry("sector", (Role("", sector),), role=role, standalone=True)
                self.extra_words.append((phrase.lower(), entry))

    def build(self) -> Lexicon:
        names: dict[tuple[str, ...], Entry] = {}
        state_names: set[tuple[str, ...]] = set()
        for row in self.countries.values():
            state_names.update(tokens(n) for n in (row.name, *row.aliases))
        # lowest priority first: a later kind overrides an earlier one for the same words
        for place in self.places.values():
            entry = (
                Entry("feature")  # a sea or strait names no state: "the South China Sea"
                if place.country == NO_STATE
                else Entry("place", (Role(place.country, None),))
            )
            for surface in (place.place, *place.aliases):
                names[tokens(surface)] = entry
        for row in self.countries.values():
            role = Role(row.iso3, "GOV")
            for capital in row.capitals:
                if tokens(capital) not in state_names:
                    names[tokens(capital)] = Entry("capital", (role,))
            for demonym in row.demonyms:
                names[tokens(demonym)] = Entry("demonym", (Role(row.iso3, None),))
        titled = self._add_people(names)
        for inst in self.institutions.values():
            entry = Entry("institution", (Role(inst.country, inst.sector),))
            for surface in (inst.name, *inst.aliases):
                names[tokens(surface)] = entry
        org_names: dict[str, str] = {}
        for org in self.organisations.values():
            org_names.setdefault(org.code, org.name)
            entry = Entry("organisation", (Role(org.code, org.type),))
            for surface in (org.name, *org.aliases):
                names[tokens(surface)] = entry
        for row in self.countries.values():
            entry = Entry("state", (Role(row.iso3, None),))
            for surface in (row.name, *row.aliases):
                names[tokens(surface)] = entry
        for surface, entry in self.extra_names:
            names[tokens(surface)] = entry
        for key, entry in list(names.items()):
            upper = tuple(t.upper() for t in key)
            if upper != key and sum(len(t) for t in key if t.isalpha()) >= 4:
                names.setdefault(upper, entry)
        words: dict[tuple[str, ...], Entry] = {}
        for sector in self.sectors.values():
            kind = sector.role if sector.role in ("dyad", "country_ref") else "sector"
            if not self.sector_words and kind == "sector":
                continue  # users' agent files alone say which words are agents
            roles = (Role("", sector.sector),) if sector.sector else ()
            exact = sector.phrase[:1].isupper()
            words[tokens(sector.phrase.lower())] = Entry(kind, roles, role=sector.role,
                                                         exact=exact)
        for phrase, entry in self.extra_words:
            words[tokens(phrase)] = entry
        name_trie, word_trie = _trie(names), _trie(words)
        return Lexicon(
            names=name_trie,
            words=word_trie,
            first=_first_tokens(name_trie, word_trie, self.sectors.values()),
            country_names={code: row.name for code, row in self.countries.items()},
            org_names=org_names,
            statuses={code: row.status for code, row in self.countries.items()},
            titled_surnames={key[0]: entry for key, entry in titled.items()
                             if len(key) == 1 and names.get(key, entry).kind != "person"},
        )

    def _add_people(self, names: dict[tuple[str, ...], Entry]) -> dict[tuple[str, ...], Entry]:
        """Add the table's people to ``names``; return the surnames another name shadows."""
        by_surface: dict[tuple[str, ...], list[Role]] = {}
        for rows in self.people.values():
            for row in rows:
                role = _person_role(row)
                for surface in dict.fromkeys((row.name, *row.aliases)):
                    by_surface.setdefault(tokens(surface), []).append(role)
        surnames = _surnames(self.people, by_surface, self.common_surnames)
        shadowed: dict[tuple[str, ...], Entry] = {}
        for key, roles in surnames.items():
            if key not in names:  # "Lagos" is the city before it is Ricardo Lagos
                by_surface.setdefault(key, roles)
            else:
                shadowed[key] = Entry("person", tuple(roles))
        for key, roles in by_surface.items():
            names[key] = Entry("person", tuple(roles))
        return shadowed


def _surnames(
    people: dict[str, list[PersonRow]],
    named: dict[tuple[str, ...], list[Role]],
    common: frozenset[str],
) -> dict[tuple[str, ...], list[Role]]:
    """A person's surname alone as a further alias ("Khattak said"), where it is
    distinctive: one country's people only, not a common name or word, and not
    already a name of its own."""
    found: dict[tuple[str, ...], list[Role]] = {}
    countries: dict[tuple[str, ...], set[str]] = {}
    for name, rows in people.items():
        parts = [p for p in name.split() if p not in _SUFFIXES]
        if len(parts) < 2:
            continue
        surname = parts[-1]
        if len(surname) < 4 or not surname[:1].isupper() or surname in common:
            continue
        if parts[-2].lower() in _PATRONYMIC:
            continue  # "Bandar bin Sultan": his father's name, not a family's ("Sultan Qaboos")
        key = tokens(surname)
        if key in named:
            continue
        for row in rows:
            found.setdefault(key, []).append(_person_role(row))
            countries.setdefault(key, set()).add(row.country)
    return {key: roles for key, roles in found.items() if len(countries[key]) == 1}


_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# words before a father's name ("Mohammed bin Salman", "Abdullah ibn Hussein")
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})


def _union(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(old + new))


def _first_tokens(
    names: Trie, words: Trie, sectors: Iterable[SectorRow]
) -> dict[str, tuple[Trie | None, Trie | None]]:
    """Index the first tokens of both tries by the spellings a text may use: names as
    written; sector words in lower case, capitalised, upper case and as the table wrote them."""
    first: dict[str, tuple[Trie | None, Trie | None]] = {
        token: (node, None) for token, node in names.items()
    }
    written = {tokens(row.phrase)[0] for row in sectors if row.phrase.strip()}
    for token, node in words.items():
        variants = {token, token.capitalize(), token.upper()}
        variants.update(w for w in written if w.lower() == token)
        for variant in variants:
            name_node = first.get(variant, (None, None))[0]
            first[variant] = (name_node, node)
    return first


def _trie(table: dict[tuple[str, ...], Entry]) -> Trie:
    root: Trie = {}
    for key, entry in table.items():
        if key:
            node = root
            for token in key:
                node = node.setdefault(token, {})
            node[""] = entry
    return root


def _person_role(row: PersonRow) -> Role:
    """The office a table's person holds, for the days of the row's term."""
    hi = day_bounds(row.end)[1] if row.end else OPEN_END
    return Role(row.country, row.sector, day_bounds(row.start)[0], hi)


def _petrarch_role(code: str, start: str, end: str, states: Container[str]) -> Role:
    actor, sector = split_code(code, states)
    lo = day_bounds(start)[0] if start else 0
    hi = day_bounds(end)[1] if end else OPEN_END
    return Role(actor, sector, lo, hi)


_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AT", "BY", "DE"})


def _petrarch_surfaces(phrase: str) -> tuple[str, ...]:
    """PETRARCH phrases are in capitals; texts write names in title case too."""
    parts = re.split(r"(\W)", phrase)
    titled = "".join(
        (w.lower() if i and w in _SMALL_WORDS else w[:1].upper() + w[1:].lower())
        if w.isalpha() else w
        for i, w in enumerate(parts)
    )
    return (phrase, titled) if titled != phrase else (phrase,)
