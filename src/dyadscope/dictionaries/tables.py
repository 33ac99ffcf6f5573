"""Reading the gazetteer's TSV tables: the package's own and users' files alike.

Users extend or correct the actor lexicon without touching code, so a user file
has exactly the format of the package file it extends. The header line (first
line that is not blank or a ``#`` comment) tells which table a file is; every
malformed line is a ``DictionaryError`` naming ``file:line``, never a silent skip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dyadscope.dictionaries.files import read_dictionary_text
from dyadscope.errors import DictionaryError
from dyadscope.periods import parse_partial_date

# table kind -> (required columns, optional columns)
HEADERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "countries": (("iso3", "name"), ("aliases", "capitals", "demonyms", "status")),
    "organisations": (("code", "name"), ("aliases", "type")),
    "people": (("name", "country", "start"), ("aliases", "sector", "role", "end")),
    "institutions": (("name", "country", "sector"), ("aliases",)),
    "sectors": (("phrase", "sector", "role"), ()),
    "places": (("place", "country"), ("aliases",)),
}
SECTOR_ROLES = frozenset({"title", "envoy", "body", "group", "dyad", "country_ref"})
STATUSES = frozenset({"member", "observer", "other", "historical"})
ORG_TYPES = frozenset({"IGO", "NGO"})

_ISO3 = re.compile(r"[A-Z]{3}")
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,9}")
_SECTOR = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class CountryRow:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    status: str = "member"


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    type: str = "IGO"


@dataclass(frozen=True, slots=True)
class PersonRow:
    name: str
    country: str
    start: str
    aliases: tuple[str, ...] = ()
    sector: str | None = None
    role: str = ""
    end: str = ""


@dataclass(frozen=True, slots=True)
class InstitutionRow:
    name: str
    country: str
    sector: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SectorRow:
    phrase: str
    sector: str | None  # None for "dyad" and "country_ref" rows ("-" in the file)
    role: str


NO_STATE = "-"  # the country of a place that lies in none (seas, straits, oceans)


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A city or region: where an event happens or whom it strikes, never an actor."""

    place: str
    country: str
    aliases: tuple[str, ...] = ()


Row = CountryRow | OrganisationRow | PersonRow | InstitutionRow | SectorRow | PlaceRow


@dataclass(frozen=True, slots=True)
class Table:
    """One parsed file: its kind and its rows, in file order."""

    path: str
    kind: str
    rows: tuple[Row, ...]


def table_kind(header: list[str]) -> str | None:
    """The table a header line announces, or None: all required columns, nothing unknown."""
    names = set(header)
    for kind, (required, optional) in HEADERS.items():
        if set(required) <= names and names <= set(required) | set(optional):
            return kind
    return None


def header_help() -> str:
    return "; ".join(
        f"{kind}: {' '.join(req)} [{' '.join(opt)}]" for kind, (req, opt) in HEADERS.items()
    )


def read_table(path: Path | str, text: str | None = None) -> Table:
    """Parse one gazetteer TSV file (``text`` given: parse that, ``path`` only names it)."""
    label = str(path)
    if text is None:
        text = read_dictionary_text(path, allow_empty=True)  # empty: 'no header line'
    lines = _content_lines(text)
    first = next(lines, None)
    if first is None:
        raise DictionaryError(label, None, "no header line (the file is empty or all comments)")
    number, line = first
    header = [c.strip() for c in line.split("\t")]
    kind = table_kind(header)
    if kind is None:
        raise DictionaryError(
            label, number, f"unknown header {header!r}; expected one of: {header_help()}"
        )
    parse = _PARSERS[kind]
    rows: list[Row] = []
    for number, line in lines:
        cells = line.split("\t")
        if len(cells) > len(header):
            raise DictionaryError(
                label, number, f"{len(cells)} tab-separated fields, the header has {len(header)}"
            )
        cells += [""] * (len(header) - len(cells))
        record = {name: cell.strip() for name, cell in zip(header, cells, strict=True)}
        try:
            rows.append(parse(record))
        except ValueError as exc:
            raise DictionaryError(label, number, str(exc)) from None
    return Table(path=label, kind=kind, rows=tuple(rows))


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, line


def _list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _need(record: dict[str, str], column: str) -> str:
    value = record.get(column, "")
    if not value:
        raise ValueError(f"empty {column!r}")
    return value


def _match(pattern: re.Pattern[str], value: str, what: str) -> str:
    if not pattern.fullmatch(value):
        raise ValueError(f"{what} {value!r} is malformed")
    return value


def _date(value: str, column: str) -> str:
    if not value:
        return value
    try:
        return parse_partial_date(value).iso
    except ValueError as exc:
        raise ValueError(f"{column}: {exc}") from None


def _country(record: dict[str, str]) -> Row:
    status = record.get("status") or "member"
    if status not in STATUSES:
        raise ValueError(f"status {status!r} is not one of {sorted(STATUSES)}")
    return CountryRow(
        iso3=_match(_ISO3, _need(record, "iso3"), "ISO3 code"),
        name=_need(record, "name"),
        aliases=_list(record.get("aliases", "")),
        capitals=_list(record.get("capitals", "")),
        demonyms=_list(record.get("demonyms", "")),
        status=status,
    )


def _organisation(record: dict[str, str]) -> Row:
    kind = record.get("type") or "IGO"
    if kind not in ORG_TYPES:
        raise ValueError(f"type {kind!r} is not one of {sorted(ORG_TYPES)}")
    return OrganisationRow(
        code=_match(_CODE, _need(record, "code"), "code"),
        name=_need(record, "name"),
        aliases=_list(record.get("aliases", "")),
        type=kind,
    )


def _person(record: dict[str, str]) -> Row:
    start = _date(_need(record, "start"), "start")
    end = _date(record.get("end", ""), "end")
    if end and end < start:
        raise ValueError(f"end {end} is before start {start}")
    sector = record.get("sector") or None
    if sector is not None:
        _match(_SECTOR, sector, "sector")
    return PersonRow(
        name=_need(record, "name"),
        country=_match(_CODE, _need(record, "country"), "country code"),
        start=start,
        aliases=_list(record.get("aliases", "")),
        sector=sector,
        role=record.get("role", ""),
        end=end,
    )


def _institution(record: dict[str, str]) -> Row:
    return InstitutionRow(
        name=_need(record, "name"),
        country=_match(_CODE, _need(record, "country"), "country code"),
        sector=_match(_SECTOR, _need(record, "sector"), "sector"),
        aliases=_list(record.get("aliases", "")),
    )


def _sector(record: dict[str, str]) -> Row:
    role = _need(record, "role")
    if role not in SECTOR_ROLES:
        raise ValueError(f"role {role!r} is not one of {sorted(SECTOR_ROLES)}")
    sector = _need(record, "sector")
    if role in ("dyad", "country_ref"):
        if sector != "-":
            raise ValueError(f"a {role} row takes sector '-', not {sector!r}")
        return SectorRow(phrase=_need(record, "phrase"), sector=None, role=role)
    return SectorRow(
        phrase=_need(record, "phrase"), sector=_match(_SECTOR, sector, "sector"), role=role
    )


def _place(record: dict[str, str]) -> Row:
    country = _need(record, "country")
    return PlaceRow(
        place=_need(record, "place"),
        # "-": a sea, strait or ocean, in no one state ("the South China Sea")
        country=country if country == NO_STATE else _match(_ISO3, country, "country code"),
        aliases=_list(record.get("aliases", "")),
    )


_PARSERS = {
    "countries": _country,
    "organisations": _organisation,
    "people": _person,
    "institutions": _institution,
    "sectors": _sector,
    "places": _place,
}
