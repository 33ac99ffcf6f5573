"""Strict input: every argument is checked before anything runs, and a wrong one is
refused with a ``UsageError`` that names it and says what would be right.

A filter that silently matches nothing ("--pair AZE XYZ", "--kind weddings", a
period that ends before it starts) looks like an answer; the CLI and the server
refuse it instead. Countries may be given by code or by name ("Azerbaijan",
"Baku", "Azerbaijani"); codes the store or the user's dictionaries know are
accepted too.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dyadscope.errors import UsageError
from dyadscope.model import DOMAINS, KINDS
from dyadscope.periods import parse_partial_date


@lru_cache(maxsize=1)
def _actor_names() -> tuple[dict[str, str], dict[str, str]]:
    """(casefolded name, alias, capital or demonym -> code; code -> canonical name) of
    the package's states and organisations."""
    from dyadscope.codes.countries import country_names
    from dyadscope.dictionaries.tables import CountryRow, OrganisationRow, read_table

    by_name: dict[str, str] = {}
    canonical: dict[str, str] = {}
    folder = resources.files("dyadscope.data").joinpath("gazetteer")
    for file_name in ("countries.tsv", "organisations.tsv"):
        table = read_table(file_name, folder.joinpath(file_name).read_text("utf-8"))
        for row in table.rows:
            if isinstance(row, CountryRow):
                code, names = row.iso3, (row.name, *row.aliases, *row.capitals, *row.demonyms)
            elif isinstance(row, OrganisationRow):
                code, names = row.code, (row.name, *row.aliases)
            else:
                continue
            canonical.setdefault(code, row.name)
            for name in names:
                by_name.setdefault(name.casefold(), code)
    for name, code in country_names().items():  # the data sets' spellings
        by_name.setdefault(name, code)
        canonical.setdefault(code, name.title())
    return by_name, canonical


def actor_name(code: str) -> str | None:
    """The canonical name of a state or organisation code ("AZE" -> "Azerbaijan")."""
    return _actor_names()[1].get(code.upper())


def actor_code(value: str, field: str = "pair", known: Collection[str] = ()) -> str:
    """The code ``value`` stands for: a code we know (the package's, or one in
    ``known``: the store's or the user's dictionaries'), or a name of a state or
    organisation. Anything else is refused with the nearest guess."""
    by_name, canonical = _actor_names()
    text = value.strip()
    upper = text.upper()
    if upper in canonical or upper in known:
        return upper
    if text.casefold() in by_name:
        return by_name[text.casefold()]
    raise UsageError(field, f"{value!r} is not a country or organisation code or name"
                     f"{_suggestion(text, by_name, canonical, known)}")  # fmt: skip


def _suggestion(
    text: str, by_name: dict[str, str], canonical: dict[str, str], known: Collection[str]
) -> str:
    codes = [*canonical, *known]

    def by_code() -> list[str]:
        return difflib.get_close_matches(text.upper(), codes, n=1, cutoff=0.6)

    def by_spelling() -> list[str]:
        named = difflib.get_close_matches(text.casefold(), list(by_name), n=1, cutoff=0.75)
        return [by_name[named[0]]] if named else []

    # "PAKK" is a mistyped code, "Pakistn" a mistyped name
    first, second = (by_code, by_spelling) if len(text) <= 4 else (by_spelling, by_code)
    close = first() or second()
    if not close:
        return " (codes are ISO 3166 alpha-3, e.g. AZE; names are accepted too)"
    code = close[0]
    name = canonical.get(code)
    shown = f"{code} ({name})" if name else code
    return f"; did you mean {shown}? (names are accepted too)"


def pair_codes(
    pair: Sequence[str] | None, field: str = "pair", known: Collection[str] = ()
) -> tuple[str, str] | None:
    """Two different actors, each by code or name."""
    if pair is None:
        return None
    if len(pair) != 2:
        raise UsageError(field, f"give two countries, not {len(pair)}")
    first, second = (actor_code(value, field, known) for value in pair)
    if first == second:
        raise UsageError(field, f"give two different countries, not {first} twice")
    return first, second


def kinds(values: Iterable[str] | None, field: str = "kinds") -> tuple[str, ...]:
    """Event kinds of the record spec; an unknown one lists them all."""
    return _from_vocabulary(values, KINDS, field, "kind")


def domains(values: Iterable[str] | None, field: str = "domains") -> tuple[str, ...]:
    return _from_vocabulary(values, DOMAINS, field, "domain")


def _from_vocabulary(
    values: Iterable[str] | None, allowed: Sequence[str], field: str, what: str
) -> tuple[str, ...]:
    chosen = tuple(v.strip().lower() for v in values or ())
    for value in chosen:
        if value not in allowed:
            close = difflib.get_close_matches(value, allowed, n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            raise UsageError(
                field, f"{value!r} is not a {what}: {hint}use one of {', '.join(allowed)}"
            )
    return chosen


def date(value: str | None, field: str = "date") -> str | None:
    """A partial ISO date, zero-padded; None stays None."""
    if value is None:
        return None
    try:
        return parse_partial_date(value).iso
    except ValueError as exc:
        raise UsageError(field, str(exc)) from None


def period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` checked one by one and together: a period that ends
    before it starts is refused, not answered with nothing."""
    first, last = date(since, "since"), date(until, "until")
    if first and last and parse_partial_date(first).first_day() > (
        parse_partial_date(last).last_day()
    ):
        raise UsageError("since", f"{first} is after until {last}: the period is reversed")
    return first, last


def one_of(value: str, allowed: Sequence[str], field: str) -> str:
    """``value`` when it is one of ``allowed``; else a wrong argument listing them."""
    if value not in allowed:
        raise UsageError(field, f"{value!r}: use one of {', '.join(allowed)}")
    return value


def existing_paths(paths: Iterable[Path | str], field: str = "paths") -> list[Path]:
    """Paths that exist; a missing one is a wrong argument, not a bad input file."""
    out = [Path(p) for p in paths]
    if not out:
        raise UsageError(field, "give at least one file or folder")
    for path in out:
        if not path.exists():
            raise UsageError(field, f"{path}: no such file or folder")
    return out


def existing_file(path: Path | str, field: str) -> Path:
    found = Path(path)
    if not found.exists():
        raise UsageError(field, f"{found}: no such file")
    if found.is_dir():
        raise UsageError(field, f"{found} is a folder, not a file")
    return found


def fraction(value: float | int | str, field: str) -> float:
    """A relative tolerance: a finite number from 0 (exact) to 100 (10,000%)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise UsageError(field, f"{value!r} is not a number (give e.g. 0.1 for 10%)") from None
    if number != number or not 0 <= number <= 100:
        raise UsageError(field, f"{value!r} must be between 0 and 100 (0.1 means 10%)")
    return number


def whole(value: float | int | str, field: str, unit: str, most: int = 36500) -> int:
    """A whole number of days or years from 0 to ``most``."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise UsageError(field, f"{value!r} is not a whole number of {unit}") from None
    if number != number or not number.is_integer() or not 0 <= number <= most:
        raise UsageError(field, f"{value!r} must be a whole number of {unit} from 0 to {most}")
    return int(number)
