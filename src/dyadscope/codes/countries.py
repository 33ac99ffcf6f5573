"""Country names, Comtrade area numbers and CAMEO actor codes -> ISO3 (and sector).

Data sets name states differently ("Russian Federation", "Turkiye", "Fmr USSR",
Comtrade 699 for India); analyses need one code per state. The tables are data
files under ``dyadscope/data``; historical states keep their own ISO 3166-3 code
(SUN, YUG, SCG, CSK, DDR) rather than being folded into a successor.
"""

from __future__ import annotations

from functools import cache

from dyadscope.codes.tables import read_table

# CAMEO region codes that can stand where a country code would: never a state.
CAMEO_REGIONS = frozenset(
    [
        "AFR",
        "ASA",
        "BAL",
        "BLK",
        "CAU",
        "CAS",
        "CFR",
        "CRB",
        "EAF",
        "EEU",
        "EUR",
        "LAM",
        "MEA",
        "MDT",
        "NAF",
        "NMR",
        "PGS",
        "SAF",
        "SAM",
        "SAS",
        "SEA",
        "WAF",
        "WST",
        "WEU",
        "SCN",
    ]
)


def _key(name: str) -> str:
    """Names compare case-insensitively, without SIPRI's trailing asterisks."""
    return " ".join(name.strip().rstrip("*").split()).casefold()


@cache
def _names() -> tuple[dict[str, str], dict[str, str]]:
    by_name: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for row in read_table("country_names.tsv"):
        by_name.setdefault(_key(row["name"]), row["iso3"])
        canonical.setdefault(row["iso3"], row["name"])
    return by_name, canonical


@cache
def _comtrade() -> dict[int, str]:
    return {
        int(row["code"]): row["iso3"] for row in read_table("comtrade_areas.tsv") if row["iso3"]
    }


@cache
def cameo_organisations() -> tuple[tuple[str, str, str], ...]:
    """(CAMEO code prefix, our code, name) of organisations, longest prefix first."""
    rows = [(row["match"], row["code"], row["name"]) for row in read_table("cameo_actors.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def country_iso3(name: str | None) -> str | None:
    """ISO3 for a country name in any of the data sets' spellings, else None."""
    if not name:
        return None
    return _names()[0].get(_key(name))


def country_name(iso3: str | None) -> str | None:
    """The canonical English name for an ISO3 code ("PAK" -> "Pakistan"), else None."""
    if not iso3:
        return None
    return _names()[1].get(iso3.upper())


def is_country_code(code: str) -> bool:
    return code in _names()[1]


def country_codes() -> frozenset[str]:
    """Every state's code (historical ones too): what can be a partner, unlike World,
    regions and organisations."""
    return frozenset(_names()[1])


def comtrade_iso3(code: str | int | None) -> str | None:
    """ISO3 for a Comtrade area number (699 -> "IND", 810 -> "SUN"); None for aggregates."""
    if code is None or code == "":
        return None
    try:
        number = int(str(code).strip())
    except ValueError:
        return None
    return _comtrade().get(number)


def cameo_organisation(code: str) -> tuple[str, str] | None:
    """(our organisation code, what follows the CAMEO prefix) for a code that starts
    with a known organisation: "IGOUNOMIL" -> ("UN", "MIL"); else None."""
    for prefix, ours, _ in cameo_organisations():
        if code.startswith(prefix):
            return ours, code[len(prefix):]
    return None


def cameo_actor(code: str | None) -> tuple[str | None, str | None]:
    """Split a CAMEO composite actor code into (state or organisation code, sector).

    "PAKMIL" -> ("PAK", "MIL"); "AZEGOV" -> ("AZE", "GOV"); "IGOUNO" -> ("UN", "IGO");
    "GOV" (no state) -> (None, "GOV"); "AFR" (a region) -> (None, None).
    """
    if not code:
        return (None, None)
    code = code.strip().upper()
    if code.startswith("IGO"):
        found = cameo_organisation(code)
        return (found[0] if found else None, "IGO")
    head, rest = code[:3], code[3:]
    if is_country_code(head):
        return (head, rest[:3] or None)
    if head in CAMEO_REGIONS:
        return (None, rest[:3] or None)
    return (None, head)


def country_names() -> dict[str, str]:
    """Every country name the data sets use, casefolded, -> ISO3."""
    return dict(_names()[0])
